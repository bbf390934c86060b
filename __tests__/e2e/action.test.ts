// The committed dist/ bundle, run as the GitHub runner runs it, against a real local emulator:
// no mocks between the action and the socket. Every test ends with a scan of everything every
// step printed, summarised and published, for the password and every SST and TT issued.
import net from 'node:net'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { RunnerJob, REPO_ROOT } from '../../scripts/runner.mjs'
import { setup, teardown, inputs, requests, DEMO_LOGIN, type Env } from './harness.js'

let env: Env | undefined
afterEach(async () => {
  await teardown(env)
  env = undefined
})

const PROFILE_CALL = `node -e '
const base = process.env.FLEX_INSIGHTS_API_URL, id = process.env.FLEX_INSIGHTS_PROFILE_ID
fetch(base + "/gdc/account/profile/" + id, { headers: { Cookie: process.env.FLEX_INSIGHTS_COOKIE } })
  .then(async r => { const b = await r.json(); console.log("profile", r.status, b.accountSetting && b.accountSetting.login); process.exit(r.status === 200 ? 0 : 1) })'`

describe('happy path', () => {
  it('one round trip: outputs, env vars, a working cookie for the next step, logout in post', async () => {
    env = await setup()
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
    env = await setup({ loginReturnsTt: false })
    const main = await env.job.uses({ with: inputs(env) })
    expect(main.exitCode).toBe(0)
    expect(requests(env)).toEqual(['POST /gdc/account/login 200', 'GET /gdc/account/token 200'])
    expect(env.emu.isLiveTt(main.outputs.token)).toBe(true)
    await env.job.runPosts()
    expect(env.emu.liveSessions()).toEqual([])
  })

  it('post after the TT expired: TT challenge, one refresh, logout', async () => {
    env = await setup()
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
    env = await setup({ loginReturnsTt: false }, { RUNNER_DEBUG: '1' })
    const main = await env.job.uses({ with: inputs(env) })
    expect(main.exitCode).toBe(0)
    const debug = main.commands.filter(c => c.name === 'debug').map(c => c.message)
    expect(
      debug.some(d =>
        /^POST \/gdc\/account\/login -> HTTP 200 in \d+ ms \(attempt 1\/3, request id flex-insights-auth:\S+:\S+\)$/.test(
          d
        )
      )
    ).toBe(true)
    expect(debug.some(d => d.startsWith('GET /gdc/account/token -> HTTP 200'))).toBe(true)
    await env.job.runPosts()
  })
})

describe('the leak scanner itself', () => {
  it('catches a secret the runner would not mask, in printed output and in a summary', async () => {
    env = await setup()
    await env.job.uses({ with: inputs(env) })
    // A session the action never saw, so nothing registered its SST as a mask.
    const res = await fetch(`${env.emu.url}/gdc/account/login`, {
      method: 'POST',
      body: JSON.stringify({
        postUserLogin: { login: DEMO_LOGIN, password: 'demo-password-not-a-secret', verify_level: 2 }
      })
    })
    const unmasked = ((await res.json()) as { userLogin: { token: string } }).userLogin.token
    await env.job.run(
      `echo "token is $FLEX_INSIGHTS_TT"; echo "sst ${unmasked}"; echo "${unmasked}" >> "$GITHUB_STEP_SUMMARY"`,
      { id: 'careless' }
    )
    const { ssts, tts } = env.emu.issuedTokens()
    expect(env.job.leaks({ secrets: [...ssts, ...tts], published: tts })).toEqual([
      'run careless: printed output contains a secret',
      'run careless: step summary contains a secret'
    ])
    expect(env.job.masked(env.job.steps[1].stdout)).toBe(`token is ***\nsst ${unmasked}\n`)
    env.job.steps.pop() // the deliberate leak must not fail the teardown scan
    await env.job.runPosts()
  })

  it('models the runner: a mask registered later in the job hides nothing printed before it', async () => {
    env = await setup()
    await env.job.uses({ with: inputs(env) })
    const secret = 'later-masked-value-0123456789'
    await env.job.run(`echo "early ${secret}"`, { id: 'early' })
    await env.job.run(`echo "::add-mask::${secret}"; echo "late ${secret}"`, { id: 'late' })
    // Within one stream too: printed before the mask, then after it.
    const other = 'Zq7pW3xK9tLm2Rv8Ny4Hs6Jd1'
    await env.job.run(`echo "before ${other}" >&2; echo "::add-mask::${other}" >&2; echo "after ${other}" >&2`, {
      id: 'same'
    })
    expect(env.job.steps[2].shown).toBe('late ***')
    expect(env.job.steps[3].shown).toBe(`before ${other}\nafter ***`)
    expect(env.job.leaks({ secrets: [secret, other] })).toEqual([
      'run early: printed output contains a secret',
      'run same: printed output contains a secret'
    ])
    env.job.steps.splice(1, 3)
    await env.job.runPosts()
  })

  it('catches a piece of a secret that no mask covers, and ignores words of the action itself', async () => {
    env = await setup()
    await env.job.uses({ with: inputs(env) })
    const [sst] = env.emu.issuedTokens().ssts
    // A TT cut down to 20 characters slips past the runner's masks; "password" is only a word.
    await env.job.run(`echo "tt \${FLEX_INSIGHTS_TT:3:20}"; echo "sst ${sst.slice(0, 9)}"; echo "check the password"`, {
      id: 'careless'
    })
    const { ssts, tts } = env.emu.issuedTokens()
    expect(env.job.leaks({ secrets: [...env.passwords, ...ssts, ...tts], published: tts })).toEqual([
      'run careless: printed output contains a piece of a secret (9 characters)',
      'run careless: printed output contains a piece of a secret (20 characters)'
    ])
    env.job.steps.pop()
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
    env = await setup()
    const main = await env.job.uses({ with: inputs(env, bad) })
    expect(main.exitCode).toBe(1)
    expect(main.errors.join('\n')).toContain(message)
    expect(env.emu.log).toEqual([])
    const [post] = await env.job.runPosts()
    expect(post.exitCode).toBe(0)
    expect(post.stdout.replace(/::(debug|add-mask)::.*\n/g, '')).toBe('')
  })

  it('logout: false leaves the session open and says so', async () => {
    env = await setup()
    await env.job.uses({ with: inputs(env, { logout: 'false' }) })
    const [post] = await env.job.runPosts()
    expect(post.stdout).toContain('was left open: its SST stays valid for up to two weeks')
    expect(env.emu.liveSessions()).toHaveLength(1)
    expect(requests(env)).toEqual(['POST /gdc/account/login 200'])
  })

  it('export-env: false sets outputs only', async () => {
    env = await setup()
    const main = await env.job.uses({ with: inputs(env, { 'export-env': 'false' }) })
    expect(main.env).toEqual({})
    expect(main.outputs.token).toBeTruthy()
    await env.job.runPosts()
  })

  it('a custom prefix names the env vars, and the trailing slash of api-url is dropped', async () => {
    env = await setup()
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
    env = await setup({
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

describe('server failures', () => {
  it('wrong password: one login request, a clear error, nothing for post to do', async () => {
    env = await setup()
    const main = await env.job.uses({ with: inputs(env, { password: 'wrong-password-123' }) })
    env.passwords.push('wrong-password-123')
    expect(main.exitCode).toBe(1)
    expect(requests(env)).toEqual(['POST /gdc/account/login 401'])
    expect(main.errors).toEqual([
      expect.stringMatching(
        /^Flex Insights login failed: HTTP 401: "Bad Login or Password!" \[request id flex-insights-auth:\S+:\S+\]\. Check the login and password secrets.*Not retried/
      )
    ])
    const [post] = await env.job.runPosts()
    expect(post.exitCode).toBe(0)
    expect(requests(env)).toHaveLength(1)
  })

  it('lock-out with a long Retry-After fails at once with when to retry', async () => {
    env = await setup({ maxInvalidLogins: 1, lockoutSeconds: 600 })
    await env.job.uses({ with: inputs(env, { password: 'wrong-password-123' }) })
    env.passwords.push('wrong-password-123')
    const main = await env.job.uses({ with: inputs(env) })
    expect(main.exitCode).toBe(1)
    expect(requests(env)).toEqual(['POST /gdc/account/login 401', 'POST /gdc/account/login 429'])
    expect(main.errors[0]).toMatch(
      /^Flex Insights login failed: HTTP 429: "Too many invalid login attempts\. Try again in \d+ seconds\." \[request id .*\]\. Too many invalid logins: check the login and password secrets before trying again\. The server asks to wait \d+ s \(until \S+Z\), more than max-retry-wait \(60 s\)/
    )
  })

  it('a short Retry-After is waited out, then login succeeds', async () => {
    env = await setup()
    env.emu.inject({ method: 'POST', path: '/gdc/account/login', kind: 'status', status: 429, retryAfter: 1 })
    const started = Date.now()
    const main = await env.job.uses({ with: inputs(env) })
    expect(main.exitCode).toBe(0)
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    expect(requests(env)).toEqual(['POST /gdc/account/login 429', 'POST /gdc/account/login 200'])
    expect(main.stdout).toContain('Flex Insights login: HTTP 429, retrying in 1.0 s (attempt 2/3)')
    await env.job.runPosts()
  })

  it('a transient 503 HTML page is retried', async () => {
    env = await setup()
    env.emu.inject({ method: 'POST', path: '/gdc/account/login', kind: 'status', status: 503 })
    const main = await env.job.uses({ with: inputs(env) })
    expect(main.exitCode).toBe(0)
    expect(requests(env)).toEqual(['POST /gdc/account/login 503', 'POST /gdc/account/login 200'])
    await env.job.runPosts()
  })

  it('a persistent 502 fails after max-attempts with the page title, never the page', async () => {
    env = await setup()
    env.emu.inject({ method: 'POST', path: '/gdc/account/login', kind: 'status', status: 502, times: Infinity })
    const main = await env.job.uses({ with: inputs(env, { 'max-attempts': '2' }) })
    expect(main.exitCode).toBe(1)
    expect(requests(env)).toHaveLength(2)
    expect(main.errors[0]).toMatch(
      /^Flex Insights login failed: HTTP 502: HTML error page "502 Bad Gateway" \(after 2 attempts\) \[request id \S+\]\. Flex Insights is having trouble/
    )
    expect(main.stdout + main.stderr).not.toContain('<html')
    expect(main.stdout + main.stderr).not.toMatch(/\n\s+at /) // no stack trace
  })

  it('a JSON 500 shows the server message and its request id', async () => {
    env = await setup({ loginReturnsTt: false })
    env.emu.inject({
      method: 'GET',
      path: '/gdc/account/token',
      kind: 'status',
      status: 500,
      body: 'json',
      times: Infinity
    })
    const main = await env.job.uses({ with: inputs(env, { 'max-attempts': '1' }) })
    expect(main.errors[0]).toMatch(
      /^Flex Insights token failed: HTTP 500: "Injected failure 500" \[request id flex-insights-auth:\S+:\S+\]/
    )
    env.emu.clearFaults()
    await env.job.runPosts()
  })

  it('a connection reset and a truncated body are retried', async () => {
    env = await setup()
    env.emu.inject({ method: 'POST', path: '/gdc/account/login', kind: 'reset' })
    env.emu.inject({ method: 'POST', path: '/gdc/account/login', kind: 'truncated' })
    const main = await env.job.uses({ with: inputs(env) })
    expect(main.exitCode).toBe(0)
    expect(env.emu.log.map(e => e.outcome)).toEqual(['fault:reset', 'fault:truncated', 'logged-in'])
    await env.job.runPosts()
  })

  it('a server that hangs is cut off by request-timeout and retried', async () => {
    env = await setup()
    env.emu.inject({ method: 'POST', path: '/gdc/account/login', kind: 'hang' })
    const main = await env.job.uses({ with: inputs(env, { 'request-timeout': '1' }) })
    expect(main.exitCode).toBe(0)
    expect(main.stdout).toContain('Flex Insights login: no complete response within 1 s, retrying')
    await env.job.runPosts()
  })

  it('a server that always hangs fails within the bound', async () => {
    env = await setup()
    env.emu.inject({ method: 'POST', path: '/gdc/account/login', kind: 'hang', times: Infinity })
    const main = await env.job.uses({ with: inputs(env, { 'request-timeout': '1', 'max-attempts': '2' }) })
    expect(main.exitCode).toBe(1)
    expect(main.durationMs).toBeLessThan(30_000) // bounded, not fast: the default would wait 30 s per attempt
    expect(main.errors[0]).toMatch(/^Flex Insights login failed: no complete response within 1 s \(after 2 attempts\)/)
  })

  it('a refused connection names the host and suggests what to check', async () => {
    env = await setup()
    const deadUrl = env.emu.url
    await env.emu.close()
    const main = await env.job.uses({ with: inputs(env, { 'api-url': deadUrl, 'max-attempts': '2' }) })
    expect(main.exitCode).toBe(1)
    expect(main.errors[0]).toMatch(
      /^Flex Insights login failed: network error ECONNREFUSED talking to 127\.0\.0\.1:\d+ \(after 2 attempts\).*Check that the API is reachable/
    )
    env.emu = await (await import('../../scripts/emulator.mjs')).startEmulator()
  })
})

describe('post step', () => {
  it('main failing after login still gets logged out by post', async () => {
    env = await setup({ loginReturnsTt: false })
    env.emu.inject({ method: 'GET', path: '/gdc/account/token', kind: 'status', status: 503, times: 3 })
    const main = await env.job.uses({ with: inputs(env) })
    expect(main.exitCode).toBe(1)
    expect(main.errors[0]).toMatch(/^Flex Insights token failed: HTTP 503/)
    expect(env.emu.liveSessions()).toHaveLength(1)
    const [post] = await env.job.runPosts()
    expect(post.stdout).toContain('Logged out of Flex Insights')
    expect(env.emu.liveSessions()).toEqual([])
  })

  it('a session that is already gone is reported, not warned about', async () => {
    env = await setup()
    await env.job.uses({ with: inputs(env) })
    env.emu.expireSessions()
    const [post] = await env.job.runPosts()
    expect(post.exitCode).toBe(0)
    expect(post.warnings).toEqual([])
    expect(post.stdout).toContain('Flex Insights logout not needed')
    expect(post.stdout).toContain('the server says the session had already ended')
  })

  it('a logout that keeps failing is a warning, never a failure or a hang', async () => {
    env = await setup()
    await env.job.uses({ with: inputs(env, { 'request-timeout': '1', 'max-attempts': '2' }) })
    env.emu.inject({ method: 'DELETE', path: /^\/gdc\/account\/login\//, kind: 'hang', times: Infinity })
    const [post] = await env.job.runPosts()
    expect(post.exitCode).toBe(0)
    expect(post.durationMs).toBeLessThan(30_000)
    expect(post.warnings[0]).toMatch(
      /^Could not log out of Flex Insights \(profile \w+\): Flex Insights logout failed: no complete response within 1 s \(after 2 attempts\)/
    )
  })
})

describe('proxies', () => {
  // A CONNECT proxy on loopback that refuses every tunnel and records what it was asked.
  async function connectProxy(): Promise<{ url: string; seen: string[]; close: () => Promise<void> }> {
    const seen: string[] = []
    const server = net.createServer(socket => {
      socket.once('data', chunk => {
        seen.push(chunk.toString('latin1').split('\r\n')[0])
        socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n')
      })
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as net.AddressInfo
    return { url: `http://127.0.0.1:${port}`, seen, close: () => new Promise(resolve => server.close(() => resolve())) }
  }

  it('https requests go through https_proxy, except for no_proxy hosts', async () => {
    env = await setup()
    const proxy = await connectProxy()
    try {
      const via = await env.job.uses({
        with: inputs(env, { 'api-url': 'https://analytics.flex.test', 'max-attempts': '1' }),
        env: { https_proxy: proxy.url, no_proxy: '' }
      })
      expect(via.exitCode).toBe(1)
      expect(proxy.seen).toEqual(['CONNECT analytics.flex.test:443 HTTP/1.1'])
      expect(via.errors[0]).toMatch(/^Flex Insights login failed: network error/)

      const bypass = await env.job.uses({
        with: inputs(env, { 'api-url': 'https://analytics.flex.test', 'max-attempts': '1' }),
        env: { https_proxy: proxy.url, no_proxy: 'analytics.flex.test' }
      })
      expect(bypass.exitCode).toBe(1)
      expect(proxy.seen).toHaveLength(1)
    } finally {
      await proxy.close()
    }
  })
})

describe('start-up cost', () => {
  it('main, a refresh by flex-insights and post never load undici: they run from a copy of the action without it', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'fia-no-undici-'))
    try {
      cpSync(join(REPO_ROOT, 'action.yml'), join(copy, 'action.yml'))
      cpSync(join(REPO_ROOT, 'dist'), join(copy, 'dist'), { recursive: true })
      const chunks = readdirSync(join(copy, 'dist')).filter(f =>
        readFileSync(join(copy, 'dist', f), 'utf8').includes("diagnosticsChannel.channel('undici:")
      )
      expect(chunks).toHaveLength(1)
      rmSync(join(copy, 'dist', chunks[0]))

      env = await setup({ loginReturnsTt: false })
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
