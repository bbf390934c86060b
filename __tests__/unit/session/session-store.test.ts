import nock from 'nock'
import { rmSync } from 'node:fs'
import { afterEach, describe, expect, it } from '@jest/globals'
import { API, fileContent, PROFILE, privateFolder, SST, SST_CHALLENGE, T0, TT, TT2 } from '../../fixtures.js'

const { Secrets } = await import('../../../src/api/secrets.js')
const { silentLogger } = await import('../../../src/api/logger.js')
const { systemClock } = await import('../../../src/api/clock.js')
const { createSessionFolder, readSessionFile, writeSessionFile } = await import('../../../src/session/session-file.js')
const { Session } = await import('../../../src/session/session.js')
const { SessionEndedError } = await import('../../../src/session/session-store.js')

let temp: string
afterEach(() => rmSync(temp, { recursive: true, force: true }))

function stored(over: Record<string, unknown> = {}, now = T0) {
  temp = privateFolder()
  const { file } = createSessionFolder(temp)
  writeSessionFile(file, fileContent(over))
  const masked: string[] = []
  const open = () =>
    Session.open(file, {
      secrets: new Secrets(v => masked.push(v)),
      logger: silentLogger,
      clock: { ...systemClock, now: () => now }
    })
  return { file, masked, open }
}

describe('a session backed by its file', () => {
  it('masks what it reads; a fresh TT costs no request', async () => {
    const { open, masked } = stored()
    const session = open()
    expect(await session.token()).toBe(TT)
    expect(masked).toEqual([SST, TT, `GDCAuthTT=${TT}`])
    session.close()
  })

  it('parallel callers with a stale TT: one refresh, written back for the next process', async () => {
    const later = T0 + 3600_000
    const { open, file } = stored({}, later)
    const scope = nock(API)
      .get('/gdc/account/token')
      .once()
      .reply(200, { userToken: { token: TT2 } })
    const session = open()
    const tokens = await Promise.all(Array.from({ length: 8 }, () => session.token()))
    expect(new Set(tokens)).toEqual(new Set([TT2]))
    expect(scope.isDone()).toBe(true)
    expect(readSessionFile(file)).toMatchObject({ tt: TT2, ttIssuedAt: later })
    session.close()
  })

  it('a dead SST marks the file ended; the next open says so', async () => {
    const { open, file } = stored({}, T0 + 3600_000)
    nock(API).get('/gdc/account/token').reply(401, '', SST_CHALLENGE)
    const session = open()
    await expect(session.token()).rejects.toBeInstanceOf(SessionEndedError)
    expect(readSessionFile(file).loggedOut).toBe(true)
    expect(() => open()).toThrow(
      'the session has ended (logged out or expired); run the Flex Insights Auth action again to log in'
    )
    session.close()
  })

  it.each([
    ['http://analytics.example.com', 'must use https://'],
    ['https://user:pw@analytics.ytica.com', 'must not contain credentials']
  ])('refuses a file whose API URL is %s before sending anything', (apiUrl, why) => {
    const { open } = stored({ apiUrl })
    expect(() => open()).toThrow(`refusing to use this session file: its API URL ${why}`)
  })

  it('refuses a tampered record', () => {
    const { open } = stored({ profileId: '../x' })
    expect(() => open()).toThrow('its profile id is not letters, digits, - and _')
  })

  it('logout(): marks the file; a failed logout leaves it for the post step', async () => {
    const ok = stored()
    nock(API).delete(`/gdc/account/login/${PROFILE}`).reply(204)
    const session = ok.open()
    expect(await session.logout()).toEqual({ kind: 'logged-out' })
    expect(readSessionFile(ok.file).loggedOut).toBe(true)
    session.close()
    rmSync(temp, { recursive: true, force: true })

    const failing = stored({ maxAttempts: 1 })
    nock(API).delete(`/gdc/account/login/${PROFILE}`).reply(500, '{}')
    const other = failing.open()
    expect((await other.logout()).kind).toBe('failed')
    expect(readSessionFile(failing.file).loggedOut).toBeUndefined()
    other.close()
  })

  it('deleteProfile(): the confirmation check runs under the lock, before any request', async () => {
    const { open } = stored()
    const session = open()
    await expect(
      session.deleteProfile((login: string) => {
        throw new Error(`not ${login}`)
      })
    ).rejects.toThrow('not ana@example.com')
    session.close()
  })

  it('clamps settings out of range to the defaults', () => {
    const { open } = stored({ timeoutMs: -5, maxAttempts: 99, maxRetryWaitMs: 'x' })
    const session = open()
    expect(session.transport.settings).toEqual({
      apiUrl: API,
      timeoutMs: 30_000,
      maxAttempts: 3,
      maxRetryWaitMs: 60_000
    })
    session.close()
  })

  it('a refresh records whether its mask reached the runner; markMasked records that it has', async () => {
    const { open, file } = stored({ ttMasked: true }, T0 + 3600_000)
    nock(API)
      .get('/gdc/account/token')
      .reply(200, { userToken: { token: TT2 } })
    const session = open()
    expect(session.ttMasked).toBe(true)
    expect(await session.token()).toBe(TT2)
    expect(readSessionFile(file)).toMatchObject({ tt: TT2, ttMasked: false })
    expect(session.ttMasked).toBe(false)
    await session.markMasked(TT)
    expect(readSessionFile(file).ttMasked).toBe(false)
    await session.markMasked(TT2)
    expect(readSessionFile(file).ttMasked).toBe(true)
    session.close()
  })

  it('reads the 1.x name of the auth mode', () => {
    const { open } = stored({ authMode: undefined, mode: 'cookie' })
    const session = open()
    expect(session.authMode).toBe('cookie')
    session.close()
  })
})
