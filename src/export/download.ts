/**
 * A result's CSV on its way to its target: written chunk by chunk into a part file that gets
 * its name only when complete (part-file.ts), or to stdout, with its SHA-256, rows and bytes
 * taken on the way (background-digest.ts). A body that ends short of its Content-Length counts
 * as broken, like a reset connection.
 */
import { once } from 'node:events'
import { FlexInsightsError } from '../api/errors.js'
import type { StreamedResponse } from '../api/transport.js'
import { DownloadDigest } from './background-digest.js'
import type { Digest } from './digest.js'
import { COLLECT_EVERY, releaseBuffers } from './memory.js'
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
    const write = part
      ? (chunk: Buffer): void => {
          part.write(chunk)
          digested(chunk)
        }
      : async (chunk: Buffer): Promise<void> => {
          await writeOut(to.stdout as NodeJS.WritableStream, chunk)
          digested(chunk)
        }
    await receive(res, progress, 0, write, part !== undefined)
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
 * Content-Length is broken, and may be fetched again. `sync`: `write` is done with a chunk when
 * it returns, so the chunks may be views of a reused buffer (transport.ts pipeTo).
 */
export async function receive(
  res: StreamedResponse,
  progress: ReportProgress,
  before: number,
  write: (chunk: Buffer) => void | Promise<void>,
  sync: boolean
): Promise<number> {
  let bytes = 0
  if (sync && res.pipeTo) {
    // No garbage per read, so nothing to collect (memory.ts is for node:http's fresh buffers).
    return await res.pipeTo(chunk => {
      void write(chunk)
      bytes += chunk.length
      progress.bytes = before + bytes
    })
  }
  let collected = 0
  for await (const chunk of res.body as AsyncIterable<Buffer>) {
    const writing = write(chunk)
    if (writing) await writing
    bytes += chunk.length
    progress.bytes = before + bytes
    if (bytes - collected >= COLLECT_EVERY) {
      collected = bytes
      releaseBuffers()
    }
  }
  const expected = Number(res.headers['content-length'])
  if (!res.headers['content-encoding'] && Number.isInteger(expected) && bytes < expected) {
    throw new FlexInsightsError('download', `the download ended after ${bytes} of ${expected} bytes`, {
      kind: 'network',
      retryable: true
    })
  }
  return bytes
}

/** stdout stays open afterwards: other output may follow. */
async function writeOut(stdout: NodeJS.WritableStream, chunk: Buffer): Promise<void> {
  if (!stdout.write(chunk)) await once(stdout as NodeJS.WritableStream & NodeJS.EventEmitter, 'drain')
}
