import { describe, expect, it } from '@jest/globals'
import {
  describeErrorBody,
  FlexInsightsError,
  quoteServerText,
  renderTemplate,
  responseError
} from '../../../src/api/errors.js'
import { redact } from '../../../src/api/secrets.js'
import { SST } from '../../fixtures.js'

const none = (text: string): string => text

describe('describeErrorBody: the server message of every recorded shape', () => {
  it('standard GDC error, rendered from its template', () => {
    const body =
      '{"error":{"parameters":["project","STRUCTURE ' +
      'INVALID"],"requestId":"r:1","component":"Apache::REST","message":"Checking \'%s\', result %s"}}'
    expect(describeErrorBody(body, 'application/json', none).message).toBe(
      '"Checking \'project\', result STRUCTURE INVALID"'
    )
  })

  it('the bare login error and the auth proxy body', () => {
    expect(
      describeErrorBody('{"component":"Webapp","message":"Bad Login or Password!","parameters":[]}', '', none).message
    ).toBe('"Bad Login or Password!"')
    expect(describeErrorBody('{"error":{"code":401,"message":"Authorization Required"}}', '', none).message).toBe(
      '"Authorization Required"'
    )
  })

  it('empty, HTML, broken JSON, JSON without a message, plain text', () => {
    expect(describeErrorBody('  ', '', none).message).toBe('empty response body')
    expect(
      describeErrorBody('<html><head><title>502 Bad Gateway</title></head></html>', 'text/html', none).message
    ).toBe('HTML error page "502 Bad Gateway"')
    expect(describeErrorBody('<html><body>x</body></html>', '', none).message).toBe('HTML error page')
    expect(describeErrorBody('{"error":', 'application/json', none).message).toBe('malformed JSON body (9 bytes)')
    expect(describeErrorBody('{"status":"x"}', '', none).message).toBe('JSON body without a message')
    expect(describeErrorBody('down for maintenance', 'text/plain', none).message).toBe('"down for maintenance"')
  })
})

describe('quoteServerText: secrets out before the text is collapsed or cut', () => {
  const secretRedact = (text: string) => redact(text, [SST, 'my  pass  word  12'])

  it('no piece of the SST survives a 300-character cut', () => {
    const text = `${'x'.repeat(290)} ${SST}`
    const quoted = quoteServerText(text, secretRedact)
    expect(quoted).not.toContain(SST.slice(0, 8))
    expect(quoted.endsWith(' ***')).toBe(true)
  })

  it('a password with double spaces is removed before the spaces are collapsed', () => {
    expect(quoteServerText('wrong: my  pass  word  12 !', secretRedact)).toBe('wrong: *** !')
  })

  it('line breaks and control characters become one space, so no workflow command can be forged', () => {
    expect(quoteServerText('a\n::error::forged\r\n\x1b[31mred', none)).toBe('a ::error::forged [31mred')
  })

  it('cuts at 300 characters', () => {
    expect(quoteServerText('y'.repeat(400), none)).toBe(`${'y'.repeat(300)}…`)
  })
})

describe('renderTemplate', () => {
  it('fills %s and %d in order, %% stays a percent sign, missing parameters stay as written', () => {
    expect(renderTemplate('%s of %d (%%) %s', ['a', 2])).toBe('a of 2 (%) %s')
    expect(renderTemplate('%s', [{ x: 1 }])).toBe('{"x":1}')
    expect(renderTemplate('%s', 'not a list')).toBe('%s')
  })
})

describe('responseError', () => {
  it('one line with status, message, attempts, request id and hint; the server text redacted', () => {
    const error = responseError(
      'login',
      {
        status: 500,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ error: { message: `oops ${SST}` } }),
        requestId: 'rid:1',
        attempts: 3
      },
      text => redact(text, [SST]),
      { hint: 'Try later' }
    )
    expect(error).toBeInstanceOf(FlexInsightsError)
    expect(error.message).toBe(
      'Flex Insights login failed: HTTP 500: "oops ***" (after 3 attempts) [request id rid:1]. Try later'
    )
    expect(error.kind).toBe('http')
    expect(error.details.status).toBe(500)
  })

  it("quotes the body's requestId (the sub-request) before the header's, when it is a plausible id", () => {
    const answer = (body: unknown) => ({
      status: 400,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      requestId: 'outer:1',
      attempts: 1
    })
    const id = (body: unknown) => responseError('export', answer(body), t => redact(t, [SST])).details.requestId
    expect(id({ error: { message: 'x', requestId: 'outer:1:sub:2' } })).toBe('outer:1:sub:2')
    expect(id({ message: 'x', requestId: 'login:9' })).toBe('login:9')
    expect(id({ error: { message: 'x' } })).toBe('outer:1')
    expect(id({ error: { message: 'x', requestId: 'two words' } })).toBe('outer:1')
    expect(id({ error: { message: 'x', requestId: 'x'.repeat(300) } })).toBe('outer:1')
    expect(id({ error: { message: 'x', requestId: `a:${SST}` } })).toBe('outer:1')
  })
})
