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
  /** --join: the pieces of `range`, exported into one file (exporter.ts fetchJoined)... */
  pieces?: DateRange[]
  /** ...with this many started ahead (--parallel). */
  window?: number
  /** The --name template of the file (job.ts fileName). */
  name?: string
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
  /** The days it holds, when it was asked for a date range. */
  range?: DateRange
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

/**
 * The file a job writes to, once the report's object id is known: `report-<id>.csv`, named by its
 * days when it has a range (`-<from>` for one day, `-<from>_<to>`), or by the --name template.
 */
export function targetPath(
  target: Target,
  objectId: string,
  job?: Pick<ExportJob, 'range' | 'name' | 'ref'>
): string | undefined {
  if ('stdout' in target) return undefined
  if ('file' in target) return target.file
  const range = job?.range
  if (job?.name)
    return join(target.dir, fileName(job.name, { id: objectId, workspace: job.ref.workspace ?? '', range }))
  const days = !range ? '' : range.from === range.to ? `-${range.from}` : `-${range.from}_${range.to}`
  return join(target.dir, `report-${objectId}${days}.csv`)
}

/** A --name template filled in: `{id}`, `{from}`, `{to}`, `{date}` (= from), `{workspace}`. */
export function fileName(template: string, values: { id: string; workspace: string; range?: DateRange }): string {
  const fields: Record<string, string> = {
    id: values.id,
    workspace: values.workspace,
    from: values.range?.from ?? '',
    to: values.range?.to ?? '',
    date: values.range?.from ?? ''
  }
  return template.replace(/\{(id|from|to|date|workspace)\}/g, (_, field: string) => fields[field])
}

/** Why a --name result is not a plain file name, or undefined when it is. */
export function nameProblem(name: string): string | undefined {
  // Matching control characters is the point of this expression.
  // eslint-disable-next-line no-control-regex
  if (!name || /[/\\\x00-\x1f\x7f]/.test(name) || name === '.' || name === '..' || name.includes('..'))
    return 'it must be a plain file name (no /, \\, .. or control characters)'
  if (/\{[^}]*\}/.test(name)) return 'it has an unknown {field}: use {id}, {from}, {to}, {date} or {workspace}'
  return undefined
}
