/**
 * The network half of the `flex-insights` command, loaded only when a request is needed so
 * that printing a cached token never pays for the HTTP stack (see BENCHMARKS.md).
 */
import { AuthSession, type EndOutcome, type SessionRecord } from './auth-session.js'
import { FlexInsightsClient } from './flex-insights-client.js'
import { HttpSession, settingsOf } from './http-session.js'
import type { Logger, MaskSecret } from './logger.js'

export interface NetworkDeps {
  mask: MaskSecret
  logger: Logger
  now: () => number
}

async function withSession<T>(record: SessionRecord, deps: NetworkDeps, fn: (s: AuthSession) => Promise<T>): Promise<T> {
  const http = new HttpSession(
    settingsOf(record),
    { logger: deps.logger, now: deps.now }
  )
  try {
    return await fn(new AuthSession(new FlexInsightsClient(http, deps.mask), record, deps.now))
  } finally {
    http.close()
  }
}

/** A new TT; the record is updated in place. */
export function refreshToken(record: SessionRecord, deps: NetworkDeps): Promise<string> {
  return withSession(record, deps, s => s.refresh())
}

export function logout(record: SessionRecord, deps: NetworkDeps): Promise<EndOutcome> {
  return withSession(record, deps, s => s.logout())
}

export function deleteProfile(record: SessionRecord, deps: NetworkDeps): Promise<void> {
  return withSession(record, deps, s => s.deleteProfile())
}
