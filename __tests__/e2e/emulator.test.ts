// The emulator itself, against the recorded shapes of protocol.md, so the end-to-end suite
// stands on a faithful server.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startEmulator, DEMO_LOGIN, DEMO_PASSWORD, type Emulator } from '../../scripts/emulator.mjs'

let emu: Emulator
afterEach(() => emu.close())

const login = (verifyLevel: number, password = DEMO_PASSWORD, who = DEMO_LOGIN) =>
  fetch(`${emu.url}/gdc/account/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-GDC-REQUEST': 'client:abc' },
    body: JSON.stringify({ postUserLogin: { login: who, password, remember: 0, verify_level: verifyLevel } })
  })

describe('emulator', () => {
  it('verify_level 2: SST in the body and headers, TT header, request id echoed with a suffix (F1)', async () => {
    emu = await startEmulator()
    const res = await login(2)
    const body = (await res.json()) as { userLogin: { profile: string; state: string; token: string } }
    expect(res.status).toBe(200)
    expect(res.headers.get('x-gdc-request')).toMatch(/^client:abc:[\w-]{16}$/)
    expect(res.headers.get('x-gdc-authsst')).toBe(body.userLogin.token)
    expect(emu.isLiveTt(res.headers.get('x-gdc-authtt') as string)).toBe(true)
    expect(body.userLogin.state).toBe(body.userLogin.profile.replace('/profile/', '/login/'))
    expect(res.headers.get('set-cookie')).toBeNull()
  })

  it('verify_level 0: tokens only as cookies with the recorded attributes (F8)', async () => {
    emu = await startEmulator()
    const res = await login(0)
    const body = (await res.json()) as { userLogin: Record<string, string> }
    expect(Object.keys(body.userLogin).sort()).toEqual(['profile', 'state'])
    const cookies = res.headers.getSetCookie()
    expect(cookies[0]).toMatch(/^GDCAuthTT=[\w-]+; Path=\/gdc; Secure; HttpOnly$/)
    expect(cookies[1]).toMatch(/^GDCAuthSST=[\w-]+; Path=\/gdc\/account; Secure; HttpOnly$/)
  })

  it('wrong password: bare 401 body and realm-only challenge (F4); lock-out 429 with Retry-After', async () => {
    emu = await startEmulator({ maxInvalidLogins: 2, lockoutSeconds: 90 })
    const res = await login(2, 'nope')
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('GoodData realm="GoodData API"')
    expect(await res.text()).toBe('{"component":"Webapp","message":"Bad Login or Password!","parameters":[]}')
    await login(2, 'nope')
    const locked = await login(2)
    expect(locked.status).toBe(429)
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(80)
  })

  it('token: SST by header or cookie; dead SST gets the recorded challenge with an empty body (F2)', async () => {
    emu = await startEmulator()
    const sst = (await login(2)).headers.get('x-gdc-authsst') as string
    const viaHeader = await fetch(`${emu.url}/gdc/account/token`, { headers: { 'X-GDC-AuthSST': sst } })
    expect(((await viaHeader.json()) as { userToken: { token: string } }).userToken.token).toBe(viaHeader.headers.get('x-gdc-authtt'))
    const viaCookie = await fetch(`${emu.url}/gdc/account/token`, { headers: { Cookie: `GDCAuthSST=${sst}` } })
    expect(viaCookie.headers.get('set-cookie')).toMatch(/^GDCAuthTT=/)
    const dead = await fetch(`${emu.url}/gdc/account/token`, { headers: { 'X-GDC-AuthSST': 'bogus' } })
    expect(dead.status).toBe(401)
    expect(dead.headers.get('www-authenticate')).toBe('GoodData realm="GoodData API" cookie=GDCAuthSST location=/gdc/account/login')
    expect(dead.headers.get('set-cookie')).toBe('GDCAuthSST=""; Expires=Thu, 01-Jan-1970 00:00:10 GMT; Path=/gdc/account; Secure')
    expect(await dead.text()).toBe('')
  })

  it('logout: expired TT gets the TT challenge (F5), wrong profile a 400, success kills SST and TTs', async () => {
    emu = await startEmulator({ users: [{ login: 'a@x.io', password: 'pa' }, { login: 'b@x.io', password: 'pb' }] })
    const a = await login(2, 'pa', 'a@x.io')
    const sst = a.headers.get('x-gdc-authsst') as string
    const tt = a.headers.get('x-gdc-authtt') as string
    const other = emu.profileIdOf('b@x.io')
    const mine = emu.profileIdOf('a@x.io')
    const del = (id: string | undefined, cookieTt: string) =>
      fetch(`${emu.url}/gdc/account/login/${id}`, { method: 'DELETE', headers: { 'X-GDC-AuthSST': sst, Cookie: `GDCAuthTT=${cookieTt}` } })
    const stale = await del(mine, 'expired')
    expect(stale.status).toBe(401)
    expect(stale.headers.get('www-authenticate')).toBe('GoodData realm="GoodData API" cookie=GDCAuthTT')
    expect(stale.headers.get('set-cookie')).toMatch(/^GDCAuthTT=; Max-Age=0; /)
    expect(((await stale.json()) as { error: { message: string } }).error.message).toBe('Authorization Required')
    expect((await del(other, tt)).status).toBe(400)
    expect((await del(mine, tt)).status).toBe(204)
    expect(emu.isLiveSst(sst)).toBe(false)
    expect(emu.isLiveTt(tt)).toBe(false)
  })

  it("profile: 403 for someone else's, standard 404 for unknown paths, latency fault delays", async () => {
    emu = await startEmulator({ users: [{ login: 'a@x.io', password: 'pa' }, { login: 'b@x.io', password: 'pb' }] })
    const tt = (await login(2, 'pa', 'a@x.io')).headers.get('x-gdc-authtt') as string
    const forbidden = await fetch(`${emu.url}/gdc/account/profile/${emu.profileIdOf('b@x.io')}`, { headers: { Cookie: `GDCAuthTT=${tt}` } })
    expect(forbidden.status).toBe(403)
    expect(((await forbidden.json()) as { error: { errorCode: string } }).error.errorCode).toBe('gdc.security.authorization')
    const missing = await fetch(`${emu.url}/gdc/nothing/here`)
    expect(missing.status).toBe(404)
    expect((await missing.json()) as unknown).toMatchObject({ error: { message: 'Resource %s not found', parameters: ['/gdc/nothing/here'] } })
    emu.inject({ path: '/gdc/nothing/here', kind: 'latency', ms: 300 })
    const started = Date.now()
    await fetch(`${emu.url}/gdc/nothing/here`)
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
    expect(emu.log.map(e => e.outcome)).toEqual(['logged-in', 'forbidden', 'not-found', 'not-found'])
  })
})
