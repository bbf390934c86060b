/**
 * The options that shape what one report holds, for `flex-insights export` and the lines of the
 * action's `reports` input alike: the days (dates.ts), cut into pieces by --split-by, the filters
 * (filters.ts) and the file name (--name). Everything is checked here, before any request.
 */
import { readFileSync } from 'node:fs'
import { printable } from '../api/errors.js'
import { isIdentifier } from '../api/metadata.js'
import { DATE_LABEL, dateRange, splitRange, type DateRange } from './dates.js'
import { UsageError } from './exit-codes.js'
import type { ValueFilter } from './filters.js'
import { fileName, nameProblem } from './job.js'
import type { ReportFilter } from './start.js'

type Values = Record<string, unknown>

export const FILTER_OPTIONS = {
  date: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  last: { type: 'string' },
  'time-zone': { type: 'string' },
  'date-label': { type: 'string' },
  filter: { type: 'string', multiple: true },
  filters: { type: 'string' },
  'split-by': { type: 'string' },
  join: { type: 'boolean' },
  name: { type: 'string' }
} as const

/** What a report's options fall back to: the time zone and date label of the environment, and now. */
export interface ShapeDefaults {
  timeZone?: string
  dateLabel?: string
  now: number
}

/** One file a report's shape makes: its days, and with --join the pieces exported into it. */
export interface ShapeFile {
  range?: DateRange
  pieces?: DateRange[]
}

/** Everything that shapes what one report holds, checked: its files (days), label, filters and file name. */
export interface ReportShape {
  files: ShapeFile[]
  dateLabel: string
  valueFilters: ValueFilter[]
  rawFilters: ReportFilter[]
  name?: string
}

/** A string option's value, if given. */
export const stringOption = (values: Values, name: string): string | undefined =>
  typeof values[name] === 'string' ? values[name] : undefined

/** The shape the options of one report (the command's, or a `reports` input line's) ask for. */
export function reportShape(values: Values, defaults: ShapeDefaults): ReportShape {
  const { range, dateLabel } = datesOf(values, defaults)
  return { files: filesOf(values, range), dateLabel, ...filtersOf(values), name: nameOf(values) }
}

/** The days the date options ask for, in the time zone of --time-zone (else the default, else UTC). */
function datesOf(values: Values, defaults: ShapeDefaults): { range?: DateRange; dateLabel: string } {
  const timeZone = stringOption(values, 'time-zone') ?? (defaults.timeZone || 'UTC')
  const dateLabel = stringOption(values, 'date-label') ?? (defaults.dateLabel || DATE_LABEL)
  if (!isIdentifier(dateLabel))
    throw new UsageError(`--date-label "${printable(dateLabel)}" is not an identifier or an object id`)
  const options = {
    date: stringOption(values, 'date'),
    from: stringOption(values, 'from'),
    to: stringOption(values, 'to'),
    last: stringOption(values, 'last'),
    timeZone
  }
  return { range: dateRange(options, defaults.now), dateLabel }
}

/** `--filter LABEL=VALUE`s grouped by label, and the constraints of `--filters FILE`. */
function filtersOf(values: Values): { valueFilters: ValueFilter[]; rawFilters: ReportFilter[] } {
  const byLabel = new Map<string, string[]>()
  for (const raw of (values.filter as string[] | undefined) ?? []) {
    const eq = raw.indexOf('=')
    const label = eq > 0 ? raw.slice(0, eq) : ''
    const value = raw.slice(eq + 1)
    if (!isIdentifier(label) || !value)
      throw new UsageError(`--filter "${printable(raw)}" is not LABEL=VALUE (a label identifier or id, then a value)`)
    byLabel.set(label, [...(byLabel.get(label) ?? []), value])
  }
  const valueFilters = [...byLabel].map(([label, list]) => ({ label, values: [...new Set(list)] }))
  const file = stringOption(values, 'filters')
  return { valueFilters, rawFilters: file === undefined ? [] : readFilters(file) }
}

/** --filters FILE: a JSON array of objects with a label `uri` and a `constraint` object, or a usage error. */
function readFilters(file: string): ReportFilter[] {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    const why =
      error instanceof SyntaxError ? 'it is not JSON' : ((error as NodeJS.ErrnoException).code ?? 'unreadable')
    throw new UsageError(`--filters ${file}: ${why}`)
  }
  const shape = /^\/gdc\/md\/[A-Za-z0-9_-]{1,128}\/obj\/\d{1,18}$/
  const ok = (f: unknown): f is ReportFilter => {
    const o = f as Record<string, unknown>
    return !!o && typeof o.uri === 'string' && shape.test(o.uri) && !!o.constraint && typeof o.constraint === 'object'
  }
  if (!Array.isArray(json) || !json.every(ok))
    throw new UsageError(
      `--filters ${file}: must be a JSON array of {"uri": "/gdc/md/<workspace>/obj/<id>", "constraint": {...}}`
    )
  return json
}

/** The files of a date range cut by --split-by: one per piece, or with --join one of all pieces. */
function filesOf(values: Values, range: DateRange | undefined): ShapeFile[] {
  const unit = stringOption(values, 'split-by')
  const join = values.join === true
  if (unit === undefined) {
    if (join) throw new UsageError('--join joins the pieces of --split-by: add --split-by day, week or month')
    return [{ range }]
  }
  if (unit !== 'day' && unit !== 'week' && unit !== 'month')
    throw new UsageError(`--split-by must be day, week or month; got "${printable(unit)}"`)
  if (!range) throw new UsageError('--split-by needs a date range: --from D --to D, --last N or --date D')
  const pieces = splitRange(range, unit)
  return join ? [{ range, pieces }] : pieces.map(piece => ({ range: piece }))
}

/** --name TEMPLATE, checked: filled in with sample values it must be a plain file name. */
function nameOf(values: Values): string | undefined {
  const name = stringOption(values, 'name')
  if (name === undefined) return undefined
  const sample = fileName(name, { id: '1', workspace: 'w', range: { from: '2026-01-01', to: '2026-01-02' } })
  const problem = nameProblem(sample)
  if (problem) throw new UsageError(`--name "${printable(name)}": ${problem}`)
  return name
}
