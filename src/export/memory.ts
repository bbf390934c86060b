/**
 * Keeps a streamed export's memory flat in its size (gzip, stdout, a proxy: download.ts receive).
 * There every read, and every piece gzip makes, arrives in a fresh buffer; once written, each is
 * garbage that V8 frees only when it next collects, and with few JS objects per chunk that can be
 * after ~64 MB of dead buffers. A minor collection every few MiB frees them as they die (`npm run
 * bench`, BENCHMARKS.md "Decisions"). An uncompressed download into a file goes by pipeTo
 * (socket-get.ts) and makes no garbage: it never collects. Jest reaches `gc` the same way.
 */
import v8 from 'node:v8'
import vm from 'node:vm'

type Collect = (options: { type: 'minor' }) => void
/** `npm run bench` turns it off to show what it is worth (FLEX_INSIGHTS_AUTH_COLLECT=off). */
let collect: Collect | null | undefined = process.env.FLEX_INSIGHTS_AUTH_COLLECT === 'off' ? null : undefined

/** Bytes between collections: small against the 100 MB budget, rare against the transfer. */
export const COLLECT_EVERY = 4 * 1024 * 1024

export function releaseBuffers(): void {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc')
      collect = (vm.runInNewContext('gc') as Collect | undefined) ?? null
    } catch {
      collect = null
    }
  }
  collect?.({ type: 'minor' })
}
