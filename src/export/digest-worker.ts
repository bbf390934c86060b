/**
 * Entry of dist/digest-worker.js, a worker thread that digests a part file while the main
 * thread downloads into it (background-digest.ts). Hashing on the main thread stalled the
 * socket; on its own thread it overlaps the transfer (BENCHMARKS.md "Decisions").
 */
import { parentPort, workerData } from 'node:worker_threads'
import { FileDigest } from './digest.js'

export interface Progress {
  /** Bytes the main thread has written to the file so far. */
  written: number
  /** No more bytes will come: answer with the digest. */
  end: boolean
  /** Keep the state at `written` to go back to; or go back there (the file was cut). */
  mark?: 'keep' | 'rewind'
}

if (parentPort) {
  const port = parentPort
  // The rows are counted on the main thread as the chunks arrive (background-digest.ts).
  const digest = new FileDigest((workerData as { fd: number }).fd, false)
  port.on('message', (progress: Progress) => {
    try {
      if (progress.mark === 'keep') digest.mark(progress.written)
      else if (progress.mark === 'rewind') digest.rewind(progress.written)
      else if (progress.end) port.postMessage({ digest: digest.result(progress.written) })
      else digest.readTo(progress.written)
    } catch (error) {
      port.postMessage({ error: (error as Error).message })
    }
  })
}
