import nock from 'nock'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { API, fileContent, PROFILE, privateFolder, SST, SST_CHALLENGE, T0, TT, TT2 } from '../../fixtures.js'
import { captureIo } from './cli-io.js'

const { runCli } = await import('../../../src/cli/command.js')
const { createSessionFolder, readSessionFile, writeSessionFile } = await import('../../../src/session/session-file.js')

let temp: string
let file: string
beforeEach(() => {
  temp = privateFolder()
  file = createSessionFolder(temp).file
  writeSessionFile(file, fileContent())
})
afterEach(() => rmSync(temp, { recursive: true, force: true }))

async function cli(args: string[], env: Record<string, string> = {}, now = T0, stderrIsPipe = true) {
  const { io, result } = captureIo({ FLEX_INSIGHTS_SESSION_FILE: file, ...env }, now, false, stderrIsPipe)
  const code = await runCli(args, io)
  return { code, ...result() }
}

describe('flex-insights', () => {
  it('usage: the command list on --help (exit 0) or with no command (exit 2)', async () => {
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    for (const name of ['token', 'cookie', 'export', 'workspaces', 'reports', 'api', 'logout', 'delete-profile'])
      expect(help.stdout).toContain(`  ${name} `)
    expect((await cli([])).code).toBe(2)
    const unknown = await cli(['frobnicate'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('flex-insights: unknown command "frobnicate"')
  })

  it('every command has --help with an example', async () => {
    for (const name of ['token', 'cookie', 'export', 'workspaces', 'reports', 'api', 'logout', 'delete-profile']) {
      const help = await cli([name, '--help'])
      expect(help.code).toBe(0)
      expect(help.stdout).toMatch(new RegExp(`^Usage: flex-insights ${name}`))
      expect(help.stdout).toMatch(/\n {2}(curl|flex-insights) /)
    }
  })

  it('a bad option is a usage error with the command help', async () => {
    const bad = await cli(['token', '--frob'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^flex-insights: Unknown option '--frob'\n\nUsage: flex-insights token/)
    expect((await cli(['token', '--min-validity', '600'])).stderr).toContain(
      '--min-validity must be whole seconds from 0 to 540'
    )
    expect((await cli(['token', '--prefix', 'bad-prefix'])).stderr).toContain('--prefix must look like an env-prefix')
  })
})

describe('token and cookie', () => {
  it('the cached TT, no request; never a mask for what the runner masked already', async () => {
    expect(await cli(['token'])).toEqual({ code: 0, stdout: `${TT}\n`, stderr: '' })
    writeSessionFile(file, fileContent({ ttMasked: true }))
    expect(await cli(['cookie'], { GITHUB_ACTIONS: 'true' })).toEqual({
      code: 0,
      stdout: `GDCAuthTT=${TT}\n`,
      stderr: ''
    })
  })

  it('a TT the runner was never told to mask: masked on stderr first (never the SST), once', async () => {
    const first = await cli(['cookie'], { GITHUB_ACTIONS: 'true' })
    expect(first).toEqual({
      code: 0,
      stdout: `GDCAuthTT=${TT}\n`,
      stderr: `::add-mask::${TT}\n::add-mask::GDCAuthTT=${TT}\n`
    })
    expect(readSessionFile(file).ttMasked).toBe(true)
    expect((await cli(['token'], { GITHUB_ACTIONS: 'true' })).stderr).toBe('')
  })

  it('a refreshed TT while stderr cannot reach the runner: not printed, exit 1, what to do', async () => {
    nock(API)
      .get('/gdc/account/token')
      .reply(200, { userToken: { token: TT2 } })
    const refused = await cli(['token'], { GITHUB_ACTIONS: 'true' }, T0 + 9.5 * 60_000, false)
    expect(refused.code).toBe(1)
    expect(refused.stdout).toBe('')
    expect(refused.stderr).toMatch(/stderr does not reach the runner .*it was not printed/)
    expect(refused.stderr).not.toContain(TT2)
    // Saved for the next call, unmasked: a call whose stderr reaches the runner masks it, then prints it.
    expect(readSessionFile(file)).toMatchObject({ tt: TT2, ttMasked: false })
    const next = await cli(['token'], { GITHUB_ACTIONS: 'true' }, T0 + 9.6 * 60_000)
    expect(next).toEqual({ code: 0, stdout: `${TT2}\n`, stderr: `::add-mask::${TT2}\n::add-mask::GDCAuthTT=${TT2}\n` })
  })

  it('a stale TT is refreshed once and saved; --min-validity asks for more', async () => {
    nock(API)
      .get('/gdc/account/token')
      .matchHeader('x-gdc-authsst', SST)
      .reply(200, { userToken: { token: TT2 } })
    const later = T0 + 6 * 60_000
    expect((await cli(['token', '--min-validity', '300'], {}, later)).stdout).toBe(`${TT2}\n`)
    expect(readSessionFile(file)).toMatchObject({ tt: TT2, ttIssuedAt: later })
    expect((await cli(['token', '--min-validity', '300'], {}, later + 1000)).stdout).toBe(`${TT2}\n`)
  })

  it('--prefix and --session pick the file; a missing one says what to do', async () => {
    expect(
      (await cli(['token', '--prefix', 'FI_EU'], { FI_EU_SESSION_FILE: file, FLEX_INSIGHTS_SESSION_FILE: '' })).stdout
    ).toBe(`${TT}\n`)
    expect((await cli(['token', '--session', file], { FLEX_INSIGHTS_SESSION_FILE: '' })).stdout).toBe(`${TT}\n`)
    const none = await cli(['token', '--prefix', 'NOPE'])
    expect(none.code).toBe(1)
    expect(none.stderr).toBe(
      'flex-insights: no session file: $NOPE_SESSION_FILE is not set. Run the Flex Insights Auth action ' +
        'earlier in this job (with export-env: true), or pass --session FILE\n'
    )
  })

  it('a dead session: exit 1, log in again; the file remembers it', async () => {
    nock(API).get('/gdc/account/token').reply(401, '', SST_CHALLENGE)
    const dead = await cli(['token'], {}, T0 + 3600_000)
    expect(dead.code).toBe(4)
    expect(dead.stderr).toBe(
      'flex-insights: the session has ended (logged out or expired); run the Flex Insights Auth action again ' +
        'to log in\n'
    )
    expect(readSessionFile(file).loggedOut).toBe(true)
  })

  it('a file with an http API URL to another host is refused before anything is sent', async () => {
    writeSessionFile(file, fileContent({ apiUrl: 'http://evil.example.com', ttIssuedAt: 0 }))
    const refused = await cli(['token'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('refusing to use this session file: its API URL must use https://')
  })

  it('an unexpected error shows its message, never a stack or a secret', async () => {
    writeFileSync(join(temp, 'x'), '')
    nock(API)
      .get('/gdc/account/token')
      .reply(200, { userToken: { token: TT2 } })
    const broken = await cli(['token', '--session', join(temp, 'missing', 'file.json')])
    expect(broken.code).toBe(1)
    expect(broken.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('logout and delete-profile', () => {
  it('logout now (exit 0); again is nothing to do: the session has ended (exit 4)', async () => {
    nock(API).delete(`/gdc/account/login/${PROFILE}`).reply(204)
    expect(await cli(['logout'])).toEqual({
      code: 0,
      stdout: '',
      stderr: `flex-insights: logged out of Flex Insights (profile ${PROFILE}); the session's tokens no longer work\n`
    })
    expect(await cli(['logout'])).toEqual({
      code: 4,
      stdout: '',
      stderr: 'flex-insights: the session had already ended; nothing to do\n'
    })
  })

  it('a logout that fails says the SST may still be valid, exit 1', async () => {
    nock(API).delete(`/gdc/account/login/${PROFILE}`).times(2).reply(503, '')
    const failed = await cli(['logout'])
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(
      new RegExp(
        String.raw`could not log out of Flex Insights \(profile \w+\): .*The SST may still be valid for up to ` +
          String.raw`two weeks; change the password of this user to revoke it now`
      )
    )
  })

  it('delete-profile: refuses without or with a wrong confirmation, deletes with the right one', async () => {
    expect((await cli(['delete-profile'])).code).toBe(2)
    const wrong = await cli(['delete-profile', '--confirm', 'x@y.z'])
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toContain(
      'refusing to delete: --confirm "x@y.z" is not the login of this session (ana@example.com). Nothing was deleted'
    )
    nock(API).delete(`/gdc/account/profile/${PROFILE}`).reply(204)
    const ok = await cli(['delete-profile', '--confirm', 'ANA@example.com'])
    expect(ok.code).toBe(0)
    expect(readSessionFile(file).loggedOut).toBe(true)
  })
})
