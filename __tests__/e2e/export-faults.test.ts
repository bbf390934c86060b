// Report export when the server or the job gets in the way: persistent errors, results that go,
// deadlines, parallel exports with an expired TT, and SIGTERM. Every test ends with the leak scan.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { ageSession, count, DEMO_WORKSPACE, perTest } from './harness.js'
import { loggedIn } from './rows.js'

const fresh = perTest()

const WS = DEMO_WORKSPACE
const POLL = /^\/gdc\/projects\/[^/]+\/execute\/raw\//
const START = `/gdc/app/projects/${WS}/execute/raw`

/** Files left in a folder, part files included. */
const leftIn = (dir: string) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).map(d => d.name) : [])

describe('flex-insights export when things go wrong', () => {
  it('a persistent 500: exit 1 after max-attempts, no file left', async () => {
    const { env, out } = await loggedIn(fresh, {}, { 'max-attempts': '2' })
    env.emu.inject({ method: 'GET', path: POLL, kind: 'status', status: 500, times: Infinity })
    const run = await env.job.run('set +e; flex-insights export 1001 -D out; echo "rc=$?"')
    expect(run.stdout).toBe('rc=1\n')
    expect(run.stderr).toMatch(
      /report 1001: Flex Insights poll failed: HTTP 500: "Injected failure 500" \(after 2 attempts\)/
    )
    expect(leftIn(out)).toEqual([])
    await env.job.runPosts()
  })

  it('410 once: the export is started again, then written', async () => {
    const { env } = await loggedIn(fresh)
    env.emu.inject({ method: 'GET', path: POLL, kind: 'status', status: 410 })
    const run = await env.job.run('flex-insights export 1001 -D out')
    expect(run.exitCode).toBe(0)
    expect(run.stderr).toContain('report 1001: the result is gone (HTTP 410); starting the export again')
    expect(count(env, `POST ${START}`)).toBe(2)
    await env.job.runPosts()
  })

  it('400 on the start: exit 1 at once with the server message and request id, one request', async () => {
    const { env, out } = await loggedIn(fresh)
    env.emu.inject({ method: 'POST', path: START, kind: 'status', status: 400, body: 'json' })
    const run = await env.job.run('set +e; flex-insights export 1001 -D out; echo "rc=$?"')
    expect(run.stdout).toBe('rc=1\n')
    expect(run.stderr).toMatch(
      new RegExp(
        String.raw`report 1001: Flex Insights export failed: HTTP 400: "Injected failure 400" \[request id ` +
          String.raw`flex-insights-auth:\S+\]\. The report cannot be exported as it is`
      )
    )
    expect(count(env, `POST ${START}`)).toBe(1)
    expect(leftIn(out)).toEqual([])
    await env.job.runPosts()
  })

  it('--timeout: exit 5, the result URL printed, no file left', async () => {
    const { env, out } = await loggedIn(fresh, {
      workspaces: [{ id: WS, reports: [{ id: '1001', pending: 1_000_000 }] }]
    })
    const run = await env.job.run('set +e; flex-insights export 1001 -D out --timeout 2; echo "rc=$?"')
    expect(run.stdout).toBe('rc=5\n')
    expect(run.stderr).toMatch(
      new RegExp(
        `report 1001: timed out after 2 s; the result may still be fetched later from ` +
          `${env.emu.url}/gdc/projects/${WS}/execute/raw/[0-9a-f]+\\?q=\\S+&c=\\S+`
      )
    )
    expect(leftIn(out)).toEqual([])
    await env.job.runPosts()
  })

  it('8 reports in parallel with an expired TT: one token request, every file right', async () => {
    const reports = Array.from({ length: 8 }, (_, i) => ({ id: String(2001 + i), rows: 100 + i, pending: 1 }))
    const { env, main, out } = await loggedIn(fresh, { workspaces: [{ id: WS, reports }] })
    env.emu.expireTts()
    ageSession(main.env.FLEX_INSIGHTS_SESSION_FILE)
    const run = await env.job.run(`flex-insights export ${reports.map(r => r.id).join(' ')} -D out --parallel 8`)
    expect(run.exitCode).toBe(0)
    expect(count(env, 'GET /gdc/account/token')).toBe(1)
    for (const r of reports)
      expect(readFileSync(join(out, `report-${r.id}.csv`)).equals(env.emu.csv(WS, r.id))).toBe(true)
    await env.job.runPosts()
  })

  it('SIGTERM while downloading: no part file and no file left', async () => {
    const { env, out } = await loggedIn(fresh, {
      gzip: false,
      latencyMs: 0,
      workspaces: [{ id: WS, reports: [{ id: '1001', rows: 10, pendingMs: 60_000 }] }]
    })
    const shim = join(env.job.paths[0], 'flex-insights')
    const child = spawn(shim, ['export', '1001', '-D', out], {
      env: { ...process.env, ...env.job.jobEnv },
      cwd: env.job.workspace
    })
    const stopped = new Promise<number | null>(resolve =>
      child.on('close', (code, signal) => resolve(code ?? (signal ? 143 : null)))
    )
    for (let i = 0; i < 600 && !env.emu.log.some(e => POLL.test(e.path)); i++) await new Promise(r => setTimeout(r, 50))
    child.kill('SIGTERM')
    expect(await stopped).toBe(143)
    expect(leftIn(out)).toEqual([])
    await env.job.runPosts()
  })
})
