import { describe, expect, it } from '@jest/globals'
import { InputError, isLoopbackHost, normaliseApiUrl, parseInputs } from '../../src/inputs.js'

const valid = { login: 'ana@example.com', password: 'p4ss word' }

function parse(values: Record<string, string>) {
  const masked: string[] = []
  const result = () => parseInputs(name => values[name] ?? '', s => masked.push(s))
  return { result, masked }
}

function problems(values: Record<string, string>): string[] {
  try {
    parse(values).result()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as InputError).problems
  }
  throw new Error('expected an InputError')
}

describe('parseInputs', () => {
  it('applies the action.yml defaults', () => {
    const { result } = parse(valid)
    expect(result()).toEqual({
      login: 'ana@example.com',
      password: 'p4ss word',
      apiUrl: 'https://analytics.ytica.com',
      exportEnv: true,
      envPrefix: 'FLEX_INSIGHTS',
      logout: true,
      authMode: 'header',
      ttLifetimeMs: 600000,
      timeoutMs: 30000,
      maxAttempts: 3,
      maxRetryWaitMs: 60000
    })
  })

  it('masks the password even when other inputs are invalid', () => {
    const { result, masked } = parse({ ...valid, 'api-url': 'nope' })
    expect(result).toThrow(InputError)
    expect(masked).toEqual(['p4ss word'])
  })

  it('parses every setting', () => {
    const { result } = parse({
      ...valid,
      'api-url': 'http://127.0.0.1:8089/',
      'export-env': 'FALSE',
      'env-prefix': 'FI_EU2',
      logout: 'False',
      'auth-mode': 'cookie',
      'request-timeout': '2.5',
      'max-attempts': '1',
      'max-retry-wait': '0',
      'token-lifetime': '5'
    })
    expect(result()).toMatchObject({
      apiUrl: 'http://127.0.0.1:8089',
      exportEnv: false,
      envPrefix: 'FI_EU2',
      logout: false,
      authMode: 'cookie',
      timeoutMs: 2500,
      maxAttempts: 1,
      maxRetryWaitMs: 0,
      ttLifetimeMs: 5000
    })
  })

  it('names missing login and password, and never quotes the password', () => {
    const list = problems({})
    expect(list).toHaveLength(2)
    expect(list[0]).toMatch(/Input "password" is required/)
    expect(list[1]).toMatch(/Input "login" is required/)
  })

  it.each([
    ['api-url', 'http://analytics.ytica.com', /must use https/],
    ['api-url', 'ftp://127.0.0.1', /must use https/],
    ['api-url', 'not a url', /does not parse/],
    ['api-url', 'https://user:pw@analytics.ytica.com', /must not contain credentials/],
    ['api-url', 'https://analytics.ytica.com/?x=1', /without query or fragment/],
    ['env-prefix', 'flex', /Input "env-prefix" must be upper-case/],
    ['env-prefix', '1FLEX', /Input "env-prefix"/],
    ['export-env', 'yes', /Input "export-env" must be true or false; got "yes"/],
    ['logout', '1', /Input "logout" must be true or false/],
    ['auth-mode', 'basic', /Input "auth-mode" must be header or cookie/],
    ['request-timeout', 'abc', /Input "request-timeout" must be a number from 1 to 600; got "abc"/],
    ['request-timeout', '0', /Input "request-timeout" must be from 1 to 600; got 0/],
    ['request-timeout', '-5', /Input "request-timeout" must be a number/],
    ['max-attempts', '2.5', /Input "max-attempts" must be a whole number/],
    ['max-attempts', '11', /Input "max-attempts" must be from 1 to 10/],
    ['max-retry-wait', '3601', /Input "max-retry-wait" must be from 0 to 3600/],
    ['token-lifetime', '1', /Input "token-lifetime" must be from 2 to 3600/]
  ])('rejects %s=%s', (name, value, pattern) => {
    const list = problems({ ...valid, [name]: value })
    expect(list).toHaveLength(1)
    expect(list[0]).toMatch(pattern)
  })

  it('reports every problem at once', () => {
    const error = (() => {
      try {
        parse({ login: 'a@b.c', 'env-prefix': 'x', 'max-attempts': '0' }).result()
      } catch (e) {
        return e as InputError
      }
    })()
    expect(error?.problems).toHaveLength(3)
    expect(error?.message.split('\n')[0]).toBe('Invalid inputs:')
  })
})

describe('api-url rules', () => {
  it('allows http only for loopback hosts', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true)
    expect(isLoopbackHost('127.10.0.3')).toBe(true)
    expect(isLoopbackHost('LOCALHOST')).toBe(true)
    expect(isLoopbackHost('[::1]')).toBe(true)
    expect(isLoopbackHost('128.0.0.1')).toBe(false)
    expect(isLoopbackHost('localhost.evil.com')).toBe(false)
    expect(normaliseApiUrl('http://[::1]:9000')).toBe('http://[::1]:9000')
    expect(normaliseApiUrl('http://localhost:9000//')).toBe('http://localhost:9000')
  })
  it('keeps a path prefix, without the trailing slash', () => {
    expect(normaliseApiUrl('https://proxy.example.com/flex/')).toBe('https://proxy.example.com/flex')
  })
})
