// Values from the server and files on disk are used only after checking them: profile ids, tokens,
// titles, the session folder and files, and the inputs that protect the account.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { ageSession, count, inputs, requests, perTest } from './harness.js'

const fresh = perTest()

type Answer = { status: number; headers: Record<string, string | string[]>; body?: string | Buffer }
/** Rewrites the login answer's JSON. */
const loginEdit = (change: (body: { userLogin: Record<string, string> }) => void) => (answer: Answer) => {
  const body = JSON.parse(String(answer.body))
  change(body)
  return { ...answer, body: JSON.stringify(body) }
}
const REVOKE = 'The SST may still be valid for up to two weeks; change the password of this user to revoke it now.'

describe('values from the server are checked before use', () => {
  it('a profile id of "..": the step fails clearly, the SST is never sent to /gdc/account/', async () => {
    const env = await fresh()
    env.emu.inject({
      method: 'POST',
      path: '/gdc/account/login',
      kind: 'transform',
      edit: loginEdit(b => (b.userLogin.profile = '/gdc/account/profile/..'))
    })
    const main = await env.job.uses({ with: inputs(env) })
    expect(main.exitCode).toBe(1)
    expect(main.errors[0]).toMatch(/the profile id is not letters, digits, - and _/)
    const [post] = await env.job.runPosts()
    expect(post.warnings).toEqual([expect.stringContaining(REVOKE)])
    expect(requests(env)).toEqual(['POST /gdc/account/login 200'])
    env.emu.expireSessions() // the session the server opened; nothing here can end it
  })

  it('a profile id with a line break forges no annotation', async () => {
    const env = await fresh()
    env.emu.inject({
      method: 'POST',
      path: '/gdc/account/login',
      kind: 'transform',
      edit: loginEdit(b => (b.userLogin.profile = '/gdc/account/profile/x\n::warning::forged'))
    })
    const main = await env.job.uses({ with: inputs(env) })
    const [post] = await env.job.runPosts()
    for (const step of [main, post]) {
      expect(step.commands.filter(c => c.message.includes('forged'))).toEqual([])
      expect(`${step.stdout}${step.stderr}`).not.toContain('forged')
    }
    env.emu.expireSessions()
  })

  it('a TT with a line break: refused, never published; post still tries to end the session', async () => {
    const env = await fresh({ loginReturnsTt: false })
    env.emu.inject({
      method: 'GET',
      path: '/gdc/account/token',
      kind: 'transform',
      times: 2,
      edit: answer => ({ ...answer, body: JSON.stringify({ userToken: { token: 'tt\r\nX-Injected: 1' } }) })
    })
    const main = await env.job.uses({ with: inputs(env) })
    expect(main.errors[0]).toMatch(/the Temporary Token contains characters that cannot travel in a header or a cookie/)
    expect(main.outputs).toEqual({})
    expect(main.env).toEqual({})
    const [post] = await env.job.runPosts()
    expect(post.warnings).toEqual([expect.stringContaining(REVOKE)])
    env.emu.expireSessions()
  })

  it('cookie mode: an SST that would smuggle a cookie is refused before any use', async () => {
    const env = await fresh()
    // In cookie mode the SST comes from Set-Cookie, else from the body, as here.
    env.emu.inject({
      method: 'POST',
      path: '/gdc/account/login',
      kind: 'transform',
      edit: answer => ({
        ...answer,
        headers: { ...answer.headers, 'Set-Cookie': ['GDCAuthTT=t1; Path=/gdc'] },
        body: JSON.stringify({
          userLogin: { ...JSON.parse(String(answer.body)).userLogin, token: 'x; GDCAuthTT=forged' }
        })
      })
    })
    const main = await env.job.uses({ with: inputs(env, { 'auth-mode': 'cookie' }) })
    expect(main.errors[0]).toMatch(
      /the Super Secured Token contains characters .* change the password of this user to end it/
    )
    await env.job.runPosts()
    expect(env.emu.log.filter(e => String(e.headers.cookie ?? '').includes('forged'))).toEqual([])
    expect(requests(env)).toEqual(['POST /gdc/account/login 200'])
    env.emu.expireSessions()
  })

  it('report titles in the step summary are escaped (list-reports)', async () => {
    const env = await fresh({
      workspaces: [
        {
          id: 'ws1',
          title: 'W',
          reports: [{ id: '7', identifier: 'abcDEF123456', title: '<img src=x onerror=alert(1)> | `x`' }]
        }
      ]
    })
    const main = await env.job.uses({ with: inputs(env, { workspace: 'ws1', 'list-reports': 'true' }) })
    expect(main.summary).toContain('| 7 | abcDEF123456 | &lt;img src=x onerror=alert(1)&gt; &#124; &#96;x&#96; |')
    expect(main.summary).not.toContain('<img')
    await env.job.runPosts()
  })
})

describe('the session folder and files are trusted only after checking them', () => {
  it('a planted flex-insights-auth link and an open folder in RUNNER_TEMP are never used', async () => {
    const env = await fresh()
    const { job } = env
    symlinkSync(job.workspace, join(job.runnerTemp, 'flex-insights-auth'))
    mkdirSync(join(job.runnerTemp, 'flex-insights-auth-open'))
    chmodSync(join(job.runnerTemp, 'flex-insights-auth-open'), 0o777)
    const main = await job.uses({ with: inputs(env) })
    const file = main.outputs['session-file']
    expect(statSync(dirname(file)).mode & 0o777).toBe(0o700)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(main.path).toEqual([join(dirname(file), 'bin')])
    expect(readdirSync(job.workspace)).toEqual([])
    await job.runPosts()
    expect(existsSync(dirname(file))).toBe(false)
  })

  it('a session file steered to plain http elsewhere: the command refuses, post keeps to its api-url', async () => {
    const env = await fresh()
    const main = await env.job.uses({ with: inputs(env) })
    const file = main.outputs['session-file']
    const content = JSON.parse(readFileSync(file, 'utf8'))
    writeFileSync(file, JSON.stringify({ ...content, apiUrl: 'http://attacker.example.com', ttIssuedAt: 0 }))
    const run = await env.job.run('set +e; flex-insights token; echo "rc=$?"')
    expect(run.stdout).toBe('rc=1\n')
    expect(run.stderr).toContain('refusing to use this session file: its API URL must use https://')
    const [post] = await env.job.runPosts()
    expect(post.stdout).toContain('Logged out of Flex Insights')
    expect(env.emu.liveSessions()).toEqual([])
  })

  it('a lock left by a killed refresh is taken over at once', async () => {
    const env = await fresh()
    const main = await env.job.uses({ with: inputs(env, { 'request-timeout': '2', 'max-attempts': '1' }) })
    const file = main.outputs['session-file']
    ageSession(file)
    // A refresh killed mid-way: its lock names a process that is gone.
    const dead = await env.job.run('sh -c "echo \\$\\$" ')
    writeFileSync(`${file}.lock`, dead.stdout.trim(), { mode: 0o600 })
    const run = await env.job.run('flex-insights token > /dev/null')
    expect(run.exitCode).toBe(0)
    expect(existsSync(`${file}.lock`)).toBe(false)
    expect(count(env, 'GET /gdc/account/token')).toBe(1)
    await env.job.runPosts()
  })
})

describe('inputs', () => {
  it('a password with spaces around it is sent exactly as given', async () => {
    const env = await fresh({ users: [{ login: 'ops@example.com', password: '  spaced out  ' }] })
    const main = await env.job.uses({ with: inputs(env, { login: 'ops@example.com', password: '  spaced out  ' }) })
    expect(main.exitCode).toBe(0)
    expect(JSON.parse(env.emu.log[0].body).postUserLogin.password).toBe('  spaced out  ')
    await env.job.runPosts()
  })

  it('the same env-prefix for a second open session is refused before any request', async () => {
    const env = await fresh()
    await env.job.uses({ with: inputs(env) })
    const second = await env.job.uses({ with: inputs(env) })
    expect(second.exitCode).toBe(1)
    expect(second.errors[0]).toMatch(
      /^Input "env-prefix": FLEX_INSIGHTS is already used by an earlier Flex Insights Auth step in this job/
    )
    expect(requests(env)).toEqual(['POST /gdc/account/login 200'])
    await env.job.runPosts()
    expect(env.emu.liveSessions()).toEqual([])
  })
})
