// Transport with its socket engine on (the unit setup turns it off for nock): which streamed
// requests take it, what they hand back (pipeTo for an uncompressed or a gzip body, or a decoded
// stream), the debug line, retries of a 503, and that a proxy keeps node:http.
import nock from 'nock'
import http from 'node:http'
import zlib from 'node:zlib'
import { once } from 'node:events'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { testClock } from '../../fixtures.js'

const { Transport } = await import('../../../src/api/transport.js')
const { readText } = await import('../../../src/api/body.js')

const csv = Buffer.from('"a","b"\r\n'.repeat(50_000))
/** Compresses about as a report does, so its gzip takes many reads. */
const varied = Buffer.from(Array.from({ length: 200_000 }, (_, i) => `"agent-${(i * 7919) % 997}","${i}"\r\n`).join(''))
let server: http.Server
let apiUrl: string
let served: string[] = []
let unavailable = 0

beforeAll(async () => {
  delete process.env.FLEX_INSIGHTS_AUTH_SOCKET
  // Real node:http here (nock would answer a proxied request itself, bypassing the tunnel).
  nock.restore()
  server = http.createServer((req, res) => {
    served.push(`${req.method} ${req.url} ${req.headers.connection}`)
    if (req.url === '/gdc/busy' && unavailable-- > 0) return void res.writeHead(503).end('busy')
    const gzip = req.url?.startsWith('/gdc/gzip')
    const encoding: Record<string, string> = gzip ? { 'Content-Encoding': 'gzip' } : {}
    let body = gzip ? zlib.gzipSync(req.url === '/gdc/gzip-pieces' ? varied : csv) : csv
    if (req.url === '/gdc/gzip-corrupt') body = Buffer.concat([body.subarray(0, 500), Buffer.alloc(500, 7)])
    const cut = req.url === '/gdc/gzip-cut'
    res.writeHead(200, {
      'Content-Type': 'text/csv',
      'X-GDC-REQUEST': `${String(req.headers['x-gdc-request'])}:sub`,
      ...(cut ? { 'Content-Length': String(body.length) } : {}),
      ...encoding
    })
    if (cut) return void res.write(body.subarray(0, body.length >> 1), () => res.destroy())
    res.end(body)
  })
  server.on('connect', (req, socket) => {
    served.push(`CONNECT ${req.url}`)
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  apiUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(() => {
  server.closeAllConnections()
  server.close()
  process.env.FLEX_INSIGHTS_AUTH_SOCKET = 'off'
})

function transport() {
  const lines: string[] = []
  const logger = { debug: (m: string) => lines.push(m), info: (m: string) => lines.push(m), warning: () => undefined }
  const settings = { apiUrl, timeoutMs: 5000, maxAttempts: 3, maxRetryWaitMs: 60_000 }
  return { t: new Transport(settings, { logger, clock: testClock() }), lines }
}

describe('Transport: streamed GETs on the socket engine', () => {
  it('an uncompressed body comes by pipeTo, on its own connection, with the debug line and request id', async () => {
    served = []
    const { t, lines } = transport()
    const res = await t.stream({ call: 'download', method: 'GET', path: '/gdc/plain' })
    expect(res.pipeTo).toBeDefined()
    const parts: Buffer[] = []
    const bytes = await (res.pipeTo as NonNullable<typeof res.pipeTo>)(chunk => void parts.push(Buffer.from(chunk)))
    expect(bytes).toBe(csv.length)
    expect(Buffer.concat(parts).equals(csv)).toBe(true)
    expect(served).toEqual(['GET /gdc/plain close'])
    expect(res.requestId).toMatch(/^flex-insights-auth:\S+:sub$/)
    expect(lines).toEqual([
      expect.stringMatching(/^GET \/gdc\/plain -> HTTP 200 in \d+ ms \(attempt 1\/3, request id /)
    ])
    t.close()
  })

  it('a gzip body comes by pipeTo too, inflated in views of one reused buffer, or as a decoded stream', async () => {
    const { t } = transport()
    const res = await t.stream({ call: 'download', method: 'GET', path: '/gdc/gzip' })
    const parts: Buffer[] = []
    const views = new Set<ArrayBufferLike>()
    const bytes = await (res.pipeTo as NonNullable<typeof res.pipeTo>)(chunk => {
      views.add(chunk.buffer)
      parts.push(Buffer.from(chunk))
    })
    expect(bytes).toBe(csv.length)
    expect(Buffer.concat(parts).equals(csv)).toBe(true)
    expect(parts.length).toBeGreaterThan(1)
    expect(views.size).toBe(1)
    // A writer that takes its time (stdout into a full pipe): each piece is read only when it settles.
    const slow: Buffer[] = []
    let n = 0
    const piecewise = await t.stream({ call: 'download', method: 'GET', path: '/gdc/gzip-pieces' })
    await (piecewise.pipeTo as NonNullable<typeof res.pipeTo>)(chunk =>
      n++ % 4
        ? void slow.push(Buffer.from(chunk))
        : new Promise<void>(resolve => setTimeout(() => resolve(void slow.push(Buffer.from(chunk))), 2))
    )
    expect(Buffer.concat(slow).equals(varied)).toBe(true)
    const again = await t.stream({ call: 'download', method: 'GET', path: '/gdc/gzip' })
    expect(await readText(again.body)).toBe(csv.toString())
    t.close()
  })

  it('a corrupt or cut gzip body fails as a broken download that may be fetched again', async () => {
    const { t } = transport()
    for (const path of ['/gdc/gzip-corrupt', '/gdc/gzip-cut']) {
      const res = await t.stream({ call: 'download', method: 'GET', path })
      const failure = (res.pipeTo as NonNullable<typeof res.pipeTo>)(() => undefined)
      await expect(failure).rejects.toMatchObject({ details: { retryable: true } })
      await expect(failure).rejects.toThrow(/broken compressed response|network error ECONNRESET/)
    }
    t.close()
  })

  it('a 503 is retried like any other request', async () => {
    unavailable = 1
    const { t, lines } = transport()
    const res = await t.stream({ call: 'download', method: 'GET', path: '/gdc/busy' })
    expect(res.status).toBe(200)
    expect(lines.some(l => l.includes('HTTP 503, retrying'))).toBe(true)
    res.body.resume()
    t.close()
  })

  it('through a proxy: node:http and its tunnelling agent (CONNECT), not the socket engine', async () => {
    served = []
    process.env.https_proxy = apiUrl // the test server stands in for the proxy
    try {
      const settings = { apiUrl: 'https://analytics.example', timeoutMs: 5000, maxAttempts: 1, maxRetryWaitMs: 0 }
      const t = new Transport(settings, { clock: testClock() })
      await expect(t.stream({ call: 'download', method: 'GET', path: '/gdc/plain' })).rejects.toThrow()
      expect(served).toEqual(['CONNECT analytics.example:443'])
      t.close()
    } finally {
      delete process.env.https_proxy
    }
  })
})
