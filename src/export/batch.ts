/**
 * Several reports at once: at most `parallel` exports run together, all sharing one session
 * (and so one token refresh), every report is attempted, and the highest exit code wins.
 * Part files still open are removed if the process is interrupted.
 */
import { exportReport } from './exporter.js'
import { type ExportDeps, type ExportJob, type ExportResult } from './job.js'
import { removeAllPartFiles } from './part-file.js'
import { PROGRESS_INTERVAL_MS, type ProgressBoard } from './progress.js'

const SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const

export async function exportAll(
  jobs: ExportJob[],
  depsOf: (job: ExportJob) => ExportDeps,
  progress: ProgressBoard,
  parallel: number,
  showProgress: (line: string) => void
): Promise<ExportResult[]> {
  const results: ExportResult[] = new Array(jobs.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const index = next++
      results[index] = await exportReport(jobs[index], depsOf(jobs[index]))
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
