/**
 * What an export is asked to do and what it reports back, and the exit codes of
 * `flex-insights export` (shared by the command and the action's reports input).
 */
import { join } from 'node:path'
import type { AuthorizedApi } from '../api/authorized.js'
import { FlexInsightsError } from '../api/errors.js'
import type { MetadataClient } from '../api/metadata.js'
import type { Clock } from '../api/retry.js'
import { SessionEndedError } from '../session/stored-session.js'
import { TargetExistsError } from './part-file.js'
import type { ProgressBoard } from './progress.js'
import type { ReportRef } from './report-ref.js'

/** Exit codes of `flex-insights export`; with several reports the highest wins. */
export const EXIT = { ok: 0, failed: 1, usage: 2, empty: 3, auth: 4, timeout: 5 } as const

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

export interface ExportLog {
  info(message: string): void
  debug(message: string): void
}

export interface ExportDeps {
  api: AuthorizedApi
  metadata: MetadataClient
  clock: Clock
  log: ExportLog
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
  /** TT challenges this export answered with a renewed token. */
  refreshes: number
  requestId?: string
  /** Why it failed, one line. */
  message?: string
  /** Where the result can still be fetched (after a timeout). */
  resultUrl?: string
}

export class UnknownIdentifierError extends Error {}

/** The report's --timeout passed. */
export class ExportTimeout extends Error {}

export function exitCodeOf(error: unknown): number {
  if (error instanceof ExportTimeout) return EXIT.timeout
  if (error instanceof TargetExistsError || error instanceof UnknownIdentifierError) return EXIT.usage
  if (error instanceof FlexInsightsError && (error.kind === 'session-gone' || error.kind === 'unauthorized'))
    return EXIT.auth
  if (error instanceof SessionEndedError) return EXIT.auth
  return EXIT.failed
}

/** The file a job writes to, once the report's object id is known. */
export function targetPath(target: Target, objectId: string): string | undefined {
  if ('stdout' in target) return undefined
  return 'file' in target ? target.file : join(target.dir, `report-${objectId}.csv`)
}
