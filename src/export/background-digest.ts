/**
 * The digest of a download: taken inline from the chunks at first, then, once a report is large
 * enough to pay for a thread, by dist/digest-worker.js reading the part file from its start
 * while the main thread keeps the socket drained. Where the worker file is absent (running
 * from src/ in unit tests) or no file is written (stdout), the digest stays inline.
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { createHash } from 'node:crypto'
import { RowCounter } from './csv-rows.js'
import { StreamDigest, type Digest } from './digest.js'
import type { Progress } from './digest-worker.js'

/** Below this a thread costs more to start than hashing inline costs (BENCHMARKS.md "Decisions"). */
export const BACKGROUND_FROM = 8 * 1024 * 1024
/** How far the file must grow before the worker is told again. */
const NOTIFY_BYTES = 4 * 1024 * 1024

/** Beside this module's bundle in dist/ (scripts/bundle.mjs); a plain name, so ncc leaves it alone. */
const WORKER_NAME = 'digest-worker.js'
const workerFile = (): string => join(dirname(fileURLToPath(import.meta.url)), WORKER_NAME)
let workerFileExists: boolean | undefined
/** `npm run bench` turns the thread off to show what it is worth (BENCHMARKS.md "Decisions"). */
const THREAD_OFF = process.env.FLEX_INSIGHTS_AUTH_DIGEST_THREAD === 'off'

export class DownloadDigest {
  /** The rows, counted here as chunks arrive: the main thread has time to spare while it waits on the socket. */
  private rows = new RowCounter()
  /** The SHA-256, here until the worker takes it over. */
  private inline: StreamDigest | undefined = new StreamDigest(createHash('sha256'), null)
  private worker?: Worker
  private answer?: Promise<Digest>
  private told = 0
  /** Where the digest can go back to (a joined file's piece start), for inline digests. */
  private marked?: { at: number; rows: RowCounter; inline?: StreamDigest }

  /** `fd`: the file the chunks are written to, open for reading too; none for stdout. */
  constructor(private readonly fd?: number) {}

  /** Call once `chunk` is written; `written` counts every byte so far. */
  add(chunk: Buffer, written: number): void {
    this.rows.update(chunk)
    if (this.inline) {
      this.inline.update(chunk)
      if (
        this.fd !== undefined &&
        written >= BACKGROUND_FROM &&
        !THREAD_OFF &&
        (workerFileExists ??= existsSync(workerFile()))
      ) {
        this.start(this.fd)
      }
    }
    if (this.worker && written - this.told >= NOTIFY_BYTES) this.tell({ written, end: false })
  }

  /** Keeps the state after `written` bytes to go back to: a joined file begins a piece. */
  mark(written: number): void {
    this.marked = { at: written, rows: this.rows.copy(), inline: this.inline?.copy() }
    if (this.worker) this.tell({ written, end: false, mark: 'keep' })
  }

  /** Goes back to the mark: the file was cut to `written` bytes, its size at the mark. */
  rewind(written: number): void {
    if (this.marked?.at !== written) throw new Error(`no mark at ${written} bytes to go back to`)
    this.rows = this.marked.rows.copy()
    if (this.worker) this.tell({ written, end: false, mark: 'rewind' })
    else this.inline = this.marked.inline?.copy()
  }

  async finish(written: number): Promise<Digest> {
    const rows = this.rows.rows
    if (this.inline) return { rows, sha256: this.inline.result().sha256 }
    this.tell({ written, end: true })
    try {
      return { rows, sha256: (await (this.answer as Promise<Digest>)).sha256 }
    } finally {
      this.dispose()
    }
  }

  dispose(): void {
    void this.worker?.terminate()
  }

  private start(fd: number): void {
    // No resourceLimits: smaller heaps did not lower the thread's ~15 MB on Node 24 (measured).
    const worker = new Worker(workerFile(), { workerData: { fd } })
    this.answer = new Promise<Digest>((resolve, reject) => {
      worker.on('message', (answer: { digest?: Digest; error?: string }) =>
        answer.digest ? resolve(answer.digest) : reject(new Error(`digest of the part file: ${answer.error}`))
      )
      worker.on('error', reject)
      worker.on('exit', code => reject(new Error(`the digest thread stopped (exit code ${code})`)))
    })
    this.answer.catch(() => undefined) // awaited in finish(); a failed download never asks
    this.worker = worker
    this.inline = undefined // the worker reads the file from its first byte
    if (this.marked) this.tell({ written: this.marked.at, end: false, mark: 'keep' })
  }

  private tell(progress: Progress): void {
    this.told = progress.written
    this.worker?.postMessage(progress)
  }
}
