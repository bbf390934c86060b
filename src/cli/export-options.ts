/**
 * The options of `flex-insights export` that shape what one report holds: the days (dates.ts)
 * and the filters (export/filters.ts). Everything is checked here, before any request.
 */
import { readFileSync } from 'node:fs'
import { printable } from '../api/errors.js'
import { isIdentifier } from '../api/metadata.js'
import { DATE_LABEL, dateRange, type DateRange } from '../export/dates.js'
import { UsageError } from '../export/exit-codes.js'
import type { ValueFilter } from '../export/filters.js'
import type { ReportFilter } from '../export/start.js'
import { DEFAULT_PREFIX, envName } from '../session/env-names.js'
import { stringOption, type Values } from './context.js'
import type { CliIo } from './io.js'

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

const isLabel = (label: string): boolean => isIdentifier(label) || /^\d{1,18}$/.test(label)

/** The days the date options ask for, in the time zone of --time-zone or $<PREFIX>_TIME_ZONE. */
export function datesOf(values: Values, io: CliIo): { range?: DateRange; dateLabel: string } {
  const prefix = typeof values.prefix === 'string' ? values.prefix : DEFAULT_PREFIX
  const timeZone = stringOption(values, 'time-zone') ?? (io.env[envName(prefix, 'TIME_ZONE')] || 'UTC')
  const dateLabel = stringOption(values, 'date-label') ?? (io.env[envName(prefix, 'DATE_LABEL')] || DATE_LABEL)
  if (!isIdentifier(dateLabel))
    throw new UsageError(`--date-label "${printable(dateLabel)}" is not an identifier or an object id`)
  const options = {
    date: stringOption(values, 'date'),
    from: stringOption(values, 'from'),
    to: stringOption(values, 'to'),
    last: stringOption(values, 'last'),
    timeZone
  }
  return { range: dateRange(options, io.clock.now()), dateLabel }
}

/** `--filter LABEL=VALUE`s grouped by label, and the constraints of `--filters FILE`. */
export function filtersOf(values: Values): { valueFilters: ValueFilter[]; rawFilters: ReportFilter[] } {
  const byLabel = new Map<string, string[]>()
  for (const raw of (values.filter as string[] | undefined) ?? []) {
    const eq = raw.indexOf('=')
    const label = eq > 0 ? raw.slice(0, eq) : ''
    const value = raw.slice(eq + 1)
    if (!isLabel(label) || !value)
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
