/**
 * What an export is asked to do and what it reports back (shared by the command and the
 * action's reports input).
 */
import { join } from 'node:path'
import type { AuthorizedApi } from '../api/authorized.js'
import type { MetadataClient } from '../api/metadata.js'
import type { Clock } from '../api/clock.js'
import type { Logger } from '../api/logger.js'
import type { ProgressBoard } from './progress.js'
import type { DateRange } from './dates.js'
import type { Lookups, ValueFilter } from './filters.js'
import type { ReportFilter } from './start.js'
import type { ReportRef } from './report-ref.js'

export type Target = { file: string } | { dir: string } | { stdout: NodeJS.WritableStream }

export interface ExportJob {
  ref: ReportRef
  target: Target
  timeoutMs: number
  clobber: boolean
  failOnEmpty: boolean
  /** Downloads of the result attempted at most this many times in all (max-attempts). */
  maxDownloads: number
  /** Only these days (dates.ts), on the date label `dateLabel` (an identifier or object id). */
  range?: DateRange
  dateLabel?: string
  /** Only rows with these values (filters.ts), and the constraints of --filters FILE as given. */
  valueFilters?: ValueFilter[]
  rawFilters?: ReportFilter[]
}

export interface ExportDeps {
  api: AuthorizedApi
  metadata: MetadataClient
  clock: Clock
  /** Where an export says what it is doing. */
  log: Pick<Logger, 'info' | 'debug'>
  progress: ProgressBoard
  /** Label and element URIs, looked up once per run for every report (filters.ts). */
  lookups: Lookups
}

export interface ExportResult {
  ref: ReportRef
  outcome: 'written' | 'empty' | 'failed' | 'timed-out'
  exitCode: number
  /** The file written (not for stdout). */
  path?: string
  bytes: number
  rows: number
  sha256?: string
  computeMs: number
  downloadMs: number
  polls: number
  /** TT challenges this export answered with a refreshed token. */
  refreshes: number
  requestId?: string
  /** Why it failed, one line. */
  message?: string
  /** Where the result can still be fetched (after a timeout). */
  resultUrl?: string
}

/** The file a job writes to, once the report's object id is known: named by its days, if any. */
export function targetPath(target: Target, objectId: string, range?: DateRange): string | undefined {
  if ('stdout' in target) return undefined
  const days = !range ? '' : range.from === range.to ? `-${range.from}` : `-${range.from}_${range.to}`
  return 'file' in target ? target.file : join(target.dir, `report-${objectId}${days}.csv`)
}
