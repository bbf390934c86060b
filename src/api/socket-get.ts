/**
 * The download engine: a GET on its own connection (net or tls, Connection: close), read into one
 * reused 1 MiB buffer (the `onread` option) and parsed by http1.ts. node:http hands every read
 * over in a fresh buffer, which is garbage the size of the download; here a download makes none,
 * so memory stays flat with no forced collection, and the CPU per GiB drops (BENCHMARKS.md
 * "Decisions"). transport.ts uses it for streamed GETs that go to the API directly (what it
 * answers: streamed-answer.ts); through a proxy they keep node:http and its tunnelling agent.
 *
 * The body goes one of two ways, chosen by the first use: pipeTo() hands each chunk to a writer
 * as a view of the reused buffer (a file, stdout, the inflater: nothing is copied), or `body` is
 * a Readable of copies (small answers, a writable that may keep what it is given).
 */
import { Readable } from 'node:stream'
import { EngineSocket } from './engine-socket.js'
import { AttemptTimeoutError } from './failures.js'
import { ResponseParser, type ResponseHead } from './http1.js'

/** Reads go into 1 MiB for pipeTo; a stream's copies stay as small as node:http's. */
const SLAB_BYTES = 1024 * 1024
const SMALL_BYTES = 64 * 1024

export interface SocketResponse extends ResponseHead {
  /** The body as copies; reading it (or resume()) chooses this way. */
  body: Readable
  /**
   * Hands each body chunk to `write`, a view of a buffer that is reused once `write` returns or,
   * if it returns a promise, once that settles (no chunk comes before); resolves with the bytes
   * of the body. A failure of `write` stops the transfer and is the rejection.
   */
  pipeTo(write: Writer): Promise<number>
}

/** Takes a chunk that is valid until it returns, or until its promise settles. */
export type Writer = (chunk: Buffer) => void | Promise<void>

type Mode = 'waiting' | 'pipe' | 'stream'

/**
 * GET `url` with `headers`; resolves once the status and headers are in. `timeoutMs` bounds the
 * connection and the wait for the headers, then every pause of the body. `opened`: a connection
 * opened ahead for it (engine-socket.ts), else one is opened now.
 */
export function socketGet(
  url: URL,
  headers: Record<string, string>,
  timeoutMs: number,
  opened?: EngineSocket
): Promise<SocketResponse> {
  const request = [`GET ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`, 'Connection: close']
  for (const [name, value] of Object.entries(headers)) {
    // What node:http refuses too: a line break or NUL would start a header of its own.
    if (/[\r\n\0]/.test(name + value)) throw new TypeError(`invalid character in the ${name} header`)
    request.push(`${name}: ${value}`)
  }
  let slab: Buffer | undefined
  const small = Buffer.allocUnsafe(SMALL_BYTES)
  let mode: Mode = 'waiting'
  let paused = false
  let failure: Error | undefined
  let ended = false
  /** Body bytes that came before the body had a reader: copied, the slab moves on. */
  const early: Buffer[] = []
  let bytes = 0
  let piped: { write: Writer; resolve: (n: number) => void; reject: (error: unknown) => void } | undefined
  /** Views of the slab a slow writer has yet to take, in order; the socket waits meanwhile. */
  const queued: Buffer[] = []
  let writing = false
  let headed!: { resolve: (res: SocketResponse) => void; reject: (error: unknown) => void }

  const body = new Readable({
    read() {
      if (mode === 'waiting') {
        mode = 'stream'
        for (const chunk of early.splice(0)) body.push(chunk)
        if (failure !== undefined) return void body.destroy(failure)
        if (ended) return void body.push(null)
      }
      if (mode === 'stream') resume()
    },
    destroy(error, done) {
      fail(error ?? new Error('aborted'))
      done(error)
    }
  })
  body.on('error', () => undefined) // the reader, or pipeTo's promise, sees the error

  const fail = (error: unknown): void => {
    // After the end a writer may still be at work: its failure is the transfer's.
    if (failure !== undefined || (ended && !writing)) return
    failure = error instanceof Error ? error : new Error('the transfer failed', { cause: error })
    socket.destroy()
    clearTimeout(headTimer)
    headed.reject(failure)
    piped?.reject(failure)
    if (mode === 'stream') body.destroy(failure)
  }
  /** Stops reading until the reader catches up: that wait is ours, not the server's, so no timeout runs. */
  const hold = (): void => {
    paused = true
    socket.setTimeout(0)
  }
  const resume = (): void => {
    if (!paused) return
    paused = false
    socket.setTimeout(timeoutMs)
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
      if (piped) hand(chunk)
      else if (mode === 'stream') {
        if (!body.push(Buffer.from(chunk))) hold()
      } else {
        early.push(Buffer.from(chunk))
        hold()
      }
    },
    end() {
      ended = true
      socket.destroy()
      if (mode === 'pipe' && !writing) piped?.resolve(bytes)
      else if (mode === 'stream') body.push(null)
    }
  })

  /** Gives `chunk` to pipeTo's writer, after the chunks queued for it; a promise holds the rest back. */
  const hand = (chunk: Buffer): void => {
    if (writing) return void queued.push(chunk)
    for (let next: Buffer | undefined = chunk; next && failure === undefined; next = queued.shift()) {
      let written: void | Promise<void>
      try {
        written = (piped as NonNullable<typeof piped>).write(next)
      } catch (error) {
        return fail(error)
      }
      if (written) {
        writing = true
        hold()
        written.then(() => {
          writing = false
          const after = queued.shift()
          if (after) hand(after)
          carryOn()
        }, fail)
        return
      }
    }
  }
  /** Once the writer holds no chunk: the end of the body, or the next read. */
  const carryOn = (): void => {
    if (writing || failure !== undefined) return
    if (ended) piped?.resolve(bytes)
    else resume()
  }

  const pipeTo = (write: Writer): Promise<number> =>
    new Promise<number>((resolve, reject) => {
      if (mode !== 'waiting') return reject(new Error('the body is read already'))
      mode = 'pipe'
      piped = { write, resolve, reject }
      for (const chunk of early.splice(0)) hand(chunk)
      if (failure !== undefined) reject(failure)
      else carryOn()
    })

  const socket = (opened ?? new EngineSocket(url, Date.now())).take({
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
  })
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
