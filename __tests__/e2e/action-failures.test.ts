// The action against a server that fails: wrong passwords, lock-outs, error pages, resets and
// hangs, a post step whose logout does not work, proxies; every test ends with the leak scan.
import net from 'node:net'
import { describe, expect, it } from '@jest/globals'
import { inputs, requests, perTest } from './harness.js'

const fresh = perTest()

describe('server failures', () => {
  it('wrong password: one login request, a clear error, nothing for post to do', async () => {
    const env = await fresh()
    const main = await env.job.uses({ with: inputs(env, { password: 'wrong-password-123' }) })
    env.passwords.push('wrong-password-123')
    expect(main.exitCode).toBe(1)
    expect(requests(env)).toEqual(['POST /gdc/account/login 401'])
    expect(main.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          String.raw`^Flex Insights login failed: HTTP 401: "Bad Login or Password!" \[request id ` +
            String.raw`flex-insights-auth:\S+:\S+\]\. Check the login and password secrets.*Not retried`
        )
      )
    ])
    const [post] = await env.job.runPosts()
    expect(post.exitCode).toBe(0)
    expect(requests(env)).toHaveLength(1)
  })

  it('lock-out with a long Retry-After fails at once with when to retry', async () => {
    const env = await fresh({ maxInvalidLogins: 1, lockoutSeconds: 600 })
    await env.job.uses({ with: inputs(env, { password: 'wrong-password-123' }) })
    env.passwords.push('wrong-password-123')
    const main = await env.job.uses({ with: inputs(env) })
    expect(main.exitCode).toBe(1)
    expect(requests(env)).toEqual(['POST /gdc/account/login 401', 'POST /gdc/account/login 429'])
    expect(main.errors[0]).toMatch(
      new RegExp(
        String.raw`^Flex Insights login failed: HTTP 429: "Too many invalid login attempts\. Try again in \d+ ` +
          String.raw`seconds\." \[request id .*\]\. Too many invalid logins: check the login and password secrets ` +
          String.raw`before trying again\. The server asks to wait \d+ s \(until \S+Z\), more than max-retry-wait ` +
          String.raw`\(60 s\)`
      )
    )
  })

  it('a short Retry-After is waited out, then login succeeds', async () => {
    const env = await fresh()
    env.emu.inject({ method: 'POST', path: '/gdc/account/login', kind: 'status', status: 429, retryAfter: 1 })
    const started = Date.now()
    const main = await env.job.uses({ with: inputs(env) })
    expect(main.exitCode).toBe(0)
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    expect(requests(env)).toEqual(['POST /gdc/account/login 429', 'POST /gdc/account/login 200'])
    expect(main.stdout).toContain('Flex Insights login: HTTP 429, retrying in 1.0 s (attempt 2/3)')
    await env.job.runPosts()
  })

  it('a transient 503 HTML page is retried', async () => {
    const env = await fresh()
    env.emu.inject({ method: 'POST', path: '/gdc/account/login', kind: 'status', status: 503 })
    const main = await env.job.uses({ with: inputs(env) })
    expect(main.exitCode).toBe(0)
    expect(requests(env)).toEqual(['POST /gdc/account/login 503', 'POST /gdc/account/login 200'])
    await env.job.runPosts()
  })

  it('a persistent 502 fails after max-attempts with the page title, never the page', async () => {
    const env = await fresh()
    env.emu.inject({ method: 'POST', path: '/gdc/account/login', kind: 'status', status: 502, times: Infinity })
    const main = await env.job.uses({ with: inputs(env, { 'max-attempts': '2' }) })
    expect(main.exitCode).toBe(1)
    expect(requests(env)).toHaveLength(2)
    expect(main.errors[0]).toMatch(
      new RegExp(
        String.raw`^Flex Insights login failed: HTTP 502: HTML error page "502 Bad Gateway" \(after 2 attempts\) ` +
          String.raw`\[request id \S+\]\. Flex Insights is having trouble`
      )
    )
    expect(main.stdout + main.stderr).not.toContain('<html')
    expect(main.stdout + main.stderr).not.toMatch(/\n\s+at /) // no stack trace
  })

  it('a JSON 500 shows the server message and its request id', async () => {
    const env = await fresh({ loginReturnsTt: false })
    env.emu.inject({
      method: 'GET',
      path: '/gdc/account/token',
      kind: 'status',
      status: 500,
      body: 'json',
      times: Infinity
    })
    const main = await env.job.uses({ with: inputs(env, { 'max-attempts': '1' }) })
    expect(main.errors[0]).toMatch(
      /^Flex Insights token failed: HTTP 500: "Injected failure 500" \[request id flex-insights-auth:\S+:\S+\]/
    )
    env.emu.clearFaults()
    await env.job.runPosts()
  })

  it('a connection reset and a truncated body are retried', async () => {
    const env = await fresh()
    env.emu.inject({ method: 'POST', path: '/gdc/account/login', kind: 'reset' })
    env.emu.inject({ method: 'POST', path: '/gdc/account/login', kind: 'truncated' })
    const main = await env.job.uses({ with: inputs(env) })
    expect(main.exitCode).toBe(0)
    expect(env.emu.log.map(e => e.outcome)).toEqual(['fault:reset', 'fault:truncated', 'logged-in'])
    await env.job.runPosts()
  })

  it('a server that hangs is cut off by request-timeout and retried', async () => {
    const env = await fresh()
    env.emu.inject({ method: 'POST', path: '/gdc/account/login', kind: 'hang' })
    const main = await env.job.uses({ with: inputs(env, { 'request-timeout': '1' }) })
    expect(main.exitCode).toBe(0)
    expect(main.stdout).toContain('Flex Insights login: no complete response within 1 s, retrying')
    await env.job.runPosts()
  })

  it('a server that always hangs fails within the bound', async () => {
    const env = await fresh()
    env.emu.inject({ method: 'POST', path: '/gdc/account/login', kind: 'hang', times: Infinity })
    const main = await env.job.uses({ with: inputs(env, { 'request-timeout': '1', 'max-attempts': '2' }) })
    expect(main.exitCode).toBe(1)
    expect(main.durationMs).toBeLessThan(30_000) // bounded, not fast: the default would wait 30 s per attempt
    expect(main.errors[0]).toMatch(/^Flex Insights login failed: no complete response within 1 s \(after 2 attempts\)/)
  })

  it('a refused connection names the host and suggests what to check', async () => {
    const env = await fresh()
    const deadUrl = env.emu.url
    await env.emu.close()
    const main = await env.job.uses({ with: inputs(env, { 'api-url': deadUrl, 'max-attempts': '2' }) })
    expect(main.exitCode).toBe(1)
    expect(main.errors[0]).toMatch(
      new RegExp(
        String.raw`^Flex Insights login failed: network error ECONNREFUSED talking to 127\.0\.0\.1:\d+ \(after 2 ` +
          String.raw`attempts\).*Check that the API is reachable`
      )
    )
    env.emu = await (await import('../../scripts/emulator.mjs')).startEmulator()
  })
})

describe('post step', () => {
  it('main failing after login still gets logged out by post', async () => {
    const env = await fresh({ loginReturnsTt: false })
    env.emu.inject({ method: 'GET', path: '/gdc/account/token', kind: 'status', status: 503, times: 3 })
    const main = await env.job.uses({ with: inputs(env) })
    expect(main.exitCode).toBe(1)
    expect(main.errors[0]).toMatch(/^Flex Insights token failed: HTTP 503/)
    expect(env.emu.liveSessions()).toHaveLength(1)
    const [post] = await env.job.runPosts()
    expect(post.stdout).toContain('Logged out of Flex Insights')
    expect(env.emu.liveSessions()).toEqual([])
  })

  it('a session that is already gone is reported, not warned about', async () => {
    const env = await fresh()
    await env.job.uses({ with: inputs(env) })
    env.emu.expireSessions()
    const [post] = await env.job.runPosts()
    expect(post.exitCode).toBe(0)
    expect(post.warnings).toEqual([])
    expect(post.stdout).toContain('Flex Insights logout not needed')
    expect(post.stdout).toContain('the server says the session had already ended')
  })

  it('a logout that keeps failing is a warning, never a failure or a hang', async () => {
    const env = await fresh()
    await env.job.uses({ with: inputs(env, { 'request-timeout': '1', 'max-attempts': '2' }) })
    env.emu.inject({ method: 'DELETE', path: /^\/gdc\/account\/login\//, kind: 'hang', times: Infinity })
    const [post] = await env.job.runPosts()
    expect(post.exitCode).toBe(0)
    expect(post.durationMs).toBeLessThan(30_000)
    expect(post.warnings[0]).toMatch(
      new RegExp(
        String.raw`^Could not log out of Flex Insights \(profile \w+\): Flex Insights logout failed: no complete ` +
          String.raw`response within 1 s \(after 2 attempts\)`
      )
    )
  })
})

describe('proxies', () => {
  // A CONNECT proxy on loopback that refuses every tunnel and records what it was asked.
  async function connectProxy(): Promise<{ url: string; seen: string[]; close: () => Promise<void> }> {
    const seen: string[] = []
    const server = net.createServer(socket => {
      socket.once('data', chunk => {
        seen.push(chunk.toString('latin1').split('\r\n')[0])
        socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n')
      })
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as net.AddressInfo
    return { url: `http://127.0.0.1:${port}`, seen, close: () => new Promise(resolve => server.close(() => resolve())) }
  }

  it('https requests go through https_proxy, except for no_proxy hosts', async () => {
    const env = await fresh()
    const proxy = await connectProxy()
    try {
      const via = await env.job.uses({
        with: inputs(env, { 'api-url': 'https://analytics.flex.test', 'max-attempts': '1' }),
        env: { https_proxy: proxy.url, no_proxy: '' }
      })
      expect(via.exitCode).toBe(1)
      expect(proxy.seen).toEqual(['CONNECT analytics.flex.test:443 HTTP/1.1'])
      expect(via.errors[0]).toMatch(/^Flex Insights login failed: network error/)

      const bypass = await env.job.uses({
        with: inputs(env, { 'api-url': 'https://analytics.flex.test', 'max-attempts': '1' }),
        env: { https_proxy: proxy.url, no_proxy: 'analytics.flex.test' }
      })
      expect(bypass.exitCode).toBe(1)
      expect(proxy.seen).toHaveLength(1)
    } finally {
      await proxy.close()
    }
  })
})
