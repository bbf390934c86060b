/**
 * One report out of Flex Insights (docs/protocol.md, "Raw export"): find its URI and start the
 * export (start.ts), poll until the result is ready (poll.ts), and stream the CSV into a part
 * file that becomes the target only when complete (download.ts). A result that has gone is
 * started once more, a download that breaks is fetched again, and the whole has a deadline.
 * Each stage returns what it learnt; exportReport alone assembles the ExportResult.
 */
import { FlexInsightsError, responseError } from '../api/errors.js'
import { save, type Saved } from './download.js'
import { EXIT, exitCodeOf, ExportTimeoutError } from './exit-codes.js'
import { targetPath, type ExportDeps, type ExportJob, type ExportResult } from './job.js'
import { pollResult, ResultGoneError } from './poll.js'
import type { ReportProgress } from './progress.js'
import { jobFilters } from './filters.js'
import { reportUri, startExport, type ReportFilter } from './start.js'
import { checkTarget } from './targets.js'

/** What a finished export learnt, before it is a result. */
interface Fetched {
  saved?: Saved
  empty: boolean
  polls: number
  requestId?: string
  computeMs: number
  downloadMs: number
}

export async function exportReport(job: ExportJob, deps: ExportDeps): Promise<ExportResult> {
  const progress = deps.progress.track(job.ref.objectId ?? job.ref.input)
  const base = { ref: job.ref, range: job.range, bytes: 0, rows: 0, computeMs: 0, downloadMs: 0, polls: 0 }
  try {
    const workspace = job.ref.workspace as string
    const uri = await reportUri(job.ref, workspace, deps.metadata)
    const objectId = uri.split('/').pop() as string
    progress.label = objectId
    const path = targetPath(job.target, objectId, job)
    if (path) checkTarget(path, job.clobber)
    const filters = await jobFilters(job, workspace, deps)
    const fetched = await fetchResult(job, deps, progress, { workspace, uri, path, filters })
    const failedEmpty = fetched.empty && job.failOnEmpty
    return {
      ...base,
      ...fetched.saved,
      outcome: fetched.empty ? 'empty' : 'written',
      exitCode: failedEmpty ? EXIT.empty : EXIT.ok,
      path: failedEmpty ? undefined : path,
      polls: fetched.polls,
      requestId: fetched.requestId,
      computeMs: fetched.computeMs,
      downloadMs: fetched.downloadMs,
      refreshes: deps.api.refreshes
    }
  } catch (error) {
    return {
      ...base,
      outcome: error instanceof ExportTimeoutError ? 'timed-out' : 'failed',
      exitCode: exitCodeOf(error),
      message: (error as Error).message,
      resultUrl: error instanceof ExportTimeoutError ? error.resultUrl : undefined,
      polls: progress.polls,
      refreshes: deps.api.refreshes
    }
  } finally {
    deps.progress.done(progress)
  }
}

/** Start, poll and download, starting over once if the result goes and fetching again if a download breaks. */
async function fetchResult(
  job: ExportJob,
  deps: ExportDeps,
  progress: ReportProgress,
  at: { workspace: string; uri: string; path: string | undefined; filters: ReportFilter[] }
): Promise<Fetched> {
  const { api, clock, log } = deps
  const deadline = progress.startedAt + job.timeoutMs
  let downloads = 0
  for (let start = 1; ; start++) {
    const resultPath = await startExport(api, at.workspace, at.uri, at.filters)
    const limit = {
      remainingMs: () => deadline - clock.now(),
      timedOut: () => new ExportTimeoutError(job.timeoutMs, api.transport.settings.apiUrl + resultPath)
    }
    try {
      for (;;) {
        const ready = await pollResult(api, resultPath, clock, progress, limit)
        const computeMs = clock.now() - progress.startedAt
        if (ready.res.status === 204 && job.failOnEmpty) {
          // Nothing to keep: an empty file would look like a day without rows to the next step.
          ready.res.body.resume()
          return { empty: true, polls: ready.polls, requestId: ready.res.requestId, computeMs, downloadMs: 0 }
        }
        downloads++
        const began = clock.now()
        progress.downloadStartedAt = began
        const saved = await download(job, ready, at.path, progress, limit, downloads)
        if ('bytes' in saved) {
          const empty = ready.res.status === 204
          const downloadMs = clock.now() - began
          return { saved, empty, polls: ready.polls, requestId: ready.res.requestId, computeMs, downloadMs }
        }
        log.info(
          `report ${progress.label}: the download broke (${saved.broken}); ` +
            `fetching it again (attempt ${downloads + 1}/${job.maxDownloads})`
        )
      }
    } catch (error) {
      if (!(error instanceof ResultGoneError)) throw error
      if (start > 1)
        throw responseError('poll', { ...error.res, body: '' }, api.transport.redact, {
          hint: 'The export result was gone twice; try again later'
        })
      log.info(`report ${progress.label}: the result is gone (HTTP ${error.res.status}); starting the export again`)
    }
  }
}

/** The saved file, or why the transfer broke when the result may be fetched again. */
async function download(
  job: ExportJob,
  ready: Awaited<ReturnType<typeof pollResult>>,
  path: string | undefined,
  progress: ReportProgress,
  limit: { remainingMs: () => number; timedOut: () => Error },
  downloads: number
): Promise<Saved | { broken: string }> {
  const { res } = ready
  const timer = setTimeout(() => res.body.destroy(limit.timedOut()), Math.max(0, limit.remainingMs()))
  try {
    const stdout = 'stdout' in job.target ? job.target.stdout : undefined
    return await save(res, { path, stdout, clobber: job.clobber }, progress)
  } catch (error) {
    if (!(error instanceof FlexInsightsError)) throw error
    if (error.details.retryable === true && path !== undefined && downloads < job.maxDownloads)
      return { broken: error.summary }
    // A body that broke is a failure of the download, however the request was labelled.
    throw new FlexInsightsError('download', error.summary, {
      ...error.details,
      attempts: downloads,
      requestId: res.requestId
    })
  } finally {
    clearTimeout(timer)
  }
}
