// The days an export covers: calendar arithmetic (month ends, leap days, --last across a month),
// relative words resolved in the user's time zone (DST changes included), and every mistake
// refused as a usage error.
import { describe, expect, it } from '@jest/globals'

const dates = await import('../../../src/export/dates.js')
const job = await import('../../../src/export/job.js')
const { addDays, dateRange, isTimeZone, todayIn } = dates
const { UsageError } = await import('../../../src/export/exit-codes.js')

const at = (iso: string) => Date.parse(iso)
const range = (options: Record<string, string>, now = at('2026-03-01T12:00:00Z')) =>
  dateRange({ timeZone: 'UTC', ...options }, now)

describe('calendar arithmetic', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-29', 1, '2026-03-30']
  ])('%s %+d day(s) is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected)
  })
})

describe('today in a time zone', () => {
  it('is the calendar date there, not in UTC', () => {
    const now = at('2026-11-02T04:30:00Z')
    expect(todayIn('UTC', now)).toBe('2026-11-02')
    expect(todayIn('America/Chicago', now)).toBe('2026-11-01')
    expect(todayIn('Asia/Tokyo', at('2026-11-01T16:00:00Z'))).toBe('2026-11-02')
  })

  it('across a DST change: yesterday is one calendar day back', () => {
    // Europe/Berlin goes from CEST to CET at 01:00 UTC on 2026-10-25 (a 25-hour day).
    const afterChange = at('2026-10-26T00:30:00Z') // 01:30 local on the 26th
    expect(dateRange({ date: 'yesterday', timeZone: 'Europe/Berlin' }, afterChange)).toEqual({
      from: '2026-10-25',
      to: '2026-10-25'
    })
    // America/New_York springs forward on 2026-03-08 (a 23-hour day).
    expect(dateRange({ date: 'today', timeZone: 'America/New_York' }, at('2026-03-09T03:30:00Z'))).toEqual({
      from: '2026-03-08',
      to: '2026-03-08'
    })
  })

  it('knows the zones Intl knows', () => {
    expect(isTimeZone('UTC')).toBe(true)
    expect(isTimeZone('America/Chicago')).toBe(true)
    expect(isTimeZone('Mars/Olympus')).toBe(false)
    expect(isTimeZone('')).toBe(false)
  })
})

describe('dateRange', () => {
  it('no date option: no range', () => {
    expect(range({})).toBeUndefined()
  })

  it('--date: one day, as given or resolved', () => {
    expect(range({ date: '2026-02-28' })).toEqual({ from: '2026-02-28', to: '2026-02-28' })
    expect(range({ date: 'today' })).toEqual({ from: '2026-03-01', to: '2026-03-01' })
    expect(range({ date: 'yesterday' })).toEqual({ from: '2026-02-28', to: '2026-02-28' })
  })

  it('--from/--to: inclusive, words allowed', () => {
    expect(range({ from: '2026-01-30', to: 'yesterday' })).toEqual({ from: '2026-01-30', to: '2026-02-28' })
  })

  it('--last N: the N whole days ending yesterday, across a month and a leap day', () => {
    expect(range({ last: '1' })).toEqual({ from: '2026-02-28', to: '2026-02-28' })
    expect(range({ last: '3' })).toEqual({ from: '2026-02-26', to: '2026-02-28' })
    expect(range({ last: '7' }, at('2028-03-03T08:00:00Z'))).toEqual({ from: '2028-02-25', to: '2028-03-02' })
  })

  it.each([
    [{ date: '2026-02-29' }, 'is not a date'],
    [{ date: '2026-13-01' }, 'is not a date'],
    [{ date: '01/02/2026' }, 'is not a date'],
    [{ from: '2026-02-02', to: '2026-02-01' }, '--to 2026-02-01 is before --from 2026-02-02'],
    [{ from: '2026-02-02' }, '--from and --to go together'],
    [{ last: '0' }, '--last "0" must be a whole number of days'],
    [{ last: '-3' }, 'must be a whole number'],
    [{ date: 'today', last: '2' }, 'give one of --date, --from/--to and --last'],
    [{ date: 'today', timeZone: 'Mars/Olympus' }, '--time-zone "Mars/Olympus" is not a time zone']
  ])('%j is a usage error: %s', (options, message) => {
    const call = () => dateRange({ timeZone: 'UTC', ...options }, at('2026-03-01T12:00:00Z'))
    expect(call).toThrow(message)
    expect(call).toThrow(UsageError)
  })
})

describe('splitRange and file names', () => {
  const { splitRange } = dates
  const { fileName, nameProblem } = job

  it('days, Monday-to-Sunday weeks and calendar months, cut at the ends', () => {
    expect(splitRange({ from: '2026-02-27', to: '2026-03-02' }, 'day').map(p => p.from)).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02'
    ])
    // 2026-11-04 is a Wednesday; 2026-11-08 a Sunday.
    expect(splitRange({ from: '2026-11-04', to: '2026-11-20' }, 'week')).toEqual([
      { from: '2026-11-04', to: '2026-11-08' },
      { from: '2026-11-09', to: '2026-11-15' },
      { from: '2026-11-16', to: '2026-11-20' }
    ])
    expect(splitRange({ from: '2028-01-15', to: '2028-03-10' }, 'month')).toEqual([
      { from: '2028-01-15', to: '2028-01-31' },
      { from: '2028-02-01', to: '2028-02-29' },
      { from: '2028-03-01', to: '2028-03-10' }
    ])
    expect(splitRange({ from: '2026-05-05', to: '2026-05-05' }, 'week')).toEqual([
      { from: '2026-05-05', to: '2026-05-05' }
    ])
  })

  it('--name templates fill {id}, {from}, {to}, {date}, {workspace}; anything else is refused', () => {
    const range = { from: '2026-01-01', to: '2026-01-07' }
    expect(fileName('{workspace}-{id}-{date}_{to}.csv', { id: '12', workspace: 'ws', range })).toBe(
      'ws-12-2026-01-01_2026-01-07.csv'
    )
    expect(nameProblem('calls-2026-01-01.csv')).toBeUndefined()
    for (const bad of ['a/b.csv', 'a\\b.csv', '..', 'x..csv', 'a\nb', ''])
      expect(nameProblem(bad)).toContain('plain file name')
    expect(nameProblem('{month}.csv')).toContain('unknown {field}')
  })
})
