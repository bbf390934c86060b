import nock from 'nock'
import zlib from 'node:zlib'
import { describe, expect, it } from '@jest/globals'
import {
  API,
  LOGIN,
  LOGIN_BODY,
  PASSWORD,
  PROFILE,
  SST,
  SST_CHALLENGE,
  testClock,
  TT,
  TT2,
  TT_CHALLENGE
} from '../../fixtures.js'

const { AccountClient, challengeOf } = await import('../../../src/api/account.js')
const { Secrets } = await import('../../../src/api/secrets.js')
const { Transport } = await import('../../../src/api/transport.js')

function client() {
  const masked: string[] = []
  const secrets = new Secrets(v => masked.push(v))
  const transport = new Transport(
    { apiUrl: API, timeoutMs: 2000, maxAttempts: 2, maxRetryWaitMs: 0 },
    { clock: testClock(), redact: t => secrets.redact(t) }
  )
  return { account: new AccountClient(transport, secrets), masked, transport }
}

describe('login', () => {
  it('header mode: verify_level 2, SST from the body, TT from its header; both masked', async () => {
    const { account, masked } = client()
    nock(API)
      .post('/gdc/account/login', { postUserLogin: { login: LOGIN, password: PASSWORD, remember: 0, verify_level: 2 } })
      .reply(200, LOGIN_BODY, { 'X-GDC-AuthSST': SST, 'X-GDC-AuthTT': TT })
    expect(await account.login(LOGIN, PASSWORD, 'header')).toEqual({
      profileId: PROFILE,
      sst: SST,
      tt: TT,
      problem: undefined
    })
    expect(masked).toEqual([SST, TT, `GDCAuthTT=${TT}`])
  })

  it('cookie mode: verify_level 0, tokens from Set-Cookie, even in a gzip answer (recorded)', async () => {
    const { account } = client()
    const body = zlib.gzipSync(
      JSON.stringify({
        userLogin: { profile: `/gdc/account/profile/${PROFILE}`, state: `/gdc/account/login/${PROFILE}` }
      })
    )
    nock(API)
      .post('/gdc/account/login', b => b.postUserLogin.verify_level === 0)
      .reply(200, body, {
        'Content-Encoding': 'gzip',
        'Content-Type': 'application/json;charset=UTF-8',
        'Set-Cookie': [
          `GDCAuthTT=${TT}; Path=/gdc; Secure; HttpOnly`,
          `GDCAuthSST=${SST}; Path=/gdc/account; Secure; HttpOnly`
        ]
      })
    expect(await account.login(LOGIN, PASSWORD, 'cookie')).toMatchObject({ profileId: PROFILE, sst: SST, tt: TT })
  })

  it('a wrong password: the server message, the hint, one request', async () => {
    const { account, transport } = client()
    nock(API)
      .post('/gdc/account/login')
      .reply(401, '{"component":"Webapp","message":"Bad Login or Password!","parameters":[]}', {
        'WWW-Authenticate': 'GoodData realm="GoodData API"'
      })
    await expect(account.login(LOGIN, PASSWORD, 'header')).rejects.toThrow(
      new RegExp(
        String.raw`^Flex Insights login failed: HTTP 401: "Bad Login or Password!" \[request id \S+\]\. Check ` +
          String.raw`the login and password secrets`
      )
    )
    expect(transport.requestCount).toBe(1)
  })

  it('a TT that could split a header or smuggle a cookie: refused, masked first; the SST comes back', async () => {
    const { account, masked } = client()
    nock(API).post('/gdc/account/login').reply(200, LOGIN_BODY, { 'X-GDC-AuthTT': 'abc; GDCAuthSST=forged' })
    const answer = await account.login(LOGIN, PASSWORD, 'header')
    expect(answer.sst).toBe(SST)
    expect(answer.tt).toBeUndefined()
    expect(answer.problem?.message).toMatch(
      /the Temporary Token contains characters that cannot travel in a header or a cookie/
    )
    expect(answer.problem?.message).not.toContain('forged')
    expect(masked).toContain('abc; GDCAuthSST=forged')
  })

  it.each([
    ['..', 'the profile id is not letters, digits, - and _'],
    ['abc\n::warning::forged', 'the profile id is not letters, digits, - and _']
  ])('a profile id of %j is a problem; the message never repeats it', async (id, why) => {
    const { account } = client()
    nock(API)
      .post('/gdc/account/login')
      .reply(200, { userLogin: { profile: `/gdc/account/profile/${id}`, token: SST } })
    const answer = await account.login(LOGIN, PASSWORD, 'header')
    expect(answer.problem?.message).toContain(why)
    expect(answer.problem?.message).not.toContain('forged')
  })

  it('an SST with a ; is refused outright; so is an answer without one', async () => {
    const { account } = client()
    nock(API)
      .post('/gdc/account/login')
      .reply(200, { userLogin: { profile: `/gdc/account/profile/${PROFILE}`, token: 'x; GDCAuthTT=forged' } })
    await expect(account.login(LOGIN, PASSWORD, 'header')).rejects.toThrow(
      'the Super Secured Token contains characters'
    )
    nock(API)
      .post('/gdc/account/login')
      .reply(200, { userLogin: { profile: `/gdc/account/profile/${PROFILE}` } })
    await expect(account.login(LOGIN, PASSWORD, 'header')).rejects.toThrow('no Super Secured Token in the response')
  })

  it('a body that is not JSON says so without quoting it', async () => {
    const { account } = client()
    nock(API).post('/gdc/account/login').reply(200, '<html>captive portal</html>', { 'X-GDC-AuthSST': SST })
    await expect(account.login(LOGIN, PASSWORD, 'header')).rejects.toThrow(
      /unexpected response \(HTTP 200\): the body is not JSON.*Check that api-url points at the Flex Insights API/
    )
  })
})

describe('issueToken', () => {
  it('sends the SST (header mode: X-GDC-AuthSST; cookie mode: GDCAuthSST) and masks the TT', async () => {
    const { account, masked } = client()
    nock(API, { reqheaders: { 'x-gdc-authsst': SST } })
      .get('/gdc/account/token')
      .reply(200, { userToken: { token: TT } })
    expect(await account.issueToken(SST, 'header')).toBe(TT)
    nock(API, { reqheaders: { cookie: `GDCAuthSST=${SST}` }, badheaders: ['x-gdc-authsst'] })
      .get('/gdc/account/token')
      .reply(200, '', { 'Set-Cookie': `GDCAuthTT=${TT2}; Path=/gdc` })
    expect(await account.issueToken(SST, 'cookie')).toBe(TT2)
    expect(masked).toEqual([TT, `GDCAuthTT=${TT}`, TT2, `GDCAuthTT=${TT2}`])
  })

  it('only the SST challenge means the session is gone; another 401 is an error', async () => {
    const { account } = client()
    nock(API).get('/gdc/account/token').reply(401, '', SST_CHALLENGE)
    await expect(account.issueToken(SST, 'header')).rejects.toMatchObject({ kind: 'session-gone' })
    nock(API).get('/gdc/account/token').reply(401, '{"message":"nope"}', { 'WWW-Authenticate': 'Basic' })
    await expect(account.issueToken(SST, 'header')).rejects.toMatchObject({ kind: 'http', details: { status: 401 } })
  })

  it('a TT with a line break is refused', async () => {
    const { account } = client()
    nock(API)
      .get('/gdc/account/token')
      .reply(200, { userToken: { token: 'abc\r\nX-Injected: 1' } })
    await expect(account.issueToken(SST, 'header')).rejects.toThrow('the Temporary Token contains characters')
  })
})

describe('logout and deleteProfile', () => {
  it('header mode sends the SST header and the TT both as X-GDC-AuthTT and as the GDCAuthTT cookie', async () => {
    const { account } = client()
    const scope = nock(API, { reqheaders: { 'x-gdc-authsst': SST, 'x-gdc-authtt': TT, cookie: `GDCAuthTT=${TT}` } })
      .delete(`/gdc/account/login/${PROFILE}`)
      .reply(204)
      .delete(`/gdc/account/profile/${PROFILE}`)
      .reply(204)
    expect((await account.logout(PROFILE, SST, TT, 'header')).status).toBe(204)
    expect((await account.deleteProfile(PROFILE, SST, TT, 'header')).status).toBe(204)
    expect(scope.isDone()).toBe(true)
  })

  it('cookie mode sends both tokens as cookies only', async () => {
    const { account } = client()
    nock(API, {
      reqheaders: { cookie: `GDCAuthSST=${SST}; GDCAuthTT=${TT}` },
      badheaders: ['x-gdc-authsst', 'x-gdc-authtt']
    })
      .delete(`/gdc/account/login/${PROFILE}`)
      .reply(204)
    expect((await account.logout(PROFILE, SST, TT, 'cookie')).status).toBe(204)
  })

  it('a profile id that is not an id never reaches a path', async () => {
    const { account, transport } = client()
    expect(() => account.logout('..', SST, TT, 'header')).toThrow(
      'the saved profile id is not letters, digits, - and _'
    )
    expect(() => account.deleteProfile('a/b', SST, TT, 'header')).toThrow('profile id')
    expect(transport.requestCount).toBe(0)
  })
})

describe('challengeOf', () => {
  it('reads WWW-Authenticate only', () => {
    const header = (h: Record<string, string>) => ({ 'www-authenticate': h['WWW-Authenticate'] })
    expect(challengeOf({ status: 401, headers: header(TT_CHALLENGE) })).toBe('tt')
    expect(challengeOf({ status: 401, headers: header(SST_CHALLENGE) })).toBe('sst')
    expect(
      challengeOf({
        status: 401,
        headers: { 'www-authenticate': ['GoodData realm="GoodData API"', 'cookie=GDCAuthTT'] }
      })
    ).toBe('tt')
    expect(challengeOf({ status: 401, headers: {} })).toBe('other')
    expect(challengeOf({ status: 403, headers: header(TT_CHALLENGE) })).toBe('none')
  })
})
