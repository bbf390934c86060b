/**
 * The filters of one export, as `report_req.context.filters` (docs/protocol.md, "Filters"): the
 * date range as an `interval` on the date label, each `--filter LABEL=VALUE` as a `list` of the
 * label's element URIs (validElements), and the constraints of `--filters FILE` as they are.
 * Labels and values are looked up once per run, whatever the number of reports and pieces.
 */
import { LabelClient } from '../api/labels.js'
import { DATE_LABEL } from './dates.js'
import { ExitError } from './exit-codes.js'
import type { ExportDeps, ExportJob } from './job.js'
import { isObjectId, objectUri } from './report-ref.js'
import type { ReportFilter } from './start.js'

/** `--filter LABEL=VALUE` options of one label: any of its values. */
export interface ValueFilter {
  label: string
  values: string[]
}

/** Lookups shared by every report of a run: label URIs and element URIs, by workspace. */
export type Lookups = Map<string, Promise<unknown>>

function once<T>(lookups: Lookups, key: string, make: () => Promise<T>): Promise<T> {
  let found = lookups.get(key) as Promise<T> | undefined
  if (!found) {
    found = make()
    found.catch(() => undefined) // awaited by every report that needs it
    lookups.set(key, found)
  }
  return found
}

/**
 * The URIs of the labels a job names, by identifier (one request for all of them, once per run)
 * or by object id (no request). A label the workspace does not have is an error that names it.
 */
async function labelUris(job: ExportJob, workspace: string, deps: ExportDeps): Promise<Map<string, string>> {
  const dateLabel = job.range ? [job.dateLabel ?? DATE_LABEL] : []
  const labels = [...new Set([...dateLabel, ...(job.valueFilters ?? []).map(f => f.label)])]
  const identifiers = labels.filter(l => !isObjectId(l)).sort()
  const found = identifiers.length
    ? await once(deps.lookups, `labels ${workspace} ${identifiers.join(' ')}`, () =>
        deps.metadata.objectUris(workspace, identifiers)
      )
    : new Map<string, string>()
  const uris = new Map<string, string>()
  for (const label of labels) {
    const uri = isObjectId(label) ? objectUri(workspace, label) : found.get(label)
    if (!uri) {
      const date = dateLabel.includes(label) ? ' date' : ''
      const hint = date ? ' (in a Flex Insights workspace it is date.date.mmddyyyy; set it with --date-label)' : ''
      throw new ExitError(
        `workspace ${workspace} has no${date} label ${label}: list its labels with: ` +
          `flex-insights labels -w ${workspace}${hint}`
      )
    }
    uris.set(label, uri)
  }
  return uris
}

/** Edit distance, for the close titles an unknown value is shown with. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]
}

async function elementUris(uri: string, filter: ValueFilter, api: LabelClient): Promise<string[]> {
  const found = await api.elementUris(uri, filter.values)
  const missing = filter.values.filter(v => !found.has(v))
  if (missing.length) {
    const { items } = await api.values(uri, { limit: 1000 })
    const close = (value: string) =>
      items
        .map(v => v.title)
        .sort((x, y) => distance(x.toLowerCase(), value.toLowerCase()) - distance(y.toLowerCase(), value.toLowerCase()))
        .slice(0, 5)
    throw new ExitError(
      missing
        .map(
          v =>
            `label ${filter.label} has no value "${v}"; close ones: ${
              close(v)
                .map(t => `"${t}"`)
                .join(', ') || 'none'
            }`
        )
        .join('; ')
    )
  }
  return filter.values.map(v => found.get(v) as string)
}

/** Every filter of `job` in `workspace`, looked up as needed. */
export async function jobFilters(job: ExportJob, workspace: string, deps: ExportDeps): Promise<ReportFilter[]> {
  const filters: ReportFilter[] = []
  const uris = await labelUris(job, workspace, deps)
  if (job.range) {
    const uri = uris.get(job.dateLabel ?? DATE_LABEL) as string
    filters.push({ uri, constraint: { type: 'interval', from: job.range.from, to: job.range.to } })
  }
  const labels = new LabelClient(deps.api)
  for (const filter of job.valueFilters ?? []) {
    const uri = uris.get(filter.label) as string
    const key = `elements ${uri} ${JSON.stringify(filter.values)}`
    const elements = await once(deps.lookups, key, () => elementUris(uri, filter, labels))
    filters.push({ uri, constraint: { type: 'list', elements } })
  }
  return [...filters, ...(job.rawFilters ?? [])]
}
