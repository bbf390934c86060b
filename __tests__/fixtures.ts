/**
 * What many tests need the same way: a base URL, tokens long enough to be scanned for pieces,
 * a session record and its file, the server's challenges, and a clock that never waits.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Clock } from '../src/api/clock.js'
import type { SessionRecord } from '../src/session/session.js'
import type { SessionFileContent } from '../src/session/session-file.js'

export const API = 'https://api.flex.test'
export const PROFILE = '5ad80b895edcc438e5a4418e222733fa'
export const LOGIN = 'ana@example.com'
export const PASSWORD = 'pa55-w0rd-Quux-1234'
export const SST = 'SST-gPl5djAcqIqreXBX5GmcJDPaVTX7-AAAA'
export const TT = 'TT-HDjessa6qDEO7-41AmzuzQ_RSzXeyuk-LVDPnJEmKDmP'
export const TT2 = 'TT-second-N2Y5Vood_eI5pTi8bE9UWbzaBpWaKA3oNnT7q'
export const T0 = Date.parse('2026-01-01T00:00:00Z')
export const WORKSPACE = 'pupai5yb8x9atfs0cm5igtqnkojsqvfn'

export const SST_CHALLENGE = {
  'WWW-Authenticate': 'GoodData realm="GoodData API" cookie=GDCAuthSST location=/gdc/account/login'
}
export const TT_CHALLENGE = { 'WWW-Authenticate': 'GoodData realm="GoodData API" cookie=GDCAuthTT' }

export const LOGIN_BODY = {
  userLogin: { profile: `/gdc/account/profile/${PROFILE}`, state: `/gdc/account/login/${PROFILE}`, token: SST }
}

export function record(over: Partial<SessionRecord> = {}): SessionRecord {
  return {
    profileId: PROFILE,
    sst: SST,
    authMode: 'header',
    login: LOGIN,
    tt: TT,
    ttIssuedAt: T0,
    ttLifetimeMs: 600_000,
    ...over
  }
}

export function fileContent(over: Record<string, unknown> = {}): SessionFileContent {
  return { version: 1, apiUrl: API, timeoutMs: 2000, maxAttempts: 2, maxRetryWaitMs: 0, ...record(), ...over }
}

/** A private folder as the action makes it (mode 0700), for session files. */
export function privateFolder(): string {
  return mkdtempSync(join(tmpdir(), 'flex-insights-test-'))
}

export interface TestClock extends Clock {
  /** Every wait asked for, in ms. */
  waits: number[]
  advance(ms: number): void
}

/**
 * A clock whose sleeps move time on without waiting; random() is 0.5 (no jitter). A sleep still
 * yields to I/O once, so a loop that polls (a lock held elsewhere) lets the holder finish.
 */
export function testClock(start = T0): TestClock {
  let now = start
  const waits: number[] = []
  return {
    waits,
    now: () => now,
    random: () => 0.5,
    sleep: async ms => {
      waits.push(ms)
      now += ms
      await new Promise(resolve => setImmediate(resolve))
    },
    advance: ms => {
      now += ms
    }
  }
}
