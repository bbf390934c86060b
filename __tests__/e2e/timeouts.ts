// End-to-end tests start child processes (the runner, node, the action) on what may be a busy
// 2-core machine: a generous bound, never something a test measures.
import { jest } from '@jest/globals'

jest.setTimeout(180_000)
