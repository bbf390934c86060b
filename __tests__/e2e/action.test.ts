// The committed dist/ bundle, run as the GitHub runner runs it, against a real local emulator:
// no mocks between the action and the socket. Every test ends with a scan of everything every
// step printed, summarised and published, for the password and every SST and TT issued.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { RunnerJob, REPO_ROOT } from '../../scripts/runner.mjs'
import { inputs, requests, DEMO_LOGIN, perTest } from './harness.js'

const fresh = perTest()

const PROFILE_CALL = `node -e '
const base = process.env.FLEX_INSIGHTS_API_URL, id = process.env.FLEX_INSIGHTS_PROFILE_ID
fetch(base + "/gdc/account/profile/" + id, { headers: { Cookie: process.env.FLEX_INSIGHTS_COOKIE } })
  .then(async r => {
    const b = await r.json()
    console.log("profile", r.status, b.accountSetting && b.accountSetting.login)
    process.exit(r.status === 200 ? 0 : 1)
  })'`

describe('happy path', () => {
  it('one round trip: outputs, env vars, a working cookie for the next step, logout in post', async () => {
    const env = await fresh()
    const { emu, job } = env
    const main = await job.uses({ id: 'flex', with: inputs(env) })
    expect(main.exitCode).toBe(0)
    expect(requests(env)).toEqual(['POST /gdc/account/login 200'])

    const [session] = emu.liveSessions()
    const tt = main.outputs.token
    expect(emu.isLiveTt(tt)).toBe(true)
    expect(main.outputs).toEqual({
      token: tt,
      cookie: `GDCAuthTT=${tt}`,
      'profile-id': session.profileId,
      'expires-at': expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      'api-url': emu.url,
      'session-file': expect.stringMatching(
        new RegExp(`^${job.runnerTemp}/flex-insights-auth-\\w+/session-[0-9a-f]+\\.json$`)
      )
    })
    const expiresIn = Date.parse(main.outputs['expires-at']) - Date.now()
    expect(expiresIn).toBeGreaterThan(9 * 60_000)
    expect(expiresIn).toBeLessThanOrEqual(10 * 60_000)
    expect(Object.keys(main.env).sort()).toEqual([
      'FLEX_INSIGHTS_API_URL',
      'FLEX_INSIGHTS_COOKIE',
      'FLEX_INSIGHTS_PROFILE_ID',
      'FLEX_INSIGHTS_SESSION_FILE',
      'FLEX_INSIGHTS_TT',
      'FLEX_INSIGHTS_TT_EXPIRES_AT'
    ])
    expect(main.env.FLEX_INSIGHTS_TT).toBe(tt)
    // masked before use: the TT and cookie masks come before any other line mentioning the login
    const masks = main.commands.filter(c => c.name === 'add-mask').map(c => c.message)
    expect(masks).toEqual(expect.arrayContaining([tt, `GDCAuthTT=${tt}`, session.sst]))
    expect(main.stdout.indexOf(`::add-mask::${tt}`)).toBeLessThan(main.stdout.indexOf('Logged in'))
    expect(job.masked(main.stdout)).toContain(`Logged in to ${emu.url} as ${DEMO_LOGIN}`)
    expect(main.summary).toContain(session.profileId)
    expect(main.summary).toContain('scheduled')

    const next = await job.run(PROFILE_CALL)
    expect(next.exitCode).toBe(0)
    expect(next.stdout).toContain(`profile 200 ${DEMO_LOGIN}`)

    const [post] = await job.runPosts()
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toContain('Logged out of Flex Insights')
    expect(post.stdout).toContain('in 1 request(s)')
    expect(emu.isLiveSst(session.sst)).toBe(false)
    expect(emu.isLiveTt(tt)).toBe(false)
    expect(requests(env).slice(-1)).toEqual([`DELETE /gdc/account/login/{id} 204`])
  })

  it('two round trips when the login response has no X-GDC-AuthTT', async () => {
    const env = await fresh({ loginReturnsTt: false })
    const main = await env.job.uses({ with: inputs(env) })
    expect(main.exitCode).toBe(0)
    expect(requests(env)).toEqual(['POST /gdc/account/login 200', 'GET /gdc/account/token 200'])
    expect(env.emu.isLiveTt(main.outputs.token)).toBe(true)
    await env.job.runPosts()
    expect(env.emu.liveSessions()).toEqual([])
  })

  it('post after the TT expired: TT challenge, one refresh, logout', async () => {
    const env = await fresh()
    const main = await env.job.uses({ with: inputs(env) })
    env.emu.expireTts()
    expect(env.emu.isLiveTt(main.outputs.token)).toBe(false)
    const [post] = await env.job.runPosts()
    expect(post.stdout).toContain('Logged out of Flex Insights')
    expect(requests(env).slice(1)).toEqual([
      'DELETE /gdc/account/login/{id} 401',
      'GET /gdc/account/token 200',
      'DELETE /gdc/account/login/{id} 204'
    ])
    expect(env.emu.liveSessions()).toEqual([])
  })

  it('RUNNER_DEBUG=1 prints request details but no secret', async () => {
    const env = await fresh({ loginReturnsTt: false }, { RUNNER_DEBUG: '1' })
    const main = await env.job.uses({ with: inputs(env) })
    expect(main.exitCode).toBe(0)
    const debug = main.commands.filter(c => c.name === 'debug').map(c => c.message)
    expect(
      debug.some(d =>
        new RegExp(
          String.raw`^POST \/gdc\/account\/login -> HTTP 200 in \d+ ms \(attempt 1\/3, request id ` +
            String.raw`flex-insights-auth:\S+:\S+\)$`
        ).test(d)
      )
    ).toBe(true)
    expect(debug.some(d => d.startsWith('GET /gdc/account/token -> HTTP 200'))).toBe(true)
    await env.job.runPosts()
  })
})

describe('inputs and options', () => {
  it.each([
    [{ 'api-url': 'http://example.com' }, 'Input "api-url" must use https://'],
    [{ 'api-url': 'https://' }, 'Input "api-url" must be a URL'],
    [{ 'env-prefix': 'flex-insights' }, 'Input "env-prefix" must be upper-case'],
    [{ 'request-timeout': 'soon' }, 'Input "request-timeout" must be a number'],
    [{ 'max-attempts': '0' }, 'Input "max-attempts" must be from 1 to 10'],
    [{ logout: 'yes' }, 'Input "logout" must be true or false'],
    [{ password: '' }, 'Input "password" is required']
  ])('bad input %j fails before any request: %s', async (bad, message) => {
    const env = await fresh()
    const main = await env.job.uses({ with: inputs(env, bad) })
    expect(main.exitCode).toBe(1)
    expect(main.errors.join('\n')).toContain(message)
    expect(env.emu.log).toEqual([])
    const [post] = await env.job.runPosts()
    expect(post.exitCode).toBe(0)
    expect(post.stdout.replace(/::(debug|add-mask)::.*\n/g, '')).toBe('')
  })

  it('logout: false leaves the session open and says so', async () => {
    const env = await fresh()
    await env.job.uses({ with: inputs(env, { logout: 'false' }) })
    const [post] = await env.job.runPosts()
    expect(post.stdout).toContain('was left open: its SST stays valid for up to two weeks')
    expect(env.emu.liveSessions()).toHaveLength(1)
    expect(requests(env)).toEqual(['POST /gdc/account/login 200'])
  })

  it('export-env: false sets outputs only', async () => {
    const env = await fresh()
    const main = await env.job.uses({ with: inputs(env, { 'export-env': 'false' }) })
    expect(main.env).toEqual({})
    expect(main.outputs.token).toBeTruthy()
    await env.job.runPosts()
  })

  it('a custom prefix names the env vars, and the trailing slash of api-url is dropped', async () => {
    const env = await fresh()
    const main = await env.job.uses({ with: inputs(env, { 'env-prefix': 'FI_EU', 'api-url': `${env.emu.url}/` }) })
    expect(Object.keys(main.env).sort()).toEqual([
      'FI_EU_API_URL',
      'FI_EU_COOKIE',
      'FI_EU_PROFILE_ID',
      'FI_EU_SESSION_FILE',
      'FI_EU_TT',
      'FI_EU_TT_EXPIRES_AT'
    ])
    expect(main.env.FI_EU_API_URL).toBe(env.emu.url)
    expect(main.outputs['api-url']).toBe(env.emu.url)
    await env.job.runPosts()
  })

  it('two invocations in one job: each post logs out its own session, last first', async () => {
    const env = await fresh({
      users: [
        { login: 'ops@example.com', password: 'second-password-xyz' },
        { login: DEMO_LOGIN, password: 'demo-password-not-a-secret' }
      ]
    })
    const a = await env.job.uses({ id: 'eu', with: inputs(env, { 'env-prefix': 'FI_EU' }) })
    const b = await env.job.uses({
      id: 'us',
      with: inputs(env, { 'env-prefix': 'FI_US', login: 'ops@example.com', password: 'second-password-xyz' })
    })
    expect(a.outputs['profile-id']).not.toBe(b.outputs['profile-id'])
    expect(env.job.jobEnv.FI_EU_TT).toBe(a.outputs.token)
    expect(env.job.jobEnv.FI_US_TT).toBe(b.outputs.token)
    expect(env.emu.liveSessions()).toHaveLength(2)
    const posts = await env.job.runPosts()
    expect(posts.map(p => p.id)).toEqual(['us', 'eu'])
    expect(posts[0].stdout).toContain(`profile ${b.outputs['profile-id']}`)
    expect(posts[1].stdout).toContain(`profile ${a.outputs['profile-id']}`)
    expect(env.emu.liveSessions()).toEqual([])
  })
})

describe('start-up cost', () => {
  it('main, a refresh by flex-insights and post never load undici: a copy of the action without it works', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'fia-no-undici-'))
    try {
      cpSync(join(REPO_ROOT, 'action.yml'), join(copy, 'action.yml'))
      cpSync(join(REPO_ROOT, 'dist'), join(copy, 'dist'), { recursive: true })
      const chunks = readdirSync(join(copy, 'dist')).filter(f =>
        readFileSync(join(copy, 'dist', f), 'utf8').includes("diagnosticsChannel.channel('undici:")
      )
      expect(chunks).toHaveLength(1)
      rmSync(join(copy, 'dist', chunks[0]))

      const env = await fresh({ loginReturnsTt: false })
      env.job.cleanup()
      env.job = new RunnerJob({ actionDir: copy, stepTimeoutMs: 60_000 })
      const main = await env.job.uses({ with: inputs(env) })
      expect(main.exitCode).toBe(0)
      // an hour-old TT in the session file: the command must refresh
      const file = main.outputs['session-file']
      writeFileSync(
        file,
        JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), ttIssuedAt: Date.now() - 3600_000 }),
        { mode: 0o600 }
      )
      const refresh = await env.job.run('flex-insights token > /dev/null')
      expect(refresh.exitCode).toBe(0)
      const [post] = await env.job.runPosts()
      expect(post.exitCode).toBe(0)
      expect(post.warnings).toEqual([])
      expect(requests(env)).toEqual([
        'POST /gdc/account/login 200',
        'GET /gdc/account/token 200',
        'GET /gdc/account/token 200',
        'DELETE /gdc/account/login/{id} 204'
      ])
      expect(env.emu.liveSessions()).toEqual([])
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
  })
})
