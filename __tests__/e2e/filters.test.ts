// Date ranges end to end: `flex-insights export --date/--from/--to/--last` sends an interval
// constraint on the workspace's date label, the emulator applies it to the rows it generates,
// and the files hold exactly the right days, named by them. Every refused input is refused
// before any request; every test ends with the leak scan.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { requests, type Env, perTest } from './harness.js'
import { loggedIn, records, rowsOfDays, START, WS } from './rows.js'

const fresh = perTest()

describe('flex-insights export with a date range', () => {
  it('--from/--to: only those days, the file named by them, one label lookup for every report', async () => {
    const { env, out } = await loggedIn(fresh)
    const run = await env.job.run(
      'flex-insights export 1001 1002 --from 2026-01-05 --to 2026-01-07 -D out --parallel 2'
    )
    expect(run.exitCode).toBe(0)
    for (const id of ['1001', '1002']) {
      const file = readFileSync(join(out, `report-${id}-2026-01-05_2026-01-07.csv`), 'utf8')
      const want = rowsOfDays(env, id, '2026-01-05', '2026-01-07')
      expect(records(file)).toEqual(want)
      expect(want.length).toBeGreaterThan(1)
    }
    const starts = env.emu.log.filter(e => e.path === START).map(e => JSON.parse(e.body))
    expect(starts).toHaveLength(2)
    for (const body of starts)
      expect(body.report_req.context).toEqual({
        filters: [
          { uri: `/gdc/md/${WS}/obj/2001`, constraint: { type: 'interval', from: '2026-01-05', to: '2026-01-07' } }
        ]
      })
    expect(requests(env).filter(r => r.includes('/identifiers'))).toHaveLength(1)
    await env.job.runPosts()
  })

  it('--date: one day, a row with a line break in a value included', async () => {
    const { env, out } = await loggedIn(fresh)
    const run = await env.job.run('flex-insights export 1001 --date 2026-01-03 -D out')
    expect(run.exitCode).toBe(0)
    const file = readFileSync(join(out, 'report-1001-2026-01-03.csv'), 'utf8')
    expect(records(file)).toEqual(rowsOfDays(env, '1001', '2026-01-03', '2026-01-03'))
    await env.job.runPosts()
  })

  it('--date yesterday in a time zone: the file is named by that calendar day', async () => {
    const { env, out } = await loggedIn(fresh)
    // Yesterday in Chicago: the calendar day before today there (not 24 hours ago, for DST days).
    const day = (ms: number) => {
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(new Date(ms))
      const [y, m, d] = today.split('-').map(Number)
      return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10)
    }
    const before = day(Date.now())
    const run = await env.job.run('flex-insights export 1001 --date yesterday --time-zone America/Chicago -D out')
    const after = day(Date.now())
    expect(run.exitCode).toBe(0)
    // The emulator's rows are all in January 2026: other days are an empty report (204).
    const named = [before, after].map(d => `report-1001-${d}.csv`)
    expect(run.stderr).toMatch(new RegExp(`report 1001\\b.*out/(${named.join('|')})`))
    expect(named.some(name => existsSync(join(out, name)))).toBe(true)
    await env.job.runPosts()
  })

  it('an unknown date label: exit 1 naming it, and nothing exported', async () => {
    const { env } = await loggedIn(fresh)
    const run = await env.job.run(
      'set +e; flex-insights export 1001 --date 2026-01-03 --date-label no.such.label -D out; echo "rc=$?"'
    )
    expect(run.stdout).toBe('rc=1\n')
    expect(run.stderr).toContain(`workspace ${WS} has no date label no.such.label: list its labels with`)
    expect(env.emu.log.filter(e => e.path === START)).toEqual([])
    await env.job.runPosts()
  })

  it.each([
    ['--from 2026-01-07 --to 2026-01-05', '--to 2026-01-05 is before --from 2026-01-07'],
    ['--date 2026-02-30', '--date "2026-02-30" is not a date'],
    ['--last 0', '--last "0" must be a whole number of days'],
    ['--date today --time-zone Mars/Olympus', '--time-zone "Mars/Olympus" is not a time zone'],
    ['--date today --last 2', 'give one of --date, --from/--to and --last'],
    ['--from 2026-01-05', '--from and --to go together'],
    ["--date today --date-label 'a b'", '--date-label "a b" is not an identifier'],
    ['--filter novalue', '--filter "novalue" is not LABEL=VALUE'],
    ["--filter 'a b=c'", '--filter "a b=c" is not LABEL=VALUE'],
    ['--filters nope.json', '--filters nope.json: ENOENT']
  ])('%s: a usage error before any request', async (options, message) => {
    const { env } = await loggedIn(fresh)
    const before = env.emu.log.length
    const run = await env.job.run(`set +e; flex-insights export 1001 ${options} -D out; echo "rc=$?"`)
    expect(run.stdout).toBe('rc=2\n')
    expect(run.stderr).toContain(message)
    expect(env.emu.log.length).toBe(before)
    await env.job.runPosts()
  })
})

/** Rows of the full report that `keep` accepts (by their fields), header first. */
function rowsWhere(env: Env, id: string, keep: (fields: string[]) => boolean): string[] {
  const [header, ...rows] = records(env.emu.csv(WS, id).toString())
  return [header, ...rows.filter(r => keep(r.slice(1, -1).split('","')))]
}

describe('flex-insights export with attribute filters', () => {
  it('--filter: only rows with those values, one lookup per label for every report', async () => {
    const { env, out } = await loggedIn(fresh)
    const run = await env.job.run(
      'flex-insights export 1001 1002 -D out --parallel 2 ' +
        "--filter label.conversations.queue=queue-3 --filter 'label.conversations.queue=queue-5' " +
        '--filter label.conversations.agent=agent-0010 --filter label.conversations.agent=agent-0020'
    )
    expect(run.exitCode).toBe(0)
    for (const id of ['1001', '1002']) {
      const want = rowsWhere(
        env,
        id,
        ([, agent, queue]) => ['queue-3', 'queue-5'].includes(queue) && ['agent-0010', 'agent-0020'].includes(agent)
      )
      expect(records(readFileSync(join(out, `report-${id}.csv`), 'utf8'))).toEqual(want)
    }
    const [body] = env.emu.log.filter(e => e.path === START).map(e => JSON.parse(e.body))
    expect(body.report_req.context.filters).toEqual([
      {
        uri: `/gdc/md/${WS}/obj/2101`,
        constraint: {
          type: 'list',
          elements: [`/gdc/md/${WS}/obj/2101/elements?id=4`, `/gdc/md/${WS}/obj/2101/elements?id=6`]
        }
      },
      {
        uri: `/gdc/md/${WS}/obj/2102`,
        constraint: {
          type: 'list',
          elements: [`/gdc/md/${WS}/obj/2102/elements?id=11`, `/gdc/md/${WS}/obj/2102/elements?id=21`]
        }
      }
    ])
    expect(requests(env).filter(r => r.includes('/validElements'))).toHaveLength(2)
    expect(requests(env).filter(r => r.includes('/identifiers'))).toHaveLength(1)
    await env.job.runPosts()
  })

  it('a value the label does not have: exit 1 naming it, with close values, nothing exported', async () => {
    const { env } = await loggedIn(fresh)
    const run = await env.job.run(
      'set +e; flex-insights export 1001 -D out --filter label.conversations.queue=queue-33; echo "rc=$?"'
    )
    expect(run.stdout).toBe('rc=1\n')
    expect(run.stderr).toMatch(/label label\.conversations\.queue has no value "queue-33"; close ones: "queue-3"/)
    expect(env.emu.log.filter(e => e.path === START)).toEqual([])
    await env.job.runPosts()
  })

  it('--filters FILE is sent as it is, with the flags; a file of the wrong shape is refused', async () => {
    const { env, out } = await loggedIn(fresh)
    const queue3 = [
      {
        uri: `/gdc/md/${WS}/obj/2101`,
        constraint: { type: 'list', elements: [`/gdc/md/${WS}/obj/2101/elements?id=4`] }
      }
    ]
    writeFileSync(join(env.job.workspace, 'filters.json'), JSON.stringify(queue3))
    writeFileSync(join(env.job.workspace, 'bad.json'), JSON.stringify({ uri: 'x' }))
    const before = env.emu.log.length
    const bad = await env.job.run('set +e; flex-insights export 1001 -D out --filters bad.json; echo "rc=$?"')
    expect(bad.stdout).toBe('rc=2\n')
    expect(bad.stderr).toContain('--filters bad.json: must be a JSON array')
    expect(env.emu.log.length).toBe(before)
    const run = await env.job.run('flex-insights export 1001 -D out --date 2026-01-04 --filters filters.json')
    expect(run.exitCode).toBe(0)
    const want = rowsWhere(env, '1001', ([date, , queue]) => date.startsWith('2026-01-04') && queue === 'queue-3')
    expect(records(readFileSync(join(out, 'report-1001-2026-01-04.csv'), 'utf8'))).toEqual(want)
    await env.job.runPosts()
  })
})
