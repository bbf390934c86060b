/**
 * Response bodies: decoded (gzip, deflate), read whole within a size cap, or watched for pauses
 * longer than request-timeout when they stream. Every failure comes out as a TransportError.
 */
import type http from 'node:http'
import { PassThrough, type Readable } from 'node:stream'
import zlib from 'node:zlib'
import { AttemptTimeoutError } from './failures.js'
import { TransportError } from './retry.js'

/** Auth and listing answers are small; a cap keeps a misbehaving server from filling memory. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024

/** Reads a stream into a string, refusing more than `limit` bytes. */
export async function readText(body: Readable, limit = MAX_BODY_BYTES): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of body) {
    size += (chunk as Buffer).length
    if (size > limit) {
      body.destroy()
      throw new TransportError(`response larger than ${limit} bytes`, 'network', false)
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * What an answer that is not data says (an error, a 202), read within 1 MiB. A body that fails
 * to arrive says nothing: the status alone is then the message.
 */
export const readMessage = (body: Readable): Promise<string> => readText(body, 1024 * 1024).catch(() => '')

/** Fails the body when no byte arrives for `ms`; the socket may be pooled, so clean up after. */
export function watchIdle(res: http.IncomingMessage, ms: number): void {
  const socket = res.socket
  if (!socket) return
  const onIdle = (): void => {
    res.destroy(new AttemptTimeoutError())
  }
  socket.setTimeout(ms)
  socket.on('timeout', onIdle)
  res.once('close', () => {
    socket.setTimeout(0)
    socket.off('timeout', onIdle)
  })
}

/** Whether the answer is compressed in an encoding this client decodes (it asks for gzip and deflate). */
export const compressed = (headers: http.IncomingHttpHeaders): boolean =>
  ['gzip', 'x-gzip', 'deflate'].includes(
    String(headers['content-encoding'] ?? '')
      .trim()
      .toLowerCase()
  )

/**
 * The body, decoded when the server compressed it. Whatever fails underneath (the socket, the
 * decoder, a timeout) comes out of it as the error `classify` makes of it.
 */
export function decodeBody(
  res: Readable,
  headers: http.IncomingHttpHeaders,
  classify: (error: unknown) => Error
): Readable {
  // 256 KiB out per inflate call instead of zlib's 16 KiB: 4096 trips to the thread pool per GiB
  // instead of 65536 (a download that can go by pipeTo inflates in place instead: inflate.ts).
  const decoder = compressed(headers) ? zlib.createUnzip({ chunkSize: 256 * 1024 }) : undefined
  const out = new PassThrough({ highWaterMark: 1024 * 1024 })
  const fail = (error: unknown): void => {
    if (!out.destroyed) out.destroy(classify(error))
    res.destroy()
  }
  res.on('error', fail)
  // A timeout destroys the response with AttemptTimeoutError; 'aborted' (node:http's) may come first.
  res.on('aborted', () => fail(res.errored ?? Object.assign(new Error('response aborted'), { code: 'ECONNRESET' })))
  if (decoder) {
    decoder.on('error', fail)
    res.pipe(decoder).pipe(out)
  } else res.pipe(out)
  return out
}
