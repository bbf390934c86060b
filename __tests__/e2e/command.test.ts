// The `flex-insights` command as later `run:` steps use it: found on PATH through GITHUB_PATH,
// reading the session file from $FLEX_INSIGHTS_SESSION_FILE. Time passes by the emulator's
// controls (expire every TT now) and by ageing the session file, never by sleeping. Teardown
// scans everything printed for every token issued.
import { readFileSync, statSync, existsSync } from 'node:fs'
import { dirname } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { ageSession, count, inputs, requests, DEMO_LOGIN, type Env, perTest } from './harness.js'

const fresh = perTest()

const USE_TOKEN = `node -e '
const url = process.env.FLEX_INSIGHTS_API_URL + "/gdc/account/profile/" + process.env.FLEX_INSIGHTS_PROFILE_ID
fetch(url, { headers: { Cookie: process.argv[1] } })
  .then(r => { console.log("profile " + r.status); process.exit(r.status === 200 ? 0 : 1) })'`

async function loggedIn(extra: Record<string, string> = {}) {
  const env = await fresh()
  const main = await env.job.uses({ id: 'flex', with: inputs(env, extra) })
  expect(main.exitCode).toBe(0)
  return { env, main }
}

/** Ten minutes later: the server has expired the TT and the session file says it is old. */
function later(e: Env, file: string): void {
  e.emu.expireTts()
  ageSession(file)
}

describe('flex-insights token / cookie', () => {
  it('the session file is private and outside the workspace; the command is on PATH', async () => {
    const { env, main } = await loggedIn()
    const file = main.env.FLEX_INSIGHTS_SESSION_FILE
    expect(file.startsWith(env.job.runnerTemp)).toBe(true)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(statSync(dirname(file)).mode & 0o777).toBe(0o700)
    expect(main.path).toHaveLength(1)
    const which = await env.job.run('command -v flex-insights')
    expect(which.stdout.trim()).toBe(`${main.path[0]}/flex-insights`)
    expect(existsSync(`${main.path[0]}/flex-insights.cmd`)).toBe(true)
    await env.job.runPosts()
    expect(existsSync(dirname(file))).toBe(false)
  })

  it('a cached token costs no request; after the lifetime a fresh one works', async () => {
    const { env, main } = await loggedIn()
    const cached = await env.job.run('flex-insights token; flex-insights cookie')
    expect(cached.exitCode).toBe(0)
    expect(cached.stdout).toBe(`${main.outputs.token}\nGDCAuthTT=${main.outputs.token}\n`)
    expect(requests(env)).toEqual(['POST /gdc/account/login 200'])

    later(env, main.env.FLEX_INSIGHTS_SESSION_FILE)
    const run = await env.job.run(
      `${USE_TOKEN} "$FLEX_INSIGHTS_COOKIE" || echo "old cookie rejected"; ${USE_TOKEN} "$(flex-insights cookie)"`
    )
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toBe('profile 401\nold cookie rejected\nprofile 200\n')
    expect(count(env, 'GET /gdc/account/token')).toBe(1)
    // the new token is masked for the runner: add-mask on stderr
    const fresh = JSON.parse(readFileSync(main.env.FLEX_INSIGHTS_SESSION_FILE, 'utf8')).tt
    expect(fresh).not.toBe(main.outputs.token)
    expect(run.commands.filter(c => c.name === 'add-mask').map(c => c.message)).toEqual(
      expect.arrayContaining([fresh, `GDCAuthTT=${fresh}`])
    )
    const again = await env.job.run('flex-insights token')
    expect(again.stdout).toBe(`${fresh}\n`)
    expect(count(env, 'GET /gdc/account/token')).toBe(1)

    // the post step uses the fresher token from the session file: one request
    const [post] = await env.job.runPosts()
    expect(post.stdout).toContain('in 1 request(s)')
  })

  it('ten parallel calls with a stale token: one refresh, one valid session file, same token for all', async () => {
    const { env, main } = await loggedIn()
    later(env, main.env.FLEX_INSIGHTS_SESSION_FILE)
    const run = await env.job.run(
      'for i in 1 2 3 4 5 6 7 8 9 10; do flex-insights token > "$RUNNER_TEMP/t$i" & done; wait; cat "$RUNNER_TEMP"/t*'
    )
    expect(run.exitCode).toBe(0)
    const tokens = run.stdout.trim().split('\n')
    expect(tokens).toHaveLength(10)
    expect(new Set(tokens).size).toBe(1)
    expect(count(env, 'GET /gdc/account/token')).toBe(1)
    const file = JSON.parse(readFileSync(main.env.FLEX_INSIGHTS_SESSION_FILE, 'utf8'))
    expect(file.tt).toBe(tokens[0])
    expect(env.emu.isLiveTt(tokens[0])).toBe(true)
    await env.job.runPosts()
  })

  it('--prefix picks the session of a second invocation; --session takes a path', async () => {
    const env = await fresh({
      users: [
        { login: 'ops@example.com', password: 'second-password-xyz' },
        { login: DEMO_LOGIN, password: 'demo-password-not-a-secret' }
      ]
    })
    const a = await env.job.uses({ with: inputs(env) })
    const b = await env.job.uses({
      with: inputs(env, {
        'env-prefix': 'FI_OPS',
        login: 'ops@example.com',
        password: 'second-password-xyz',
        'export-env': 'true'
      })
    })
    const run = await env.job.run(
      `flex-insights token --prefix FI_OPS; flex-insights token; flex-insights token --session ` +
        `"${a.outputs['session-file']}"`
    )
    expect(run.stdout.split('\n')).toEqual([b.outputs.token, a.outputs.token, a.outputs.token, ''])
    await env.job.runPosts()
  })

  it('clear errors and exit codes', async () => {
    const { env } = await loggedIn()
    const noFile = await env.job.run('set +e; flex-insights token --prefix NOPE; echo "rc=$?"')
    expect(noFile.stdout).toBe('rc=1\n')
    expect(noFile.stderr).toContain('flex-insights: no session file: $NOPE_SESSION_FILE is not set')
    const usage = await env.job.run(
      'set +e; flex-insights frobnicate; echo "rc=$?"; flex-insights token --min-validity x; echo "rc=$?"; ' +
        'flex-insights --help > /dev/null; echo "rc=$?"'
    )
    expect(usage.stdout).toBe('rc=2\nrc=2\nrc=0\n')
    expect(usage.stderr).toContain('unknown command "frobnicate"')
    const help = await env.job.run('flex-insights delete-profile --help')
    expect(help.stdout).toContain('THIS CANNOT BE UNDONE')
    await env.job.runPosts()
  })

  it('a dead session: the command says to log in again, the post step stays quiet', async () => {
    const { env, main } = await loggedIn()
    env.emu.expireSessions()
    ageSession(main.env.FLEX_INSIGHTS_SESSION_FILE)
    const run = await env.job.run('set +e; flex-insights token; echo "rc=$?"')
    expect(run.stdout).toBe('rc=4\n')
    expect(run.stderr).toContain(
      'the session has ended (logged out or expired); run the Flex Insights Auth action again'
    )
    const [post] = await env.job.runPosts()
    expect(post.stdout).toContain('already ended by the flex-insights command')
    expect(post.warnings).toEqual([])
  })
})

describe('flex-insights logout / delete-profile', () => {
  it('logout now; then token fails and post is quiet', async () => {
    const { env } = await loggedIn()
    const out = await env.job.run(
      'set +e; flex-insights logout; flex-insights token; echo "rc=$?"; flex-insights logout'
    )
    expect(out.stdout).toBe('rc=4\n')
    expect(out.stderr).toContain('flex-insights: logged out of Flex Insights (profile')
    expect(out.stderr).toContain('the session had already ended; nothing to do')
    expect(env.emu.liveSessions()).toEqual([])
    const before = env.emu.log.length
    const [post] = await env.job.runPosts()
    expect(post.exitCode).toBe(0)
    expect(post.warnings).toEqual([])
    expect(post.stdout).toContain('already ended by the flex-insights command; nothing to do')
    expect(env.emu.log.length).toBe(before)
  })

  it('delete-profile refuses a wrong or missing confirmation and works with the right one', async () => {
    const { env, main } = await loggedIn()
    const profileId = main.outputs['profile-id']
    const refused = await env.job.run(
      'set +e; flex-insights delete-profile --confirm someone@else.com; echo "rc=$?"; flex-insights ' +
        'delete-profile; echo "rc=$?"'
    )
    expect(refused.stdout).toBe('rc=1\nrc=2\n')
    expect(refused.stderr).toContain(
      `refusing to delete: --confirm "someone@else.com" is not the login of this session (${DEMO_LOGIN}). ` +
        `Nothing was deleted`
    )
    expect(env.emu.profileIdOf(DEMO_LOGIN)).toBe(profileId)

    const done = await env.job.run(`flex-insights delete-profile --confirm ${DEMO_LOGIN.toUpperCase()}`)
    expect(done.exitCode).toBe(0)
    expect(done.stderr).toContain(
      `deleted the Flex Insights profile of ${DEMO_LOGIN} (profile ${profileId}). This cannot be undone`
    )
    expect(env.emu.profileIdOf(DEMO_LOGIN)).toBeUndefined()
    expect(requests(env).slice(-1)).toEqual(['DELETE /gdc/account/profile/{id} 204'])
    const [post] = await env.job.runPosts()
    expect(post.warnings).toEqual([])
  })
})

describe('auth-mode: cookie', () => {
  it('logs in with verify_level 0, refreshes with the SST cookie, logs out', async () => {
    const { env, main } = await loggedIn({ 'auth-mode': 'cookie' })
    const login = env.emu.log[0]
    expect(JSON.parse(login.body).postUserLogin.verify_level).toBe(0)
    expect(env.emu.isLiveTt(main.outputs.token)).toBe(true)
    expect(main.outputs.cookie).toBe(`GDCAuthTT=${main.outputs.token}`)

    later(env, main.env.FLEX_INSIGHTS_SESSION_FILE)
    const run = await env.job.run(`${USE_TOKEN} "$(flex-insights cookie)"`)
    expect(run.stdout).toBe('profile 200\n')
    const refresh = env.emu.log.find(e => e.path === '/gdc/account/token')
    expect(refresh?.headers['x-gdc-authsst']).toBeUndefined()
    expect(String(refresh?.headers.cookie)).toMatch(/^GDCAuthSST=/)

    env.emu.expireTts()
    const [post] = await env.job.runPosts()
    expect(post.stdout).toContain('Logged out of Flex Insights')
    const logout = env.emu.log.filter(e => e.method === 'DELETE').pop()
    expect(String(logout?.headers.cookie)).toMatch(/^GDCAuthSST=[^;]+; GDCAuthTT=/)
    expect(env.emu.liveSessions()).toEqual([])
  })
})
