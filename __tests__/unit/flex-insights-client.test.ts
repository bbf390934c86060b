import nock from 'nock'
import { describe, expect, it } from '@jest/globals'

const { HttpSession } = await import('../../src/http-session.js')
const { FlexInsightsClient, challengeOf, parseSetCookies } = await import('../../src/flex-insights-client.js')

const API = 'https://api.flex.test'
const PROFILE = '5ad80b895edcc438e5a4418e222733fa'
const LOGIN_BODY = {
  userLogin: { profile: `/gdc/account/profile/${PROFILE}`, state: `/gdc/account/login/${PROFILE}`, token: 'SST-body' }
}

function client(mode: { maxAttempts?: number } = {}) {
  const masked: string[] = []
  const http = new HttpSession(
    { apiUrl: API, timeoutMs: 2000, maxAttempts: mode.maxAttempts ?? 3, maxRetryWaitMs: 60_000 },
    { sleep: async () => undefined }
  )
  return { api: new FlexInsightsClient(http, s => masked.push(s)), masked, http }
}


describe('login', () => {
  it('header mode: verify_level 2, SST from the body, TT from X-GDC-AuthTT, all masked', async () => {
    const scope = nock(API)
      .post('/gdc/account/login', { postUserLogin: { login: 'a@b.c', password: 'pw', remember: 0, verify_level: 2 } })
      .reply(200, LOGIN_BODY, { 'X-GDC-AuthSST': 'SST-body', 'X-GDC-AuthTT': 'TT-1' })
    const { api, masked } = client()
    const result = await api.login('a@b.c', 'pw', 'header')
    expect(scope.isDone()).toBe(true)
    expect(result).toEqual({ profileId: PROFILE, sst: 'SST-body', tt: 'TT-1' })
    expect(masked).toEqual(['SST-body', 'SST-body', 'TT-1', 'GDCAuthTT=TT-1'])
  })

  it('header mode without X-GDC-AuthTT: no TT, so the caller needs the token call', async () => {
    nock(API).post('/gdc/account/login').reply(200, LOGIN_BODY)
    const { api } = client()
    expect(await api.login('a@b.c', 'pw', 'header')).toEqual({ profileId: PROFILE, sst: 'SST-body', tt: undefined })
  })

  it('header mode falls back to the X-GDC-AuthSST header when the body has no token', async () => {
    nock(API)
      .post('/gdc/account/login')
      .reply(200, { userLogin: { state: `/gdc/account/login/${PROFILE}` } }, { 'X-GDC-AuthSST': 'SST-h' })
    const { api, masked } = client()
    expect((await api.login('a@b.c', 'pw', 'header')).sst).toBe('SST-h')
    expect(masked).toContain('SST-h')
  })

  it('cookie mode: verify_level 0, tokens from Set-Cookie (protocol.md §2.3)', async () => {
    nock(API)
      .post('/gdc/account/login', body => body.postUserLogin.verify_level === 0)
      .reply(200, { userLogin: { profile: `/gdc/account/profile/${PROFILE}`, state: `/gdc/account/login/${PROFILE}` } }, {
        'Set-Cookie': ['GDCAuthTT=TT-c; Path=/gdc; Secure; HttpOnly', 'GDCAuthSST=SST-c; Path=/gdc/account; Secure; HttpOnly']
      })
    const { api, masked } = client()
    expect(await api.login('a@b.c', 'pw', 'cookie')).toEqual({ profileId: PROFILE, sst: 'SST-c', tt: 'TT-c' })
    expect(masked).toEqual(['SST-c', 'TT-c', 'GDCAuthTT=TT-c'])
  })

  it('wrong password: one request, the server message, the request id and what to do', async () => {
    const scope = nock(API)
      .post('/gdc/account/login')
      .reply(401, '{"component":"Webapp","message":"Bad Login or Password!","parameters":[]}', {
        'WWW-Authenticate': 'GoodData realm="GoodData API"',
        'X-GDC-REQUEST': 'rq:abc:srv'
      })
    const { api, http } = client()
    const error = await api.login('a@b.c', 'wrong', 'header').catch(e => e)
    expect(scope.isDone()).toBe(true)
    expect(http.requestCount).toBe(1)
    expect(error.message).toBe(
      'Flex Insights login failed: HTTP 401: "Bad Login or Password!" [request id rq:abc:srv]. Check the login and password secrets: the user needs direct (password) access to Flex Insights, a password obtained from Flex Insights Support. Not retried, because repeated invalid logins lock the account'
    )
  })

  it('5xx after all attempts: status, HTML title, attempts and advice', async () => {
    nock(API).post('/gdc/account/login').times(2).reply(502, '<html><head><title>502 Bad Gateway</title></head></html>', { 'Content-Type': 'text/html' })
    const { api } = client({ maxAttempts: 2 })
    const error = await api.login('a@b.c', 'pw', 'header').catch(e => e)
    expect(error.message).toMatch(/^Flex Insights login failed: HTTP 502: HTML error page "502 Bad Gateway" \(after 2 attempts\) \[request id [^\]]+\]\. Flex Insights is having trouble; try again later, or raise max-attempts$/)
    expect(error.message).not.toContain('<')
  })

  it('a 200 with broken JSON is a one-line protocol error, not a crash', async () => {
    nock(API).post('/gdc/account/login').reply(200, '{"userLogin":{"prof', { 'Content-Type': 'application/json' })
    const { api } = client()
    const error = await api.login('a@b.c', 'pw', 'header').catch(e => e)
    expect(error.kind).toBe('protocol')
    expect(error.message).toContain('unexpected response (HTTP 200): malformed JSON body (19 bytes)')
  })

  it('a 200 without a token or profile is a protocol error', async () => {
    nock(API).post('/gdc/account/login').reply(200, { userLogin: { profile: '/gdc/account/profile/x' } })
    nock(API).post('/gdc/account/login').reply(200, { userLogin: { token: 'S' } })
    const { api } = client()
    expect((await api.login('a', 'b', 'header').catch(e => e)).message).toContain('no Super Secured Token')
    expect((await api.login('a', 'b', 'header').catch(e => e)).message).toContain('no profile')
  })
})

describe('issueToken', () => {
  it('header mode: X-GDC-AuthSST, TT from the body, masked with its cookie form', async () => {
    nock(API, { reqheaders: { 'X-GDC-AuthSST': 'SST' } })
      .get('/gdc/account/token')
      .reply(200, { userToken: { token: 'TT-2' } }, { 'X-GDC-AuthTT': 'TT-2' })
    const { api, masked } = client()
    expect(await api.issueToken('SST', 'header')).toBe('TT-2')
    expect(masked).toEqual(['TT-2', 'GDCAuthTT=TT-2', 'TT-2', 'GDCAuthTT=TT-2'])
  })

  it('cookie mode: GDCAuthSST cookie; TT from Set-Cookie when the body is empty', async () => {
    nock(API, { reqheaders: { cookie: 'GDCAuthSST=SST' }, badheaders: ['x-gdc-authsst'] })
      .get('/gdc/account/token')
      .reply(200, '', { 'Set-Cookie': 'GDCAuthTT=TT-3; Path=/gdc' })
    const { api } = client()
    expect(await api.issueToken('SST', 'cookie')).toBe('TT-3')
  })

  it('401 SST challenge: the session is gone (not retried)', async () => {
    const scope = nock(API)
      .get('/gdc/account/token')
      .reply(401, '', { 'WWW-Authenticate': 'GoodData realm="GoodData API" cookie=GDCAuthSST location=/gdc/account/login' })
    const { api } = client()
    const error = await api.issueToken('dead', 'header').catch(e => e)
    expect(scope.isDone()).toBe(true)
    expect(error.kind).toBe('session-gone')
    expect(error.message).toContain('Flex Insights token failed: HTTP 401')
  })

  it('200 without a token is a protocol error; 500 is an http error', async () => {
    nock(API).get('/gdc/account/token').reply(200, { userToken: {} })
    nock(API).get('/gdc/account/token').reply(500, '{"error":{"message":"boom %s","parameters":["x"]}}')
    const { api } = client({ maxAttempts: 1 })
    expect((await api.issueToken('S', 'header').catch(e => e)).message).toContain('no Temporary Token')
    expect((await api.issueToken('S', 'header').catch(e => e)).message).toContain('HTTP 500: "boom x"')
  })
})

describe('logout and deleteProfile', () => {
  it('send X-GDC-AuthSST and the TT cookie (header mode)', async () => {
    const scope = nock(API, { reqheaders: { 'X-GDC-AuthSST': 'SST', cookie: 'GDCAuthTT=TT' } })
      .delete(`/gdc/account/login/${PROFILE}`)
      .reply(204)
      .delete(`/gdc/account/profile/${PROFILE}`)
      .reply(204)
    const { api } = client()
    expect((await api.logout(PROFILE, 'SST', 'TT', 'header')).status).toBe(204)
    expect((await api.deleteProfile(PROFILE, 'SST', 'TT', 'header')).status).toBe(204)
    expect(scope.isDone()).toBe(true)
  })

  it('send both tokens as cookies (cookie mode)', async () => {
    const scope = nock(API, { reqheaders: { cookie: 'GDCAuthSST=SST; GDCAuthTT=TT' } }).delete(`/gdc/account/login/${PROFILE}`).reply(204)
    const { api } = client()
    await api.logout(PROFILE, 'SST', 'TT', 'cookie')
    expect(scope.isDone()).toBe(true)
  })
})

describe('helpers', () => {
  const res = (status: number, headers: Record<string, string | string[]>) => ({ status, headers, body: '', requestId: 'r', attempts: 1 })
  it('challengeOf reads WWW-Authenticate only', () => {
    expect(challengeOf(res(401, { 'www-authenticate': 'GoodData realm="GoodData API" cookie=GDCAuthTT' }))).toBe('tt')
    expect(challengeOf(res(401, { 'www-authenticate': 'GoodData realm="GoodData API" cookie=GDCAuthSST location=/gdc/account/login' }))).toBe('sst')
    expect(challengeOf(res(401, { 'www-authenticate': 'GoodData realm="GoodData API"' }))).toBe('other')
    expect(challengeOf(res(401, {}))).toBe('other')
    expect(challengeOf(res(200, { 'www-authenticate': 'cookie=GDCAuthTT' }))).toBe('none')
  })
  it('parseSetCookies skips cleared cookies and unquotes', () => {
    expect(
      parseSetCookies({
        'set-cookie': ['GDCAuthTT=; Max-Age=0; Path=/gdc', 'GDCAuthSST=""; Expires=Thu, 01-Jan-1970 00:00:10 GMT', 'A="b"; Path=/', 'junk']
      })
    ).toEqual({ A: 'b' })
  })
})
