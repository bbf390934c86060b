// Daily partitions end to end: --split-by cuts a date range into one export per day, week or
// month, each its own file with exactly its days' rows, run --parallel at once; --name names the
// files. Mistakes are refused before any request; every test ends with the leak scan.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { inputs, perTest } from './harness.js'
import { loggedIn, records, rowsOfDays, START, WS } from './rows.js'

const fresh = perTest()

describe('flex-insights export --split-by', () => {
  it('day: one export and one file per day, each with that day only, in parallel', async () => {
    const { env, out } = await loggedIn(fresh)
    const run = await env.job.run('flex-insights export 1001 --from 2026-01-05 --to 2026-01-08 --split-by day -D out')
    expect(run.exitCode).toBe(0)
    const days = ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08']
    expect(readdirSync(out).sort()).toEqual(days.map(d => `report-1001-${d}.csv`))
    for (const day of days)
      expect(records(readFileSync(join(out, `report-1001-${day}.csv`), 'utf8'))).toEqual(
        rowsOfDays(env, '1001', day, day)
      )
    const starts = env.emu.log.filter(e => e.path === START).map(e => JSON.parse(e.body))
    expect(starts.map(b => b.report_req.context.filters[0].constraint.from).sort()).toEqual(days)
    expect(env.emu.log.filter(e => e.path.endsWith('/identifiers'))).toHaveLength(1)
    await env.job.runPosts()
  })

  it('week: Monday to Sunday, cut at the ends; --name names each file', async () => {
    const { env, out } = await loggedIn(fresh)
    // 2026-01-07 is a Wednesday.
    const run = await env.job.run(
      'flex-insights export 1001 --from 2026-01-07 --to 2026-01-20 --split-by week -D out ' +
        "--name 'calls-{from}-{to}.csv'"
    )
    expect(run.exitCode).toBe(0)
    const weeks = [
      ['2026-01-07', '2026-01-11'],
      ['2026-01-12', '2026-01-18'],
      ['2026-01-19', '2026-01-20']
    ]
    expect(readdirSync(out).sort()).toEqual(weeks.map(([f, t]) => `calls-${f}-${t}.csv`))
    for (const [from, to] of weeks)
      expect(records(readFileSync(join(out, `calls-${from}-${to}.csv`), 'utf8'))).toEqual(
        rowsOfDays(env, '1001', from, to)
      )
    await env.job.runPosts()
  })

  it.each([
    ['--split-by day -D out', '--split-by needs a date range'],
    ['--last 3 --split-by year -D out', '--split-by must be day, week or month'],
    ['--last 3 --split-by day -o one.csv', '-o names one file, but --split-by makes 3 pieces'],
    ["--last 3 --split-by day --name 'same.csv' -D out", 'would be written twice'],
    ["--name '../x.csv' -D out", 'it must be a plain file name'],
    ["--name '{month}.csv' -D out", 'unknown {field}'],
    ['--last 3 --join -D out', '--join joins the pieces of --split-by'],
    ['--last 3 --split-by day --join -o -', '--join writes a file (atomically)']
  ])('%s: a usage error before any request', async (options, message) => {
    const { env } = await loggedIn(fresh)
    const before = env.emu.log.length
    const run = await env.job.run(`set +e; flex-insights export 1001 ${options}; echo "rc=$?"`)
    expect(run.stdout).toBe('rc=2\n')
    expect(run.stderr).toContain(message)
    expect(env.emu.log.length).toBe(before)
    await env.job.runPosts()
  })
})

describe('the reports input with options', () => {
  it('lines shape reports over export-options; exports lists every file; the summary names the days', async () => {
    const env = await fresh()
    const reports = [
      '1001 --from 2026-01-05 --to 2026-01-06 --split-by day',
      '1002 --filter "label.conversations.queue=queue-1"'
    ].join('\n')
    const main = await env.job.uses({
      with: inputs(env, { workspace: WS, reports, 'export-options': '--date 2026-01-09', 'time-zone': 'Europe/Berlin' })
    })
    expect(main.exitCode).toBe(0)
    const dir = join(env.job.workspace, 'flex-insights-exports')
    expect(readdirSync(dir).sort()).toEqual([
      'report-1001-2026-01-05.csv',
      'report-1001-2026-01-06.csv',
      'report-1002-2026-01-09.csv'
    ])
    const exports = JSON.parse(main.outputs.exports) as Array<Record<string, unknown>>
    expect(exports.map(e => [e.path, e.report, e.from, e.to, e.empty])).toEqual([
      ['flex-insights-exports/report-1001-2026-01-05.csv', '1001', '2026-01-05', '2026-01-05', false],
      ['flex-insights-exports/report-1001-2026-01-06.csv', '1001', '2026-01-06', '2026-01-06', false],
      ['flex-insights-exports/report-1002-2026-01-09.csv', '1002', '2026-01-09', '2026-01-09', false]
    ])
    for (const e of exports) {
      const text = readFileSync(join(env.job.workspace, String(e.path)), 'utf8')
      expect(e.rows).toBe(records(text).length - 1)
      expect(e.workspace).toBe(WS)
    }
    // 1002: export-options' date, and its own filter.
    const rows1002 = records(readFileSync(join(dir, 'report-1002-2026-01-09.csv'), 'utf8')).slice(1)
    expect(rows1002.length).toBeGreaterThan(0)
    expect(rows1002.every(r => r.startsWith('"2026-01-09') && r.includes('"queue-1"'))).toBe(true)
    expect(main.summary).toContain('| 1001 (2026-01-05) | ✅ written |')
    expect(main.env.FLEX_INSIGHTS_TIME_ZONE).toBe('Europe/Berlin')
    await env.job.runPosts()
  })

  it('an option that does not shape a report: an input error naming the line, before any request', async () => {
    const env = await fresh()
    const main = await env.job.uses({ with: inputs(env, { workspace: WS, reports: '1001 -o x.csv' }) })
    expect(main.exitCode).toBe(1)
    expect(main.errors[0]).toContain(`Input "reports": line "1001 -o x.csv": Unknown option '-o'`)
    expect(env.emu.log).toEqual([])
  })
})
