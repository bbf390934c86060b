import nock from 'nock'
import { afterEach, describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { FakeRunner } from './fake-runner.js'

const { main } = await import('../../src/main.js')
const { post } = await import('../../src/post.js')
const { run } = await import('../../src/run.js')
const { writeSessionFile } = await import('../../src/session-file.js')
const { startMain } = await import('../../src/early-start.js')

const API = 'https://api.flex.test'
const PROFILE = 'abc123'
const T0 = Date.parse('2026-01-01T00:00:00Z')
const INPUTS = { login: 'ana@example.com', password: 'pa55-w0rd', 'api-url': API }
const LOGIN_BODY = { userLogin: { profile: `/gdc/account/profile/${PROFILE}`, state: `/gdc/account/login/${PROFILE}`, token: 'SST-1' } }
const deps = (now = T0) => ({ sleep: async () => undefined, now: () => now, random: () => 0.5 })

let runner: FakeRunner
afterEach(() => {
  runner.restore()
})

const SECRETS = ['pa55-w0rd', 'SST-1', 'TT-1', 'TT-2']
function expectNoLeak(r: FakeRunner) {
  for (const s of SECRETS) expect(r.visible).not.toContain(s)
  for (const s of SECRETS) expect(r.summary).not.toContain(s)
}

describe('main', () => {
  it('one round trip: masks, then outputs, env vars, state, summary and one line', async () => {
    runner = new FakeRunner(INPUTS)
    const scope = nock(API).post('/gdc/account/login').reply(200, LOGIN_BODY, { 'X-GDC-AuthSST': 'SST-1', 'X-GDC-AuthTT': 'TT-1' })
    await main(deps())
    expect(scope.isDone()).toBe(true)
    expect(process.exitCode).toBeUndefined()
    expect(runner.commands('add-mask')).toEqual(['pa55-w0rd', 'SST-1', 'TT-1', 'GDCAuthTT=TT-1'])
    const masksEnd = runner.out.lastIndexOf('::add-mask::')
    expect(runner.out.indexOf('Logged in')).toBeGreaterThan(masksEnd)
    expect(runner.read('OUTPUT')).toEqual({
      token: 'TT-1',
      cookie: 'GDCAuthTT=TT-1',
      'profile-id': PROFILE,
      'expires-at': '2026-01-01T00:10:00.000Z',
      'api-url': API,
      'session-file': expect.stringMatching(/flex-insights-auth\/session-[0-9a-f]+\.json$/)
    })
    expect(runner.read('ENV')).toEqual({
      FLEX_INSIGHTS_TT: 'TT-1',
      FLEX_INSIGHTS_COOKIE: 'GDCAuthTT=TT-1',
      FLEX_INSIGHTS_API_URL: API,
      FLEX_INSIGHTS_PROFILE_ID: PROFILE,
      FLEX_INSIGHTS_TT_EXPIRES_AT: '2026-01-01T00:10:00.000Z',
      FLEX_INSIGHTS_SESSION_FILE: runner.read('OUTPUT')['session-file']
    })
    const state = runner.read('STATE')
    expect(state.logout).toBe('true')
    expect(JSON.parse(state.session)).toMatchObject({ apiUrl: API, profileId: PROFILE, sst: 'SST-1', tt: 'TT-1', ttIssuedAt: T0, mode: 'header' })
    expect(state.session).not.toContain('pa55-w0rd')
    expect(runner.out).toContain(`Logged in to ${API} as ana@example.com (profile ${PROFILE}) in 1 request(s)`)
    expect(runner.summary).toContain('2026-01-01T00:10:00.000Z')
    expect(runner.summary).toContain('scheduled')
    expectNoLeak(runner)
  })

  it('two round trips when login carries no TT; export-env false; custom prefix unused', async () => {
    runner = new FakeRunner({ ...INPUTS, 'export-env': 'false', 'env-prefix': 'EU' })
    nock(API).post('/gdc/account/login').reply(200, LOGIN_BODY).get('/gdc/account/token').matchHeader('X-GDC-AuthSST', 'SST-1').reply(200, { userToken: { token: 'TT-2' } })
    await main(deps())
    expect(runner.read('OUTPUT').token).toBe('TT-2')
    expect(runner.read('ENV')).toEqual({})
    expect(runner.out).toContain('in 2 request(s)')
    expectNoLeak(runner)
  })

  it('saves the session before the token call, so post can log out after a failure', async () => {
    runner = new FakeRunner({ ...INPUTS, 'max-attempts': '1' })
    nock(API).post('/gdc/account/login').reply(200, LOGIN_BODY).get('/gdc/account/token').reply(500, '{"error":{"message":"down"}}')
    await expect(main(deps())).rejects.toThrow('Flex Insights token failed: HTTP 500: "down"')
    expect(JSON.parse(runner.read('STATE').session)).toMatchObject({ sst: 'SST-1', profileId: PROFILE })
    expect(runner.read('OUTPUT')).toEqual({})
  })

  it('the login is on the wire before main (and @actions/core) runs; its log lines wait for core', async () => {
    runner = new FakeRunner({ ...INPUTS, 'max-attempts': '2' })
    const scope = nock(API)
      .post('/gdc/account/login')
      .reply(503)
      .post('/gdc/account/login')
      .reply(200, LOGIN_BODY, { 'X-GDC-AuthSST': 'SST-1', 'X-GDC-AuthTT': 'TT-1' })
    const early = startMain(deps())
    if (!early.ok) throw new Error('inputs should be valid')
    await early.written
    await early.login
    expect(scope.isDone()).toBe(true)
    expect(runner.out).not.toContain('retrying') // buffered until core is there
    await main(deps(), early)
    expect(runner.out).toContain('Flex Insights login: HTTP 503, retrying in 0.8 s (attempt 2/2)')
    expect(runner.out.indexOf('retrying')).toBeLessThan(runner.out.indexOf('Logged in'))
  })

  it('bad input: fails before any request', async () => {
    runner = new FakeRunner({ ...INPUTS, 'api-url': 'http://example.com' })
    await expect(main(deps())).rejects.toThrow('Input "api-url" must use https://')
    expect(runner.read('STATE')).toEqual({})
  })
})

describe('post', () => {
  const record = (over: Record<string, unknown> = {}) =>
    JSON.stringify({
      apiUrl: API,
      profileId: PROFILE,
      sst: 'SST-1',
      mode: 'header',
      login: 'ana@example.com',
      tt: 'TT-1',
      ttIssuedAt: T0,
      timeoutMs: 2000,
      maxAttempts: 2,
      maxRetryWaitMs: 0,
      ...over
    })

  it('does nothing, quietly, when login never succeeded', async () => {
    runner = new FakeRunner(INPUTS, { isPost: 'true' })
    await post(deps())
    expect(runner.visible.replace(/::debug::.*\n?/g, '')).toBe('')
  })

  it('logs out with the saved TT while it is fresh (one request)', async () => {
    runner = new FakeRunner(INPUTS, { session: record(), logout: 'true' })
    const scope = nock(API).delete(`/gdc/account/login/${PROFILE}`).matchHeader('cookie', 'GDCAuthTT=TT-1').reply(204)
    await post(deps(T0 + 5 * 60_000))
    expect(scope.isDone()).toBe(true)
    expect(runner.out).toContain(`Logged out of Flex Insights (profile ${PROFILE}) in 1 request(s)`)
    expectNoLeak(runner)
  })

  it('refreshes an expired TT first (two requests)', async () => {
    runner = new FakeRunner(INPUTS, { session: record(), logout: 'true' })
    const scope = nock(API)
      .get('/gdc/account/token')
      .reply(200, { userToken: { token: 'TT-2' } })
      .delete(`/gdc/account/login/${PROFILE}`)
      .matchHeader('cookie', 'GDCAuthTT=TT-2')
      .reply(204)
    await post(deps(T0 + 60 * 60_000))
    expect(scope.isDone()).toBe(true)
    expect(runner.commands('add-mask')).toEqual(['SST-1', 'TT-1', 'TT-2', 'GDCAuthTT=TT-2'])
    expect(runner.out).toContain('in 2 request(s)')
  })

  it('logout: false says the session stays open for up to two weeks, and sends nothing', async () => {
    runner = new FakeRunner(INPUTS, { session: record(), logout: 'false' })
    await post(deps())
    expect(runner.out).toContain('logout: false, so the Flex Insights session of profile abc123 was left open: its SST stays valid for up to two weeks')
  })

  it('already logged out: reported, not a warning', async () => {
    runner = new FakeRunner(INPUTS, { session: record(), logout: 'true' })
    nock(API).get('/gdc/account/token').reply(401, '', { 'WWW-Authenticate': 'GoodData realm="GoodData API" cookie=GDCAuthSST location=/gdc/account/login' })
    await post(deps(T0 + 60 * 60_000))
    expect(runner.out).toContain('Flex Insights logout not needed for profile abc123: the session had already ended')
    expect(runner.commands('warning')).toEqual([])
  })

  it('other failures become a warning with the details; the step does not fail', async () => {
    runner = new FakeRunner(INPUTS, { session: record(), logout: 'true' })
    nock(API).delete(`/gdc/account/login/${PROFILE}`).times(2).reply(503, '<html><title>Service Unavailable</title></html>', { 'Content-Type': 'text/html' })
    await post(deps(T0))
    const [warning] = runner.commands('warning')
    expect(warning).toMatch(/^Could not log out of Flex Insights \(profile abc123\): Flex Insights logout failed: HTTP 503: HTML error page "Service Unavailable" \(after 2 attempts\)/)
    expect(warning).toContain('The SST stays valid until it expires')
    expect(process.exitCode).toBeUndefined()
    expectNoLeak(runner)
  })

  it('prefers the fresher TT of the session file, and removes the file afterwards', async () => {
    runner = new FakeRunner(INPUTS, { session: record(), logout: 'true' })
    const file = path.join(runner.dir, 'session.json')
    writeSessionFile(file, { ...JSON.parse(record({ tt: 'TT-2', ttIssuedAt: T0 + 30 * 60_000 })), version: 1 })
    process.env['STATE_session-file'] = file
    const scope = nock(API).delete(`/gdc/account/login/${PROFILE}`).matchHeader('cookie', 'GDCAuthTT=TT-2').reply(204)
    await post(deps(T0 + 31 * 60_000))
    expect(scope.isDone()).toBe(true)
    expect(fs.existsSync(file)).toBe(false)
  })

  it('stays quiet when the flex-insights command already ended the session', async () => {
    runner = new FakeRunner(INPUTS, { session: record(), logout: 'true' })
    const file = path.join(runner.dir, 'session.json')
    writeSessionFile(file, { ...JSON.parse(record()), version: 1, loggedOut: true })
    process.env['STATE_session-file'] = file
    await post(deps())
    expect(runner.out).toContain('was already ended by the flex-insights command; nothing to do')
    expect(fs.existsSync(file)).toBe(false)
  })

  it('ignores an unreadable session file and logs out from the saved state', async () => {
    runner = new FakeRunner(INPUTS, { session: record(), logout: 'true' })
    const file = path.join(runner.dir, 'session.json')
    fs.writeFileSync(file, 'garbage')
    process.env['STATE_session-file'] = file
    const scope = nock(API).delete(`/gdc/account/login/${PROFILE}`).reply(204)
    await post(deps())
    expect(scope.isDone()).toBe(true)
  })

  it('ignores a corrupt saved session', async () => {
    runner = new FakeRunner(INPUTS, { session: '{not json', logout: 'true' })
    await post(deps())
    expect(runner.commands('warning')).toEqual([])
  })
})

describe('run(main, post)', () => {
  it('runs main and marks the state for post; failures set the exit code with the message only', async () => {
    runner = new FakeRunner({})
    await run(async () => {
      throw new TypeError('boom')
    }, async () => undefined)
    expect(runner.read('STATE')).toEqual({ isPost: 'true' })
    expect(process.exitCode).toBe(1)
    expect(runner.commands('error')).toEqual(['Unexpected error: boom'])
  })

  it('runs post when STATE_isPost is set; a throw becomes a warning', async () => {
    runner = new FakeRunner({}, { isPost: 'true' })
    let mainRan = false
    await run(async () => {
      mainRan = true
    }, async () => {
      throw new Error('post broke')
    })
    expect(mainRan).toBe(false)
    expect(process.exitCode).toBeUndefined()
    expect(runner.commands('warning')).toEqual(['Flex Insights post step: Unexpected error: post broke'])
  })

  it('input errors keep their own message', async () => {
    runner = new FakeRunner({ login: 'a' })
    await run(() => main(deps()), async () => undefined)
    expect(runner.commands('error')[0]).toMatch(/^Input "password" is required/)
  })
})
