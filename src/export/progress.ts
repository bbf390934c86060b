/**
 * Progress of running exports, as one line for all of them: what each is doing, how long it
 * has taken, and while downloading the bytes so far and the rate. The caller prints it every
 * 10 s at most (exports run for minutes; a line per poll would drown the log).
 */
import type { Clock } from '../api/clock.js'

export interface ReportProgress {
  label: string
  startedAt: number
  polls: number
  bytes: number
  downloadStartedAt?: number
}

export const PROGRESS_INTERVAL_MS = 10_000

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000))
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
}

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`
  const units = ['kB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = -1
  do {
    value /= 1000
    unit++
  } while (value >= 1000 && unit < units.length - 1)
  return `${value.toFixed(1)} ${units[unit]}`
}

export class ProgressBoard {
  private readonly running = new Set<ReportProgress>()

  constructor(private readonly clock: Pick<Clock, 'now'>) {}

  track(label: string): ReportProgress {
    const progress: ReportProgress = { label, startedAt: this.clock.now(), polls: 0, bytes: 0 }
    this.running.add(progress)
    return progress
  }

  done(progress: ReportProgress): void {
    this.running.delete(progress)
  }

  /** The line for every export still running, or undefined when none is. */
  line(): string | undefined {
    if (!this.running.size) return undefined
    const now = this.clock.now()
    const parts = [...this.running].map(p => {
      const elapsed = formatDuration(now - p.startedAt)
      if (p.downloadStartedAt === undefined)
        return `report ${p.label}: computing, ${elapsed}, ${p.polls} poll${p.polls === 1 ? '' : 's'}`
      const seconds = Math.max(0.001, (now - p.downloadStartedAt) / 1000)
      return (
        `report ${p.label}: downloading, ${formatBytes(p.bytes)} at ${(p.bytes / 1e6 / seconds).toFixed(1)} MB/s, ` +
        `${elapsed}`
      )
    })
    return parts.join('; ')
  }
}
