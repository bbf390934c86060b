import nock from 'nock'
import http from 'node:http'
import zlib from 'node:zlib'
import { once } from 'node:events'
import { describe, expect, it } from '@jest/globals'
import { API, testClock } from '../../fixtures.js'

const { Transport } = await import('../../../src/api/transport.js')
const { echoedRequestId } = await import('../../../src/api/errors.js')
const { readText, MAX_BODY_BYTES } = await import('../../../src/api/body.js')
const { FlexInsightsError } = await import('../../../src/api/errors.js')

const netError = (code: string, message = code) => Object.assign(new Error(message), { code })
const settings = { apiUrl: API, timeoutMs: 2000, maxAttempts: 3, maxRetryWaitMs: 60_000 }

function transport(over: Partial<typeof settings> = {}) {
  const lines: string[] = []
  const logger = {
    debug: (m: string) => lines.push(`debug ${m}`),
    info: (m: string) => lines.push(`info ${m}`),
    warning: (m: string) => lines.push(`warning ${m}`)
  }
  const clock = testClock()
  return {
    t: new Transport({ ...settings, ...over }, { logger, clock, redact: s => s.replaceAll('SECRET-VALUE-123', '***') }),
    lines,
    clock
  }
}

describe('every request', () => {
  it('carries the User-Agent, JSON Accept and Content-Type, gzip, and a fresh request id', async () => {
    const { t } = transport()
    const ids: string[] = []
    const scope = nock(API, {
      reqheaders: {
        'user-agent': /^flex-insights-auth\/\d+\.\d+\.\d+$/,
        accept: 'application/json',
        'content-type': 'application/json',
        'accept-encoding': 'gzip, deflate',
        'x-gdc-request': v => (ids.push(v), /^flex-insights-auth:[\w-]{16}$/.test(v))
      }
    })
      .get('/gdc/a')
      .reply(200, 'a')
      .post('/gdc/b', { x: 1 })
      .reply(201, 'b')
    expect((await t.request({ call: 'api', method: 'GET', path: '/gdc/a' })).body).toBe('a')
    expect((await t.request({ call: 'api', method: 'POST', path: '/gdc/b', body: { x: 1 } })).status).toBe(201)
    expect(scope.isDone()).toBe(true)
    expect(new Set(ids).size).toBe(2)
    expect(t.requestCount).toBe(2)
  })

  it('decodes gzip and deflate answers, buffered and streamed', async () => {
    const { t } = transport()
    nock(API)
      .get('/gdc/gz')
      .reply(200, zlib.gzipSync('{"userLogin":{}}'), { 'Content-Encoding': 'gzip' })
      .get('/gdc/df')
      .reply(200, zlib.deflateSync('deflated'), { 'Content-Encoding': 'deflate' })
      .get('/gdc/stream')
      .reply(200, zlib.gzipSync('x'.repeat(100_000)), { 'Content-Encoding': 'gzip' })
    expect((await t.request({ call: 'login', method: 'GET', path: '/gdc/gz' })).body).toBe('{"userLogin":{}}')
    expect((await t.request({ call: 'login', method: 'GET', path: '/gdc/df' })).body).toBe('deflated')
    const streamed = await t.stream({ call: 'download', method: 'GET', path: '/gdc/stream' })
    expect((await readText(streamed.body)).length).toBe(100_000)
  })

  it('refuses, without sending anything, a path that would leave the API URL', async () => {
    const { t } = transport()
    await expect(t.request({ call: 'api', method: 'GET', path: '//evil.test/gdc' })).rejects.toThrow(
      'refusing to send a request outside the API URL'
    )
    expect(t.requestCount).toBe(0)
  })

  it("quotes the server's echo of the request id only when it looks like one", () => {
    expect(echoedRequestId('ours:theirs', 'ours')).toBe('ours:theirs')
    expect(echoedRequestId('ours:x y', 'ours')).toBe('ours')
    expect(echoedRequestId('a\n::error::x', 'ours')).toBe('ours')
    expect(echoedRequestId('x'.repeat(300), 'ours')).toBe('ours')
  })
})

describe('retries', () => {
  it('retries 503 with backoff and logs why; the debug log has each attempt, never a body', async () => {
    const { t, lines, clock } = transport()
    nock(API).get('/gdc/x').reply(503, '<html>SECRET-VALUE-123</html>').get('/gdc/x').reply(200, 'ok')
    expect((await t.request({ call: 'api', method: 'GET', path: '/gdc/x' })).attempts).toBe(2)
    expect(clock.waits).toEqual([750])
    expect(lines.filter(l => l.startsWith('info'))).toEqual([
      'info Flex Insights api: HTTP 503, retrying in 0.8 s (attempt 2/3)'
    ])
    expect(lines.filter(l => l.startsWith('debug'))).toEqual([
      expect.stringMatching(
        /^debug GET \/gdc\/x -> HTTP 503 in \d+ ms \(attempt 1\/3, request id flex-insights-auth:\S+\)$/
      ),
      expect.stringMatching(/^debug GET \/gdc\/x -> HTTP 200 in \d+ ms \(attempt 2\/3/)
    ])
    expect(lines.join('\n')).not.toContain('SECRET')
  })

  it.each([400, 401, 403, 404])('never retries %i', async status => {
    const { t } = transport()
    nock(API).post('/gdc/account/login').reply(status, '{}')
    const res = await t.request({ call: 'login', method: 'POST', path: '/gdc/account/login', body: {} })
    expect([res.status, res.attempts, t.requestCount]).toEqual([status, 1, 1])
  })

  it('retries a reset connection; an unknown host is not retried and says what to check', async () => {
    const { t } = transport()
    nock(API).get('/gdc/x').replyWithError(netError('ECONNRESET', 'socket hang up')).get('/gdc/x').reply(200, 'ok')
    expect((await t.request({ call: 'api', method: 'GET', path: '/gdc/x' })).body).toBe('ok')
    nock(API).get('/gdc/y').replyWithError(netError('ENOTFOUND', 'getaddrinfo'))
    const error = await t.request({ call: 'api', method: 'GET', path: '/gdc/y' }).catch(e => e)
    expect(error).toBeInstanceOf(FlexInsightsError)
    expect(error.message).toMatch(
      new RegExp(
        String.raw`^Flex Insights api failed: network error ENOTFOUND talking to api\.flex\.test \[request id ` +
          String.raw`\S+\]\. Check the api-url input`
      )
    )
    expect(t.requestCount).toBe(3)
  })

  it('gives up after max-attempts with the count in the message', async () => {
    const { t } = transport({ maxAttempts: 2 })
    nock(API).get('/gdc/x').times(2).replyWithError(netError('ECONNREFUSED'))
    await expect(t.request({ call: 'token', method: 'GET', path: '/gdc/x' })).rejects.toThrow(
      /network error ECONNREFUSED talking to api\.flex\.test \(after 2 attempts\)/
    )
  })

  it('a request once is never repeated', async () => {
    const { t } = transport()
    nock(API).post('/gdc/x').reply(503, '')
    expect((await t.request({ call: 'api', method: 'POST', path: '/gdc/x', once: true })).status).toBe(503)
    expect(t.requestCount).toBe(1)
  })

  it('a Retry-After longer than max-retry-wait fails at once, saying until when (login: the lock-out)', async () => {
    const { t } = transport({ maxRetryWaitMs: 10_000 })
    nock(API).post('/gdc/account/login').reply(429, '{"error":{"message":"Too many invalid login attempts"}}', {
      'Retry-After': '300',
      'Content-Type': 'application/json'
    })
    const error = await t.request({ call: 'login', method: 'POST', path: '/gdc/account/login', body: {} }).catch(e => e)
    expect(error.kind).toBe('locked-out')
    expect(error.details.retryAfterSeconds).toBe(300)
    expect(error.message).toMatch(
      new RegExp(
        String.raw`^Flex Insights login failed: HTTP 429: "Too many invalid login attempts" \[request id \S+\]\. ` +
          String.raw`Too many invalid logins: check the login and password secrets before trying again\. The ` +
          String.raw`server asks to wait 300 s \(until 2026-01-01T00:05:00\.000Z\), more than max-retry-wait \(10 ` +
          String.raw`s\)`
      )
    )
    expect(t.requestCount).toBe(1)
  })
})

describe('bounds', () => {
  it('request-timeout bounds a request that gets no answer; it is retried', async () => {
    const { t } = transport({ timeoutMs: 50, maxAttempts: 2 })
    nock(API).get('/gdc/slow').delay(2000).reply(200, 'late').get('/gdc/slow').reply(200, 'ok')
    expect((await t.request({ call: 'api', method: 'GET', path: '/gdc/slow' })).body).toBe('ok')
  })

  it('an answer over the size cap is refused, not retried', async () => {
    const { t } = transport()
    nock(API)
      .get('/gdc/big')
      .reply(200, Buffer.alloc(MAX_BODY_BYTES + 1, 'a'))
    await expect(t.request({ call: 'api', method: 'GET', path: '/gdc/big' })).rejects.toThrow(
      `response larger than ${MAX_BODY_BYTES} bytes`
    )
    expect(t.requestCount).toBe(1)
  })

  it('a streamed body that stops for request-timeout fails with a timeout, however long the whole takes', async () => {
    nock.enableNetConnect('127.0.0.1')
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/csv' })
      res.write('a,b\r\n')
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    try {
      const { port } = server.address() as { port: number }
      const t = new Transport({ ...settings, apiUrl: `http://127.0.0.1:${port}`, timeoutMs: 150 })
      const res = await t.stream({ call: 'download', method: 'GET', path: '/gdc/csv' })
      expect(res.status).toBe(200)
      await expect(readText(res.body)).rejects.toThrow('no complete response within 0.15 s')
      t.close()
    } finally {
      server.closeAllConnections()
      server.close()
      nock.disableNetConnect()
    }
  })
})
