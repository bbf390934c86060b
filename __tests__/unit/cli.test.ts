import nock from 'nock'
import { mkdtempSync, rmSync, utimesSync, writeFileSync, closeSync, openSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'

const { runCli } = await import('../../src/cli.js')
const { writeSessionFile, readSessionFile, withSessionLock, newSessionFilePath, removeSessionFile, SessionFileError } = await import('../../src/session-file.js')

const API = 'https://api.flex.test'
const T0 = Date.parse('2026-01-01T00:00:00Z')
const SST_CHALLENGE = { 'WWW-Authenticate': 'GoodData realm="GoodData API" cookie=GDCAuthSST location=/gdc/account/login' }

let dir: string
let file: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-test-'))
  file = newSessionFilePath(dir)
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

function session(over: Record<string, unknown> = {}) {
  writeSessionFile(file, {
    version: 1,
    apiUrl: API,
    profileId: 'p1',
    sst: 'SST-1',
    mode: 'header',
    login: 'ana@example.com',
    tt: 'TT-1',
    ttIssuedAt: T0,
    timeoutMs: 2000,
    maxAttempts: 1,
    maxRetryWaitMs: 0,
    ...over
  })
}

async function cli(args: string[], env: Record<string, string> = {}, now = T0) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(args, {
    env: { FLEX_INSIGHTS_SESSION_FILE: file, ...env },
    stdout: t => out.push(t),
    stderr: t => err.push(t),
    now: () => now
  })
  return { code, stdout: out.join(''), stderr: err.join('') }
}

describe('token and cookie', () => {
  it('print the cached TT without a request; add-mask on stderr only inside Actions', async () => {
    session()
    expect(await cli(['token'])).toEqual({ code: 0, stdout: 'TT-1\n', stderr: '' })
    const inActions = await cli(['cookie'], { GITHUB_ACTIONS: 'true' })
    expect(inActions.stdout).toBe('GDCAuthTT=TT-1\n')
    expect(inActions.stderr).toBe('::add-mask::TT-1\n::add-mask::GDCAuthTT=TT-1\n')
  })

  it('refresh a stale TT once and save it atomically (mode 0600)', async () => {
    session()
    const scope = nock(API).get('/gdc/account/token').matchHeader('X-GDC-AuthSST', 'SST-1').reply(200, { userToken: { token: 'TT-2' } })
    const later = T0 + 9.5 * 60_000
    expect((await cli(['token'], {}, later)).stdout).toBe('TT-2\n')
    expect(scope.isDone()).toBe(true)
    expect(readSessionFile(file)).toMatchObject({ tt: 'TT-2', ttIssuedAt: later })
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect((await cli(['token'], {}, later + 1000)).stdout).toBe('TT-2\n')
  })

  it('--min-validity asks for a longer-lived token', async () => {
    session()
    nock(API).get('/gdc/account/token').reply(200, { userToken: { token: 'TT-2' } })
    expect((await cli(['token', '--min-validity', '300'], {}, T0 + 6 * 60_000)).stdout).toBe('TT-2\n')
  })

  it('--prefix and --session choose the file', async () => {
    session()
    expect((await cli(['token', '--prefix', 'FI_EU'], { FI_EU_SESSION_FILE: file, FLEX_INSIGHTS_SESSION_FILE: '/nope' })).stdout).toBe('TT-1\n')
    expect((await cli(['token', '--session', file], { FLEX_INSIGHTS_SESSION_FILE: '/nope' })).stdout).toBe('TT-1\n')
  })

  it('a dead SST marks the session ended and says to log in again', async () => {
    session({ ttIssuedAt: T0 - 3600_000 })
    nock(API).get('/gdc/account/token').reply(401, '', SST_CHALLENGE)
    const res = await cli(['token'])
    expect(res.code).toBe(1)
    expect(res.stderr).toBe('flex-insights: the session has ended (logged out or expired); run the Flex Insights Auth action again to log in\n')
    expect(readSessionFile(file).loggedOut).toBe(true)
    expect((await cli(['token'])).code).toBe(1)
  })

  it('network failures are reported with the request id', async () => {
    session({ ttIssuedAt: T0 - 3600_000 })
    nock(API).get('/gdc/account/token').reply(503, '<html><title>Down</title></html>', { 'Content-Type': 'text/html' })
    const res = await cli(['token'])
    expect(res.code).toBe(1)
    expect(res.stderr).toMatch(/^flex-insights: Flex Insights token failed: HTTP 503: HTML error page "Down" \[request id \S+\]/)
  })
})

describe('usage and errors', () => {
  it.each([
    [[], 2, 'Usage: flex-insights <command>'],
    [['--help'], 0, 'Usage: flex-insights <command>'],
    [['token', '--help'], 0, 'Usage: flex-insights token'],
    [['bogus'], 2, 'unknown command "bogus"'],
    [['token', '--what'], 2, 'unknown option --what'],
    [['token', 'extra'], 2, 'unexpected argument extra'],
    [['token', '--session'], 2, '--session needs a value'],
    [['token', '--min-validity', '600'], 2, '--min-validity must be whole seconds from 0 to 540'],
    [['token', '--prefix', 'lower'], 2, '--prefix must look like an env-prefix'],
    [['delete-profile'], 2, 'delete-profile needs --confirm LOGIN']
  ])('%j exits %i', async (args, code, text) => {
    session()
    const res = await cli(args as string[])
    expect(res.code).toBe(code)
    expect(res.stdout + res.stderr).toContain(text)
  })

  it('no session file, a missing file, a foreign file', async () => {
    expect((await cli(['token'], { FLEX_INSIGHTS_SESSION_FILE: '' })).stderr).toContain('no session file: $FLEX_INSIGHTS_SESSION_FILE is not set')
    expect((await cli(['token'])).stderr).toContain('does not exist')
    file = join(dir, 'foreign.json')
    writeFileSync(file, '{"hello":1}')
    expect((await cli(['token'])).stderr).toContain('is not a Flex Insights Auth session file')
  })
})

describe('logout and delete-profile', () => {
  it('logout ends the session and marks the file; a second logout is a no-op', async () => {
    session()
    const scope = nock(API).delete('/gdc/account/login/p1').matchHeader('cookie', 'GDCAuthTT=TT-1').reply(204)
    const res = await cli(['logout'], {}, T0 + 1000)
    expect(res).toMatchObject({ code: 0, stdout: '' })
    expect(res.stderr).toContain('logged out of Flex Insights (profile p1)')
    expect(scope.isDone()).toBe(true)
    expect(readSessionFile(file).loggedOut).toBe(true)
    expect((await cli(['logout'])).stderr).toContain('the session had already ended; nothing to do')
  })

  it('logout of a session that is already gone says so', async () => {
    session({ ttIssuedAt: T0 - 3600_000 })
    nock(API).get('/gdc/account/token').reply(401, '', SST_CHALLENGE)
    const res = await cli(['logout'])
    expect(res.code).toBe(0)
    expect(res.stderr).toContain('the session had already ended (logged out or expired); nothing to do')
  })

  it('delete-profile needs the exact login and then deletes', async () => {
    session()
    const wrong = await cli(['delete-profile', '--confirm', 'bob@example.com'])
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toContain('refusing to delete')
    const scope = nock(API).delete('/gdc/account/profile/p1').reply(204)
    const ok = await cli(['delete-profile', '--confirm', 'Ana@Example.com'], {}, T0 + 1000)
    expect(ok.code).toBe(0)
    expect(ok.stderr).toContain('deleted the Flex Insights profile of ana@example.com (profile p1). This cannot be undone')
    expect(scope.isDone()).toBe(true)
    expect((await cli(['delete-profile', '--confirm', 'ana@example.com'])).stderr).toContain('the session has ended')
  })
})

describe('session file helpers', () => {
  it('the lock serialises callers and a stale lock is taken over', async () => {
    session()
    const order: string[] = []
    await Promise.all([
      withSessionLock(file, 60_000, async () => {
        order.push('a-in')
        await new Promise(r => setTimeout(r, 50))
        order.push('a-out')
      }),
      withSessionLock(file, 60_000, async () => {
        order.push('b-in')
        order.push('b-out')
      })
    ])
    expect(order).toEqual(['a-in', 'a-out', 'b-in', 'b-out'])
    closeSync(openSync(`${file}.lock`, 'w'))
    utimesSync(`${file}.lock`, new Date(T0), new Date(T0))
    expect(await withSessionLock(file, 1000, async () => 'took over')).toBe('took over')
  })

  it('removeSessionFile removes the file and its lock; read errors are SessionFileErrors', () => {
    session()
    removeSessionFile(file)
    expect(() => readSessionFile(file)).toThrow(SessionFileError)
    expect(() => readSessionFile(dir)).toThrow(/cannot read session file/)
  })
})
