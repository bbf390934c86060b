/**
 * The options that shape what one report holds, for `flex-insights export` and the lines of the
 * action's `reports` input alike: the days (dates.ts), cut into pieces by --split-by, the filters
 * (filters.ts) and the file name (--name). Everything is checked here, before any request.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { printable } from '../api/errors.js'
import { isIdentifier } from '../api/metadata.js'
import { DATE_LABEL, dateRange, splitRange, type DateRange } from './dates.js'
import { UsageError } from './exit-codes.js'
import type { ValueFilter } from './filters.js'
import { fileName, nameProblem } from './job.js'
import { parseReportRef, type ReportRef } from './report-ref.js'
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
  name: { type: 'string' }
} as const

/** What a report's options fall back to: the time zone and date label of the environment, and now. */
export interface ShapeDefaults {
  timeZone?: string
  dateLabel?: string
  now: number
}

/** Everything that shapes what one report holds, checked: its pieces (days), label, filters and file name. */
export interface ReportShape {
  pieces: Array<DateRange | undefined>
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
  return { pieces: piecesOf(values, range), dateLabel, ...filtersOf(values), name: nameOf(values) }
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

/** The date range cut by --split-by (one piece when not split, or without a range). */
function piecesOf(values: Values, range: DateRange | undefined): Array<DateRange | undefined> {
  const unit = stringOption(values, 'split-by')
  if (unit === undefined) return [range]
  if (unit !== 'day' && unit !== 'week' && unit !== 'month')
    throw new UsageError(`--split-by must be day, week or month; got "${printable(unit)}"`)
  if (!range) throw new UsageError('--split-by needs a date range: --from D --to D, --last N or --date D')
  return splitRange(range, unit)
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

/**
 * The words of a `reports` input line, split as a shell splits them but with nothing expanded:
 * '…' is literal, "…" keeps spaces (with \" and \\ escaped), a backslash outside quotes
 * escapes the next character. An unclosed quote is a usage error.
 */
export function splitWords(line: string): string[] {
  const words: string[] = []
  let word: string | undefined
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (c === ' ' || c === '\t') {
      if (word !== undefined) words.push(word)
      word = undefined
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1)
      if (end < 0) throw new UsageError("a quote (') is not closed")
      word = (word ?? '') + line.slice(i + 1, end)
      i = end
    } else if (c === '"') {
      let text = ''
      for (i++; i < line.length && line[i] !== '"'; i++) {
        if (line[i] === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\')) i++
        text += line[i]
      }
      if (i >= line.length) throw new UsageError('a quote (") is not closed')
      word = (word ?? '') + text
    } else if (c === '\\' && i + 1 < line.length) {
      word = (word ?? '') + line[++i]
    } else word = (word ?? '') + c
  }
  if (word !== undefined) words.push(word)
  return words
}

/** The shaping options among `words` (only those: -o, -D and the rest belong to the command). */
export function shapeOptions(words: string[]): Values {
  try {
    return parseArgs({ args: words, options: FILTER_OPTIONS, allowPositionals: false, strict: true }).values
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional.*$/s, '')
    throw new UsageError(
      `${message}; only ${Object.keys(FILTER_OPTIONS)
        .map(o => `--${o}`)
        .join(', ')} shape a report here`
    )
  }
}

const DATE_OPTIONS = ['date', 'from', 'to', 'last']

/** A line's options over export-options: each wins by name, and a line's dates replace all of the common ones. */
function merged(base: Values, own: Values): Values {
  const ownDates = DATE_OPTIONS.some(o => own[o] !== undefined)
  const kept = Object.fromEntries(Object.entries(base).filter(([k]) => !(ownDates && DATE_OPTIONS.includes(k))))
  return { ...kept, ...own }
}

/** A line of the action's `reports` input: the report and the shape its options (and export-options) give it. */
export interface ReportLine {
  ref: ReportRef
  shape: ReportShape
}

/**
 * The lines of a `reports` input: a report, then options that shape it (shell-like quoting, no
 * expansion), over `common` (export-options; a line's own options win). Problems are collected,
 * each naming its line; the same report with the same shape twice, in any two forms, is one.
 */
export function reportLines(
  text: string,
  common: string,
  context: { workspace?: string; defaults: ShapeDefaults },
  problems: string[]
): ReportLine[] {
  const lines: ReportLine[] = []
  let base: Values = {}
  try {
    base = shapeOptions(splitWords(common))
    reportShape(base, context.defaults) // checked on its own, whatever the lines say
  } catch (error) {
    problems.push(`Input "export-options": ${(error as Error).message}`)
  }
  const seen = new Map<string, string>()
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line) continue
    let entry: ReportLine
    try {
      const [report, ...words] = splitWords(line)
      const ref = parseReportRef(report, context.workspace)
      entry = { ref, shape: reportShape(merged(base, shapeOptions(words)), context.defaults) }
    } catch (error) {
      problems.push(`Input "reports": ${line.includes(' ') ? `line "${line}": ` : ''}${(error as Error).message}`)
      continue
    }
    const { ref, shape } = entry
    if (!ref.workspace)
      problems.push(
        `Input "reports": ${ref.input} needs a workspace; ` +
          `set the "workspace" input, or give the report as /gdc/md/<workspace>/obj/<id>`
      )
    const key = `${ref.workspace}/${ref.objectId ?? `identifier ${ref.identifier}`} ${JSON.stringify(shape)}`
    const first = seen.get(key)
    if (first !== undefined)
      problems.push(
        `Input "reports": ${ref.input} is the same report as ${first} ` +
          `(${ref.objectId ? `object ${ref.objectId}` : ref.identifier} of workspace ${ref.workspace}); list it once`
      )
    else seen.set(key, ref.input)
    lines.push(entry)
  }
  return lines
}
