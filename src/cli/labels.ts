/**
 * `flex-insights labels` and `values`: find the names `export --filter` and `--date-label` take,
 * the attribute labels of a workspace and the values of one label, listed like the other lists.
 */
import { LabelClient } from '../api/labels.js'
import { isIdentifier } from '../api/metadata.js'
import { EXIT_HELP, ExitError, UsageError } from '../export/exit-codes.js'
import { isObjectId, objectUri } from '../export/report-ref.js'
import { intOption, SESSION_HELP, SESSION_OPTIONS, type Command, withSession, workspaceOption } from './context.js'
import { finished, printRows } from './list.js'
import { printable } from '../api/errors.js'
import { MetadataClient } from '../api/metadata.js'

const LIST_HELP = `On a terminal the list is an aligned table; otherwise tab-separated lines (line breaks in a
value become spaces; --json keeps them). An empty list is a success.
${EXIT_HELP}
`

function workspaceOf(values: Record<string, unknown>, env: NodeJS.ProcessEnv): string {
  const { workspace } = workspaceOption(values, env)
  if (!workspace) throw new UsageError('which workspace? Pass -w WORKSPACE (list them with: flex-insights workspaces)')
  return workspace
}

const OPTIONS = {
  ...SESSION_OPTIONS,
  workspace: { type: 'string', short: 'w' },
  json: { type: 'boolean' },
  search: { type: 'string' }
} as const

export const labelsCommand: Command = {
  name: 'labels',
  summary: 'list the attribute labels of a workspace, for --filter and --date-label',
  options: OPTIONS,
  positionals: false,
  help: `Usage: flex-insights labels -w WS [--search TEXT] [--json] [--session FILE | --prefix P]

Lists the attribute labels of a workspace: object id, identifier, title and attribute. The
identifier (or the id) is what export --filter LABEL=VALUE and --date-label take.

  flex-insights labels -w "$WORKSPACE_ID" --search queue

Options:
  -w, --workspace WS         the workspace (default: $FLEX_INSIGHTS_WORKSPACE, or $P_WORKSPACE)
      --search TEXT          only labels whose title or identifier contains TEXT (any case)
      --json                 the server's entries, one JSON object per line (for jq)
${SESSION_HELP}

${LIST_HELP}`,
  run(values, _positionals, context) {
    const workspace = workspaceOf(values, context.io.env)
    const search = typeof values.search === 'string' ? values.search.toLowerCase() : undefined
    return withSession(values, context, async session => {
      const listing = await new LabelClient(session.api()).labels(workspace)
      const labels = listing.items.filter(
        l => !search || `${l.title} ${l.identifier ?? ''}`.toLowerCase().includes(search)
      )
      printRows(
        context.io,
        ['ID', 'IDENTIFIER', 'TITLE', 'ATTRIBUTE'],
        labels.map(l => [l.uri.split('/').pop() as string, l.identifier ?? '', l.title, l.attribute ?? '']),
        values.json ? labels.map(l => l.raw) : undefined
      )
      return finished(listing.incomplete)
    })
  }
}

export const valuesCommand: Command = {
  name: 'values',
  summary: 'list the values of one label (-w WS LABEL), for --filter',
  options: { ...OPTIONS, limit: { type: 'string' } },
  positionals: true,
  help: `Usage: flex-insights values -w WS LABEL [--search TEXT] [--limit N] [--json]
                       [--session FILE | --prefix P]

Lists the values (element titles) of one attribute label, paged: what export
--filter LABEL=VALUE takes as VALUE. LABEL is an identifier or an object id (flex-insights labels).

  flex-insights values -w "$WORKSPACE_ID" label.conversations.queue --search sales

Options:
  -w, --workspace WS         the workspace (default: $FLEX_INSIGHTS_WORKSPACE, or $P_WORKSPACE)
      --search TEXT          only values that contain TEXT (any case; the server searches)
      --limit N              at most N values (default 1000, 1-100000)
      --json                 the server's entries, one JSON object per line (for jq)
${SESSION_HELP}

${LIST_HELP}`,
  run(values, positionals, context) {
    const workspace = workspaceOf(values, context.io.env)
    if (positionals.length !== 1)
      throw new UsageError('which label? Give one LABEL (list them with: flex-insights labels)')
    const [label] = positionals
    if (!isIdentifier(label)) throw new UsageError(`"${printable(label)}" is not a label identifier or object id`)
    const limit = intOption(values, 'limit', 1000, 1, 100_000)
    const search = typeof values.search === 'string' ? values.search : undefined
    return withSession(values, context, async session => {
      const api = session.api()
      const uri = isObjectId(label)
        ? objectUri(workspace, label)
        : await new MetadataClient(api).objectUri(workspace, label)
      if (!uri)
        throw new ExitError(`workspace ${workspace} has no label ${label}; list its labels with: flex-insights labels`)
      const listing = await new LabelClient(api).values(uri, { search, limit })
      printRows(
        context.io,
        ['VALUE'],
        listing.items.map(v => [v.title]),
        values.json ? listing.items.map(v => v.raw) : undefined
      )
      return finished(listing.incomplete)
    })
  }
}
