import { describe, expect, it } from '@jest/globals'
import { normaliseApiUrl, serverPath, urlUnder } from '../../../src/api/origin.js'

describe('normaliseApiUrl: where tokens may be sent', () => {
  it.each([
    ['https://analytics.ytica.com/', 'https://analytics.ytica.com'],
    ['https://Analytics.Ytica.com//', 'https://analytics.ytica.com'],
    ['http://127.0.0.1:8089', 'http://127.0.0.1:8089'],
    ['http://localhost:1', 'http://localhost:1'],
    ['http://[::1]:9', 'http://[::1]:9']
  ])('accepts %s as %s', (raw, normalised) => {
    expect(normaliseApiUrl(raw)).toBe(normalised)
  })

  it.each([
    ['http://analytics.ytica.com', 'must use https://'],
    ['http://10.0.0.1', 'must use https://'],
    ['ftp://x.test', 'must use https://'],
    ['https://user:pw@x.test', 'must not contain credentials'],
    ['https://x.test/?a=1', 'without query or fragment'],
    ['https://x.test/#s', 'without query or fragment'],
    ['not a url', 'does not parse']
  ])('refuses %s', (raw, why) => {
    expect(() => normaliseApiUrl(raw)).toThrow(why)
  })
})

describe('urlUnder: a path under the base URL, nothing else', () => {
  it('keeps the query string as given', () => {
    expect(urlUnder('https://x.test', '/gdc/a?q=b%0A&c=d')?.href).toBe('https://x.test/gdc/a?q=b%0A&c=d')
  })

  it.each(['//evil.test/gdc', '@evil.test/gdc', 'gdc/x', '/gdc/\\x', '/gdc /x', ''])('refuses %j', path => {
    expect(urlUnder('https://x.test', path)).toBeUndefined()
  })

  it('refuses to climb out of a base path', () => {
    expect(urlUnder('https://x.test/base', '/../gdc')).toBeUndefined()
    expect(urlUnder('https://x.test/base', '/gdc')?.href).toBe('https://x.test/base/gdc')
  })
})

describe('serverPath: a URI from the server, as a path on the API URL', () => {
  const api = 'https://analytics.ytica.com'
  it('takes a path, or an absolute URL on the same origin, verbatim', () => {
    expect(serverPath(api, '/gdc/projects/w/execute/raw/1?q=a%3D%0A&c=2')).toBe(
      '/gdc/projects/w/execute/raw/1?q=a%3D%0A&c=2'
    )
    expect(serverPath(api, 'https://analytics.ytica.com/gdc/x?q=%0A')).toBe('/gdc/x?q=%0A')
    expect(serverPath(api, 'HTTPS://ANALYTICS.YTICA.COM/gdc/x')).toBe('/gdc/x')
  })

  it.each([
    'https://evil.test/gdc/x',
    '//evil.test/gdc/x',
    'https://analytics.ytica.com.evil.test/gdc/x',
    'https://analytics.ytica.com@evil.test/gdc/x',
    'http://analytics.ytica.com/gdc/x',
    'javascript:alert(1)',
    42,
    undefined
  ])('refuses %j', uri => {
    expect(serverPath(api, uri)).toBeUndefined()
  })
})
