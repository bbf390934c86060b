/**
 * A result's CSV on its way to its target: through a tap that takes its SHA-256, rows and bytes,
 * into a part file that gets its name only when complete (part-file.ts), or to stdout. A body
 * that ends short of its Content-Length counts as broken, like a reset connection.
 */
import { createHash } from 'node:crypto'
import { Transform, Writable, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { TransportFailure } from '../api/retry.js'
import type { StreamedResponse } from '../api/transport.js'
import { RowCounter } from './csv-rows.js'
import { PartFile } from './part-file.js'
import type { ReportProgress } from './progress.js'

export interface Saved {
  bytes: number
  rows: number
  sha256: string
}

/** SHA-256, rows and bytes of what passes through, on the way to the file. */
class Measure extends Transform {
  readonly hash = createHash('sha256')
  readonly rows = new RowCounter()
  bytes = 0

  constructor(private readonly progress: ReportProgress) {
    super({ highWaterMark: 1024 * 1024 })
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk)
    this.rows.update(chunk)
    this.bytes += chunk.length
    this.progress.bytes = this.bytes
    done(null, chunk)
  }
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
  const measure = new Measure(progress)
  const part = to.path ? new PartFile(to.path) : undefined
  try {
    if (res.status === 204) res.body.resume()
    const source = res.status === 204 ? emptySource() : res.body
    await pipeline(source, measure, part ? part.stream : stdoutSink(to.stdout as NodeJS.WritableStream))
    const expected = Number(res.headers['content-length'])
    if (!res.headers['content-encoding'] && Number.isInteger(expected) && measure.bytes < expected) {
      throw new TransportFailure(`the download ended after ${measure.bytes} of ${expected} bytes`, 'network', true)
    }
    await part?.commit(to.clobber)
  } catch (error) {
    part?.discard()
    throw error
  }
  return { bytes: measure.bytes, rows: measure.rows.rows, sha256: measure.hash.digest('hex') }
}

async function* emptySource(): AsyncGenerator<Buffer> {}

/** stdout as a pipeline's last stage, without ending it (other output may follow). */
function stdoutSink(stdout: NodeJS.WritableStream): Writable {
  return new Writable({
    highWaterMark: 1024 * 1024,
    write(chunk: Buffer, _encoding, done) {
      if (stdout.write(chunk)) done()
      else stdout.once('drain', () => done())
    }
  })
}
