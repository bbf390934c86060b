/**
 * How long to wait between polls of an export result: right away first, then 1, 2, 4, 8 and
 * 10 s (and 10 s from then on), each ±20 % so parallel exports do not poll in step. A server
 * hint (Retry-After, or the Refresh header GoodData's exporter sends) is honoured when longer.
 */
import type { IncomingHttpHeaders } from 'node:http'
import { parseRetryAfter } from '../api/retry.js'

const STEPS_MS = [1000, 2000, 4000, 8000, 10_000]
const JITTER = 0.2

/** The wait before poll number `poll + 1`, where poll 1 followed the start at once. */
export function scheduledWaitMs(poll: number, random: () => number): number {
  const base = STEPS_MS[Math.min(poll - 1, STEPS_MS.length - 1)]
  return Math.round(base * (1 - JITTER + 2 * JITTER * random()))
}

/** Seconds the server asks us to wait, from Retry-After or `Refresh: <s>[; url=…]`. */
export function serverWaitMs(headers: IncomingHttpHeaders, now: number): number | undefined {
  const retryAfter = parseRetryAfter(headers['retry-after'], now)
  const refresh = /^\s*(\d{1,6})\s*(?:[;,]|$)/.exec(String(headers.refresh ?? ''))?.[1]
  const seconds = [retryAfter, refresh === undefined ? undefined : Number(refresh)].filter(
    (s): s is number => s !== undefined
  )
  return seconds.length ? Math.max(...seconds) * 1000 : undefined
}

/** The larger of the schedule and the server's hint. */
export function pollWaitMs(poll: number, headers: IncomingHttpHeaders, now: number, random: () => number): number {
  return Math.max(scheduledWaitMs(poll, random), serverWaitMs(headers, now) ?? 0)
}
