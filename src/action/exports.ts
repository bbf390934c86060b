/**
 * The `reports` input: exported right after login, into output-dir, with the same engine as
 * `flex-insights export` and the main step's own session (backed by the session file, which keeps
 * the token fresh). Every report is attempted; any failure fails the step after all have run; the
 * post step still logs out.
 */
import * as core from '@actions/core'
import nodePath from 'node:path'
import { MetadataClient } from '../api/metadata.js'
import { exportAll } from '../export/batch.js'
import type { ExportJob, ExportResult } from '../export/job.js'
import { formatBytes } from '../export/progress.js'
import { prepareFolder, removeStaleParts } from '../export/targets.js'
import { exportSummary } from '../export/summary.js'
import type { Session } from '../session/session.js'
import { ExportsFailedError } from './failure.js'
import type { ActionInputs } from './inputs.js'
import { reportsSummary } from './step-summary.js'

const TIMEOUT_MS = 30 * 60 * 1000
const PARALLEL = 4

export async function runReportsInput(inputs: ActionInputs, session: Session): Promise<void> {
  if (inputs.reports.length) return exportReports(inputs, session)
  if (!inputs.listReports) return
  const workspace = inputs.workspace as string
  const listing = await new MetadataClient(session.api()).reports(workspace)
  const reports = listing.items
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(reportsSummary(workspace, reports)).write()
  core.info(`Workspace ${workspace} has ${reports.length} report(s); they are listed in the step summary.`)
  if (listing.incomplete) throw new ExportsFailedError(`The list of reports is incomplete: ${listing.incomplete}`)
}

async function exportReports(inputs: ActionInputs, session: Session): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const dir = nodePath.resolve(workspace, inputs.outputDir)
  prepareFolder(dir, 'Input "output-dir":')
  removeStaleParts(dir, session.transport.clock.now())
  // The folder is the action's output: a file from an earlier run is replaced, never appended to.
  const jobs: ExportJob[] = inputs.reports.flatMap(({ ref, shape: { files, ...shape } }) =>
    files.map(file => ({
      ref,
      target: { dir },
      timeoutMs: TIMEOUT_MS,
      clobber: true,
      failOnEmpty: false,
      maxDownloads: inputs.maxAttempts,
      window: PARALLEL,
      ...file,
      ...shape
    }))
  )
  const results = await exportAll(jobs, session, PARALLEL, { info: core.info, debug: core.debug }, core.info)
  const shown = (path: string): string => workspacePath(workspace, path)
  core.setOutput('files', JSON.stringify(results.filter(r => r.path).map(r => shown(r.path as string))))
  core.setOutput('exports', JSON.stringify(exportsOutput(results, shown)))
  for (const r of results) describe(r, shown)
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(exportSummary(results, shown)).write()
  const failed = results.filter(r => r.outcome === 'failed' || r.outcome === 'timed-out')
  if (failed.length) {
    const lines = failed.map(r => `- report ${r.ref.input}: ${r.message}`)
    throw new ExportsFailedError(`${failed.length} of ${results.length} report export(s) failed:\n${lines.join('\n')}`)
  }
}

/**
 * A written file as the outputs and the summary name it: relative to the workspace, with `/` on
 * every platform (as action.yml shows it), so a workflow can use it the same way everywhere.
 */
export function workspacePath(workspace: string, path: string, p: typeof nodePath = nodePath): string {
  const relative = p.relative(workspace, path)
  return (relative && !p.isAbsolute(relative) ? relative : path).split(p.sep).join('/')
}

/** The `exports` output: one object per written file, for a step that loads them somewhere. */
export function exportsOutput(results: ExportResult[], shown: (path: string) => string): unknown[] {
  return results
    .filter(r => r.path && (r.outcome === 'written' || r.outcome === 'empty'))
    .map(r => ({
      path: shown(r.path as string),
      report: r.ref.input,
      workspace: r.ref.workspace ?? null,
      from: r.range?.from ?? null,
      to: r.range?.to ?? null,
      rows: r.rows,
      bytes: r.bytes,
      sha256: r.sha256 ?? null,
      empty: r.outcome === 'empty'
    }))
}

function describe(r: ExportResult, shown: (path: string) => string): void {
  if (r.outcome === 'written')
    core.info(
      `Report ${r.ref.input}: ${shown(r.path as string)}, ${r.rows} rows, ${formatBytes(r.bytes)}, sha256 ${r.sha256}`
    )
  else if (r.outcome === 'empty')
    core.notice(`Report ${r.ref.input} has no data (HTTP 204): wrote an empty ${shown(r.path as string)}`)
}
