import { describe, expect, it } from '@jest/globals'
import {
  backoffMs,
  isRetryableStatus,
  parseRetryAfter,
  RetryAfterTooLongError,
  TransportError,
  withRetries,
  type Answer
} from '../../../src/api/retry.js'
import { T0, testClock } from '../../fixtures.js'

const answer = (status: number, headers: Record<string, string> = {}): Answer => ({ status, headers, attempts: 0 })

describe('retry policy', () => {
  it('retries 408, 429 and 5xx only', () => {
    expect([400, 401, 403, 404, 408, 429, 500, 503].filter(isRetryableStatus)).toEqual([408, 429, 500, 503])
  })

  it('Retry-After as seconds or an HTTP date; nonsense ignored', () => {
    expect(parseRetryAfter('120', T0)).toBe(120)
    expect(parseRetryAfter(new Date(T0 + 30_000).toUTCString(), T0 - 500)).toBe(31)
    expect(parseRetryAfter(new Date(T0 - 5000).toUTCString(), T0)).toBe(0)
    expect(parseRetryAfter('soon', T0)).toBeUndefined()
    expect(parseRetryAfter(undefined, T0)).toBeUndefined()
    expect(parseRetryAfter(['7', '9'], T0)).toBe(7)
  })

  it('backoff doubles from 1 s with equal jitter and a 20 s cap', () => {
    expect([1, 2, 3, 6, 10].map(n => backoffMs(n, () => 0))).toEqual([500, 1000, 2000, 10_000, 10_000])
    expect(backoffMs(1, () => 0.999)).toBe(1000)
  })
})

describe('withRetries', () => {
  const settings = { maxAttempts: 3, maxRetryWaitMs: 60_000 }

  it('waits the backoff between attempts, never after the last, and returns the last answer', async () => {
    const clock = testClock()
    const reasons: string[] = []
    const res = await withRetries(settings, clock, async () => answer(503), {
      retrying: (r, ms, n) => reasons.push(`${r} ${ms} ${n}`)
    })
    expect(res.status).toBe(503)
    expect(res.attempts).toBe(3)
    expect(clock.waits).toEqual([750, 1500])
    expect(reasons).toEqual(['HTTP 503 750 2', 'HTTP 503 1500 3'])
  })

  it('honours Retry-After, and fails at once when it is longer than max-retry-wait', async () => {
    const clock = testClock()
    const answers = [answer(429, { 'retry-after': '7' }), answer(200)]
    const res = await withRetries(settings, clock, async () => answers.shift() as Answer, { retrying: () => undefined })
    expect(res.status).toBe(200)
    expect(clock.waits).toEqual([7000])
    await expect(
      withRetries(settings, clock, async () => answer(429, { 'retry-after': '61' }), { retrying: () => undefined })
    ).rejects.toBeInstanceOf(RetryAfterTooLongError)
  })

  it('returns a non-retryable answer after one attempt', async () => {
    const clock = testClock()
    let calls = 0
    const res = await withRetries(settings, clock, async () => (calls++, answer(401)), { retrying: () => undefined })
    expect([res.status, calls, clock.waits.length]).toEqual([401, 1, 0])
  })

  it('retries a retryable failure, gives up on the others, and counts the attempts', async () => {
    const clock = testClock()
    const failure = () => new TransportError('reset', 'network', true)
    await expect(
      withRetries(
        settings,
        clock,
        async () => {
          throw failure()
        },
        { retrying: () => undefined }
      )
    ).rejects.toMatchObject({ attempts: 3 })
    let calls = 0
    await expect(
      withRetries(
        settings,
        clock,
        async () => {
          calls++
          throw new TransportError('dns', 'network', false)
        },
        { retrying: () => undefined }
      )
    ).rejects.toMatchObject({ attempts: 1 })
    expect(calls).toBe(1)
  })

  it('discards an answer it will not use before retrying', async () => {
    const discarded: number[] = []
    const answers = [answer(502), answer(204)]
    await withRetries(settings, testClock(), async () => answers.shift() as Answer, {
      retrying: () => undefined,
      discard: a => discarded.push(a.status)
    })
    expect(discarded).toEqual([502])
  })
})
