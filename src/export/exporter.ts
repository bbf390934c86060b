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
import type { DateRange } from './dates.js'
import { JoinedFile } from './joined-file.js'
import type { StreamedResponse } from '../api/streamed-answer.js'

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
    const fetched = job.pieces
      ? await fetchJoined(job, job.pieces, deps, progress, { workspace, uri, path: path as string })
      : await fetchResult(job, deps, progress, {
          workspace,
          uri,
          filters: await jobFilters(job, workspace, deps),
          into: res => save(res, { path, stdout: stdoutOf(job), clobber: job.clobber }, progress),
          refetch: path !== undefined
        })
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

const stdoutOf = (job: ExportJob): NodeJS.WritableStream | undefined =>
  'stdout' in job.target ? job.target.stdout : undefined

/**
 * One result to fetch: what saves its answer, whether a broken download may be fetched again,
 * and the result of an export already started, if any.
 */
interface Fetch {
  workspace: string
  uri: string
  filters: ReportFilter[]
  into: (res: StreamedResponse) => Promise<Saved>
  refetch: boolean
  started?: string
}

/** Start, poll and download, starting over once if the result goes and fetching again if a download breaks. */
async function fetchResult(job: ExportJob, deps: ExportDeps, progress: ReportProgress, at: Fetch): Promise<Fetched> {
  const { api, clock, log } = deps
  const deadline = progress.startedAt + job.timeoutMs
  let downloads = 0
  for (let start = 1; ; start++) {
    const resultPath = start === 1 && at.started ? at.started : await startExport(api, at.workspace, at.uri, at.filters)
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
        const saved = await download(job, ready, at, limit, downloads)
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

/** A piece started: its filters and the result to poll. */
type Started = Promise<{ filters: ReportFilter[]; resultPath: string }>

/**
 * The pieces of a joined report into one file (joined-file.ts): up to `window` pieces started
 * ahead, so the server computes them side by side, downloaded one after another in date order.
 * A piece that fails fails the report, and no file is left.
 */
async function fetchJoined(
  job: ExportJob,
  pieces: DateRange[],
  deps: ExportDeps,
  progress: ReportProgress,
  at: { workspace: string; uri: string; path: string }
): Promise<Fetched> {
  const started: Array<Started | undefined> = []
  const begin = (i: number): void => {
    if (i >= pieces.length || started[i]) return
    started[i] = jobFilters({ ...job, range: pieces[i] }, at.workspace, deps).then(async filters => ({
      filters,
      resultPath: await startExport(deps.api, at.workspace, at.uri, filters)
    }))
    started[i]?.catch(() => undefined) // awaited in turn below
  }
  const file = new JoinedFile(at.path)
  const total: Fetched = { empty: true, polls: 0, computeMs: 0, downloadMs: 0 }
  try {
    for (let i = 0; i < pieces.length; i++) {
      for (let ahead = i; ahead < i + Math.max(1, job.window ?? 1); ahead++) begin(ahead)
      const { filters, resultPath } = await (started[i] as Started)
      const fetched = await fetchResult({ ...job, failOnEmpty: false }, deps, progress, {
        ...at,
        filters,
        started: resultPath,
        into: res => file.append(res, progress, pieces[i]),
        refetch: true
      })
      total.empty &&= fetched.empty
      total.polls += fetched.polls
      total.downloadMs += fetched.downloadMs
      total.requestId = fetched.requestId
    }
    total.computeMs = deps.clock.now() - progress.startedAt - total.downloadMs
    if (total.empty && job.failOnEmpty) file.discard()
    else total.saved = await file.commit(job.clobber)
    return total
  } catch (error) {
    file.discard()
    throw error
  }
}

/** The saved file, or why the transfer broke when the result may be fetched again. */
async function download(
  job: ExportJob,
  ready: Awaited<ReturnType<typeof pollResult>>,
  at: Fetch,
  limit: { remainingMs: () => number; timedOut: () => Error },
  downloads: number
): Promise<Saved | { broken: string }> {
  const { res } = ready
  const stop = (): void => (res.abort ? res.abort(limit.timedOut()) : void res.body.destroy(limit.timedOut()))
  const timer = setTimeout(stop, Math.max(0, limit.remainingMs()))
  try {
    return await at.into(res)
  } catch (error) {
    if (!(error instanceof FlexInsightsError)) throw error
    if (error.details.retryable === true && at.refetch && downloads < job.maxDownloads) return { broken: error.summary }
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
