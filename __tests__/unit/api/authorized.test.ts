import nock from 'nock'
import { describe, expect, it } from '@jest/globals'
import { API, testClock, TT, TT2, TT_CHALLENGE } from '../../fixtures.js'

const { AuthorizedApi } = await import('../../../src/api/authorized.js')
const { Transport } = await import('../../../src/api/transport.js')
const { readText } = await import('../../../src/api/body.js')

function tokens() {
  const calls: string[] = []
  let current = TT
  return {
    calls,
    source: {
      authMode: 'header' as const,
      token: async () => (calls.push('token'), current),
      refresh: async (stale: string) => {
        calls.push(`refresh ${stale === TT ? 'TT' : stale}`)
        current = TT2
        return current
      }
    }
  }
}

const transport = () =>
  new Transport({ apiUrl: API, timeoutMs: 2000, maxAttempts: 1, maxRetryWaitMs: 0 }, { clock: testClock() })

describe('AuthorizedApi', () => {
  it('signs each request with the TT as X-GDC-AuthTT and the GDCAuthTT cookie', async () => {
    const { source } = tokens()
    nock(API, { reqheaders: { 'x-gdc-authtt': TT, cookie: `GDCAuthTT=${TT}` } })
      .get('/gdc/md')
      .reply(200, 'ok')
    expect(
      (await new AuthorizedApi(transport(), source).request({ call: 'api', method: 'GET', path: '/gdc/md' })).body
    ).toBe('ok')
  })

  it('on the TT challenge refreshes the token once and sends the same request again', async () => {
    const { source, calls } = tokens()
    nock(API)
      .post('/gdc/x', { a: 1 })
      .matchHeader('x-gdc-authtt', TT)
      .reply(401, '{"error":{"message":"Authorization Required"}}', TT_CHALLENGE)
      .post('/gdc/x', { a: 1 })
      .matchHeader('x-gdc-authtt', TT2)
      .reply(200, 'done')
    const api = new AuthorizedApi(transport(), source)
    const res = await api.stream({ call: 'export', method: 'POST', path: '/gdc/x', body: { a: 1 } })
    expect(await readText(res.body)).toBe('done')
    expect(calls).toEqual(['token', 'refresh TT'])
    expect(api.refreshes).toBe(1)
  })

  it('a second challenge after the refresh is an authentication failure', async () => {
    const { source } = tokens()
    nock(API).get('/gdc/x').times(2).reply(401, '', TT_CHALLENGE)
    await expect(
      new AuthorizedApi(transport(), source).request({ call: 'reports', method: 'GET', path: '/gdc/x' })
    ).rejects.toMatchObject({
      kind: 'unauthorized',
      message: expect.stringMatching(
        /^Flex Insights reports failed: HTTP 401 \[request id \S+\]\. The server refused a freshly issued token/
      )
    })
  })

  it('any other answer, 401 without the challenge included, is handed back as it is', async () => {
    const { source, calls } = tokens()
    nock(API).get('/gdc/x').reply(401, 'no', { 'WWW-Authenticate': 'Basic' })
    expect(
      (await new AuthorizedApi(transport(), source).request({ call: 'api', method: 'GET', path: '/gdc/x' })).status
    ).toBe(401)
    expect(calls).toEqual(['token'])
  })
})
