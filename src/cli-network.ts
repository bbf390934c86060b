/**
 * The network half of the `flex-insights` command, loaded only when a request is needed so
 * that printing a cached token never pays for the HTTP stack (see BENCHMARKS.md).
 */
import { AuthSession, type EndOutcome, type SessionRecord } from './auth-session.js'
import { FlexInsightsClient } from './flex-insights-client.js'
import { HttpSession } from './http-session.js'
import type { Logger, MaskSecret } from './logger.js'

async function withSession<T>(record: SessionRecord, mask: MaskSecret, logger: Logger, fn: (s: AuthSession) => Promise<T>): Promise<T> {
  const http = new HttpSession(
    { apiUrl: record.apiUrl, timeoutMs: record.timeoutMs, maxAttempts: record.maxAttempts, maxRetryWaitMs: record.maxRetryWaitMs },
    { logger }
  )
  try {
    return await fn(new AuthSession(new FlexInsightsClient(http, mask), record))
  } finally {
    http.close()
  }
}

/** A new TT; the record is updated in place. */
export function refreshToken(record: SessionRecord, mask: MaskSecret, logger: Logger): Promise<string> {
  return withSession(record, mask, logger, s => s.refresh())
}

export function logout(record: SessionRecord, mask: MaskSecret, logger: Logger): Promise<EndOutcome> {
  return withSession(record, mask, logger, s => s.logout())
}

export function deleteProfile(record: SessionRecord, mask: MaskSecret, logger: Logger): Promise<void> {
  return withSession(record, mask, logger, s => s.deleteProfile())
}
