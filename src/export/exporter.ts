/**
 * One report out of Flex Insights (docs/protocol.md, "Raw export"): start the raw export, poll
 * its result until it is ready, and stream the CSV into a part file that becomes the target only
 * when complete. Error answers are never saved as data, a result that has gone is started once
 * more, a download that breaks is fetched again, and the whole thing has a deadline.
 */
import { readMessage } from '../api/body.js'
import { FlexInsightsError, responseError } from '../api/errors.js'
import { serverPath } from '../api/origin.js'
import { TransportFailure } from '../api/retry.js'
import type { StreamedResponse } from '../api/transport.js'
import { save } from './download.js'
import { EXIT, exitCodeOf, ExitError, ExportTimeoutError } from './exit-codes.js'
import { targetPath, type ExportDeps, type ExportJob, type ExportResult } from './job.js'
import { checkTarget } from './targets.js'
import type { ReportProgress } from './progress.js'
import { objectUri } from './report-ref.js'
import { pollWaitMs } from './schedule.js'

/** A 404/410 while polling: the result has gone and the export must start over. */
class ResultGone extends Error {
  constructor(readonly res: StreamedResponse) {
    super(`HTTP ${res.status}`)
  }
}

const isDataType = (contentType: string): boolean => !/json|html|xml/i.test(contentType)

export async function exportReport(job: ExportJob, deps: ExportDeps): Promise<ExportResult> {
  const { clock } = deps
  const started = clock.now()
  const progress = deps.progress.track(job.ref.objectId ?? job.ref.input)
  const result: ExportResult = {
    ref: job.ref,
    outcome: 'failed',
    exitCode: EXIT.failed,
    bytes: 0,
    rows: 0,
    computeMs: 0,
    downloadMs: 0,
    polls: 0,
    refreshes: 0
  }
  const renewalsBefore = deps.api.renewals
  const run = new ExportRun(job, deps, result, progress, started + job.timeoutMs)
  try {
    await run.go()
  } catch (error) {
    result.exitCode = exitCodeOf(error)
    result.outcome = error instanceof ExportTimeoutError ? 'timed-out' : 'failed'
    result.message = (error as Error).message
  } finally {
    deps.progress.done(progress)
    result.refreshes = deps.api.renewals - renewalsBefore
  }
  return result
}

class ExportRun {
  private downloads = 0
  private resultPath = ''

  constructor(
    private readonly job: ExportJob,
    private readonly deps: ExportDeps,
    private readonly result: ExportResult,
    private readonly progress: ReportProgress,
    private readonly deadline: number
  ) {}

  async go(): Promise<void> {
    const { ref } = this.job
    const workspace = ref.workspace as string
    const uri = await this.reportUri(workspace)
    const objectId = uri.split('/').pop() as string
    this.progress.label = objectId
    const path = targetPath(this.job.target, objectId)
    if (path) checkTarget(path, this.job.clobber)
    for (let start = 1; ; start++) {
      this.resultPath = await this.start(workspace, uri)
      try {
        await this.poll(path)
        return
      } catch (error) {
        if (!(error instanceof ResultGone)) throw error
        if (start > 1)
          throw responseError('poll', { ...error.res, body: '' }, this.deps.api.transport.redact, {
            hint: 'The export result was gone twice; try again later'
          })
        this.deps.log.info(
          `report ${objectId}: the result is gone (HTTP ${error.res.status}); starting the export again`
        )
      }
    }
  }

  private async reportUri(workspace: string): Promise<string> {
    const { ref } = this.job
    if (ref.objectId) return objectUri(workspace, ref.objectId)
    const uri = await this.deps.metadata.objectUri(workspace, ref.identifier as string)
    if (!uri)
      throw new ExitError(
        `unknown identifier ${ref.identifier}: workspace ${workspace} has no object with it; ` +
          `list its reports with: flex-insights reports -w ${workspace}`
      )
    return uri
  }

  private async start(workspace: string, uri: string): Promise<string> {
    const { api } = this.deps
    const res = await api.request({
      call: 'export',
      method: 'POST',
      path: `/gdc/app/projects/${workspace}/execute/raw`,
      body: { report_req: { report: uri } }
    })
    const hints: Record<number, string> = {
      400: 'The report cannot be exported as it is (is it a table report?)',
      403: `This user may not export from workspace ${workspace}`,
      404:
        `Workspace ${workspace} or report ${uri} was not found; ` +
        `list them with: flex-insights workspaces / flex-insights reports -w ${workspace}`
    }
    if (res.status !== 201 && res.status !== 200 && res.status !== 202) {
      throw responseError('export', res, api.transport.redact, { hint: hints[res.status] })
    }
    let answer: unknown
    try {
      answer = JSON.parse(res.body)?.uri
    } catch {
      answer = undefined
    }
    const location = res.headers.location
    const path = serverPath(api.transport.settings.apiUrl, answer ?? location)
    if (!path) {
      throw new FlexInsightsError(
        'export',
        'unexpected response: the result URI is missing or not on the API URL, so it was not fetched',
        { kind: 'protocol', requestId: res.requestId }
      )
    }
    return path
  }

  private remainingMs(): number {
    return this.deadline - this.deps.clock.now()
  }

  private timeout(): ExportTimeoutError {
    this.result.resultUrl = this.deps.api.transport.settings.apiUrl + this.resultPath
    return new ExportTimeoutError(
      `timed out after ${Math.round(this.job.timeoutMs / 1000)} s; ` +
        `the result may still be fetched later from ${this.result.resultUrl}`
    )
  }

  private async poll(path: string | undefined): Promise<void> {
    const { api, clock } = this.deps
    let waitHeaders = {}
    for (let polls = 0; ;) {
      if (polls > 0) {
        const wait = pollWaitMs(polls, waitHeaders, clock.now(), clock.random)
        if (wait >= this.remainingMs()) {
          await clock.sleep(Math.max(0, this.remainingMs()))
          throw this.timeout()
        }
        await clock.sleep(wait)
      }
      if (this.remainingMs() <= 0) throw this.timeout()
      const res = await api.open({ call: 'poll', method: 'GET', path: this.resultPath })
      this.result.polls = this.progress.polls = ++polls
      this.result.requestId = res.requestId
      waitHeaders = res.headers
      if (res.status === 202) {
        await readMessage(res.body)
        continue
      }
      if (res.status === 404 || res.status === 410) {
        res.body.resume()
        throw new ResultGone(res)
      }
      const contentType = String(res.headers['content-type'] ?? '')
      if (res.status === 204 && this.job.failOnEmpty) {
        // Nothing to keep: an empty file would look like a day without rows to the next step.
        res.body.resume()
        this.result.computeMs = clock.now() - this.progress.startedAt
        Object.assign(this.result, { outcome: 'empty', exitCode: EXIT.empty })
        return
      }
      if (res.status === 204 || (res.status === 200 && isDataType(contentType))) {
        this.result.computeMs = clock.now() - this.progress.startedAt
        if (await this.download(res, path)) return
        continue
      }
      const body = await readMessage(res.body)
      const hint =
        res.status === 200 ? 'The server answered with a message instead of data; nothing was written' : undefined
      throw responseError(res.status === 200 ? 'download' : 'poll', { ...res, body }, api.transport.redact, { hint })
    }
  }

  /** True when done; false when the transfer broke and the result should be fetched again. */
  private async download(res: StreamedResponse, path: string | undefined): Promise<boolean> {
    const { clock, log } = this.deps
    this.downloads++
    const began = clock.now()
    this.progress.downloadStartedAt = began
    const timer = setTimeout(() => res.body.destroy(this.timeout()), Math.max(0, this.remainingMs()))
    let saved
    try {
      saved = await save(
        res,
        { path, stdout: 'stdout' in this.job.target ? this.job.target.stdout : undefined, clobber: this.job.clobber },
        this.progress
      )
    } catch (error) {
      const broken = error instanceof TransportFailure && error.retryable && path !== undefined
      if (!broken || this.downloads >= this.job.maxDownloads) throw this.reported(error)
      log.info(
        `report ${this.progress.label}: the download broke (${(error as Error).message}); ` +
          `fetching it again (attempt ${this.downloads + 1}/${this.job.maxDownloads})`
      )
      return false
    } finally {
      clearTimeout(timer)
    }
    const empty = res.status === 204
    Object.assign(this.result, saved, {
      downloadMs: clock.now() - began,
      path,
      outcome: empty ? 'empty' : 'written',
      exitCode: EXIT.ok
    })
    return true
  }

  /** A transfer failure as the error of this call. */
  private reported(error: unknown): unknown {
    if (!(error instanceof TransportFailure)) return error
    return new FlexInsightsError('download', error.message, {
      kind: error.kind,
      attempts: this.downloads,
      requestId: this.result.requestId,
      hint: error.hint
    })
  }
}
