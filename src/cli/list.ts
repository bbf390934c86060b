/**
 * `flex-insights workspaces` and `reports`: find the ids `flex-insights export` takes.
 */
import { printable } from '../api/errors.js'
import { MetadataClient } from '../api/metadata.js'
import type { Session } from '../session/session.js'
import {
  SESSION_HELP,
  SESSION_OPTIONS,
  type Command,
  type CommandContext,
  type Values,
  workspaceOption,
  withSession
} from './context.js'
import { EXIT, EXIT_HELP, ExitError, UsageError } from '../export/exit-codes.js'
import type { CliIo } from './io.js'

/** After the entries that arrived: a listing that is not whole fails, with the reason. */
export function finished(incomplete: string | undefined): number {
  if (incomplete) throw new ExitError(`the list above is incomplete: ${incomplete}`)
  return EXIT.ok
}

async function withMetadata<T>(
  values: Values,
  context: CommandContext,
  fn: (metadata: MetadataClient, session: Session) => Promise<T>
): Promise<T> {
  return withSession(values, context, session => fn(new MetadataClient(session.api()), session))
}

export const workspacesCommand: Command = {
  name: 'workspaces',
  summary: 'list the workspaces (projects) this user can see',
  options: { ...SESSION_OPTIONS, json: { type: 'boolean' } },
  positionals: false,
  help: `Usage: flex-insights workspaces [--json] [--session FILE | --prefix P]

Lists the workspaces (projects) the logged-in user can see: id, state and title. The id is
what -w takes (flex-insights reports, flex-insights export) and the workspace input takes.

  flex-insights workspaces

Options:
      --json                 the server's entries, one JSON object per line (for jq)
${SESSION_HELP}

On a terminal the list is an aligned table; otherwise tab-separated lines. An empty list is a
success; a list the server did not give whole (a paging loop, more entries than it counted) is a
failure, after the entries that did arrive.
${EXIT_HELP}
`,
  run: (values, _positionals, context) =>
    withMetadata(values, context, async (metadata, session) => {
      const { items: workspaces, incomplete } = await metadata.workspaces(session.profileId)
      printRows(
        context.io,
        ['ID', 'STATE', 'TITLE'],
        workspaces.map(w => [w.id, w.state ?? '', w.title]),
        values.json ? workspaces.map(w => w.raw) : undefined
      )
      return finished(incomplete)
    })
}

export const reportsCommand: Command = {
  name: 'reports',
  summary: 'list the reports of a workspace (-w WS), with the ids export takes',
  options: {
    ...SESSION_OPTIONS,
    workspace: { type: 'string', short: 'w' },
    json: { type: 'boolean' },
    search: { type: 'string' }
  },
  positionals: false,
  help: `Usage: flex-insights reports -w WS [--search TEXT] [--json] [--session FILE | --prefix P]

Lists the reports of a workspace: object id, global identifier, last update and title. Both
ids are what flex-insights export (and the reports input) accepts.

  flex-insights reports -w "$WORKSPACE_ID" --search agent

Options:
  -w, --workspace WS         the workspace (default: $FLEX_INSIGHTS_WORKSPACE, or $P_WORKSPACE)
      --search TEXT          only reports whose title contains TEXT (any case)
      --json                 the server's entries, one JSON object per line (for jq)
${SESSION_HELP}

On a terminal the list is an aligned table; otherwise tab-separated lines. An empty list is a
success; a list the server did not give whole (a paging loop, more entries than it counted) is a
failure, after the entries that did arrive.
${EXIT_HELP}
`,
  run(values, _positionals, context) {
    const { workspace } = workspaceOption(values, context.io.env)
    if (!workspace)
      throw new UsageError('which workspace? Pass -w WORKSPACE (list them with: flex-insights workspaces)')
    const search = typeof values.search === 'string' ? values.search.toLowerCase() : undefined
    return withMetadata(values, context, async metadata => {
      const listing = await metadata.reports(workspace)
      const reports = listing.items.filter(r => !search || r.title.toLowerCase().includes(search))
      printRows(
        context.io,
        ['ID', 'IDENTIFIER', 'UPDATED', 'TITLE'],
        reports.map(r => [r.objectId, r.identifier ?? '', r.updated ?? '', r.title]),
        values.json ? reports.map(r => r.raw) : undefined
      )
      return finished(listing.incomplete)
    })
  }
}

/**
 * Listings for people and for scripts: an aligned table on a terminal, tab-separated lines
 * otherwise, or the server's own entries as JSON lines (--json) for jq. Server text is
 * hostile: control characters (terminal escapes, tabs, line breaks) never reach the output.
 */
export function printRows(io: CliIo, header: string[], rows: string[][], json: unknown[] | undefined): void {
  if (json) {
    for (const entry of json) io.stdout.write(`${JSON.stringify(entry)}\n`)
    return
  }
  const cells = rows.map(row => row.map(printable))
  if (!io.stdout.isTTY) {
    for (const row of cells) io.stdout.write(`${row.join('\t')}\n`)
    return
  }
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map(row => row[i].length)))
  const line = (row: string[]): string =>
    `${row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i]))).join('  ')}\n`
  io.stdout.write(line(header))
  for (const row of cells) io.stdout.write(line(row))
}
