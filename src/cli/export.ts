/**
 * `flex-insights export`: reports to CSV files, with the session's token kept fresh however
 * long the exports take. Everything that can be checked from the arguments is checked before
 * the first request.
 */
import { appendFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { exportAll, highestExit } from '../export/batch.js'
import { targetPath, type ExportJob, type ExportResult, type Target } from '../export/job.js'
import { checkTarget, prepareFolder, removeStaleParts } from '../export/targets.js'
import { FILTER_OPTIONS, reportShape } from '../export/options.js'
import { DEFAULT_PREFIX, envName } from '../session/env-names.js'
import { formatBytes, formatDuration } from '../export/progress.js'
import { parseReportRef, type ReportRef } from '../export/report-ref.js'
import { exportSummary } from '../export/summary.js'
import {
  intOption,
  stringOption,
  SESSION_HELP,
  SESSION_OPTIONS,
  type Command,
  type CommandContext,
  type Values,
  withSession,
  workspaceOption
} from './context.js'
import { inActions, say, workflowCommand } from './io.js'
import { EXIT_HELP, UsageError } from '../export/exit-codes.js'

const HELP = `Usage: flex-insights export <report>... [-w WS] [-o FILE|-] [-D DIR] [--parallel N]
                            [--date D | --from D --to D | --last N] [--time-zone TZ] [--date-label ID]
                            [--filter LABEL=VALUE]... [--filters FILE] [--split-by day|week|month [--join]]
                            [--name TEMPLATE]
                            [--timeout S] [--clobber] [--fail-on-empty] [--session FILE | --prefix P]

Exports reports of Flex Insights as CSV files. A <report> is any of
  12345                                  an object id (needs -w)
  /gdc/md/<workspace>/obj/12345          an object URI (the workspace is taken from it)
  b08a2c8ca8f4                           a global identifier (needs -w; looked up with one request)
  https://analytics.ytica.com/#s=/gdc/projects/<workspace>|…/obj/12345
                                         an Analytics Portal URL (its host is ignored)

Options:
  -w, --workspace WS         workspace of the reports (default: $FLEX_INSIGHTS_WORKSPACE, or
                             $P_WORKSPACE with --prefix P)
  -o, --output FILE          write the one report to FILE; "-" writes it to stdout (nothing else
                             goes there; not atomic, and a broken download is not fetched again)
  -D, --dir DIR              folder for report-<id>.csv files (default: .; created if missing)
                             Only regular files are written: a target that is a link, a folder,
                             a device or a pipe is refused (exit 2), --clobber included
      --date D               only the rows of day D: YYYY-MM-DD, today or yesterday
      --from D --to D        only the rows of the days from D to D, both included
      --last N               only the rows of the N whole days ending yesterday
      --time-zone TZ         the zone today and yesterday are days of (IANA, default UTC, or
                             $FLEX_INSIGHTS_TIME_ZONE); the request names absolute dates
      --date-label ID        the date attribute label the days filter (default
                             date.date.mmddyyyy, or $FLEX_INSIGHTS_DATE_LABEL); looked up once
                             With a date option, files are report-<id>-<from>.csv (one day) or
                             report-<id>-<from>_<to>.csv
      --filter LABEL=VALUE   only rows whose label LABEL (identifier or object id) has the value
                             VALUE (its exact title); repeat it for more values or labels
      --filters FILE         a JSON array of {"uri", "constraint"} sent as the filters as it is
      --split-by day|week|month
                             with a date range: one export per day, week (Monday to Sunday) or
                             month, each its own file named by its days, run --parallel at once
      --join                 with --split-by: one file of all the pieces instead, in date order
                             with one header (every piece's header must be the same); --parallel
                             pieces are computed ahead while one downloads; a failed piece
                             leaves no file
      --name TEMPLATE        file name of each report in -D, from {id}, {from}, {to}, {date} (=
                             {from}) and {workspace}; it must stay a plain file name
      --parallel N           reports exported at once (default 4, 1-16)
      --timeout S            limit per report in seconds (default 1800); on expiry the result's
                             URL is printed so it can be fetched later
      --clobber              overwrite existing files (default: refuse, before any request)
      --fail-on-empty        exit 3 and write no file when a report has no data (default: write
                             an empty file)
${SESSION_HELP}

Files appear only when complete (written to a .part file, then renamed); nothing is left
behind on failure, timeout or interruption (a part file that a kill -9 left is removed by the
next export into that folder). The token is refreshed whenever it is about to
expire, so exports longer than 10 minutes work. Progress goes to stderr every 10 s.

Examples:
  flex-insights export 12345 b08a2c8ca8f4 -w "$WORKSPACE_ID" -D exports
  flex-insights export 12345 --date yesterday --time-zone America/Chicago -D exports
  flex-insights export 12345 --last 7 --filter "label.conversations.queue=Sales EU"
  flex-insights export 12345 --from 2026-11-01 --to 2026-11-30 --split-by day --name 'calls-{date}.csv'
  flex-insights export 12345 --from 2026-01-01 --to 2026-06-30 --split-by week --join -D exports

With several reports every one is attempted and the highest code wins; an existing file
without --clobber is a refused target (2), an unknown identifier a failure (1).
${EXIT_HELP}
`

function jobsOf(values: Values, positionals: string[], io: CommandContext['io']): ExportJob[] {
  const { env } = io
  if (!positionals.length) throw new UsageError('which report? Give at least one <report>')
  const { workspace, variable } = workspaceOption(values, env)
  const output = values.output as string | undefined
  if (output !== undefined && positionals.length > 1)
    throw new UsageError('-o names one file; for several reports use -D DIR')
  if (output !== undefined && values.dir !== undefined) throw new UsageError('-o and -D do not go together')
  const target: Target =
    output === '-'
      ? { stdout: io.stdout }
      : output !== undefined
        ? { file: output }
        : { dir: stringOption(values, 'dir') ?? '.' }
  // A form that names no report is a UsageError (report-ref.ts): exit 2 with the help.
  const refs: ReportRef[] = positionals.map(input => parseReportRef(input, workspace))
  for (const ref of refs) {
    if (!ref.workspace) throw new UsageError(`${ref.input} needs a workspace: pass -w WORKSPACE (or set $${variable})`)
  }
  const timeoutMs = intOption(values, 'timeout', 1800, 1, 86_400) * 1000
  const prefix = typeof values.prefix === 'string' ? values.prefix : DEFAULT_PREFIX
  const { files, ...shape } = reportShape(values, {
    timeZone: env[envName(prefix, 'TIME_ZONE')],
    dateLabel: env[envName(prefix, 'DATE_LABEL')],
    now: io.clock.now()
  })
  if ('file' in target && files.length > 1)
    throw new UsageError(`-o names one file, but --split-by makes ${files.length} pieces: use -D DIR, or add --join`)
  if ('stdout' in target && files.some(f => f.pieces))
    throw new UsageError('--join writes a file (atomically): use -o FILE or -D DIR, not -o -')
  if ('file' in target && shape.name)
    throw new UsageError('--name names the files of -D; with -o the file is the one given')
  const window = intOption(values, 'parallel', 4, 1, 16)
  const shared = { target, timeoutMs, maxDownloads: 0, window, ...shape }
  const flags = { clobber: values.clobber === true, failOnEmpty: values['fail-on-empty'] === true }
  return refs.flatMap(ref => files.map(file => ({ ref, ...shared, ...flags, ...file })))
}

/**
 * Targets known from the arguments, before any request: their folder exists (or is made), no
 * file is written twice, and every target is free or a regular file that --clobber replaces.
 */
function checkTargets(jobs: ExportJob[], now: number): void {
  const target = jobs[0].target
  const folder = 'file' in target ? dirname(target.file) : 'dir' in target ? target.dir : undefined
  if (folder !== undefined) {
    prepareFolder(folder, 'file' in target ? '-o' : '-D')
    removeStaleParts(folder, now)
  }
  const seen = new Set<string>()
  for (const job of jobs) {
    const path = job.ref.objectId ? targetPath(job.target, job.ref.objectId, job) : undefined
    if (!path) continue
    if (seen.has(path))
      throw new UsageError(
        `${path} would be written twice: ${job.ref.input} is given more than once, ` +
          'or --name gives two reports or pieces one name'
      )
    seen.add(path)
    checkTarget(path, job.clobber)
  }
}

function report(context: CommandContext, r: ExportResult): void {
  const { io } = context
  const id = r.ref.input
  if (r.outcome === 'written') {
    say(
      io,
      `report ${id}: ${r.path ?? 'stdout'}: ${r.rows} rows, ` +
        `${formatBytes(r.bytes)}, in ${formatDuration(r.computeMs + r.downloadMs)}`
    )
  } else if (r.outcome === 'empty') {
    const failed = r.exitCode !== 0
    const text = failed
      ? `report ${id} has no data (HTTP 204); --fail-on-empty: no file was written`
      : `report ${id} has no data (HTTP 204)${r.path ? `: wrote an empty ${r.path}` : ''}`
    if (inActions(io)) io.stderr.write(workflowCommand(failed ? 'error' : 'notice', text))
    else say(io, text)
  } else {
    say(io, `report ${id}: ${r.message}`)
  }
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'export reports as CSV files: polled, refreshed, atomic',
  options: {
    ...SESSION_OPTIONS,
    workspace: { type: 'string', short: 'w' },
    output: { type: 'string', short: 'o' },
    dir: { type: 'string', short: 'D' },
    parallel: { type: 'string' },
    timeout: { type: 'string' },
    clobber: { type: 'boolean' },
    'fail-on-empty': { type: 'boolean' },
    ...FILTER_OPTIONS
  },
  positionals: true,
  help: HELP,
  async run(values, positionals, context) {
    const jobs = jobsOf(values, positionals, context.io)
    const parallel = intOption(values, 'parallel', 4, 1, 16)
    checkTargets(jobs, context.io.clock.now())
    return withSession(values, context, async session => {
      for (const job of jobs) job.maxDownloads = session.transport.settings.maxAttempts
      // On a terminal the progress line updates in place; in a log it is one line per 10 s.
      const tty = context.io.stderr.isTTY === true
      const show = (line: string): void =>
        void context.io.stderr.write(tty ? `\r\x1b[Kflex-insights: ${line}` : `flex-insights: ${line}\n`)
      const results = await exportAll(
        jobs,
        session,
        parallel,
        { info: m => say(context.io, m), debug: m => context.logger.debug(m) },
        show
      )
      if (tty) context.io.stderr.write('\r\x1b[K')
      for (const r of results) report(context, r)
      const summary = context.io.env.GITHUB_STEP_SUMMARY
      if (inActions(context.io) && summary)
        appendFileSync(
          summary,
          exportSummary(results, path => path)
        )
      return highestExit(results)
    })
  }
}
