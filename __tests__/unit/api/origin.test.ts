import { describe, expect, it } from '@jest/globals'
import { normaliseApiUrl, pathProblem, serverPath, urlUnder } from '../../../src/api/origin.js'

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
    expect(urlUnder('https://x.test/base', '/gdc/x')?.href).toBe('https://x.test/base/gdc/x')
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

describe('pathProblem: the one path rule, for the user and the server alike', () => {
  it.each([
    '/gdc/account/profile/abc',
    '/gdc/projects/w/execute/raw/49ff?q=eAGr%0A&c=bd11',
    '/gdc/md/w/query/reports',
    '/gdc/md/w/obj/1%20x',
    '/gdc/'
  ])('allows %j', path => {
    expect(pathProblem(path)).toBeUndefined()
  })

  it.each([
    ['/gdc/projects/WS/execute/raw/../../../../admin/x', 'dot segment'],
    ['/gdc/%2e%2e/%2e%2e/admin', 'dot segment'],
    ['/gdc/%2E./admin', 'dot segment'],
    ['/gdc/%252e%252e/admin', 'dot segment'],
    ['/gdc/./account', 'dot segment'],
    ['/gdc/..%2f..%2fadmin', 'encoded /'],
    ['/gdc/%2e%2e%2f%2e%2e%2fadmin', 'encoded /'],
    ['/gdc/..%5c..%5cadmin', 'encoded /'],
    ['/gdc/..%255c..%255cadmin', 'encoded /'],
    ['/gdc/a\\b', 'backslash'],
    ['/gdc//admin', 'empty segment'],
    ['/gdc/a#b', '#'],
    ['/gdc/a b', 'white space'],
    ['/gdc/a\r\nX: y', 'control character'],
    ['/gdc/%zz', 'does not decode'],
    ['/admin/gdc/', 'not a /gdc/ path'],
    ['/gdcx/a', 'not a /gdc/ path']
  ])('refuses %j (%s)', (path, why) => {
    expect(pathProblem(path)).toContain(why)
    expect(urlUnder('https://x.test', path)).toBeUndefined()
    expect(serverPath('https://x.test', path)).toBeUndefined()
    expect(serverPath('https://x.test', `https://x.test${path.startsWith('/') ? path : `/${path}`}`)).toBeUndefined()
  })
})
