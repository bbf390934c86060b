/**
 * Several reports at once, with one session: what `flex-insights export` and the action's
 * `reports` input both run. At most `parallel` exports run together, all sharing the session's
 * token (and so one refresh), each with its own view of the API to count the refreshes it
 * needed; every report is attempted, and the highest exit code wins. Part files still open are
 * removed if the process is interrupted.
 */
import { MetadataClient } from '../api/metadata.js'
import type { Session } from '../session/session.js'
import { exportReport } from './exporter.js'
import type { ExportDeps, ExportJob, ExportResult } from './job.js'
import { removeAllPartFiles } from './part-file.js'
import { PROGRESS_INTERVAL_MS, ProgressBoard } from './progress.js'

const SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const

export async function exportAll(
  jobs: ExportJob[],
  session: Session,
  parallel: number,
  log: ExportDeps['log'],
  showProgress: (line: string) => void
): Promise<ExportResult[]> {
  const { clock } = session.transport
  const progress = new ProgressBoard(clock)
  const lookups: ExportDeps['lookups'] = new Map()
  const results: ExportResult[] = new Array(jobs.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const index = next++
      const api = session.api()
      const metadata = new MetadataClient(api)
      results[index] = await exportReport(jobs[index], { api, metadata, clock, log, progress, lookups })
    }
  }
  const ticker = setInterval(() => {
    const line = progress.line()
    if (line) showProgress(line)
  }, PROGRESS_INTERVAL_MS)
  ticker.unref()
  const handlers = Object.entries(SIGNALS).map(([signal, code]) => {
    const handler = (): void => {
      removeAllPartFiles()
      process.exit(code)
    }
    process.once(signal, handler)
    return [signal, handler] as const
  })
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, jobs.length)) }, worker))
  } finally {
    clearInterval(ticker)
    for (const [signal, handler] of handlers) process.off(signal, handler)
  }
  return results
}

export const highestExit = (results: ExportResult[]): number => Math.max(0, ...results.map(r => r.exitCode))
