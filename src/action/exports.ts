/**
 * The `reports` input: exported right after login, into output-dir, with the same engine as
 * `flex-insights export` (the session file keeps the token fresh). Every report is attempted;
 * any failure fails the step after all have run; the post step still logs out.
 */
import * as core from '@actions/core'
import { relative, resolve } from 'node:path'
import { AuthorizedApi } from '../api/authorized.js'
import { MetadataClient } from '../api/metadata.js'
import type { Clock } from '../api/retry.js'
import type { Secrets } from '../api/secrets.js'
import type { ExportJob, ExportResult } from '../export/job.js'
import { formatBytes } from '../export/progress.js'
import { runExports } from '../export/run.js'
import { prepareFolder, removeStaleParts } from '../export/targets.js'
import { exportSummary } from '../export/summary.js'
import { StoredSession } from '../session/stored-session.js'
import { coreLogger } from './core-sources.js'
import { ExportsFailed } from './failure.js'
import type { ActionInputs } from './inputs.js'
import { reportsSummary } from './summary.js'

const TIMEOUT_MS = 30 * 60 * 1000
const PARALLEL = 4

export async function runReportsInput(
  inputs: ActionInputs,
  sessionFile: string,
  secrets: Secrets,
  clock?: Clock
): Promise<void> {
  const listing = inputs.listReports && !inputs.reports.length
  if (!inputs.reports.length && !listing) return
  const session = StoredSession.open(sessionFile, {
    secrets,
    logger: coreLogger,
    masksReachRunner: true,
    clock,
    now: clock && (() => clock.now())
  })
  try {
    if (listing) {
      const workspace = inputs.workspace as string
      const listing = await new MetadataClient(new AuthorizedApi(session.transport, session)).reports(workspace)
      const reports = listing.items
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(reportsSummary(workspace, reports)).write()
      core.info(`Workspace ${workspace} has ${reports.length} report(s); they are listed in the step summary.`)
      if (listing.incomplete) throw new ExportsFailed(`The list of reports is incomplete: ${listing.incomplete}`)
      return
    }
    await exportReports(inputs, session)
  } finally {
    session.close()
  }
}

async function exportReports(inputs: ActionInputs, session: StoredSession): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const dir = resolve(workspace, inputs.outputDir)
  prepareFolder(dir, 'Input "output-dir":')
  removeStaleParts(dir, Date.now())
  // The folder is the action's output: a file from an earlier run is replaced, never appended to.
  const jobs: ExportJob[] = inputs.reports.map(ref => ({
    ref,
    target: { dir },
    timeoutMs: TIMEOUT_MS,
    clobber: true,
    failOnEmpty: false,
    maxDownloads: inputs.maxAttempts
  }))
  const results = await runExports(jobs, session, PARALLEL, { info: core.info, debug: core.debug }, core.info)
  const shown = (path: string): string => relative(workspace, path) || path
  core.setOutput('files', JSON.stringify(results.filter(r => r.path).map(r => shown(r.path as string))))
  for (const r of results) describe(r, shown)
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(exportSummary(results, shown)).write()
  const failed = results.filter(r => r.outcome === 'failed' || r.outcome === 'timed-out')
  if (failed.length) {
    const lines = failed.map(r => `- report ${r.ref.input}: ${r.message}`)
    throw new ExportsFailed(`${failed.length} of ${results.length} report export(s) failed:\n${lines.join('\n')}`)
  }
}

function describe(r: ExportResult, shown: (path: string) => string): void {
  if (r.outcome === 'written')
    core.info(
      `Report ${r.ref.input}: ${shown(r.path as string)}, ${r.rows} rows, ${formatBytes(r.bytes)}, sha256 ${r.sha256}`
    )
  else if (r.outcome === 'empty')
    core.notice(`Report ${r.ref.input} has no data (HTTP 204): wrote an empty ${shown(r.path as string)}`)
}
