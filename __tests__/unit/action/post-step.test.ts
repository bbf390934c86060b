// The post step in-process with the real @actions/core (FakeRunner): what it plans from the saved
// state and the session file, what it sends, and what it says really happened.
import nock from 'nock'
import { existsSync, rmSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { API, fileContent, PROFILE, SST, SST_CHALLENGE, T0, testClock, TT, TT2, TT_CHALLENGE } from '../../fixtures.js'
import { FakeRunner } from './fake-runner.js'
import { expectNoLeak, INPUTS } from './steps.js'

const post = await import('../../../src/action/post.js')
const { describeError } = await import('../../../src/action/failure.js')
const { createSessionFolder, writeSessionFile } = await import('../../../src/session/session-file.js')

afterEach(() => FakeRunner.restoreAll())

describe('post', () => {
  /** Saved state as main leaves it: the path of a session file that holds `over`. */
  const state = (over: Record<string, unknown> = {}) => {
    const folder = createSessionFolder(process.env.RUNNER_TEMP ?? '/tmp')
    writeSessionFile(folder.file, fileContent(over))
    return { isPost: 'true', logout: 'true', 'session-file': folder.file }
  }
  const LOGOUT = `/gdc/account/login/${PROFILE}`

  it('nothing to do, quietly, when login never succeeded', async () => {
    const runner = new FakeRunner(INPUTS, { isPost: 'true' })
    await post.run({ clock: testClock() })
    expect(runner.visible.replace(/::debug::.*\n?/g, '')).toBe('')
  })

  it('logs out with the saved TT while it is fresh: one request', async () => {
    const runner = new FakeRunner(INPUTS, state())
    const scope = nock(API)
      .delete(LOGOUT)
      .matchHeader('x-gdc-authtt', TT)
      .matchHeader('cookie', `GDCAuthTT=${TT}`)
      .reply(204)
    await post.run({ clock: testClock(T0 + 60_000) })
    expect(scope.isDone()).toBe(true)
    expect(runner.out).toContain(
      `Logged out of Flex Insights (profile ${PROFILE}) in 1 request(s): the session's SST is no longer valid.`
    )
    expectNoLeak(runner)
  })

  it('the server says the SST is dead: "already ended", no warning', async () => {
    const runner = new FakeRunner(INPUTS, state())
    nock(API).get('/gdc/account/token').reply(401, '', SST_CHALLENGE)
    await post.run({ clock: testClock(T0 + 3600_000) })
    expect(runner.out).toContain(
      `Flex Insights logout not needed for profile ${PROFILE}: the server says the session had already ended ` +
        `(logged out or expired).`
    )
    expect(runner.commands('warning')).toEqual([])
  })

  it('the TT refused again after a successful refresh: a warning that the SST may still be valid', async () => {
    const runner = new FakeRunner(INPUTS, state())
    nock(API)
      .delete(LOGOUT)
      .times(2)
      .reply(401, '', TT_CHALLENGE)
      .get('/gdc/account/token')
      .reply(200, { userToken: { token: TT2 } })
    await post.run({ clock: testClock() })
    expect(runner.commands('warning')).toEqual([
      expect.stringMatching(
        new RegExp(
          String.raw`^Could not log out of Flex Insights \(profile \w+\): .*the server refused a freshly issued ` +
            String.raw`token\. The SST may still be valid for up to two weeks; change the password of this user to ` +
            String.raw`revoke it now\.$`
        )
      )
    ])
    expect(process.exitCode).toBeUndefined()
    expectNoLeak(runner)
  })

  it('404 on the logout while the session still issues tokens: a warning, never "already ended"', async () => {
    const runner = new FakeRunner(INPUTS, state())
    nock(API)
      .delete(LOGOUT)
      .reply(404, '{"error":{"message":"not found"}}')
      .get('/gdc/account/token')
      .reply(200, { userToken: { token: TT2 } })
    await post.run({ clock: testClock() })
    expect(runner.commands('warning')[0]).toContain('while the session still issues tokens')
    expect(runner.out).not.toContain('already ended')
  })

  it("uses this step's api-url, never the origin in the session file", async () => {
    new FakeRunner(INPUTS, {})
    const saved = state({ apiUrl: 'https://evil.example.com', tt: TT2, ttIssuedAt: T0 })
    for (const [k, v] of Object.entries(saved)) process.env[`STATE_${k}`] = v
    const scope = nock(API).delete(LOGOUT).matchHeader('x-gdc-authtt', TT2).reply(204)
    await post.run({ clock: testClock() })
    expect(scope.isDone()).toBe(true)
    expect(existsSync(dirname(saved['session-file']))).toBe(false)
  })

  it.each([
    ['truncated', '{truncated', 'is not a Flex Insights Auth session file'],
    [
      'a bad profile id',
      JSON.stringify(fileContent({ profileId: '..' })),
      'its profile id is not letters, digits, - and _'
    ],
    [
      'a forged SST',
      JSON.stringify(fileContent({ sst: 'x; GDCAuthTT=forged' })),
      'its session token is missing or malformed'
    ]
  ])('an unusable session file (%s): a warning that says how to revoke it, nothing sent', async (_label, text, why) => {
    const runner = new FakeRunner(INPUTS, {})
    const folder = createSessionFolder(runner.dir)
    writeFileSync(folder.file, text, { mode: 0o600 })
    process.env['STATE_session-file'] = folder.file
    process.env.STATE_isPost = 'true'
    await post.run({ clock: testClock() })
    expect(runner.commands('warning')).toEqual([expect.stringContaining(why)])
    expect(runner.commands('warning')[0]).toContain('change the password of this user to revoke it now')
    expect(runner.visible).not.toContain('forged')
  })

  it('a session file a later step deleted: the SST was kept nowhere else, so a warning says so', async () => {
    const runner = new FakeRunner(INPUTS, {})
    const saved = state()
    rmSync(dirname(saved['session-file']), { recursive: true })
    for (const [k, v] of Object.entries(saved)) process.env[`STATE_${k}`] = v
    await post.run({ clock: testClock() })
    expect(runner.commands('warning')).toEqual([
      expect.stringMatching(
        new RegExp(
          String.raw`is gone \(did a later step delete it, or RUNNER_TEMP\?\), and the SST was kept nowhere ` +
            String.raw`else\. The SST may still be valid`
        )
      )
    ])
  })

  it('the command already ended the session: nothing sent; logout: false: says the SST stays valid', async () => {
    const runner = new FakeRunner(INPUTS, state({ loggedOut: true }))
    await post.run({ clock: testClock() })
    expect(runner.out).toContain(
      `The Flex Insights session of profile ${PROFILE} was already ended by the flex-insights command; nothing to do.`
    )
    runner.restore()
    const kept = new FakeRunner(INPUTS, { ...state(), logout: 'false' })
    await post.run({ clock: testClock() })
    expect(kept.out).toContain(
      `logout: false, so the Flex Insights session of profile ${PROFILE} was left open: its SST stays valid ` +
        `for up to two weeks`
    )
  })
})

describe('describeError', () => {
  it('known errors keep their message; anything else is one line without a stack or a secret', () => {
    expect(describeError(new TypeError(`boom ${SST}`), t => t.replace(SST, '***'))).toBe('Unexpected error: boom ***')
  })
})

describe('planPost: what to do, from the saved state and the file alone', () => {
  const state = { isPost: true, logout: true, sessionFile: '/x/session.json' }
  const content = fileContent()

  it.each([
    ['no session file saved', { ...state, sessionFile: undefined }, undefined, 'nothing'],
    ['a usable file', state, { content }, 'logout'],
    ['logout: false', { ...state, logout: false }, { content }, 'kept'],
    ['ended by the command', state, { content: { ...content, loggedOut: true } }, 'ended-by-command'],
    ['a file that is gone', state, { missing: true as const }, 'unusable'],
    ['a file that cannot be read', state, { error: 'it is a symbolic link' }, 'unusable'],
    ['a tampered record', state, { content: { ...content, sst: 'x; y' } }, 'unusable']
  ])('%s: %s', (_what, saved, file, kind) => {
    expect(post.planPost(saved, file).kind).toBe(kind)
  })

  it('a file that is gone says the SST was kept nowhere else', () => {
    expect(post.planPost(state, { missing: true })).toEqual({
      kind: 'unusable',
      reason:
        'its private session file /x/session.json is gone (did a later step delete it, or RUNNER_TEMP?), ' +
        'and the SST was kept nowhere else'
    })
  })
})
