import { describe, expect, it } from '@jest/globals'
import { FlexInsightsError, describeErrorBody, renderTemplate } from '../../src/api-error.js'

describe('renderTemplate', () => {
  it('fills %s placeholders from parameters in order, as GoodData clients do', () => {
    expect(renderTemplate("Checking '%s', result %s", ['project', 'STRUCTURE INVALID'])).toBe("Checking 'project', result STRUCTURE INVALID")
  })
  it('keeps placeholders without parameters, renders %% and non-strings', () => {
    expect(renderTemplate('a %s b %s', ['x'])).toBe('a x b %s')
    expect(renderTemplate('100%% of %d', [7])).toBe('100% of 7')
    expect(renderTemplate('no params %s', undefined)).toBe('no params %s')
  })
})

describe('describeErrorBody: the three shapes of protocol.md §7.1 and worse', () => {
  it('standard {"error":{...}} with parameters and requestId (F6)', () => {
    const body =
      '{"error":{"parameters":["project","STRUCTURE INVALID"],"requestId":":JM:vp:ca","component":"Apache::REST","errorClass":"GDC::Exception::User","message":"Checking \'%s\', result %s"}}'
    expect(describeErrorBody(body, 'application/json;charset=UTF-8')).toEqual({
      message: '"Checking \'project\', result STRUCTURE INVALID"',
      requestId: ':JM:vp:ca'
    })
  })
  it('auth proxy 401 body (F3/F5)', () => {
    const body = '{\n "error": {\n "code": 401,\n "message": "Authorization Required",\n "description": "This server could not verify"}}'
    expect(describeErrorBody(body, 'application/json; charset=utf-8').message).toBe('"Authorization Required"')
  })
  it('bare login error (F4)', () => {
    expect(describeErrorBody('{"component":"Webapp","message":"Bad Login or Password!","parameters":[]}').message).toBe('"Bad Login or Password!"')
  })
  it('empty body', () => {
    expect(describeErrorBody('  ').message).toBe('empty response body')
  })
  it('HTML page: only its title, never the page', () => {
    const page = '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><script>x</script></body></html>'
    const { message } = describeErrorBody(page, 'text/html')
    expect(message).toBe('HTML error page "502 Bad Gateway"')
    expect(describeErrorBody('<!DOCTYPE html><p>oops</p>').message).toBe('HTML error page')
  })
  it('broken JSON is described by size, not echoed', () => {
    const { message } = describeErrorBody('{"userLogin":{"prof', 'application/json')
    expect(message).toBe('malformed JSON body (19 bytes)')
  })
  it('plain text is one line, bounded', () => {
    const { message } = describeErrorBody(`Service\n  Unavailable ${'x'.repeat(400)}`, 'text/plain')
    expect(message?.startsWith('"Service Unavailable x')).toBe(true)
    expect(message!.length).toBeLessThan(320)
  })
  it('JSON without a message', () => {
    expect(describeErrorBody('{"foo":1}').message).toBe('JSON body without a message')
  })
})

describe('FlexInsightsError', () => {
  it('says which call failed, the status, the server message, the request id and what to do', () => {
    const e = new FlexInsightsError('login', 'HTTP 401', {
      kind: 'http',
      status: 401,
      serverMessage: '"Bad Login or Password!"',
      requestId: 'abc:def',
      hint: 'Check the secrets'
    })
    expect(e.message).toBe('Flex Insights login failed: HTTP 401: "Bad Login or Password!" [request id abc:def]. Check the secrets')
    expect(e.kind).toBe('http')
  })
  it('mentions attempts only when there were retries', () => {
    expect(new FlexInsightsError('token', 'HTTP 503', { kind: 'http', attempts: 3 }).message).toContain('(after 3 attempts)')
    expect(new FlexInsightsError('token', 'HTTP 503', { kind: 'http', attempts: 1 }).message).not.toContain('attempts')
  })
})
