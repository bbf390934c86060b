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
}

export interface ExportDeps {
  api: AuthorizedApi
  metadata: MetadataClient
  clock: Clock
  /** Where an export says what it is doing. */
  log: Pick<Logger, 'info' | 'debug'>
  progress: ProgressBoard
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

/** The file a job writes to, once the report's object id is known. */
export function targetPath(target: Target, objectId: string): string | undefined {
  if ('stdout' in target) return undefined
  return 'file' in target ? target.file : join(target.dir, `report-${objectId}.csv`)
}
