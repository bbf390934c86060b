import nock from 'nock'
import { afterEach, describe, expect, it, jest } from '@jest/globals'

// nock first, then the code under test (nock 14 and ESM namespace snapshots: CONTRIBUTING.md, "Tests").
// jest maps '@actions/http-client' to the stand-in exactly as tsconfig "paths" does for the bundle,
// so @actions/core below imports src/api/lazy-http-client.ts, not the real package.
const core = await import('@actions/core')
const lazy = await import('../../../src/api/lazy-http-client.js')
const mapped = await import('@actions/http-client')

const OIDC = 'https://oidc.actions.test'

afterEach(() => {
  delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL
  delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
})

describe('lazy @actions/http-client stand-in', () => {
  it('is what the bare package name resolves to in this build', () => {
    expect(mapped.HttpClient).toBe(lazy.HttpClient)
  })

  it('keeps core.getIDToken working: bearer header, user agent and JSON body reach the real client', async () => {
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = `${OIDC}/token?api-version=2.0`
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'request-token'
    const scope = nock(OIDC, {
      reqheaders: { authorization: 'Bearer request-token', 'user-agent': 'actions/oidc-client' }
    })
      .get('/token')
      .query({ 'api-version': '2.0', audience: 'flex insights' })
      .reply(200, { value: 'id-token-from-oidc' })
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      await expect(core.getIDToken('flex insights')).resolves.toBe('id-token-from-oidc')
    } finally {
      write.mockRestore()
    }
    expect(scope.isDone()).toBe(true)
  })

  it('creates the real client once, with the constructor arguments, on the first request', async () => {
    const scope = nock(OIDC).get('/a').reply(200, { n: 1 }).post('/b', 'x').reply(201, 'ok')
    const client = new lazy.HttpClient('ua/1', [], { allowRetries: false })
    const first = client.client()
    expect(client.client()).toBe(first)
    const real = await first
    const { HttpClient: RealHttpClient } = await lazy.loadHttpClient()
    expect(real).toBeInstanceOf(RealHttpClient)
    expect(real.userAgent).toBe('ua/1')

    await expect(client.getJson('https://oidc.actions.test/a')).resolves.toMatchObject({
      statusCode: 200,
      result: { n: 1 }
    })
    const response = await client.post(`${OIDC}/b`, 'x')
    expect(response.message.statusCode).toBe(201)
    await expect(response.readBody()).resolves.toBe('ok')
    expect(scope.isDone()).toBe(true)
  })

  it('offers every public method of the real client except the synchronous, socket-level ones', async () => {
    const { HttpClient: RealHttpClient } = await lazy.loadHttpClient()
    // Synchronous or callback-based: they cannot wait for a lazy load. @actions/core uses none.
    const notOffered = [
      'constructor',
      'getAgent',
      'getAgentDispatcher',
      'dispose',
      'requestRaw',
      'requestRawWithCallback'
    ]
    const publicMethods = Object.getOwnPropertyNames(RealHttpClient.prototype).filter(
      n => !n.startsWith('_') && !notOffered.includes(n)
    )
    expect(publicMethods).toContain('getJson')
    const standIn = lazy.HttpClient.prototype as unknown as Record<string, unknown>
    expect(publicMethods.filter(n => typeof standIn[n] !== 'function')).toEqual([])
  })
})
