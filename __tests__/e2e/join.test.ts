// --split-by … --join end to end: the pieces of a date range in one file, in date order with one
// header, computed ahead while one downloads, byte-exact after a broken download, and no file
// at all when a piece fails. Every test ends with the leak scan.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { inputs, perTest, type Env } from './harness.js'
import { loggedIn, rowsOfDays, START, WS } from './rows.js'

const fresh = perTest()

const POLL = /^\/gdc\/projects\/[^/]+\/execute\/raw\//
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
const leftIn = (dir: string) => (existsSync(dir) ? readdirSync(dir) : [])
/** The joined file pieces should give: the header once, then each piece's rows, in date order. */
function joined(env: Env, pieces: Array<[string, string]>): Buffer {
  const rows = pieces.flatMap(([from, to], i) => rowsOfDays(env, '1001', from, to).slice(i ? 1 : 0))
  return Buffer.from(rows.map(r => `${r}\r\n`).join(''))
}
const days = (from: number, to: number): Array<[string, string]> =>
  Array.from({ length: to - from + 1 }, (_, i) => {
    const day = `2026-01-${String(from + i).padStart(2, '0')}`
    return [day, day]
  })

describe('flex-insights export --split-by … --join', () => {
  it('day: one file named by the range, the days in order, one header, its rows and SHA-256 reported', async () => {
    const { env, out } = await loggedIn(fresh)
    const run = await env.job.run(
      'flex-insights export 1001 --from 2026-01-05 --to 2026-01-12 --split-by day --join -D out'
    )
    expect(run.exitCode).toBe(0)
    expect(leftIn(out)).toEqual(['report-1001-2026-01-05_2026-01-12.csv'])
    const file = readFileSync(join(out, 'report-1001-2026-01-05_2026-01-12.csv'))
    const want = rowsOfDays(env, '1001', '2026-01-05', '2026-01-12')
    expect(want.length).toBeGreaterThan(8)
    expect(file.equals(joined(env, days(5, 12)))).toBe(true)
    // One export per day, each with its own day.
    const starts = env.emu.log.filter(e => e.path === START).map(e => JSON.parse(e.body))
    expect(starts.map(b => b.report_req.context.filters[0].constraint.from).sort()).toEqual(
      ['05', '06', '07', '08', '09', '10', '11', '12'].map(d => `2026-01-${d}`)
    )
    expect(run.stderr).toContain(`report 1001: out/report-1001-2026-01-05_2026-01-12.csv: ${want.length - 1} rows`)
    expect(run.summary).toContain(`| ${file.length} | ${want.length - 1} | \`${sha(file)}\` |`)
    await env.job.runPosts()
  })

  it('--parallel 2: at most two pieces started ahead, the third only once the first is downloaded', async () => {
    const { env, out } = await loggedIn(fresh)
    const run = await env.job.run(
      'flex-insights export 1001 --from 2026-01-05 --to 2026-01-08 --split-by day --join --parallel 2 -o out/w.csv'
    )
    expect(run.exitCode).toBe(0)
    const log = env.emu.log.map(e => `${e.method} ${e.path} ${e.status}`)
    const starts = log.flatMap((line, i) => (line.startsWith(`POST ${START}`) ? [i] : []))
    const firstResult = log.findIndex(line => POLL.test(line.split(' ')[1]) && line.endsWith(' 200'))
    expect(starts).toHaveLength(4)
    // At most two started before the first result is in; the third waits for it.
    expect(starts.filter(i => i < firstResult).length).toBeLessThanOrEqual(2)
    expect(starts[2]).toBeGreaterThan(firstResult)
    expect(readFileSync(join(out, 'w.csv')).equals(joined(env, days(5, 8)))).toBe(true)
    await env.job.runPosts()
  })

  it('a connection reset in the middle of a piece: that piece again, the file byte-exact', async () => {
    const { env, out } = await loggedIn(fresh, {
      gzip: false, // the cut counts bytes on the wire
      workspaces: [{ id: WS, reports: [{ id: '1001', rows: 30_000, pending: 0 }] }]
    })
    // Faults are taken in order: the first result is served as it is, the second cut after 50 kB.
    env.emu.inject({ method: 'GET', path: POLL, kind: 'latency', ms: 0 })
    env.emu.inject({ method: 'GET', path: POLL, kind: 'cut', afterBytes: 50_000 })
    const run = await env.job.run(
      'flex-insights export 1001 --from 2026-01-05 --to 2026-01-07 --split-by day --join --parallel 1 -D out'
    )
    expect(run.exitCode).toBe(0)
    expect(run.stderr).toContain('report 1001: the download broke')
    const file = readFileSync(join(out, 'report-1001-2026-01-05_2026-01-07.csv'))
    const want = rowsOfDays(env, '1001', '2026-01-05', '2026-01-07')
    expect(file.equals(joined(env, days(5, 7)))).toBe(true)
    expect(run.summary).toContain(`| ${file.length} | ${want.length - 1} | \`${sha(file)}\` |`)
    expect(leftIn(out)).toEqual(['report-1001-2026-01-05_2026-01-07.csv'])
    await env.job.runPosts()
  })

  it('a piece that fails fails the report: exit 1, no file and no part file left', async () => {
    const { env, out } = await loggedIn(fresh)
    // Two starts served as they are, then a 400.
    env.emu.inject({ method: 'POST', path: START, kind: 'latency', ms: 0, times: 2 })
    env.emu.inject({ method: 'POST', path: START, kind: 'status', status: 400, body: 'json' })
    const run = await env.job.run(
      'set +e; flex-insights export 1001 --from 2026-01-05 --to 2026-01-09 --split-by day --join -D out; echo "rc=$?"'
    )
    expect(run.stdout).toBe('rc=1\n')
    expect(run.stderr).toContain('report 1001: Flex Insights export failed: HTTP 400')
    expect(leftIn(out)).toEqual([])
    await env.job.runPosts()
  })

  it('every piece empty (204): an empty file, or with --fail-on-empty exit 3 and none', async () => {
    const { env, out } = await loggedIn(fresh)
    // The emulator's rows are all in January 2026.
    const range = '--from 2026-03-01 --to 2026-03-03 --split-by day --join -D out'
    const empty = await env.job.run(`flex-insights export 1001 ${range}`)
    expect(empty.exitCode).toBe(0)
    expect(empty.stderr).toContain('report 1001 has no data (HTTP 204): wrote an empty out/report-1001-2026-03-01_')
    expect(readFileSync(join(out, 'report-1001-2026-03-01_2026-03-03.csv'))).toHaveLength(0)
    const refused = await env.job.run(
      `set +e; flex-insights export 1001 ${range} --clobber --fail-on-empty; echo "rc=$?"`
    )
    expect(refused.stdout).toBe('rc=3\n')
    expect(refused.stderr).toContain('--fail-on-empty: no file was written')
    expect(leftIn(out)).toEqual(['report-1001-2026-03-01_2026-03-03.csv']) // the earlier one, untouched
    await env.job.runPosts()
  })
})

describe('the reports input with --join', () => {
  it('one file and one exports entry for the whole range', async () => {
    const env = await fresh()
    const main = await env.job.uses({
      with: inputs(env, { workspace: WS, reports: '1001 --from 2026-01-02 --to 2026-01-15 --split-by week --join' })
    })
    expect(main.exitCode).toBe(0)
    const exports = JSON.parse(main.outputs.exports) as Array<Record<string, unknown>>
    expect(exports.map(e => [e.path, e.from, e.to])).toEqual([
      ['flex-insights-exports/report-1001-2026-01-02_2026-01-15.csv', '2026-01-02', '2026-01-15']
    ])
    const file = readFileSync(join(env.job.workspace, String(exports[0].path)))
    const want = rowsOfDays(env, '1001', '2026-01-02', '2026-01-15')
    expect(
      file.equals(
        joined(env, [
          ['2026-01-02', '2026-01-04'],
          ['2026-01-05', '2026-01-11'],
          ['2026-01-12', '2026-01-15']
        ])
      )
    ).toBe(true)
    expect(exports[0]).toMatchObject({ rows: want.length - 1, bytes: file.length, sha256: sha(file) })
    // Weeks Monday to Sunday, cut at the ends: 02-04, 05-11, 12-15.
    expect(env.emu.log.filter(e => e.path === START)).toHaveLength(3)
    await env.job.runPosts()
  })
})
