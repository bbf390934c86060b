/**
 * The download engine: a GET on its own connection (net or tls, Connection: close), read into one
 * reused 1 MiB buffer (the `onread` option) and parsed by http1.ts. node:http hands every read
 * over in a fresh buffer, which is garbage the size of the download; here a file download makes
 * none, so memory stays flat without forcing collections, and the CPU per GiB drops
 * (BENCHMARKS.md "Decisions"). transport.ts uses it for streamed GETs that go to the API directly;
 * through a proxy they keep node:http and its tunnelling agent.
 *
 * The body goes one of two ways, chosen by the first use: pipeTo() hands each chunk to a
 * synchronous writer as a view of the reused buffer (a part file: nothing is copied), or `body`
 * is a Readable of copies (small answers, gzip, stdout).
 */
import net from 'node:net'
import { Readable } from 'node:stream'
import tls from 'node:tls'
import { decodeBody } from './body.js'
import { AttemptTimeoutError } from './failures.js'
import { ResponseParser, type ResponseHead } from './http1.js'
import type { StreamedResponse } from './transport.js'

/**
 * Reads go into 1 MiB for pipeTo, 64 KiB otherwise: a stream's copies and what gzip makes of
 * them stay as small as node:http's, which a collection every few MiB keeps in bounds (memory.ts;
 * with 1 MiB reads a 1 GiB gzip export peaked at 137 MB, with 64 KiB at 98 MB).
 */
const SLAB_BYTES = 1024 * 1024
const SMALL_BYTES = 64 * 1024

export interface SocketResponse extends ResponseHead {
  /** The body as copies; reading it (or resume()) chooses this way. */
  body: Readable
  /**
   * Hands each body chunk to `write`, a view of a buffer that is reused once `write` returns;
   * resolves with the bytes of the body. A failure of `write` stops the transfer and is the
   * rejection.
   */
  pipeTo(write: (chunk: Buffer) => void): Promise<number>
}

type Mode = 'waiting' | 'pipe' | 'stream'

/**
 * GET `url` with `headers`; resolves once the status and headers are in. `timeoutMs` bounds the
 * connection and the wait for the headers, then every pause of the body.
 */
export function socketGet(url: URL, headers: Record<string, string>, timeoutMs: number): Promise<SocketResponse> {
  const request = [`GET ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`, 'Connection: close']
  for (const [name, value] of Object.entries(headers)) {
    // What node:http refuses too: a line break or NUL would start a header of its own.
    if (/[\r\n\0]/.test(name + value)) throw new TypeError(`invalid character in the ${name} header`)
    request.push(`${name}: ${value}`)
  }
  const host = url.hostname.replace(/^\[|\]$/g, '')
  const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80)
  let slab: Buffer | undefined
  const small = Buffer.allocUnsafe(SMALL_BYTES)
  let mode: Mode = 'waiting'
  let paused = false
  let failure: Error | undefined
  let ended = false
  /** Body bytes that came before the body had a reader: copied, the slab moves on. */
  const early: Buffer[] = []
  let bytes = 0
  let piped:
    { write: (chunk: Buffer) => void; resolve: (n: number) => void; reject: (error: unknown) => void } | undefined
  let headed!: { resolve: (res: SocketResponse) => void; reject: (error: unknown) => void }

  const body = new Readable({
    read() {
      if (mode === 'waiting') {
        mode = 'stream'
        for (const chunk of early.splice(0)) body.push(chunk)
        if (failure !== undefined) return void body.destroy(failure)
        if (ended) return void body.push(null)
      }
      resume()
    },
    destroy(error, done) {
      fail(error ?? new Error('aborted'))
      done(error)
    }
  })
  body.on('error', () => undefined) // the reader, or pipeTo's promise, sees the error

  const fail = (error: unknown): void => {
    if (failure !== undefined || ended) return
    failure = error instanceof Error ? error : new Error('the transfer failed', { cause: error })
    socket.destroy()
    clearTimeout(headTimer)
    headed.reject(failure)
    piped?.reject(failure)
    if (mode === 'stream') body.destroy(failure)
  }
  const resume = (): void => {
    if (!paused) return
    paused = false
    socket.resume()
  }

  const parser = new ResponseParser({
    head(head) {
      clearTimeout(headTimer)
      socket.setTimeout(timeoutMs)
      headed.resolve({ ...head, body, pipeTo })
    },
    body(chunk) {
      bytes += chunk.length
      if (piped) {
        try {
          piped.write(chunk)
        } catch (error) {
          fail(error)
        }
      } else if (mode === 'stream') {
        if (!body.push(Buffer.from(chunk))) paused = true
      } else {
        early.push(Buffer.from(chunk))
        paused = true
      }
    },
    end() {
      ended = true
      socket.destroy()
      if (mode === 'pipe') piped?.resolve(bytes)
      else if (mode === 'stream') body.push(null)
    }
  })

  const pipeTo = (write: (chunk: Buffer) => void): Promise<number> =>
    new Promise<number>((resolve, reject) => {
      if (mode !== 'waiting') return reject(new Error('the body is read already'))
      mode = 'pipe'
      piped = { write, resolve, reject }
      try {
        for (const chunk of early.splice(0)) write(chunk)
      } catch (error) {
        return fail(error)
      }
      if (failure !== undefined) reject(failure)
      else if (ended) resolve(bytes)
      else resume()
    })

  const onread = {
    buffer: (): Buffer => (mode === 'pipe' ? (slab ??= Buffer.allocUnsafe(SLAB_BYTES)) : small),
    callback(n: number, buffer: Uint8Array): boolean {
      try {
        parser.feed(Buffer.from(buffer.buffer, buffer.byteOffset, n))
      } catch (error) {
        fail(error)
        return false
      }
      return !paused && failure === undefined
    }
  }
  const socket: net.Socket =
    url.protocol === 'https:'
      ? // onread is a tls.connect option too (Node's tls docs), missing from @types/node's ConnectionOptions.
        tls.connect({
          host,
          port,
          servername: net.isIP(host) ? undefined : host,
          ALPNProtocols: ['http/1.1'],
          ...({ onread } as tls.ConnectionOptions)
        })
      : net.connect({ host, port, onread })
  const headTimer = setTimeout(() => fail(new AttemptTimeoutError()), timeoutMs)
  socket.on('timeout', () => fail(new AttemptTimeoutError()))
  socket.on('error', fail)
  socket.on('end', () => {
    try {
      parser.close()
    } catch (error) {
      fail(error)
    }
  })
  socket.on('close', () => {
    if (!ended) fail(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
  })
  socket.write(`${request.join('\r\n')}\r\n\r\n`)
  return new Promise<SocketResponse>((resolve, reject) => {
    headed = { resolve, reject }
  })
}

/**
 * A SocketResponse as transport.ts answers it: the body decoded on first use (reading it is the
 * other way, chosen only when taken), pipeTo for an uncompressed body, and abort for a deadline.
 * Transfer errors come out as `failed` makes them; an error of the writer, or the abort's, as is.
 */
export function streamedAnswer(
  res: SocketResponse,
  failed: (error: unknown) => Error
): Pick<StreamedResponse, 'status' | 'headers' | 'body' | 'pipeTo' | 'abort'> {
  let own: { error: unknown } | undefined
  const pipeTo = async (write: (chunk: Buffer) => void): Promise<number> => {
    try {
      return await res.pipeTo(chunk => {
        try {
          write(chunk)
        } catch (error) {
          own = { error }
          throw error
        }
      })
    } catch (error) {
      throw own ? own.error : failed(error)
    }
  }
  let decoded: Readable | undefined
  return {
    status: res.status,
    headers: res.headers,
    get body() {
      return (decoded ??= decodeBody(res.body, res.headers, failed))
    },
    pipeTo: res.headers['content-encoding'] ? undefined : pipeTo,
    abort: error => {
      own ??= { error }
      res.body.destroy(error)
    }
  }
}
