// The main step in-process with the real @actions/core (FakeRunner): inputs, login, the session
// file, what is published and summarised, the reports input, and failures as one line.
import nock from 'nock'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { API, LOGIN_BODY, PASSWORD, PROFILE, record, SST, T0, testClock, TT, TT2, WORKSPACE } from '../../fixtures.js'
import { FakeRunner } from './fake-runner.js'
import { expectNoLeak, INPUTS } from './steps.js'

const main = await import('../../../src/action/main.js')

afterEach(() => FakeRunner.restoreAll())

describe('main', () => {
  it('one round trip: masks, then state, the session file, outputs, env vars, a summary and one line', async () => {
    const runner = new FakeRunner(INPUTS)
    const scope = nock(API)
      .post('/gdc/account/login')
      .reply(200, LOGIN_BODY, { 'X-GDC-AuthSST': SST, 'X-GDC-AuthTT': TT })
    await main.run({ clock: testClock() })
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
    const runner = new FakeRunner({ ...INPUTS, workspace: WORKSPACE })
    nock(API)
      .post('/gdc/account/login')
      .reply(200, LOGIN_BODY)
      .get('/gdc/account/token')
      .matchHeader('x-gdc-authsst', SST)
      .reply(200, { userToken: { token: TT2 } })
    await main.run({ clock: testClock() })
    expect(runner.read('OUTPUT').token).toBe(TT2)
    expect(runner.read('ENV').FLEX_INSIGHTS_WORKSPACE).toBe(WORKSPACE)
    expect(runner.out).toContain('in 2 request(s)')
  })

  it('the session is saved before the token call, so post can end it after a failure', async () => {
    const runner = new FakeRunner({ ...INPUTS, 'max-attempts': '1' })
    nock(API)
      .post('/gdc/account/login')
      .reply(200, LOGIN_BODY)
      .get('/gdc/account/token')
      .reply(500, '{"error":{"message":"down"}}')
    await main.run({ clock: testClock() })
    expect(process.exitCode).toBe(1)
    expect(runner.commands('error')).toEqual([expect.stringMatching(/^Flex Insights token failed: HTTP 500: "down"/)])
    const saved = runner.read('STATE')['session-file']
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({ sst: SST, profileId: PROFILE })
    expect(Object.values(runner.read('STATE')).join()).not.toContain(SST)
    expect(runner.read('OUTPUT')).toEqual({})
  })

  it('a login answer with a forged TT: the session is saved, then the step fails clearly', async () => {
    const runner = new FakeRunner(INPUTS)
    nock(API).post('/gdc/account/login').reply(200, LOGIN_BODY, { 'X-GDC-AuthTT': 'x; GDCAuthSST=forged' })
    await main.run({ clock: testClock() })
    expect(runner.commands('error')[0]).toMatch(
      /the Temporary Token contains characters that cannot travel in a header or a cookie/
    )
    expect(JSON.parse(readFileSync(runner.read('STATE')['session-file'], 'utf8'))).toMatchObject({ sst: SST })
    expect(runner.read('OUTPUT')).toEqual({})
    expect(runner.visible).not.toContain('forged')
  })

  it('bad inputs: one error naming each, nothing sent, nothing saved but the step marker', async () => {
    const runner = new FakeRunner({ ...INPUTS, 'api-url': 'http://example.com', 'max-attempts': 'x' })
    await main.run({ clock: testClock() })
    expect(runner.commands('error')).toEqual([
      expect.stringMatching(
        /^Invalid inputs:\n- Input "api-url" must use https:\/\/.*\n- Input "max-attempts" must be a whole number/s
      )
    ])
    expect(runner.read('STATE')).toEqual({ isPost: 'true' })
  })
})

describe('main: the reports input', () => {
  const RESULT = `/gdc/projects/${WORKSPACE}/execute/raw/ab12?q=x`
  const CSV = '"a"\r\n"1"\r\n'

  it('reports: each into output-dir, the files output, a summary row; a failure fails the step after all', async () => {
    const runner = new FakeRunner({ ...INPUTS, workspace: WORKSPACE, reports: '248\n249', 'max-attempts': '1' })
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
    await main.run({ clock: testClock() })
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
    const runner = new FakeRunner({ ...INPUTS, workspace: WORKSPACE, 'list-reports': 'true' })
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
    await main.run({ clock: testClock() })
    expect(runner.summary).toContain('| 248 | b08a2c8ca8f4 | &lt;b&gt;Agents&lt;/b&gt; | 2026-01-01 |')
  })
})
