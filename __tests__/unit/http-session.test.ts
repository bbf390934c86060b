import nock from 'nock'
import { describe, expect, it } from '@jest/globals'

// nock first, then the code under test (nock 14 and ESM namespace snapshots: toolchain.md §4)
const { HttpSession, parseRetryAfter, isRetryableStatus } = await import('../../src/http-session.js')
const { FlexInsightsError } = await import('../../src/api-error.js')
const { USER_AGENT } = await import('../../src/version.js')

const API = 'https://api.flex.test'

function session(overrides: Partial<{ timeoutMs: number; maxAttempts: number; maxRetryWaitMs: number }> = {}) {
  const sleeps: number[] = []
  const logs: string[] = []
  const http = new HttpSession(
    { apiUrl: API, timeoutMs: 2000, maxAttempts: 3, maxRetryWaitMs: 60_000, ...overrides },
    {
      sleep: async ms => {
        sleeps.push(ms)
      },
      random: () => 0.5,
      now: () => Date.parse('2026-01-01T00:00:00Z'),
      logger: { debug: m => logs.push(`debug ${m}`), info: m => logs.push(`info ${m}`), warning: m => logs.push(`warning ${m}`) }
    }
  )
  return { http, sleeps, logs }
}

// nock 14 only emits Error instances; plain objects never reach the request
const netError = (code: string, message: string) => Object.assign(new Error(message), { code })

const get = { call: 'token' as const, method: 'GET' as const, path: '/gdc/account/token' }


describe('HttpSession headers', () => {
  it('sends a constant User-Agent, Accept JSON and a fresh X-GDC-REQUEST per request', async () => {
    const ids: string[] = []
    const scope = nock(API, { reqheaders: { 'user-agent': USER_AGENT, accept: 'application/json' } })
      .get('/gdc/account/token')
      .times(2)
      .reply(function () {
        ids.push(String(this.req.headers['x-gdc-request']))
        return [200, '{}', { 'X-GDC-REQUEST': `${this.req.headers['x-gdc-request']}:SERVER` }]
      })
    const { http } = session()
    const res = await http.request(get)
    await http.request(get)
    expect(scope.isDone()).toBe(true)
    expect(ids[0]).toMatch(/^flex-insights-auth:[\w-]{16}$/)
    expect(ids[0]).not.toBe(ids[1])
    expect(res.requestId).toBe(`${ids[0]}:SERVER`)
    expect(http.requestCount).toBe(2)
    http.close()
  })

  it('sends JSON bodies with Content-Type and extra headers', async () => {
    const scope = nock(API, { reqheaders: { 'content-type': 'application/json', 'x-extra': '1' } })
      .post('/gdc/account/login', { a: 1 })
      .reply(200, 'ok')
    const { http } = session()
    const res = await http.request({ call: 'login', method: 'POST', path: '/gdc/account/login', body: { a: 1 }, headers: { 'X-Extra': '1' } })
    expect(scope.isDone()).toBe(true)
    expect(res).toMatchObject({ status: 200, body: 'ok', attempts: 1 })
  })
})

describe('HttpSession retries', () => {
  it.each([500, 502, 503, 504, 408, 429])('retries %i with backoff and returns the success', async status => {
    nock(API).get('/gdc/account/token').reply(status, 'x').get('/gdc/account/token').reply(200, 'fine')
    const { http, sleeps, logs } = session()
    const res = await http.request(get)
    expect(res).toMatchObject({ status: 200, attempts: 2 })
    expect(sleeps).toEqual([750]) // 1 s ceiling, equal jitter with random 0.5
    expect(logs.some(l => l.startsWith(`info Flex Insights token: HTTP ${status}, retrying in 0.8 s (attempt 2/3)`))).toBe(true)
  })

  it('stops after max-attempts with no sleep after the last attempt', async () => {
    const scope = nock(API).get('/gdc/account/token').times(3).reply(503, '<html><title>503</title></html>')
    const { http, sleeps } = session()
    const res = await http.request(get)
    expect(scope.isDone()).toBe(true)
    expect(res).toMatchObject({ status: 503, attempts: 3 })
    expect(sleeps).toEqual([750, 1500])
  })

  it('backoff grows exponentially and is capped', async () => {
    nock(API).get('/gdc/account/token').times(8).reply(500)
    const { http, sleeps } = session({ maxAttempts: 8 })
    await http.request(get)
    expect(sleeps).toEqual([750, 1500, 3000, 6000, 12000, 15000, 15000])
  })

  it.each([400, 401, 403, 404, 409])('never retries %i', async status => {
    const scope = nock(API).post('/gdc/account/login').reply(status, '{}')
    const { http, sleeps } = session()
    const res = await http.request({ call: 'login', method: 'POST', path: '/gdc/account/login', body: {} })
    expect(scope.isDone()).toBe(true)
    expect(res.status).toBe(status)
    expect(sleeps).toEqual([])
    expect(http.requestCount).toBe(1)
  })

  it('honours Retry-After in seconds', async () => {
    nock(API).post('/gdc/account/login').reply(429, '', { 'Retry-After': '7' }).post('/gdc/account/login').reply(200, '{}')
    const { http, sleeps } = session()
    const res = await http.request({ call: 'login', method: 'POST', path: '/gdc/account/login', body: {} })
    expect(res.status).toBe(200)
    expect(sleeps).toEqual([7000])
  })

  it('honours Retry-After as an HTTP date on 503', async () => {
    nock(API).get('/gdc/account/token').reply(503, '', { 'Retry-After': 'Thu, 01 Jan 2026 00:00:12 GMT' }).get('/gdc/account/token').reply(200)
    const { http, sleeps } = session()
    await http.request(get)
    expect(sleeps).toEqual([12000])
  })

  it('fails at once when Retry-After exceeds max-retry-wait, saying when to try again', async () => {
    const scope = nock(API)
      .post('/gdc/account/login')
      .reply(429, '{"error":{"message":"Too many invalid login attempts","requestId":"rq-1"}}', { 'Retry-After': '300', 'Content-Type': 'application/json' })
    const { http, sleeps } = session({ maxRetryWaitMs: 60_000 })
    const error = await http.request({ call: 'login', method: 'POST', path: '/gdc/account/login', body: {} }).catch(e => e)
    expect(scope.isDone()).toBe(true)
    expect(sleeps).toEqual([])
    expect(error).toBeInstanceOf(FlexInsightsError)
    expect(error.kind).toBe('locked-out')
    expect(error.details.retryAfterSeconds).toBe(300)
    expect(error.message).toContain('Flex Insights login failed: HTTP 429: "Too many invalid login attempts" [request id rq-1]')
    expect(error.message).toContain('check the login and password secrets')
    expect(error.message).toContain('until 2026-01-01T00:05:00.000Z')
    expect(error.message).toContain('more than max-retry-wait (60 s)')
  })

  it('retries network errors, then reports them with the request id and a hint', async () => {
    const scope = nock(API).get('/gdc/account/token').times(3).replyWithError(netError('ECONNRESET', 'socket hang up'))
    const { http, sleeps } = session()
    const error = await http.request(get).catch(e => e)
    expect(scope.isDone()).toBe(true)
    expect(sleeps).toHaveLength(2)
    expect(error.kind).toBe('network')
    expect(error.message).toMatch(/^Flex Insights token failed: network error ECONNRESET talking to api\.flex\.test \(after 3 attempts\) \[request id flex-insights-auth:[\w-]+\]\. Check that the API is reachable/)
  })

  it('does not retry DNS failures', async () => {
    nock(API).get('/gdc/account/token').replyWithError(netError('ENOTFOUND', 'getaddrinfo ENOTFOUND api.flex.test'))
    const { http, sleeps } = session()
    const error = await http.request(get).catch(e => e)
    expect(sleeps).toEqual([])
    expect(error.message).toContain('Check the api-url input')
  })

  it('bounds each attempt by the timeout and retries it', async () => {
    nock(API).get('/gdc/account/token').delay(500).reply(200, 'late').get('/gdc/account/token').reply(200, 'on time')
    const { http, sleeps } = session({ timeoutMs: 100 })
    const res = await http.request(get)
    expect(res.body).toBe('on time')
    expect(sleeps).toHaveLength(1)
  })

  it('reports a timeout after the last attempt', async () => {
    nock(API).get('/gdc/account/token').times(2).delay(400).reply(200, 'late')
    const { http } = session({ timeoutMs: 100, maxAttempts: 2 })
    const error = await http.request(get).catch(e => e)
    expect(error.kind).toBe('timeout')
    expect(error.message).toContain('no complete response within 0.1 s (after 2 attempts)')
    expect(error.message).toContain('raise request-timeout')
  })
})

describe('helpers', () => {
  it('parseRetryAfter reads seconds and dates, ignores garbage', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(parseRetryAfter('120', now)).toBe(120)
    expect(parseRetryAfter(['5'], now)).toBe(5)
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:00 GMT', now)).toBe(60)
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(undefined, now)).toBeUndefined()
  })
  it('isRetryableStatus', () => {
    expect([200, 400, 401, 403, 404, 408, 429, 500, 599].map(isRetryableStatus)).toEqual([false, false, false, false, false, true, true, true, true])
  })
})
