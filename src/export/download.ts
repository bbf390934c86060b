/**
 * A result's CSV on its way to its target: written chunk by chunk into a part file that gets
 * its name only when complete (part-file.ts), or to stdout, with its SHA-256, rows and bytes
 * taken on the way (background-digest.ts). A body that ends short of its Content-Length counts
 * as broken, like a reset connection.
 */
import { FlexInsightsError } from '../api/errors.js'
import type { StreamedResponse } from '../api/streamed-answer.js'
import { DownloadDigest } from './background-digest.js'
import type { Digest } from './digest.js'
import { PartFile } from './part-file.js'
import type { ReportProgress } from './progress.js'

export interface Saved extends Digest {
  bytes: number
}

/**
 * Saves a 200 (or an empty 204) answer to `path`, or to `stdout` when there is no path. Any
 * failure leaves no part file behind; `clobber` replaces an existing file.
 */
export async function save(
  res: StreamedResponse,
  to: { path?: string; stdout?: NodeJS.WritableStream; clobber: boolean },
  progress: ReportProgress
): Promise<Saved> {
  const part = to.path ? new PartFile(to.path) : undefined
  const digest = new DownloadDigest(part?.fd)
  let bytes = 0
  try {
    const digested = (chunk: Buffer): void => {
      bytes += chunk.length
      digest.add(chunk, bytes)
    }
    const stdout = to.stdout as NodeJS.WritableStream
    const write = part
      ? (chunk: Buffer): void => {
          part.write(chunk)
          digested(chunk)
        }
      : (chunk: Buffer): void | Promise<void> => {
          digested(chunk)
          return writeOut(stdout, chunk)
        }
    // The process's stdout is done with a chunk once its write calls back; another stream may keep it.
    await receive(res, progress, 0, write, part !== undefined || stdout === process.stdout)
    const { rows, sha256 } = await digest.finish(bytes)
    part?.commit(to.clobber)
    return { bytes, rows, sha256 }
  } catch (error) {
    digest.dispose()
    part?.discard()
    throw error
  }
}

/**
 * Hands each chunk of a body to `write` and returns the bytes received; `progress.bytes` counts
 * on from `before` (the bytes a joined file holds already). A body that ends short of its
 * Content-Length is broken, and may be fetched again. `views`: `write` is done with a chunk when
 * it returns or its promise settles, so the chunks may be views of a reused buffer (pipeTo).
 */
export async function receive(
  res: StreamedResponse,
  progress: ReportProgress,
  before: number,
  write: (chunk: Buffer) => void | Promise<void>,
  views: boolean
): Promise<number> {
  let bytes = 0
  const counted = (chunk: Buffer): void | Promise<void> => {
    const written = write(chunk)
    bytes += chunk.length
    progress.bytes = before + bytes
    return written
  }
  if (views && res.pipeTo) {
    await res.pipeTo(counted)
    return bytes
  }
  for await (const chunk of res.body as AsyncIterable<Buffer>) await counted(chunk)
  const expected = Number(res.headers['content-length'])
  if (!res.headers['content-encoding'] && Number.isInteger(expected) && bytes < expected) {
    throw new FlexInsightsError('download', `the download ended after ${bytes} of ${expected} bytes`, {
      kind: 'network',
      retryable: true
    })
  }
  return bytes
}

/**
 * stdout stays open afterwards: other output may follow. Resolves once the stream is done with
 * `chunk`; nothing to wait for when it went straight to the OS.
 */
function writeOut(stdout: NodeJS.WritableStream, chunk: Buffer): void | Promise<void> {
  const broken = (stdout as NodeJS.WritableStream & { errored?: Error | null }).errored
  if (broken) throw broken
  let done!: (error?: Error | null) => void
  const written = new Promise<void>((resolve, reject) => {
    done = error => (error ? reject(error) : resolve())
  })
  stdout.write(chunk, done)
  if ((stdout as NodeJS.WritableStream & { writableLength?: number }).writableLength === 0) {
    written.catch(() => undefined) // an error comes again with the next write or at the end
    return
  }
  return written
}
