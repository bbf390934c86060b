/**
 * Loaded before every unit test file (jest setupFilesAfterEnv), in that file's module registry.
 *
 * Each test file gets its own nock instance, but they all patch the one node:http shared by the
 * worker. A file that forgets nock.restore() leaves its interceptor in place, and the next file in
 * the same worker then goes through two interceptors: nock 14 emits socket errors where no
 * listener is attached yet, and replyWithError tests fail depending on which files share a
 * worker. Doing it here means no test file can forget it. It also runs before the file's own
 * imports, which is the order nock 14 needs under ESM (CONTRIBUTING.md, "Tests").
 */
import nock from 'nock'
import { afterAll, afterEach, beforeAll } from '@jest/globals'

// nock stands in for node:http, which a raw socket does not pass through: streamed GETs take
// node:http here too. socket-get.ts has tests of its own against a local server
// (__tests__/unit/api/socket-get.test.ts), and every e2e test runs it against the emulator.
process.env.FLEX_INSIGHTS_AUTH_SOCKET = 'off'

beforeAll(() => nock.disableNetConnect())
afterEach(() => nock.cleanAll())
afterAll(() => nock.restore())
