import nock from 'nock'
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  API,
  LOGIN_BODY,
  PASSWORD,
  PROFILE,
  record,
  SST,
  SST_CHALLENGE,
  T0,
  testClock,
  TT,
  TT2,
  TT_CHALLENGE,
  WORKSPACE,
  fileContent
} from '../../fixtures.js'
import { FakeRunner } from './fake-runner.js'

const { startMain, startPost, earlySources } = await import('../../../src/action/early.js')
const { coreSources } = await import('../../../src/action/core-sources.js')
const { runMain } = await import('../../../src/action/main.js')
const { runPost } = await import('../../../src/action/post.js')
const { describeError } = await import('../../../src/action/failure.js')
const { createSessionFolder, writeSessionFile } = await import('../../../src/session/session-file.js')

const INPUTS = { login: 'ana@example.com', password: PASSWORD, 'api-url': API }
const SECRETS = [PASSWORD, SST, TT, TT2]

let runner: FakeRunner
afterEach(() => runner.restore())

function expectNoLeak(r: FakeRunner) {
  for (const s of SECRETS) {
    expect(r.visible).not.toContain(s)
    expect(r.visible).not.toContain(s.slice(2, 12))
    expect(r.summary).not.toContain(s)
  }
}

/** Sources as the runner gives them before core loads, with a clock that never waits. */
const early = (now = T0) => ({ ...earlySources(process.env), clock: { ...testClock(now) } })

describe('main', () => {
  it('one round trip: masks, then state, the session file, outputs, env vars, a summary and one line', async () => {
    runner = new FakeRunner(INPUTS)
    const scope = nock(API)
      .post('/gdc/account/login')
      .reply(200, LOGIN_BODY, { 'X-GDC-AuthSST': SST, 'X-GDC-AuthTT': TT })
    await runMain(startMain(early()))
    expect(scope.isDone()).toBe(true)
    expect(process.exitCode).toBeUndefined()
    expect(runner.commands('add-mask')).toEqual([PASSWORD, SST, TT, `GDCAuthTT=${TT}`])
    const outputs = runner.read('OUTPUT')
    expect(outputs).toEqual({
      token: TT,
      cookie: `GDCAuthTT=${TT}`,
      'profile-id': PROFILE,
      'expires-at': '2026-01-01T00:10:00.000Z',
      'api-url': API,
      'session-file': expect.stringMatching(/\/flex-insights-auth-\w+\/session-[0-9a-f]+\.json$/)
    })
    const file = outputs['session-file']
    expect(statSync(dirname(file)).mode & 0o777).toBe(0o700)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      version: 1,
      apiUrl: API,
      sst: SST,
      tt: TT,
      ttIssuedAt: T0
    })
    expect(runner.read('ENV')).toEqual({
      FLEX_INSIGHTS_TT: TT,
      FLEX_INSIGHTS_COOKIE: `GDCAuthTT=${TT}`,
      FLEX_INSIGHTS_PROFILE_ID: PROFILE,
      FLEX_INSIGHTS_TT_EXPIRES_AT: '2026-01-01T00:10:00.000Z',
      FLEX_INSIGHTS_API_URL: API,
      FLEX_INSIGHTS_SESSION_FILE: file
    })
    // The SST is in the private file only: the runner's saved state holds its path.
    expect(runner.read('STATE')).toEqual({ isPost: 'true', logout: 'true', 'session-file': file })
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ ...record(), ttMasked: true })
    expect(runner.out).toContain(`Logged in to ${API} as ana@example.com (profile ${PROFILE}) in 1 request(s)`)
    expect(runner.out.indexOf('Logged in')).toBeGreaterThan(runner.out.lastIndexOf('::add-mask::'))
    expect(runner.summary).toContain(`| ${API} | ${PROFILE} | 2026-01-01T00:10:00.000Z | scheduled |`)
    expectNoLeak(runner)
  })

  it('two round trips when the login carries no TT; the workspace goes to env', async () => {
    runner = new FakeRunner({ ...INPUTS, workspace: WORKSPACE })
    nock(API)
      .post('/gdc/account/login')
      .reply(200, LOGIN_BODY)
      .get('/gdc/account/token')
      .matchHeader('x-gdc-authsst', SST)
      .reply(200, { userToken: { token: TT2 } })
    await runMain(startMain(early()))
    expect(runner.read('OUTPUT').token).toBe(TT2)
    expect(runner.read('ENV').FLEX_INSIGHTS_WORKSPACE).toBe(WORKSPACE)
    expect(runner.out).toContain('in 2 request(s)')
  })

  it('the session is saved before the token call, so post can end it after a failure', async () => {
    runner = new FakeRunner({ ...INPUTS, 'max-attempts': '1' })
    nock(API)
      .post('/gdc/account/login')
      .reply(200, LOGIN_BODY)
      .get('/gdc/account/token')
      .reply(500, '{"error":{"message":"down"}}')
    await runMain(startMain(early()))
    expect(process.exitCode).toBe(1)
    expect(runner.commands('error')).toEqual([expect.stringMatching(/^Flex Insights token failed: HTTP 500: "down"/)])
    const saved = runner.read('STATE')['session-file']
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({ sst: SST, profileId: PROFILE })
    expect(Object.values(runner.read('STATE')).join()).not.toContain(SST)
    expect(runner.read('OUTPUT')).toEqual({})
  })

  it('a login answer with a forged TT: the session is saved, then the step fails clearly', async () => {
    runner = new FakeRunner(INPUTS)
    nock(API).post('/gdc/account/login').reply(200, LOGIN_BODY, { 'X-GDC-AuthTT': 'x; GDCAuthSST=forged' })
    await runMain(startMain(early()))
    expect(runner.commands('error')[0]).toMatch(
      /the Temporary Token contains characters that cannot travel in a header or a cookie/
    )
    expect(JSON.parse(readFileSync(runner.read('STATE')['session-file'], 'utf8'))).toMatchObject({ sst: SST })
    expect(runner.read('OUTPUT')).toEqual({})
    expect(runner.visible).not.toContain('forged')
  })

  it('the login is on the wire before core is used; its log lines wait for core', async () => {
    runner = new FakeRunner({ ...INPUTS, 'max-attempts': '2' })
    const scope = nock(API)
      .post('/gdc/account/login')
      .reply(503)
      .post('/gdc/account/login')
      .reply(200, LOGIN_BODY, { 'X-GDC-AuthTT': TT })
    const start = startMain(early())
    await start.transport?.written
    await start.login
    expect(scope.isDone()).toBe(true)
    expect(runner.out).not.toContain('retrying')
    await runMain(start)
    expect(runner.out).toContain('Flex Insights login: HTTP 503, retrying in 0.8 s (attempt 2/2)')
    expect(runner.out.indexOf('retrying')).toBeLessThan(runner.out.indexOf('Logged in'))
  })

  it('bad inputs: one error naming each, nothing sent, nothing saved but the step marker', async () => {
    runner = new FakeRunner({ ...INPUTS, 'api-url': 'http://example.com', 'max-attempts': 'x' })
    await runMain(startMain(early()))
    expect(runner.commands('error')).toEqual([
      expect.stringMatching(
        /^Invalid inputs:\n- Input "api-url" must use https:\/\/.*\n- Input "max-attempts" must be a whole number/s
      )
    ])
    expect(runner.read('STATE')).toEqual({ isPost: 'true' })
  })

  it('with @actions/core from the start (as under @github/local-action): inputs, masks and state go through core', async () => {
    runner = new FakeRunner(INPUTS)
    nock(API).post('/gdc/account/login').reply(200, LOGIN_BODY, { 'X-GDC-AuthTT': TT })
    await runMain(startMain({ ...coreSources(), clock: testClock() }))
    expect(runner.commands('add-mask')).toEqual([PASSWORD, SST, TT, `GDCAuthTT=${TT}`])
    expect(runner.read('OUTPUT').token).toBe(TT)
  })
})

describe('main: the reports input', () => {
  const RESULT = `/gdc/projects/${WORKSPACE}/execute/raw/ab12?q=x`
  const CSV = '"a"\r\n"1"\r\n'

  it('exports each report into output-dir, sets the files output and adds a summary row; a failure fails the step after all ran', async () => {
    runner = new FakeRunner({ ...INPUTS, workspace: WORKSPACE, reports: '248\n249', 'max-attempts': '1' })
    process.env.GITHUB_WORKSPACE = runner.dir
    nock(API)
      .post('/gdc/account/login')
      .reply(200, LOGIN_BODY, { 'X-GDC-AuthTT': TT })
      .post(`/gdc/app/projects/${WORKSPACE}/execute/raw`, b => b.report_req.report.endsWith('/248'))
      .reply(201, { uri: RESULT })
      .get(RESULT)
      .reply(200, CSV, { 'Content-Type': 'text/csv' })
      .post(`/gdc/app/projects/${WORKSPACE}/execute/raw`, b => b.report_req.report.endsWith('/249'))
      .reply(403, '{"error":{"message":"Forbidden"}}')
    await runMain(startMain(early()))
    expect(JSON.parse(runner.read('OUTPUT').files)).toEqual(['flex-insights-exports/report-248.csv'])
    expect(readFileSync(join(runner.dir, 'flex-insights-exports', 'report-248.csv'), 'utf8')).toBe(CSV)
    expect(runner.summary).toContain('| 248 | ✅ written | flex-insights-exports/report-248.csv | 10 | 1 |')
    expect(runner.summary).toContain('| 249 | ❌ failed: Flex Insights export failed: HTTP 403: "Forbidden"')
    expect(runner.commands('error')).toEqual([
      expect.stringMatching(/^1 of 2 report export\(s\) failed:\n- report 249: Flex Insights export failed: HTTP 403/)
    ])
    expect(existsSync(runner.read('STATE')['session-file'])).toBe(true)
  })

  it('list-reports: the workspace reports in the summary, one request', async () => {
    runner = new FakeRunner({ ...INPUTS, workspace: WORKSPACE, 'list-reports': 'true' })
    nock(API)
      .post('/gdc/account/login')
      .reply(200, LOGIN_BODY, { 'X-GDC-AuthTT': TT })
      .get(`/gdc/md/${WORKSPACE}/query/reports`)
      .reply(200, {
        query: {
          entries: [
            {
              link: `/gdc/md/${WORKSPACE}/obj/248`,
              identifier: 'b08a2c8ca8f4',
              title: '<b>Agents</b>',
              updated: '2026-01-01'
            }
          ]
        }
      })
    await runMain(startMain(early()))
    expect(runner.summary).toContain('| 248 | b08a2c8ca8f4 | &lt;b&gt;Agents&lt;/b&gt; | 2026-01-01 |')
  })
})

describe('post', () => {
  /** Saved state as main leaves it: the path of a session file that holds `over`. */
  const state = (over: Record<string, unknown> = {}) => {
    const folder = createSessionFolder(process.env.RUNNER_TEMP ?? '/tmp')
    writeSessionFile(folder.file, fileContent(over))
    return { isPost: 'true', logout: 'true', 'session-file': folder.file }
  }
  const LOGOUT = `/gdc/account/login/${PROFILE}`

  it('nothing to do, quietly, when login never succeeded', async () => {
    runner = new FakeRunner(INPUTS, { isPost: 'true' })
    await runPost(startPost(early()))
    expect(runner.visible.replace(/::debug::.*\n?/g, '')).toBe('')
  })

  it('logs out with the saved TT while it is fresh: one request', async () => {
    runner = new FakeRunner(INPUTS, state())
    const scope = nock(API)
      .delete(LOGOUT)
      .matchHeader('x-gdc-authtt', TT)
      .matchHeader('cookie', `GDCAuthTT=${TT}`)
      .reply(204)
    await runPost(startPost(early(T0 + 60_000)))
    expect(scope.isDone()).toBe(true)
    expect(runner.out).toContain(
      `Logged out of Flex Insights (profile ${PROFILE}) in 1 request(s): the session's SST is no longer valid.`
    )
    expectNoLeak(runner)
  })

  it('the server says the SST is dead: "already ended", no warning', async () => {
    runner = new FakeRunner(INPUTS, state())
    nock(API).get('/gdc/account/token').reply(401, '', SST_CHALLENGE)
    await runPost(startPost(early(T0 + 3600_000)))
    expect(runner.out).toContain(
      `Flex Insights logout not needed for profile ${PROFILE}: the server says the session had already ended (logged out or expired).`
    )
    expect(runner.commands('warning')).toEqual([])
  })

  it('the TT refused again after a successful refresh: a warning that the SST may still be valid', async () => {
    runner = new FakeRunner(INPUTS, state())
    nock(API)
      .delete(LOGOUT)
      .times(2)
      .reply(401, '', TT_CHALLENGE)
      .get('/gdc/account/token')
      .reply(200, { userToken: { token: TT2 } })
    await runPost(startPost(early()))
    expect(runner.commands('warning')).toEqual([
      expect.stringMatching(
        /^Could not log out of Flex Insights \(profile \w+\): .*the server refused a freshly issued token\. The SST may still be valid for up to two weeks; change the password of this user to revoke it now\.$/
      )
    ])
    expect(process.exitCode).toBeUndefined()
    expectNoLeak(runner)
  })

  it('404 on the logout while the session still issues tokens: a warning, never "already ended"', async () => {
    runner = new FakeRunner(INPUTS, state())
    nock(API)
      .delete(LOGOUT)
      .reply(404, '{"error":{"message":"not found"}}')
      .get('/gdc/account/token')
      .reply(200, { userToken: { token: TT2 } })
    await runPost(startPost(early()))
    expect(runner.commands('warning')[0]).toContain('while the session still issues tokens')
    expect(runner.out).not.toContain('already ended')
  })

  it("uses this step's api-url, never the origin in the session file", async () => {
    runner = new FakeRunner(INPUTS, {})
    const saved = state({ apiUrl: 'https://evil.example.com', tt: TT2, ttIssuedAt: T0 })
    for (const [k, v] of Object.entries(saved)) process.env[`STATE_${k}`] = v
    const scope = nock(API).delete(LOGOUT).matchHeader('x-gdc-authtt', TT2).reply(204)
    await runPost(startPost(early()))
    expect(scope.isDone()).toBe(true)
    expect(existsSync(dirname(saved['session-file']))).toBe(false)
  })

  it.each([
    ['truncated', '{truncated', 'is not a Flex Insights Auth session file'],
    [
      'a bad profile id',
      JSON.stringify(fileContent({ profileId: '..' })),
      'its profile id is not letters, digits, - and _'
    ],
    [
      'a forged SST',
      JSON.stringify(fileContent({ sst: 'x; GDCAuthTT=forged' })),
      'its session token is missing or malformed'
    ]
  ])('an unusable session file (%s): a warning that says how to revoke it, nothing sent', async (_label, text, why) => {
    runner = new FakeRunner(INPUTS, {})
    const folder = createSessionFolder(runner.dir)
    writeFileSync(folder.file, text, { mode: 0o600 })
    process.env['STATE_session-file'] = folder.file
    process.env.STATE_isPost = 'true'
    await runPost(startPost(early()))
    expect(runner.commands('warning')).toEqual([expect.stringContaining(why)])
    expect(runner.commands('warning')[0]).toContain('change the password of this user to revoke it now')
    expect(runner.visible).not.toContain('forged')
  })

  it('a session file a later step deleted: the SST was kept nowhere else, so a warning says so', async () => {
    runner = new FakeRunner(INPUTS, {})
    const saved = state()
    rmSync(dirname(saved['session-file']), { recursive: true })
    for (const [k, v] of Object.entries(saved)) process.env[`STATE_${k}`] = v
    await runPost(startPost(early()))
    expect(runner.commands('warning')).toEqual([
      expect.stringMatching(
        /is gone \(did a later step delete it, or RUNNER_TEMP\?\), and the SST was kept nowhere else\. The SST may still be valid/
      )
    ])
  })

  it('the command already ended the session: nothing sent; logout: false: says the SST stays valid', async () => {
    runner = new FakeRunner(INPUTS, state({ loggedOut: true }))
    await runPost(startPost(early()))
    expect(runner.out).toContain(
      `The Flex Insights session of profile ${PROFILE} was already ended by the flex-insights command; nothing to do.`
    )
    runner.restore()
    runner = new FakeRunner(INPUTS, { ...state(), logout: 'false' })
    await runPost(startPost(early()))
    expect(runner.out).toContain(
      `logout: false, so the Flex Insights session of profile ${PROFILE} was left open: its SST stays valid for up to two weeks`
    )
  })
})

describe('describeError', () => {
  it('known errors keep their message; anything else is one line without a stack or a secret', () => {
    expect(describeError(new TypeError(`boom ${SST}`), t => t.replace(SST, '***'))).toBe('Unexpected error: boom ***')
  })
})
