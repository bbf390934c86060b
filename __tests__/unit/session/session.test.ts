import nock from 'nock'
import { describe, expect, it } from '@jest/globals'
import {
  API,
  LOGIN,
  PROFILE,
  record,
  SST,
  SST_CHALLENGE,
  T0,
  testClock,
  TT,
  TT2,
  TT_CHALLENGE
} from '../../fixtures.js'

const { AccountClient } = await import('../../../src/api/account.js')
const { Secrets } = await import('../../../src/api/secrets.js')
const { Transport } = await import('../../../src/api/transport.js')
const { Session, checkRecord } = await import('../../../src/session/session.js')

function restore(over = {}, now = T0) {
  const transport = new Transport(
    { apiUrl: API, timeoutMs: 2000, maxAttempts: 2, maxRetryWaitMs: 0 },
    { clock: testClock() }
  )
  const clock = { ...testClock(now), sleep: async () => undefined }
  return { session: Session.restore(new AccountClient(transport, new Secrets()), record(over), clock), transport }
}

const LOGOUT = `/gdc/account/login/${PROFILE}`

describe('Session', () => {
  it('from a login answer: the TT counts from when the login was sent', () => {
    const transport = new Transport({ apiUrl: API, timeoutMs: 1000, maxAttempts: 1, maxRetryWaitMs: 0 })
    const session = Session.fromLogin(
      new AccountClient(transport, new Secrets()),
      { profileId: PROFILE, sst: SST, tt: TT },
      { login: LOGIN, authMode: 'header', ttLifetimeMs: 600_000, sentAt: T0 }
    )
    expect(session.toRecord()).toEqual(record())
  })

  it('token(): the kept TT while fresh, else one refresh, kept for next time', async () => {
    const { session } = restore({}, T0 + 9.5 * 60_000)
    nock(API)
      .get('/gdc/account/token')
      .reply(200, { userToken: { token: TT2 } })
    expect(await session.token()).toBe(TT2)
    expect(await session.token()).toBe(TT2)
    expect(session.toRecord()).toMatchObject({ tt: TT2, ttIssuedAt: T0 + 9.5 * 60_000 })
    expect(await restore({}, T0 + 60_000).session.token()).toBe(TT)
  })

  it('refresh(stale): a new TT unless someone already replaced the stale one', async () => {
    const { session } = restore()
    nock(API)
      .get('/gdc/account/token')
      .reply(200, { userToken: { token: TT2 } })
    expect(await session.refresh(TT)).toBe(TT2)
    expect(await session.refresh(TT)).toBe(TT2)
  })
})

describe('logout: "already ended" only when the server says the SST is dead', () => {
  it('204 with the fresh TT: logged out, one request', async () => {
    const { session, transport } = restore()
    nock(API).delete(LOGOUT).matchHeader('x-gdc-authtt', TT).reply(204)
    expect(await session.logout()).toEqual({ kind: 'logged-out' })
    expect(transport.requestCount).toBe(1)
  })

  it('expired TT: refresh first, then logout', async () => {
    const { session, transport } = restore({}, T0 + 3600_000)
    nock(API)
      .get('/gdc/account/token')
      .reply(200, { userToken: { token: TT2 } })
      .delete(LOGOUT)
      .matchHeader('x-gdc-authtt', TT2)
      .reply(204)
    expect(await session.logout()).toEqual({ kind: 'logged-out' })
    expect(transport.requestCount).toBe(2)
  })

  it('TT challenge on the DELETE: refresh and once more', async () => {
    const { session } = restore()
    nock(API)
      .delete(LOGOUT)
      .reply(401, '', TT_CHALLENGE)
      .get('/gdc/account/token')
      .reply(200, { userToken: { token: TT2 } })
      .delete(LOGOUT)
      .matchHeader('x-gdc-authtt', TT2)
      .reply(204)
    expect(await session.logout()).toEqual({ kind: 'logged-out' })
  })

  it('the SST challenge on the token call: already ended', async () => {
    const { session } = restore({}, T0 + 3600_000)
    nock(API).get('/gdc/account/token').reply(401, '', SST_CHALLENGE)
    expect(await session.logout()).toEqual({ kind: 'already-ended' })
  })

  it('TT challenge again after a successful refresh: failed, and the SST is known to be alive', async () => {
    const { session } = restore()
    nock(API)
      .delete(LOGOUT)
      .times(2)
      .reply(401, '', TT_CHALLENGE)
      .get('/gdc/account/token')
      .reply(200, { userToken: { token: TT2 } })
    expect(await session.logout()).toEqual({
      kind: 'failed',
      alive: true,
      reason: expect.stringMatching(
        /^Flex Insights logout failed: HTTP 401.*the server refused a freshly issued token$/
      )
    })
  })

  it('404 on the DELETE while the token call still works: failed, alive', async () => {
    const { session } = restore()
    nock(API)
      .delete(LOGOUT)
      .reply(404, '{"error":{"message":"not found"}}')
      .get('/gdc/account/token')
      .reply(200, { userToken: { token: TT2 } })
    expect(await session.logout()).toEqual({
      kind: 'failed',
      alive: true,
      reason: expect.stringContaining('while the session still issues tokens')
    })
  })

  it('400 "not logged in" and the token call says the SST is dead: already ended', async () => {
    const { session } = restore()
    nock(API)
      .delete(LOGOUT)
      .reply(400, '{"error":{"message":"User is not logged in"}}')
      .get('/gdc/account/token')
      .reply(401, '', SST_CHALLENGE)
    expect(await session.logout()).toEqual({ kind: 'already-ended' })
  })

  it('a 500, or no answer at all: failed, alive unknown', async () => {
    const { session } = restore()
    nock(API).delete(LOGOUT).times(2).reply(500, '{"error":{"message":"boom"}}')
    expect(await session.logout()).toEqual({
      kind: 'failed',
      reason: expect.stringContaining('HTTP 500: "boom" (after 2 attempts)')
    })
    const other = restore().session
    nock(API)
      .delete(LOGOUT)
      .times(2)
      .replyWithError(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))
    expect(await other.logout()).toEqual({
      kind: 'failed',
      reason: expect.stringContaining('network error ECONNREFUSED')
    })
  })
})

describe('deleteProfile', () => {
  it('deletes with SST and a fresh TT; a dead session says to log in again', async () => {
    const { session } = restore()
    nock(API).delete(`/gdc/account/profile/${PROFILE}`).reply(204)
    await session.deleteProfile()
    const gone = restore({}, T0 + 3600_000).session
    nock(API).get('/gdc/account/token').reply(401, '', SST_CHALLENGE)
    await expect(gone.deleteProfile()).rejects.toMatchObject({ kind: 'session-gone' })
  })

  it('403 is reported with its hint', async () => {
    const { session } = restore()
    nock(API).delete(`/gdc/account/profile/${PROFILE}`).reply(403, '{"error":{"message":"no"}}')
    await expect(session.deleteProfile()).rejects.toThrow('Only the logged-in user can delete their own profile')
  })
})

describe('checkRecord: a saved record is checked field by field', () => {
  it.each([
    [{ profileId: '..' }, 'profile id'],
    [{ profileId: 'a\nb' }, 'profile id'],
    [{ sst: 'x; GDCAuthTT=forged' }, 'session token'],
    [{ sst: undefined }, 'session token'],
    [{ authMode: 'both' }, 'auth mode'],
    [{ login: 7 }, 'no login']
  ])('%j is refused', (over, why) => {
    expect(() => checkRecord({ ...record(), ...over })).toThrow(why)
  })

  it('drops a malformed cached TT instead of refusing the session', () => {
    expect(checkRecord({ ...record(), tt: 'a\r\nb' })).toEqual({
      ...record(),
      tt: undefined,
      ttIssuedAt: undefined,
      ttLifetimeMs: 600_000
    })
    expect(checkRecord({ ...record(), ttLifetimeMs: -1 }).ttLifetimeMs).toBe(600_000)
  })
})
