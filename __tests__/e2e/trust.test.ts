// What a user keeps and what a server sends: no secret in any stream or file a command writes
// (redirected stderr included), one path rule for every path, listings that never end cut loudly,
// targets that are not regular files refused, and one exit-code rule. Every test ends with the
// leak scan, which shows each line with only the masks registered before it.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { ageSession, count, DEMO_WORKSPACE, inputs, requests, type Env, perTest } from './harness.js'

const fresh = perTest()

const WS = DEMO_WORKSPACE
const POLL = /^\/gdc\/projects\/[^/]+\/execute\/raw\//

async function loggedIn(options: Parameters<typeof fresh>[0] = {}) {
  const env = await fresh(options)
  const main = await env.job.uses({ with: inputs(env, { workspace: WS }) })
  expect(main.exitCode).toBe(0)
  return { env, main, file: main.env.FLEX_INSIGHTS_SESSION_FILE }
}

/** A fake projects listing: every answer is this page (`paging` as given, workspaces by id). */
function servePage(env: Env, paging: (rawPath: string) => Record<string, unknown>, ids: string[], times = 1): void {
  env.emu.inject({
    method: 'GET',
    path: /\/projects$/,
    kind: 'respond',
    times,
    reply: req => ({
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        projects: {
          paging: paging(req.rawPath),
          items: ids.map(id => ({ project: { links: { self: `/gdc/projects/${id}` }, meta: { title: id } } }))
        }
      })
    })
  })
}

/**
 * Every form of a secret this project knows: as is, URL- and JSON-encoded, base64, and its
 * 8-character pieces (a cookie form contains the secret as is).
 */
function formsOf(secret: string): string[] {
  const pieces = Array.from({ length: secret.length - 7 }, (_, i) => secret.slice(i, i + 8))
  return [
    secret,
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
    Buffer.from(secret).toString('base64'),
    Buffer.from(secret).toString('base64url'),
    ...pieces
  ]
}

describe('no secret in anything a command writes', () => {
  it('every command with stderr redirected to a file: no SST and no TT there, in any form', async () => {
    const { env, file } = await loggedIn()
    ageSession(file)
    env.emu.expireTts()
    const run = await env.job.run(
      [
        'set +e',
        'flex-insights export 1001 -D out 2> export.log',
        'flex-insights api "/gdc/account/profile/$FLEX_INSIGHTS_PROFILE_ID" > /dev/null 2> api.log',
        'flex-insights api -i "/gdc/md/$FLEX_INSIGHTS_WORKSPACE/query/reports" > headers.txt 2> api-i.log',
        'flex-insights workspaces > /dev/null 2> workspaces.log',
        'flex-insights reports > /dev/null 2> reports.log',
        'flex-insights token > /dev/null 2> token.log',
        'flex-insights cookie > /dev/null 2> cookie.log',
        'flex-insights api /gdc/nope 2> api-error.log',
        'flex-insights logout 2> logout.log',
        'flex-insights token 2> ended.log; echo "rc=$?"'
      ].join('\n')
    )
    expect(run.stdout).toBe('rc=4\n')
    const { ssts, tts } = env.emu.issuedTokens()
    const kept = readdirSync(env.job.workspace).filter(f => /\.(log|txt)$/.test(f))
    expect(kept).toHaveLength(11)
    for (const name of kept) {
      const text = readFileSync(join(env.job.workspace, name), 'utf8')
      expect({ name, mask: text.includes('::add-mask::') }).toEqual({ name, mask: false })
      for (const secret of [...ssts, ...tts])
        for (const form of formsOf(secret)) expect({ name, leak: text.includes(form) }).toEqual({ name, leak: false })
    }
    expect(readFileSync(join(env.job.workspace, 'export.log'), 'utf8')).toContain('report 1001: out/report-1001.csv')
  })

  it('a refreshed TT behind `$(flex-insights cookie 2>/dev/null)` under set -x: refused, never printed', async () => {
    const { env, file } = await loggedIn()
    ageSession(file)
    env.emu.expireTts()
    const run = await env.job.run(
      `set -x; c="$(flex-insights cookie 2>/dev/null)" || echo "refused rc=$?"; echo "cookie=[$c]"`
    )
    expect(run.stdout).toBe('refused rc=1\ncookie=[]\n')
    // The refresh happened and was saved; a later call with stderr on the log masks, then prints.
    expect(count(env, 'GET /gdc/account/token')).toBe(1)
    const fresh = JSON.parse(readFileSync(file, 'utf8'))
    expect(fresh).toMatchObject({ ttMasked: false })
    const next = await env.job.run(
      'set -x; curl -fsS -o /dev/null -b "$(flex-insights cookie)" ' +
        '"$FLEX_INSIGHTS_API_URL/gdc/account/profile/$FLEX_INSIGHTS_PROFILE_ID"'
    )
    expect(next.exitCode).toBe(0)
    expect(next.stderr).toContain(`::add-mask::${fresh.tt}`)
    expect(next.stderr).toContain(`GDCAuthTT=${fresh.tt}`) // the trace shows it; the runner shows ***
    expect(next.shown).toMatch(/-b '?\*\*\*'? /)
    expect(next.shown).not.toContain(fresh.tt)
    expect(count(env, 'GET /gdc/account/token')).toBe(1)
    const again = await env.job.run('flex-insights token')
    expect(again.stderr).toBe('')
    await env.job.runPosts()
  })

  it('api --include: a token the server echoes in any header is cut out', async () => {
    const { env } = await loggedIn()
    const { emu } = env
    env.emu.inject({
      method: 'GET',
      path: `/gdc/md/${WS}/query/reports`,
      kind: 'transform',
      edit: (answer, req) => {
        const { ssts } = emu.issuedTokens()
        const tt = String(req.headers['x-gdc-authtt'])
        return {
          ...answer,
          headers: {
            ...answer.headers,
            'WWW-Authenticate': `GoodData realm="GoodData API" token=${tt}`,
            'X-Debug-Session': `sst=${ssts[0]}; tt=${tt.slice(3, 20)}`
          }
        }
      }
    })
    const run = await env.job.run(
      `flex-insights api -i "/gdc/md/${WS}/query/reports" > headers.txt; head -c 2000 headers.txt`
    )
    expect(run.exitCode).toBe(0)
    const headers = readFileSync(join(env.job.workspace, 'headers.txt'), 'utf8')
    expect(headers).toMatch(/^www-authenticate: GoodData realm="GoodData API" token=?\*\*\*$/m)
    expect(headers).toMatch(/^x-debug-session: sst=\*\*\*; tt=\*\*\*$/m)
    await env.job.runPosts()
  })
})

describe('one path rule', () => {
  it('a result URI that climbs out of /gdc/ is never requested', async () => {
    const { env } = await loggedIn()
    for (const uri of [
      `/gdc/projects/${WS}/execute/raw/../../../../admin/x`,
      '/gdc/%2e%2e/%2e%2e/admin',
      '/gdc/..%2f..%2fadmin'
    ]) {
      env.emu.inject({
        method: 'POST',
        path: `/gdc/app/projects/${WS}/execute/raw`,
        kind: 'respond',
        reply: () => ({ status: 201, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ uri }) })
      })
      const run = await env.job.run('set +e; flex-insights export 1001 -D out; echo "rc=$?"')
      expect(run.stdout).toBe('rc=1\n')
      expect(run.stderr).toContain('the result URI is missing or not on the API URL, so it was not fetched')
    }
    expect(env.emu.log.filter(e => !e.path.startsWith('/gdc/'))).toEqual([])
    expect(env.emu.log.filter(e => POLL.test(e.path))).toEqual([])
    await env.job.runPosts()
  })

  it('a paging link with encoded dot segments is refused', async () => {
    const { env } = await loggedIn()
    servePage(env, () => ({ next: '/gdc/%2e%2e/admin?offset=1' }), ['w1'])
    const run = await env.job.run('set +e; flex-insights workspaces; echo "rc=$?"')
    expect(run.stdout).toBe('rc=1\n')
    expect(run.stderr).toContain('the next page is not on the API URL')
    expect(env.emu.log.filter(e => e.path.includes('admin'))).toEqual([])
    await env.job.runPosts()
  })

  it.each([
    ['api', "flex-insights api '/gdc/..%2f..%2fadmin'", 'it has an encoded / or \\'],
    ['api', "flex-insights api '/gdc/%2e%2e%2f%2e%2e%2fadmin'", 'it has an encoded / or \\'],
    ['api', "flex-insights api '/gdc/..%5c..%5cadmin'", 'it has an encoded / or \\'],
    ['api', "flex-insights api '/gdc/%2e%2e/admin'", 'it has a dot segment'],
    ['-w', 'flex-insights export 1001 -w ../../account -D out', '-w "../../account" is not a workspace id'],
    ['-w', "flex-insights export 1001 -w 'WS?x=1' -D out", '-w "WS?x=1" is not a workspace id'],
    ['-w', "flex-insights reports -w 'WS#x'", '-w "WS#x" is not a workspace id'],
    [
      'env',
      'FLEX_INSIGHTS_WORKSPACE=../x flex-insights export 1001 -D out',
      '$FLEX_INSIGHTS_WORKSPACE "../x" is not a workspace id'
    ]
  ])('%s: %s is a usage error before any request', async (_what, command, message) => {
    const { env } = await loggedIn()
    const before = env.emu.log.length
    const run = await env.job.run(`set +e; ${command}; echo "rc=$?"`)
    expect(run.stdout).toBe('rc=2\n')
    expect(run.stderr).toContain(message)
    expect(env.emu.log.length).toBe(before)
    await env.job.runPosts()
  })
})

describe('listings are never cut silently', () => {
  it('a next link that points at the same page: one request for it, exit 1, and why', async () => {
    const { env } = await loggedIn()
    servePage(env, rawPath => ({ next: rawPath }), ['w1'], Infinity)
    const run = await env.job.run('set +e; flex-insights workspaces; echo "rc=$?"')
    expect(run.stdout).toBe('w1\t\tw1\nrc=1\n')
    expect(run.stderr).toContain("the list above is incomplete: the server's next page")
    expect(requests(env).filter(r => r.includes('/projects'))).toHaveLength(1)
    await env.job.runPosts()
  })

  it('more entries than the server counted: the counted ones, exit 1, and why', async () => {
    const { env } = await loggedIn()
    servePage(env, () => ({ offset: 0, totalCount: 1 }), ['w1', 'w2'])
    const run = await env.job.run('set +e; flex-insights workspaces; echo "rc=$?"')
    expect(run.stdout).toBe('w1\t\tw1\nrc=1\n')
    expect(run.stderr).toContain('the server sent 2 entries but counted 1')
    await env.job.runPosts()
  })
})
