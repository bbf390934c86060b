// Where exports may write and how every command exits: only regular files in a real folder, stale
// part files cleaned up, the reports input refused when it names a report twice, one exit-code rule.
import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { DEMO_WORKSPACE, inputs, perTest } from './harness.js'

const fresh = perTest()

const WS = DEMO_WORKSPACE

async function loggedIn(options: Parameters<typeof fresh>[0] = {}) {
  const env = await fresh(options)
  const main = await env.job.uses({ with: inputs(env, { workspace: WS }) })
  expect(main.exitCode).toBe(0)
  return { env, main, file: main.env.FLEX_INSIGHTS_SESSION_FILE }
}

/** A fake projects listing: every answer is this page (`paging` as given, workspaces by id). */

/**
 * Every form of a secret this project knows: as is, URL- and JSON-encoded, base64, and its
 * 8-character pieces (a cookie form contains the secret as is).
 */

describe('targets', () => {
  it.each([
    ['a symbolic link', 'ln -s /etc/hostname out/report-1001.csv'],
    ['a folder', 'mkdir out/report-1001.csv'],
    ['a named pipe', 'mkfifo out/report-1001.csv']
  ])('a target that is %s is refused before any request, --clobber included', async (kind, make) => {
    const { env } = await loggedIn()
    const before = env.emu.log.length
    const run = await env.job.run(
      `set +e; mkdir out; ${make}; flex-insights export 1001 -D out --clobber; echo "rc=$?"; ` +
        'flex-insights export 1001 -o out/report-1001.csv --clobber; echo "rc=$?"'
    )
    expect(run.stdout).toBe('rc=2\nrc=2\n')
    expect(run.stderr).toContain(`refusing to write out/report-1001.csv: it is ${kind}`)
    expect(env.emu.log.length).toBe(before)
    await env.job.runPosts()
  })

  it('-D that is a file: exit 2 before any request, naming it', async () => {
    const { env } = await loggedIn()
    writeFileSync(join(env.job.workspace, 'out'), 'x')
    const before = env.emu.log.length
    const run = await env.job.run('set +e; flex-insights export 1001 -D out; echo "rc=$?"')
    expect(run.stdout).toBe('rc=2\n')
    expect(run.stderr).toContain('-D out is not a folder')
    expect(env.emu.log.length).toBe(before)
    await env.job.runPosts()
  })

  it('part files a killed export left are removed by the next export; a live one is kept', async () => {
    const { env } = await loggedIn()
    const out = join(env.job.workspace, 'out')
    mkdirSync(out)
    const dead = join(out, '.report-1001.csv.99999999-0123456789ab.part')
    const old = join(out, `.report-1002.csv.${process.pid}-0123456789ab.part`)
    const live = join(out, `.report-1003.csv.${process.pid}-ba9876543210.part`)
    for (const path of [dead, old, live]) writeFileSync(path, 'half a report')
    const hoursAgo = new Date(Date.now() - 2 * 3600_000)
    utimesSync(old, hoursAgo, hoursAgo)
    const run = await env.job.run('flex-insights export 1001 -D out')
    expect(run.exitCode).toBe(0)
    expect(readdirSync(out).sort()).toEqual([`.report-1003.csv.${process.pid}-ba9876543210.part`, 'report-1001.csv'])
    await env.job.runPosts()
  })

  it('output-dir that is a file: an input error naming it, before the login', async () => {
    const env = await fresh()
    writeFileSync(join(env.job.workspace, 'exports'), 'x')
    const main = await env.job.uses({ with: inputs(env, { workspace: WS, reports: '1001', 'output-dir': 'exports' }) })
    expect(main.exitCode).toBe(1)
    expect(main.errors).toEqual([expect.stringContaining('Input "output-dir" (exports) is not a folder')])
    expect(env.emu.log).toEqual([])
  })

  it('the same report twice in the reports input, in two forms: refused before any request', async () => {
    const env = await fresh()
    const portal = `https://analytics.ytica.com/#s=/gdc/projects/${WS}|analysisPage|head|/gdc/md/${WS}/obj/1001`
    const main = await env.job.uses({ with: inputs(env, { workspace: WS, reports: `1001\n${portal}` }) })
    expect(main.exitCode).toBe(1)
    expect(main.errors).toEqual([
      expect.stringContaining(
        `Input "reports": ${portal} is the same report as 1001 (object 1001 of workspace ${WS}); list it once`
      )
    ])
    expect(env.emu.log).toEqual([])
  })
})

describe('one exit-code rule', () => {
  it('an unknown identifier is a failure (1); an ended session is 4 for every command', async () => {
    const { env } = await loggedIn()
    const unknown = await env.job.run('set +e; flex-insights export zz_unknown_1 -D out; echo "rc=$?"')
    expect(unknown.stdout).toBe('rc=1\n')
    expect(unknown.stderr).toContain('unknown identifier zz_unknown_1')
    const ended = await env.job.run(
      [
        'set +e',
        'flex-insights logout',
        'for c in token cookie logout "export 1001 -D out" workspaces reports "api /gdc/account/token"; do',
        '  flex-insights $c > /dev/null 2>&1; echo "$c=$?"',
        'done'
      ].join('\n')
    )
    expect(ended.stdout.trim().split('\n')).toEqual([
      'token=4',
      'cookie=4',
      'logout=4',
      'export 1001 -D out=4',
      'workspaces=4',
      'reports=4',
      'api /gdc/account/token=4'
    ])
    await env.job.runPosts()
  })

  it('an error quotes the request id of the body (the sub-request), not only the header', async () => {
    const { env } = await loggedIn()
    const run = await env.job.run('set +e; flex-insights reports -w nope1; echo "rc=$?"')
    expect(run.stdout).toBe('rc=1\n')
    const id = env.emu.log.at(-1)?.requestId
    expect(run.stderr).toContain(`[request id ${id}:webapp]`)
    await env.job.runPosts()
  })
})
