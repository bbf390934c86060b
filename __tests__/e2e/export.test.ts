// Report export end to end: `flex-insights export` in a run step and the action's reports input,
// against the emulator's raw export (202s, 204, gzip, faults mid-body). Every file is compared
// with the emulator's own content; every test ends with the leak scan.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { count, DEMO_WORKSPACE, inputs, requests, perTest } from './harness.js'
import { loggedIn } from './rows.js'

const fresh = perTest()

const WS = DEMO_WORKSPACE
const POLL = /^\/gdc\/projects\/[^/]+\/execute\/raw\//
const START = `/gdc/app/projects/${WS}/execute/raw`
const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex')

/** Files left in a folder, part files included. */
const leftIn = (dir: string) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).map(d => d.name) : [])

describe('flex-insights export', () => {
  it('3 × 202 then 200: the CSV byte for byte, rows and SHA-256 in the summary, no part file', async () => {
    const { env, out } = await loggedIn(fresh, {
      workspaces: [{ id: WS, reports: [{ id: '1001', rows: 1234, pending: 3 }] }]
    })
    const run = await env.job.run(`flex-insights export 1001 -D out`)
    expect(run.exitCode).toBe(0)
    const file = readFileSync(join(out, 'report-1001.csv'))
    expect(file.equals(env.emu.csv(WS, '1001'))).toBe(true)
    expect(leftIn(out)).toEqual(['report-1001.csv'])
    expect(run.stderr).toContain(`report 1001: out/report-1001.csv: 1234 rows, `)
    expect(run.summary).toContain(
      `| 1001 | ✅ written | out/report-1001.csv | ${file.length} | 1234 | \`${sha(file)}\` |`
    )
    expect(requests(env).filter(r => r.includes('/execute/raw'))).toEqual([
      `POST ${START} 201`,
      `GET /gdc/projects/${WS}/execute/raw/{id} 202`,
      `GET /gdc/projects/${WS}/execute/raw/{id} 202`,
      `GET /gdc/projects/${WS}/execute/raw/{id} 202`,
      `GET /gdc/projects/${WS}/execute/raw/{id} 200`
    ])
    await env.job.runPosts()
  })

  it('204: an empty file, a notice, exit 0; with --fail-on-empty exit 3, an error naming it, and no file', async () => {
    const { env, out } = await loggedIn(fresh)
    const run = await env.job.run(
      'set +e; flex-insights export 1003 -D out; echo "rc=$?"; flex-insights export 1003 -D out2 ' +
        '--fail-on-empty; echo "rc=$?"'
    )
    expect(run.stdout).toBe('rc=0\nrc=3\n')
    expect(readFileSync(join(out, 'report-1003.csv'), 'utf8')).toBe('')
    expect(run.commands.filter(c => c.name === 'notice').map(c => c.message)).toEqual([
      'report 1003 has no data (HTTP 204): wrote an empty out/report-1003.csv'
    ])
    expect(run.errors).toEqual(['report 1003 has no data (HTTP 204); --fail-on-empty: no file was written'])
    expect(readdirSync(join(env.job.workspace, 'out2'))).toEqual([])
    await env.job.runPosts()
  })

  it('the TT expires in the middle of polling: exactly one refresh, and the export goes on', async () => {
    const { env } = await loggedIn(fresh, { workspaces: [{ id: WS, reports: [{ id: '1001', rows: 50, pending: 2 }] }] })
    env.emu.inject({ method: 'GET', path: POLL, kind: 'expire-tts' })
    const run = await env.job.run('flex-insights export 1001 -D out')
    expect(run.exitCode).toBe(0)
    expect(count(env, 'GET /gdc/account/token')).toBe(1)
    expect(run.summary).toMatch(/\| 1001 \| ✅ written .* \| 1 \| flex-insights-auth:/)
    await env.job.runPosts()
  })

  it('a connection reset mid-download: fetched again, the file is byte-identical', async () => {
    const { env, out } = await loggedIn(fresh, {
      gzip: false,
      workspaces: [{ id: WS, reports: [{ id: '1001', rows: 20_000 }] }]
    })
    env.emu.inject({ method: 'GET', path: POLL, kind: 'cut', afterBytes: 300_000 })
    const run = await env.job.run('flex-insights export 1001 -D out')
    expect(run.exitCode).toBe(0)
    expect(run.stderr).toContain('report 1001: the download broke')
    expect(readFileSync(join(out, 'report-1001.csv')).equals(env.emu.csv(WS, '1001'))).toBe(true)
    expect(leftIn(out)).toEqual(['report-1001.csv'])
    await env.job.runPosts()
  })

  it('over 8 MiB (digested on its own thread), cut once after 9 MB: the right file, rows and SHA-256', async () => {
    const { env, out } = await loggedIn(fresh, {
      gzip: false, // the cut counts bytes on the wire
      workspaces: [{ id: WS, reports: [{ id: '1001', bytes: 12 * 1024 * 1024 }] }]
    })
    env.emu.inject({ method: 'GET', path: POLL, kind: 'cut', afterBytes: 9_000_000 })
    const run = await env.job.run('flex-insights export 1001 -D out')
    expect(run.exitCode).toBe(0)
    expect(run.stderr).toContain('report 1001: the download broke')
    const file = readFileSync(join(out, 'report-1001.csv'))
    expect(file.equals(env.emu.csv(WS, '1001'))).toBe(true)
    expect(run.summary).toContain(
      `| out/report-1001.csv | ${file.length} | ${env.emu.rowsOf(WS, '1001')} | \`${sha(file)}\` |`
    )
    expect(leftIn(out)).toEqual(['report-1001.csv'])
    await env.job.runPosts()
  })

  it('gzip when the server offers it, identity when not: the same file', async () => {
    for (const gzip of [true, false]) {
      const { env, out } = await loggedIn(fresh, {
        gzip,
        workspaces: [{ id: WS, reports: [{ id: '1001', rows: 5000 }] }]
      })
      await env.job.run('flex-insights export 1001 -D out')
      expect(readFileSync(join(out, 'report-1001.csv')).equals(env.emu.csv(WS, '1001'))).toBe(true)
      expect(env.emu.log.find(e => POLL.test(e.path))?.encoding).toBe(gzip ? 'gzip' : undefined)
      await env.job.runPosts()
    }
  })

  it('-o - into a pipe whose reader is slow: every byte arrives in order, gzip or not', async () => {
    for (const gzip of [false, true]) {
      const { env } = await loggedIn(fresh, {
        gzip,
        workspaces: [{ id: WS, reports: [{ id: '1001', rows: 40_000 }] }]
      })
      // Far more than a pipe holds, so writes wait for the reader while the socket's buffer is reused.
      const run = await env.job.run('flex-insights export 1001 -o - | (sleep 1; cat > piped.csv)')
      expect(run.exitCode).toBe(0)
      expect(readFileSync(join(env.job.workspace, 'piped.csv')).equals(env.emu.csv(WS, '1001'))).toBe(true)
      await env.job.runPosts()
    }
  })

  it('a global identifier and an Analytics Portal URL; -o - writes the CSV to stdout and nothing else', async () => {
    const { env, out } = await loggedIn(fresh)
    const portal = `https://analytics.ytica.com/#s=/gdc/projects/${WS}|analysisPage|head|/gdc/md/${WS}/obj/1002`
    const run = await env.job.run(
      `flex-insights export aBcDeFgH1001 "${portal}" -D out && flex-insights export 1002 -o - > stdout.csv`
    )
    expect(run.exitCode).toBe(0)
    expect(readFileSync(join(out, 'report-1001.csv')).equals(env.emu.csv(WS, '1001'))).toBe(true)
    expect(readFileSync(join(out, 'report-1002.csv')).equals(env.emu.csv(WS, '1002'))).toBe(true)
    expect(readFileSync(join(env.job.workspace, 'stdout.csv')).equals(env.emu.csv(WS, '1002'))).toBe(true)
    expect(count(env, `POST /gdc/md/${WS}/identifiers`)).toBe(1)
    await env.job.runPosts()
  })

  it('an existing file without --clobber: exit 2 before any request', async () => {
    const { env, out } = await loggedIn(fresh)
    await env.job.run('mkdir -p out && echo keep > out/report-1001.csv')
    const before = env.emu.log.length
    const run = await env.job.run('set +e; flex-insights export 1001 -D out; echo "rc=$?"')
    expect(run.stdout).toBe('rc=2\n')
    expect(readFileSync(join(out, 'report-1001.csv'), 'utf8')).toBe('keep\n')
    expect(env.emu.log.length).toBe(before)
    await env.job.runPosts()
  })
})

describe('the reports input', () => {
  it('exports after login into output-dir, sets files and the summary; post still logs out', async () => {
    const env = await fresh()
    const main = await env.job.uses({ with: inputs(env, { workspace: WS, reports: `1001\naBcDeFgH1002\n1003` }) })
    expect(main.exitCode).toBe(0)
    expect(JSON.parse(main.outputs.files)).toEqual([
      'flex-insights-exports/report-1001.csv',
      'flex-insights-exports/report-1002.csv',
      'flex-insights-exports/report-1003.csv'
    ])
    const dir = join(env.job.workspace, 'flex-insights-exports')
    expect(readFileSync(join(dir, 'report-1001.csv')).equals(env.emu.csv(WS, '1001'))).toBe(true)
    expect(main.env.FLEX_INSIGHTS_WORKSPACE).toBe(WS)
    expect(main.summary).toContain('| 1001 | ✅ written | flex-insights-exports/report-1001.csv |')
    expect(main.summary).toContain('| 1003 | ⚠️ empty (no data) | flex-insights-exports/report-1003.csv | 0 | 0 |')
    expect(main.commands.filter(c => c.name === 'notice').map(c => c.message)).toEqual([
      'Report 1003 has no data (HTTP 204): wrote an empty flex-insights-exports/report-1003.csv'
    ])
    const [post] = await env.job.runPosts()
    expect(post.stdout).toContain('Logged out of Flex Insights')
    expect(env.emu.liveSessions()).toEqual([])
  })

  it('a failed report fails the step after every report was tried; post still logs out', async () => {
    const env = await fresh()
    env.emu.inject({ method: 'POST', path: START, kind: 'status', status: 403, body: 'json' })
    const main = await env.job.uses({ with: inputs(env, { workspace: WS, reports: '1001\n1002' }) })
    expect(main.exitCode).toBe(1)
    expect(main.errors).toEqual([
      expect.stringMatching(/^1 of 2 report export\(s\) failed:\n- report 1001: Flex Insights export failed: HTTP 403/)
    ])
    expect(JSON.parse(main.outputs.files)).toEqual(['flex-insights-exports/report-1002.csv'])
    await env.job.runPosts()
    expect(env.emu.liveSessions()).toEqual([])
  })

  it('reports without a workspace: an input error before any request', async () => {
    const env = await fresh()
    const main = await env.job.uses({ with: inputs(env, { reports: '1001' }) })
    expect(main.errors[0]).toContain('Input "reports": 1001 needs a workspace')
    expect(env.emu.log).toEqual([])
    writeFileSync(join(env.job.workspace, 'x'), '')
    await env.job.runPosts()
  })
})
