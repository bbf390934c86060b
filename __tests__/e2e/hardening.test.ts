// The action against a hostile or broken server, a planted RUNNER_TEMP and tampered files:
// the SST must really die (or the user is told it may not have), no piece of a secret is ever
// printed, nothing from the server is used unchecked, and nothing is sent off the API URL.
import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { inputs, requests, perTest } from './harness.js'

const fresh = perTest()

type Answer = { status: number; headers: Record<string, string | string[]>; body?: string | Buffer }
const LOGOUT = /^\/gdc\/account\/login\/[^/]+$/
const TT_401: Answer = {
  status: 401,
  headers: { 'WWW-Authenticate': 'GoodData realm="GoodData API" cookie=GDCAuthTT' },
  body: ''
}
const REVOKE = 'The SST may still be valid for up to two weeks; change the password of this user to revoke it now.'

describe('the post step says what really happened', () => {
  it('the TT refused again after a successful refresh: a warning, and the session is indeed still alive', async () => {
    const env = await fresh()
    await env.job.uses({ with: inputs(env) })
    env.emu.inject({ method: 'DELETE', path: LOGOUT, kind: 'respond', times: 2, reply: () => TT_401 })
    const [post] = await env.job.runPosts()
    expect(post.exitCode).toBe(0)
    expect(post.warnings).toEqual([expect.stringContaining(`the server refused a freshly issued token. ${REVOKE}`)])
    expect(post.stdout).not.toContain('already ended')
    expect(env.emu.liveSessions()).toHaveLength(1)
    expect(requests(env).slice(1)).toEqual([
      'DELETE /gdc/account/login/{id} 401',
      'GET /gdc/account/token 200',
      'DELETE /gdc/account/login/{id} 401'
    ])
  })

  it('404 on the logout while the token call still works: a warning, not "already ended"', async () => {
    const env = await fresh()
    await env.job.uses({ with: inputs(env) })
    env.emu.inject({ method: 'DELETE', path: LOGOUT, kind: 'status', status: 404, body: 'json' })
    const [post] = await env.job.runPosts()
    expect(post.warnings).toEqual([expect.stringContaining(`while the session still issues tokens. ${REVOKE}`)])
    expect(env.emu.liveSessions()).toHaveLength(1)
  })

  it('the logout sends the TT as X-GDC-AuthTT and as the GDCAuthTT cookie; JSON Content-Type everywhere', async () => {
    const env = await fresh({ loginReturnsTt: false })
    await env.job.uses({ with: inputs(env) })
    await env.job.runPosts()
    const [login, token, logout] = env.emu.log
    expect(logout.headers['x-gdc-authtt']).toBeTruthy()
    expect(logout.headers.cookie).toBe(`GDCAuthTT=${String(logout.headers['x-gdc-authtt'])}`)
    expect(logout.headers['x-gdc-authsst']).toBeTruthy()
    for (const entry of [login, token, logout]) {
      expect(entry.headers['content-type']).toBe('application/json')
      expect(entry.headers.accept).toBe('application/json')
    }
    expect(login.encoding).toBe('gzip')
    expect(env.emu.liveSessions()).toEqual([])
  })

  it('the token call fails after login: the saved state holds no SST, and post logs out from the file', async () => {
    const env = await fresh({ loginReturnsTt: false })
    env.emu.inject({ method: 'GET', path: '/gdc/account/token', kind: 'status', status: 503, times: 3 })
    const main = await env.job.uses({ with: inputs(env) })
    expect(main.exitCode).toBe(1)
    const { ssts } = env.emu.issuedTokens()
    expect(Object.keys(main.state).sort()).toEqual(['isPost', 'logout', 'session-file'])
    for (const sst of ssts) expect(Object.values(main.state).join('\n')).not.toContain(sst)
    const [post] = await env.job.runPosts()
    expect(post.stdout).toContain('Logged out of Flex Insights')
    expect(env.emu.liveSessions()).toEqual([])
  })

  it('a tampered session file: a warning that says how to revoke, and nothing sent with the SST', async () => {
    const env = await fresh()
    const main = await env.job.uses({ with: inputs(env) })
    const file = main.outputs['session-file']
    const content = readFileSync(file, 'utf8').replace(/"profileId":"\w+"/, '"profileId":".."')
    writeFileSync(file, content)
    const before = env.emu.log.length
    const [post] = await env.job.runPosts()
    expect(post.warnings).toEqual([
      expect.stringContaining(`its profile id is not letters, digits, - and _. ${REVOKE}`)
    ])
    expect(env.emu.log.length).toBe(before)
    expect(env.emu.liveSessions()).toHaveLength(1)
  })

  it('a later step deletes the session folder: post says the SST may still be valid, and it is', async () => {
    const env = await fresh()
    await env.job.uses({ with: inputs(env) })
    expect((await env.job.run('rm -rf "$RUNNER_TEMP"/flex-insights-auth-*')).exitCode).toBe(0)
    const [post] = await env.job.runPosts()
    expect(post.warnings).toEqual([
      expect.stringMatching(
        /is gone \(did a later step delete it, or RUNNER_TEMP\?\), and the SST was kept nowhere else/
      )
    ])
    expect(post.warnings[0]).toContain(REVOKE)
    expect(env.emu.liveSessions()).toHaveLength(1)
  })
})

describe('no piece of a secret in any message', () => {
  it('a server that echoes the password (collapsed) and most of the SST into its errors', async () => {
    const password = 'Tr0ub4dor  &3 horse  battery'
    const env = await fresh({
      users: [{ login: 'ops@example.com', password }],
      loginReturnsTt: false,
      maxInvalidLogins: 99
    })
    // The login error quotes the password with its double spaces collapsed; the token error 30 SST characters.
    env.emu.inject({
      method: 'POST',
      path: '/gdc/account/login',
      kind: 'respond',
      reply: req => ({
        status: 400,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          error: {
            message: `Bad login: ${JSON.parse(req.body).postUserLogin.password.replace(/\s+/g, ' ')} is wrong`,
            parameters: []
          }
        })
      })
    })
    const failed = await env.job.uses({ with: inputs(env, { login: 'ops@example.com', password }) })
    expect(failed.errors[0]).toMatch(/^Flex Insights login failed: HTTP 400: "Bad login: \*\*\* is wrong"/)

    env.emu.inject({
      method: 'GET',
      path: '/gdc/account/token',
      kind: 'transform',
      times: 3,
      edit: (_answer, req) => ({
        status: 500,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          error: { message: `Session ${String(req.headers['x-gdc-authsst']).slice(3, 33)} is broken`, parameters: [] }
        })
      })
    })
    const main = await env.job.uses({
      with: inputs(env, { login: 'ops@example.com', password, 'env-prefix': 'FI_OPS' })
    })
    expect(main.errors[0]).toMatch(
      /^Flex Insights token failed: HTTP 500: "Session \*\*\* is broken" \(after 3 attempts\)/
    )
    env.emu.clearFaults()
    await env.job.runPosts()
    expect(env.emu.liveSessions()).toEqual([])
  })
})
