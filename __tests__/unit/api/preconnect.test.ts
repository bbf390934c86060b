// Transport.preconnect: the connection of the GET that follows an export's POST is opened ahead
// (engine-socket.ts). The GET then goes over it, with no handshake of its own; a connection the
// server closed, one too old or for another API is not used; a proxy gets none; close() ends it.
import net from 'node:net'
import tls from 'node:tls'
import { once } from 'node:events'
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { testClock } from '../../fixtures.js'
import { SPARE_MS } from '../../../src/api/engine-socket.js'

const { Transport } = await import('../../../src/api/transport.js')
const { readText } = await import('../../../src/api/body.js')

/** What the server saw: each connection, and the requests that came on it. */
let connections: { requests: string[]; socket: net.Socket }[] = []
let server: net.Server
let apiUrl: string

beforeAll(async () => {
  delete process.env.FLEX_INSIGHTS_AUTH_SOCKET
  server = net.createServer(socket => {
    const seen = { requests: [] as string[], socket }
    connections.push(seen)
    let text = ''
    socket.on('data', chunk => {
      text += chunk.toString('latin1')
      if (!text.includes('\r\n\r\n')) return
      seen.requests.push(text.split('\r\n')[0])
      socket.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok')
    })
    socket.on('error', () => undefined)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  apiUrl = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`
})
afterAll(() => {
  server.close()
  process.env.FLEX_INSIGHTS_AUTH_SOCKET = 'off'
})
beforeEach(() => {
  connections = []
})

const settings = () => ({ apiUrl, timeoutMs: 5000, maxAttempts: 1, maxRetryWaitMs: 0 })
const get = async (t: InstanceType<typeof Transport>) =>
  readText((await t.stream({ call: 'download', method: 'GET', path: '/gdc/result' })).body)
/** Until the server has seen `n` connections. */
async function connected(n: number): Promise<void> {
  while (connections.length < n) await once(server, 'connection')
}

describe('Transport.preconnect', () => {
  it('the next streamed GET goes over the connection opened ahead', async () => {
    const t = new Transport(settings(), { clock: testClock() })
    t.preconnect()
    t.preconnect() // one at a time: a second call keeps the first
    await connected(1)
    expect(connections[0].requests).toEqual([])
    expect(await get(t)).toBe('ok')
    expect(connections.map(c => c.requests)).toEqual([['GET /gdc/result HTTP/1.1']])
    t.close()
  })

  it('a connection the server closed, or one older than SPARE_MS, is not used: the GET gets a fresh one', async () => {
    const clock = testClock()
    const t = new Transport(settings(), { clock })
    t.preconnect()
    await connected(1)
    // Whether the client has seen the close yet or not: the GET gets its answer on a fresh connection.
    connections[0].socket.destroy()
    expect(await get(t)).toBe('ok')
    t.preconnect()
    await connected(3)
    clock.advance(SPARE_MS + 1)
    expect(await get(t)).toBe('ok')
    expect(connections.map(c => c.requests)).toEqual([
      [],
      ['GET /gdc/result HTTP/1.1'],
      [],
      ['GET /gdc/result HTTP/1.1']
    ])
    t.close()
  })

  it('close() ends a connection opened ahead and never used', async () => {
    const t = new Transport(settings(), { clock: testClock() })
    t.preconnect()
    await connected(1)
    const ended = once(connections[0].socket, 'close')
    t.close()
    await ended
    expect(connections[0].requests).toEqual([])
  })

  it('through a proxy, or with the socket engine off, nothing is opened ahead', async () => {
    const dialled = jest.spyOn(tls, 'connect')
    process.env.https_proxy = 'http://127.0.0.1:9'
    try {
      const proxied = new Transport({ ...settings(), apiUrl: 'https://analytics.example' }, { clock: testClock() })
      proxied.preconnect()
      expect(dialled).not.toHaveBeenCalled()
      proxied.close()
    } finally {
      delete process.env.https_proxy
      dialled.mockRestore()
    }
    process.env.FLEX_INSIGHTS_AUTH_SOCKET = 'off'
    try {
      const t = new Transport(settings(), { clock: testClock() })
      t.preconnect()
      await new Promise(resolve => setTimeout(resolve, 50))
      expect(connections).toEqual([])
      t.close()
    } finally {
      delete process.env.FLEX_INSIGHTS_AUTH_SOCKET
    }
  })
})
