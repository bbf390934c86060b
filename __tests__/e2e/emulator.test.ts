// The emulator itself, against the recorded shapes (docs/protocol.md), so the end-to-end suite
// stands on a faithful server.
import { afterEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import zlib from 'node:zlib'
import { startEmulator, DEMO_LOGIN, DEMO_PASSWORD, DEMO_WORKSPACE } from '../../scripts/emulator.mjs'
import type { Emulator } from './harness.js'

// Answers of the emulator, read loosely: the assertions say what their shape must be.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

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
    expect(((await viaHeader.json()) as { userToken: { token: string } }).userToken.token).toBe(
      viaHeader.headers.get('x-gdc-authtt')
    )
    const viaCookie = await fetch(`${emu.url}/gdc/account/token`, { headers: { Cookie: `GDCAuthSST=${sst}` } })
    expect(viaCookie.headers.get('set-cookie')).toMatch(/^GDCAuthTT=/)
    const dead = await fetch(`${emu.url}/gdc/account/token`, { headers: { 'X-GDC-AuthSST': 'bogus' } })
    expect(dead.status).toBe(401)
    expect(dead.headers.get('www-authenticate')).toBe(
      'GoodData realm="GoodData API" cookie=GDCAuthSST location=/gdc/account/login'
    )
    expect(dead.headers.get('set-cookie')).toBe(
      'GDCAuthSST=""; Expires=Thu, 01-Jan-1970 00:00:10 GMT; Path=/gdc/account; Secure'
    )
    expect(await dead.text()).toBe('')
  })

  it('logout: expired TT gets the TT challenge (F5), wrong profile a 400, success kills SST and TTs', async () => {
    emu = await startEmulator({
      users: [
        { login: 'a@x.io', password: 'pa' },
        { login: 'b@x.io', password: 'pb' }
      ]
    })
    const a = await login(2, 'pa', 'a@x.io')
    const sst = a.headers.get('x-gdc-authsst') as string
    const tt = a.headers.get('x-gdc-authtt') as string
    const other = emu.profileIdOf('b@x.io')
    const mine = emu.profileIdOf('a@x.io')
    const del = (id: string | undefined, cookieTt: string) =>
      fetch(`${emu.url}/gdc/account/login/${id}`, {
        method: 'DELETE',
        headers: { 'X-GDC-AuthSST': sst, Cookie: `GDCAuthTT=${cookieTt}` }
      })
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
    emu = await startEmulator({
      users: [
        { login: 'a@x.io', password: 'pa' },
        { login: 'b@x.io', password: 'pb' }
      ]
    })
    const tt = (await login(2, 'pa', 'a@x.io')).headers.get('x-gdc-authtt') as string
    const forbidden = await fetch(`${emu.url}/gdc/account/profile/${emu.profileIdOf('b@x.io')}`, {
      headers: { Cookie: `GDCAuthTT=${tt}` }
    })
    expect(forbidden.status).toBe(403)
    expect(((await forbidden.json()) as { error: { errorCode: string } }).error.errorCode).toBe(
      'gdc.security.authorization'
    )
    const missing = await fetch(`${emu.url}/gdc/nothing/here`)
    expect(missing.status).toBe(404)
    expect(await missing.json()).toMatchObject({
      error: { message: 'Resource %s not found', parameters: ['/gdc/nothing/here'] }
    })
    emu.inject({ path: '/gdc/nothing/here', kind: 'latency', ms: 300 })
    const started = Date.now()
    await fetch(`${emu.url}/gdc/nothing/here`)
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
    expect(emu.log.map(e => e.outcome)).toEqual(['logged-in', 'forbidden', 'not-found', 'not-found'])
  })

  it('workspaces: paged like the platform (offset, limit, totalCount, next)', async () => {
    emu = await startEmulator({ pageSize: 2, workspaces: [{ id: 'w1' }, { id: 'w2' }, { id: 'w3', title: 'Three' }] })
    const tt = (await login(2)).headers.get('x-gdc-authtt') as string
    const id = emu.profileIdOf(DEMO_LOGIN)
    const get = (path: string): Promise<Json> =>
      fetch(`${emu.url}${path}`, { headers: { Cookie: `GDCAuthTT=${tt}` } }).then(r => r.json())
    const first = await get(`/gdc/account/profile/${id}/projects?offset=0&limit=100`)
    expect(first.projects.paging).toEqual({
      offset: 0,
      limit: 2,
      count: 2,
      totalCount: 3,
      next: `/gdc/account/profile/${id}/projects?offset=2&limit=2`
    })
    expect(first.projects.items[0].project.links.self).toBe('/gdc/projects/w1')
    const last = await get(first.projects.paging.next)
    expect(last.projects.items.map((i: { project: { meta: { title: string } } }) => i.project.meta.title)).toEqual([
      'Three'
    ])
    expect(last.projects.paging.next).toBeUndefined()
  })

  it('reports and identifiers: the metadata query shape; unknown workspace 404; no TT, the TT challenge', async () => {
    emu = await startEmulator()
    const tt = (await login(2)).headers.get('x-gdc-authtt') as string
    const headers = { Cookie: `GDCAuthTT=${tt}` }
    const query = (await (await fetch(`${emu.url}/gdc/md/${DEMO_WORKSPACE}/query/reports`, { headers })).json()) as Json
    expect(query.query.meta.category).toBe('MD::Query::Object')
    expect(query.query.entries[0]).toMatchObject({
      link: `/gdc/md/${DEMO_WORKSPACE}/obj/1001`,
      identifier: 'aBcDeFgH1001',
      category: 'report'
    })
    const ids = await fetch(`${emu.url}/gdc/md/${DEMO_WORKSPACE}/identifiers`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ identifierToUri: ['aBcDeFgH1002', 'nope'] })
    })
    expect(await ids.json()).toEqual({
      identifiers: [{ identifier: 'aBcDeFgH1002', uri: `/gdc/md/${DEMO_WORKSPACE}/obj/1002` }]
    })
    expect((await fetch(`${emu.url}/gdc/md/nope/query/reports`, { headers })).status).toBe(404)
    const noTt = await fetch(`${emu.url}/gdc/md/${DEMO_WORKSPACE}/query/reports`)
    expect([noTt.status, noTt.headers.get('www-authenticate')]).toEqual([
      401,
      'GoodData realm="GoodData API" cookie=GDCAuthTT'
    ])
  })

  it('raw export: 201 with Location and uri, 202 until ready, then the CSV; gzip as one member', async () => {
    emu = await startEmulator({
      workspaces: [
        {
          id: DEMO_WORKSPACE,
          reports: [
            { id: '7', rows: 9000, pending: 1, title: 'Agents' },
            { id: '8', empty: true }
          ]
        }
      ]
    })
    const tt = (await login(2)).headers.get('x-gdc-authtt') as string
    const headers = { Cookie: `GDCAuthTT=${tt}` }
    const start = (id: string) =>
      fetch(`${emu.url}/gdc/app/projects/${DEMO_WORKSPACE}/execute/raw`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ report_req: { report: `/gdc/md/${DEMO_WORKSPACE}/obj/${id}` } })
      })
    const started = await start('7')
    const { uri } = (await started.json()) as Json
    expect(started.status).toBe(201)
    expect(started.headers.get('location')).toBe(uri)
    expect(uri).toMatch(new RegExp(`^/gdc/projects/${DEMO_WORKSPACE}/execute/raw/[0-9a-f]+\\?q=[^&]+&c=\\S+$`))
    const pending = await fetch(`${emu.url}${uri}`, { headers })
    expect([pending.status, await pending.json()]).toEqual([202, { uri }])
    const ready = await fetch(`${emu.url}${uri}`, { headers: { ...headers, 'Accept-Encoding': 'identity' } })
    expect(ready.status).toBe(200)
    expect(ready.headers.get('content-type')).toBe('text/csv')
    expect(ready.headers.get('content-disposition')).toBe(
      `attachment; filename="Agents.csv"; filename*=UTF-8''Agents.csv`
    )
    const body = Buffer.from(await ready.arrayBuffer())
    expect(body.equals(emu.csv(DEMO_WORKSPACE, '7'))).toBe(true)
    expect(body.toString().split('\r\n')[0]).toBe('"Date","Agent","Queue","Conversations","Handle time"')
    // fetch() would decode the gzip body itself: node:http hands over the bytes on the wire.
    const raw = await new Promise<Buffer>((resolve, reject) => {
      http
        .get(new URL(`${emu.url}${uri}`), { headers: { ...headers, 'Accept-Encoding': 'gzip' } }, res => {
          const chunks: Buffer[] = []
          res.on('data', c => chunks.push(c))
          res.on('end', () => resolve(Buffer.concat(chunks)))
        })
        .on('error', reject)
    })
    expect(zlib.gunzipSync(raw).equals(body)).toBe(true)
    const empty = await fetch(`${emu.url}${((await (await start('8')).json()) as Json).uri}`, { headers })
    expect(empty.status).toBe(204)
    expect((await start('999')).status).toBe(400)
  })
})
