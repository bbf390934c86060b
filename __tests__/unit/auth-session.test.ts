import nock from 'nock'
import { describe, expect, it } from '@jest/globals'

const { HttpSession } = await import('../../src/http-session.js')
const { FlexInsightsClient } = await import('../../src/flex-insights-client.js')
const { AuthSession } = await import('../../src/auth-session.js')
const { isTtFresh, MIN_TT_VALIDITY_MS } = await import('../../src/token-times.js')

const API = 'https://api.flex.test'
const T0 = Date.parse('2026-01-01T00:00:00Z')
const TT_CHALLENGE = { 'WWW-Authenticate': 'GoodData realm="GoodData API" cookie=GDCAuthTT' }
const SST_CHALLENGE = { 'WWW-Authenticate': 'GoodData realm="GoodData API" cookie=GDCAuthSST location=/gdc/account/login' }

function session(ttAgeMs: number | undefined, now = T0) {
  const http = new HttpSession({ apiUrl: API, timeoutMs: 2000, maxAttempts: 2, maxRetryWaitMs: 0 }, { sleep: async () => undefined })
  const record = {
    apiUrl: API,
    profileId: 'p1',
    sst: 'SST',
    mode: 'header' as const,
    login: 'a@b.c',
    tt: ttAgeMs === undefined ? undefined : 'TT-old',
    ttIssuedAt: ttAgeMs === undefined ? undefined : now - ttAgeMs,
    timeoutMs: 2000,
    maxAttempts: 2,
    maxRetryWaitMs: 0
  }
  return { s: new AuthSession(new FlexInsightsClient(http, () => undefined), record, () => now), http, record }
}


describe('token freshness', () => {
  it('a TT is fresh while it has at least a minute left', () => {
    expect(isTtFresh({ tt: 'x', ttIssuedAt: T0 }, T0 + 9 * 60_000)).toBe(true)
    expect(isTtFresh({ tt: 'x', ttIssuedAt: T0 }, T0 + 9 * 60_000 + 1)).toBe(false)
    expect(isTtFresh({ tt: undefined, ttIssuedAt: T0 }, T0)).toBe(false)
    expect(isTtFresh({ tt: 'x', ttIssuedAt: undefined }, T0)).toBe(false)
    expect(MIN_TT_VALIDITY_MS).toBe(60_000)
    // a short server lifetime: the margin shrinks to half of it
    expect(isTtFresh({ tt: 'x', ttIssuedAt: T0, ttLifetimeMs: 4000 }, T0 + 2000)).toBe(true)
    expect(isTtFresh({ tt: 'x', ttIssuedAt: T0, ttLifetimeMs: 4000 }, T0 + 2001)).toBe(false)
  })

  it('token() reuses a fresh TT without a request and refreshes a stale one', async () => {
    const fresh = session(60_000)
    expect(await fresh.s.token()).toEqual({ tt: 'TT-old', refreshed: false })
    expect(fresh.http.requestCount).toBe(0)
    nock(API).get('/gdc/account/token').reply(200, { userToken: { token: 'TT-new' } })
    const stale = session(9.5 * 60_000)
    expect(await stale.s.token()).toEqual({ tt: 'TT-new', refreshed: true })
    expect(stale.record).toMatchObject({ tt: 'TT-new', ttIssuedAt: T0 })
  })
})

describe('logout', () => {
  it('with a fresh saved TT: one request', async () => {
    const scope = nock(API, { reqheaders: { cookie: 'GDCAuthTT=TT-old', 'X-GDC-AuthSST': 'SST' } }).delete('/gdc/account/login/p1').reply(204)
    const { s, http } = session(5 * 60_000)
    expect(await s.logout()).toEqual({ ended: true })
    expect(scope.isDone()).toBe(true)
    expect(http.requestCount).toBe(1)
  })

  it('with an expired TT: refreshes first, two requests', async () => {
    const scope = nock(API)
      .get('/gdc/account/token')
      .reply(200, { userToken: { token: 'TT-new' } })
      .delete('/gdc/account/login/p1')
      .matchHeader('cookie', 'GDCAuthTT=TT-new')
      .reply(204)
    const { s, http } = session(30 * 60_000)
    expect(await s.logout()).toEqual({ ended: true })
    expect(scope.isDone()).toBe(true)
    expect(http.requestCount).toBe(2)
  })

  it('on a TT challenge: refreshes once and retries', async () => {
    const scope = nock(API)
      .delete('/gdc/account/login/p1')
      .reply(401, '{"error":{"code":401,"message":"Authorization Required"}}', TT_CHALLENGE)
      .get('/gdc/account/token')
      .reply(200, { userToken: { token: 'TT-new' } })
      .delete('/gdc/account/login/p1')
      .matchHeader('cookie', 'GDCAuthTT=TT-new')
      .reply(204)
    const { s } = session(1000)
    expect(await s.logout()).toEqual({ ended: true })
    expect(scope.isDone()).toBe(true)
  })

  it('a second TT challenge means the session already ended; no third attempt', async () => {
    const scope = nock(API)
      .delete('/gdc/account/login/p1')
      .times(2)
      .reply(401, '', TT_CHALLENGE)
      .get('/gdc/account/token')
      .reply(200, { userToken: { token: 'TT-new' } })
    const { s, http } = session(1000)
    const outcome = await s.logout()
    expect(outcome.ended).toBe(false)
    expect(scope.isDone()).toBe(true)
    expect(http.requestCount).toBe(3)
  })

  it('SST challenge on the refresh: already logged out, reported not thrown', async () => {
    nock(API).get('/gdc/account/token').reply(401, '', SST_CHALLENGE)
    const { s } = session(undefined)
    expect(await s.logout()).toEqual({ ended: false, reason: 'the session had already ended (logged out or expired)' })
  })

  it('SST challenge during the refresh after a TT challenge: already gone', async () => {
    nock(API).delete('/gdc/account/login/p1').reply(401, '', TT_CHALLENGE).get('/gdc/account/token').reply(401, '', SST_CHALLENGE)
    const { s } = session(1000)
    expect((await s.logout()).ended).toBe(false)
  })

  it.each([
    [404, '{"error":{"message":"User wasn\'t log out.(doesn\'t exists)"}}'],
    [400, '{"error":{"message":"User %s is not logged in","parameters":["p1"]}}']
  ])('HTTP %i "not logged in": already gone', async (status, body) => {
    nock(API).delete('/gdc/account/login/p1').reply(status, body)
    const { s } = session(1000)
    expect((await s.logout()).ended).toBe(false)
  })

  it('other failures throw with details', async () => {
    nock(API).delete('/gdc/account/login/p1').reply(400, '{"error":{"message":"Something else"}}')
    const { s } = session(1000)
    await expect(s.logout()).rejects.toThrow('Flex Insights logout failed: HTTP 400: "Something else"')
    nock(API).delete('/gdc/account/login/p1').times(2).reply(503)
    await expect(session(1000).s.logout()).rejects.toThrow(/HTTP 503.*after 2 attempts/)
  })

  it('token-call failures other than a dead SST propagate', async () => {
    nock(API).get('/gdc/account/token').times(2).reply(500)
    await expect(session(undefined).s.logout()).rejects.toThrow(/token failed: HTTP 500/)
    nock(API).delete('/gdc/account/login/p1').reply(401, '', TT_CHALLENGE).get('/gdc/account/token').times(2).reply(502)
    await expect(session(1000).s.logout()).rejects.toThrow(/token failed: HTTP 502/)
  })
})

describe('deleteProfile', () => {
  it('deletes with SST and a TT', async () => {
    const scope = nock(API, { reqheaders: { 'X-GDC-AuthSST': 'SST' } }).delete('/gdc/account/profile/p1').reply(204)
    await session(1000).s.deleteProfile()
    expect(scope.isDone()).toBe(true)
  })
  it('fails clearly when the session is gone or the server refuses', async () => {
    nock(API).get('/gdc/account/token').reply(401, '', SST_CHALLENGE)
    await expect(session(undefined).s.deleteProfile()).rejects.toThrow(/delete-profile failed: the session has ended/)
    nock(API).delete('/gdc/account/profile/p1').reply(403, '{"error":{"message":"Can be accessed only by domain admin"}}')
    await expect(session(1000).s.deleteProfile()).rejects.toThrow(/HTTP 403: "Can be accessed only by domain admin".*Only the logged-in user/)
  })
})
