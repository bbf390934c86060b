/**
 * The days an export covers: `--date D`, `--from D --to D` or `--last N`, with D a calendar date
 * (YYYY-MM-DD), `today` or `yesterday`. Relative words are resolved on the client, in the
 * user's time zone, into absolute calendar dates, so the request, the file name and the summary
 * all name the same days. Only Intl: no time-zone database of our own.
 */
import { UsageError } from './exit-codes.js'

/** Inclusive calendar dates, YYYY-MM-DD. */
export interface DateRange {
  from: string
  to: string
}

export interface DateOptions {
  date?: string
  from?: string
  to?: string
  last?: string
  timeZone: string
}

/** The date attribute label of a Flex Insights workspace, which --date-label names by default. */
export const DATE_LABEL = 'date.date.mmddyyyy'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

/** Whether `zone` is an IANA time zone this Node knows (`UTC`, `America/Chicago`). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return zone.length > 0
  } catch {
    return false
  }
}

/** The calendar date it is in `timeZone` at `now`. */
export function todayIn(timeZone: string, now: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit'
  }).formatToParts(new Date(now))
  const part = (type: string): string => parts.find(p => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

/** `date` moved by `days` calendar days (no time zone: a calendar date has none). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10)
}

/** A calendar date that exists (2026-02-29 does not), or undefined. */
function calendarDate(text: string): string | undefined {
  const match = ISO_DATE.exec(text)
  if (!match) return undefined
  const [y, m, d] = match.slice(1).map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? text : undefined
}

/** One D of a date option, as a calendar date in `timeZone`. */
function resolveDay(option: string, text: string, timeZone: string, now: number): string {
  const today = todayIn(timeZone, now)
  if (text === 'today') return today
  if (text === 'yesterday') return addDays(today, -1)
  const date = calendarDate(text)
  if (!date)
    throw new UsageError(`${option} "${text}" is not a date: give YYYY-MM-DD (a day that exists), today or yesterday`)
  return date
}

/**
 * The range the date options ask for, or undefined when none is given. Every mistake is a usage
 * error before any request: two kinds of date option at once, `--from` without `--to`, `--to`
 * before `--from`, a day that does not exist, `--last 0`, a time zone that does not exist.
 */
export function dateRange(options: DateOptions, now: number): DateRange | undefined {
  const { date, from, to, last, timeZone } = options
  const kinds = [date !== undefined, from !== undefined || to !== undefined, last !== undefined].filter(Boolean)
  if (kinds.length === 0) return undefined
  if (kinds.length > 1) throw new UsageError('give one of --date, --from/--to and --last, not several')
  if (!isTimeZone(timeZone))
    throw new UsageError(`--time-zone "${timeZone}" is not a time zone: give an IANA name such as UTC or Europe/Berlin`)
  if (date !== undefined) {
    const day = resolveDay('--date', date, timeZone, now)
    return { from: day, to: day }
  }
  if (last !== undefined) {
    if (!/^\d{1,4}$/.test(last) || Number(last) < 1 || Number(last) > 3660)
      throw new UsageError(`--last "${last}" must be a whole number of days from 1 to 3660`)
    const yesterday = addDays(todayIn(timeZone, now), -1)
    return { from: addDays(yesterday, 1 - Number(last)), to: yesterday }
  }
  if (from === undefined || to === undefined) throw new UsageError('--from and --to go together: give both')
  const range = { from: resolveDay('--from', from, timeZone, now), to: resolveDay('--to', to, timeZone, now) }
  if (range.to < range.from) throw new UsageError(`--to ${range.to} is before --from ${range.from}`)
  return range
}

export type SplitUnit = 'day' | 'week' | 'month'

/**
 * A range cut into pieces of one day, one week (Monday to Sunday) or one calendar month, the
 * first and last cut at the range's ends; in date order.
 */
export function splitRange(range: DateRange, unit: SplitUnit): DateRange[] {
  const pieces: DateRange[] = []
  for (let from = range.from; from <= range.to;) {
    let end: string
    if (unit === 'day') end = from
    else if (unit === 'week') {
      const weekday = new Date(`${from}T00:00:00Z`).getUTCDay() // 0 is Sunday
      end = addDays(from, (7 - weekday) % 7)
    } else {
      const [y, m] = from.split('-').map(Number)
      end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)
    }
    const to = end < range.to ? end : range.to
    pieces.push({ from, to })
    from = addDays(to, 1)
  }
  return pieces
}
