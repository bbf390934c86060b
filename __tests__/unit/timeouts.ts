// Unit tests inject their clocks and never wait for wall-clock time; this only bounds a hang
// on a busy machine (jest's testTimeout is global, so each project sets its own here).
import { jest } from '@jest/globals'

jest.setTimeout(30_000)
