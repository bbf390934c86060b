// The download engine (src/api/socket-get.ts) against a local TCP server that writes exactly the
// bytes each test gives: the request it sends, a body handed over by pipeTo (views of a reused
// buffer) or as a stream, and every way a transfer fails: a writer that throws, a cut, a
// malformed answer, a server that stalls, an abort.
import { createHash } from 'node:crypto'
import net from 'node:net'
import { afterEach, describe, expect, it } from '@jest/globals'
import { AttemptTimeoutError } from '../../../src/api/failures.js'
import { socketGet } from '../../../src/api/socket-get.js'

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex')
const servers: net.Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map(s => new Promise(resolve => s.close(resolve))))
})

/** A server that answers each connection with `answer` (given the request it read). */
async function serve(answer: (socket: net.Socket, request: string) => void): Promise<string> {
  const server = net.createServer(socket => {
    let request = ''
    socket.on('data', chunk => {
      request += chunk.toString('latin1')
      if (request.includes('\r\n\r\n')) answer(socket, request)
    })
    socket.on('error', () => undefined)
  })
  servers.push(server)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`
}

/** `bytes` written in pieces of varying size, then the connection ended. */
function writeInPieces(socket: net.Socket, bytes: Buffer, end = true): void {
  let at = 0
  const next = (): void => {
    if (at >= bytes.length) return void (end && socket.end())
    const size = 1 + ((at * 7919) % 300_000)
    socket.write(bytes.subarray(at, at + size), next)
    at += size
  }
  next()
}

/** A 200 with `body` and its Content-Length. */
const withLength = (body: Buffer): Buffer =>
  Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n\r\n`), body])

const big = Buffer.from(Array.from({ length: 120_000 }, (_, i) => `"2026-01-01","row ${i}","x"\r\n`).join(''))

describe('socketGet', () => {
  it('sends a plain GET with Connection: close; pipeTo gets every byte, in views of one reused buffer', async () => {
    let seen = ''
    const base = await serve((socket, request) => {
      seen = request
      writeInPieces(socket, withLength(big))
    })
    const res = await socketGet(
      new URL(`${base}/gdc/x?q=a%20b`),
      { Cookie: 'GDCAuthTT=t', 'X-GDC-REQUEST': 'id' },
      5000
    )
    expect(res.status).toBe(200)
    const hash = createHash('sha256')
    const buffers = new Set<ArrayBufferLike>()
    let chunks = 0
    const bytes = await res.pipeTo(chunk => {
      hash.update(chunk)
      buffers.add(chunk.buffer)
      chunks++
    })
    expect(bytes).toBe(big.length)
    expect(hash.digest('hex')).toBe(sha(big))
    // However many reads: views of the two read buffers (64 KiB until pipeTo, then 1 MiB), and
    // a copy of what came with the head.
    expect(chunks).toBeGreaterThan(4)
    expect(buffers.size).toBeLessThanOrEqual(3)
    expect(seen.split('\r\n').slice(0, 5)).toEqual([
      'GET /gdc/x?q=a%20b HTTP/1.1',
      expect.stringMatching(/^Host: 127\.0\.0\.1:\d+$/),
      'Connection: close',
      'Cookie: GDCAuthTT=t',
      'X-GDC-REQUEST: id'
    ])
  })

  it('chunked, read as a stream of copies', async () => {
    const base = await serve(socket => {
      const chunks = ['4\r\nwiki\r\n', '5\r\npedia\r\n', '0\r\n\r\n'].join('')
      writeInPieces(socket, Buffer.from(`HTTP/1.1 202 Accepted\r\nTransfer-Encoding: chunked\r\n\r\n${chunks}`))
    })
    const res = await socketGet(new URL(`${base}/gdc/x`), {}, 5000)
    let text = ''
    for await (const chunk of res.body) text += String(chunk)
    expect([res.status, text]).toEqual([202, 'wikipedia'])
  })

  it('a writer that returns a promise holds the next chunk, and the buffer, until it settles', async () => {
    const chunked = Buffer.from(
      Array.from({ length: 40 }, (_, i) => big.subarray(i * 60_000, (i + 1) * 60_000))
        .map(piece => `${piece.length.toString(16)}\r\n${piece.toString('latin1')}\r\n`)
        .join('') + '0\r\n\r\n',
      'latin1'
    )
    const base = await serve(socket =>
      writeInPieces(
        socket,
        Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n'), chunked])
      )
    )
    const res = await socketGet(new URL(`${base}/gdc/x`), {}, 5000)
    const parts: Buffer[] = []
    let busy = false
    let slow = 0
    const piped = res.pipeTo(chunk => {
      expect(busy).toBe(false)
      if (slow++ % 3) return void parts.push(Buffer.from(chunk))
      busy = true
      // Read only later: a chunk must still hold its bytes once the writer gets to it.
      return new Promise<void>(resolve =>
        setTimeout(() => {
          parts.push(Buffer.from(chunk))
          busy = false
          resolve()
        }, 1)
      )
    })
    res.body.resume() // the body stream is not the reader here: this must not restart the socket
    const bytes = await piped
    expect(bytes).toBe(40 * 60_000)
    expect(sha(Buffer.concat(parts))).toBe(sha(big.subarray(0, 40 * 60_000)))
  })

  it('a writer that holds a chunk longer than the timeout does not time the transfer out', async () => {
    const base = await serve(socket => writeInPieces(socket, withLength(big)))
    const res = await socketGet(new URL(`${base}/gdc/x`), {}, 1500)
    let held = false
    const bytes = await res.pipeTo(() => {
      if (held) return
      held = true // a pipe whose reader is busy for a while: the server is not the one waiting
      return new Promise<void>(resolve => setTimeout(resolve, 3500))
    })
    expect(bytes).toBe(big.length)
  }, 20_000)

  it('a writer whose promise fails: pipeTo fails with that error', async () => {
    const base = await serve(socket => writeInPieces(socket, withLength(big)))
    const res = await socketGet(new URL(`${base}/gdc/x`), {}, 5000)
    const broken = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })
    await expect(res.pipeTo(() => Promise.reject(broken))).rejects.toBe(broken)
  })

  it('a writer that throws: pipeTo fails with its error, and the transfer stops', async () => {
    const base = await serve(socket => writeInPieces(socket, withLength(big)))
    const res = await socketGet(new URL(`${base}/gdc/x`), {}, 5000)
    const full = new Error('ENOSPC')
    await expect(
      res.pipeTo(() => {
        throw full
      })
    ).rejects.toBe(full)
  })

  it.each([
    ['cut short of its Content-Length', 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this', 'ECONNRESET'],
    ['a malformed head', 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok', 'HPE_INVALID']
  ])('%s: the transfer fails', async (_, answer, code) => {
    const base = await serve(socket => socket.end(answer))
    const failure = socketGet(new URL(`${base}/gdc/x`), {}, 5000).then(res => res.pipeTo(() => undefined))
    await expect(failure).rejects.toMatchObject({ code })
  })

  it('no answer within the timeout, or a body that stops: AttemptTimeoutError', async () => {
    const silent = await serve(() => undefined)
    await expect(socketGet(new URL(`${silent}/gdc/x`), {}, 300)).rejects.toBeInstanceOf(AttemptTimeoutError)
    const stalled = await serve(socket => socket.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhal'))
    const res = await socketGet(new URL(`${stalled}/gdc/x`), {}, 300)
    await expect(res.pipeTo(() => undefined)).rejects.toBeInstanceOf(AttemptTimeoutError)
  })

  it('destroying the body stops a pipeTo under way with that error', async () => {
    const base = await serve(socket => socket.write(`HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhal`))
    const res = await socketGet(new URL(`${base}/gdc/x`), {}, 5000)
    const deadline = new Error('deadline')
    const piped = res.pipeTo(() => undefined)
    res.body.destroy(deadline)
    await expect(piped).rejects.toBe(deadline)
  })

  it('a header value with a line break is refused before anything is sent', () => {
    expect(() => socketGet(new URL('http://127.0.0.1:9/gdc/x'), { Cookie: 'a\r\nX-Evil: 1' }, 5000)).toThrow(
      'invalid character in the Cookie header'
    )
  })
})
