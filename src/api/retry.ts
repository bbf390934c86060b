/**
 * When to try a request again and how long to wait, kept apart from the code that sends it (as
 * sindresorhus/ky does): network errors, timeouts, 408, 429 and 5xx are retried with capped
 * exponential backoff and jitter, up to max-attempts, honouring Retry-After; nothing waits
 * after the last attempt. The clock is injected, so tests run the waits without waiting.
 */
import type { IncomingHttpHeaders } from 'node:http'
import type { Clock } from './clock.js'

export interface RetrySettings {
  maxAttempts: number
  maxRetryWaitMs: number
}

/** A request that got no usable answer; `retryable` says whether another attempt may help. */
export class TransportError extends Error {
  attempts = 1
  constructor(
    message: string,
    readonly kind: 'network' | 'timeout',
    readonly retryable: boolean,
    readonly hint?: string
  ) {
    super(message)
  }
}

/** The server asked (Retry-After) to wait longer than max-retry-wait. */
export class RetryAfterTooLongError<R> extends Error {
  constructor(
    readonly answer: R,
    readonly seconds: number
  ) {
    super(`Retry-After ${seconds} s`)
  }
}

const BACKOFF_BASE_MS = 1000
const BACKOFF_CAP_MS = 20_000

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3); seconds, or undefined. */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim()
  if (!raw || raw.length > 64) return undefined
  if (/^\d+$/.test(raw)) return Number(raw)
  const date = Date.parse(raw)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, Math.ceil((date - now) / 1000))
}

/** Exponential backoff with "equal jitter": never zero, never more than the cap. */
export function backoffMs(attempt: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1))
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}

export interface Answer {
  status: number
  headers: IncomingHttpHeaders
  attempts: number
}

export interface RetryEvents<R> {
  /** A retry is about to wait `waitMs`; `reason` says why ("HTTP 503", "network error …"). */
  retrying(reason: string, waitMs: number, nextAttempt: number): void
  /** Releases an answer that will not be used (a streamed body to drain). */
  discard?(answer: R): void
}

/**
 * Runs `attempt` until it gives an answer that is not retryable, or the attempts run out (the
 * last answer is returned for the caller to report). Failures that are not retryable, or the
 * last one, are thrown with their attempt count.
 */
export async function withRetries<R extends Answer>(
  settings: RetrySettings,
  clock: Clock,
  attempt: (n: number) => Promise<R>,
  events: RetryEvents<R>
): Promise<R> {
  for (let n = 1; ; n++) {
    let waitMs: number
    try {
      const answer = await attempt(n)
      answer.attempts = n
      if (!isRetryableStatus(answer.status)) return answer
      const retryAfter = parseRetryAfter(answer.headers['retry-after'], clock.now())
      if (retryAfter !== undefined && retryAfter * 1000 > settings.maxRetryWaitMs)
        throw new RetryAfterTooLongError(answer, retryAfter)
      if (n >= settings.maxAttempts) return answer
      events.discard?.(answer)
      waitMs = retryAfter !== undefined ? retryAfter * 1000 : backoffMs(n, clock.random)
      events.retrying(`HTTP ${answer.status}`, waitMs, n + 1)
    } catch (error) {
      if (!(error instanceof TransportError)) throw error
      error.attempts = n
      if (!error.retryable || n >= settings.maxAttempts) throw error
      waitMs = backoffMs(n, clock.random)
      events.retrying(error.message, waitMs, n + 1)
    }
    await clock.sleep(waitMs)
  }
}
