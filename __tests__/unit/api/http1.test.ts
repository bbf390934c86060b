// The strict HTTP/1.1 response parser (src/api/http1.ts), fuzzed: valid and invalid responses
// fed in random cuts must give the same head, body and end, or the same refusal, every time.
import { describe, expect, it } from '@jest/globals'
import { ProtocolError, ResponseParser, type ResponseHead } from '../../../src/api/http1.js'

/** A seeded generator (its high bits: the low ones of this kind repeat quickly). */
function generator(seed: number) {
  let x = seed
  return (n: number) => {
    x = (x * 1103515245 + 12345) & 0x7fffffff
    return (x >>> 8) % n
  }
}

/** `bytes` fed in random cuts (cut into a reused buffer, as the socket engine does); what came out. */
function parse(bytes: Buffer, seed: number, options: { close?: boolean; head?: boolean } = {}) {
  const random = generator(seed)
  let head: ResponseHead | undefined
  const body: Buffer[] = []
  let ended = 0
  const parser = new ResponseParser(
    {
      head: h => (head = h),
      body: chunk => void body.push(Buffer.from(chunk)),
      end: () => void ended++
    },
    options.head
  )
  const slab = Buffer.alloc(64)
  for (let at = 0; at < bytes.length;) {
    const n = Math.min(bytes.length - at, 1 + random(seed % 2 ? 7 : 64))
    bytes.copy(slab, 0, at, at + n)
    parser.feed(slab.subarray(0, n))
    slab.fill(0x58) // the bytes handed on must not be kept past feed()
    at += n
  }
  if (options.close) parser.close()
  return { head, body: Buffer.concat(body).toString('latin1'), ended }
}

const cases = (text: string) => Buffer.from(text, 'latin1')

describe('ResponseParser: valid responses, any cuts', () => {
  it.each([
    ['Content-Length', 'HTTP/1.1 200 OK\r\nContent-Length: 11\r\nX-GDC-REQUEST: a:b\r\n\r\nhello world', 'hello world'],
    [
      'chunked, with an extension and trailers',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n' +
        '5;name=x\r\nhello\r\n6 \r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n',
      'hello world'
    ],
    [
      'upper-case hex',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: Chunked\r\n\r\nA\r\n0123456789\r\n0\r\n\r\n',
      '0123456789'
    ],
    ['204: no body', 'HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n', ''],
    ['an interim 100 first', 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok', 'ok'],
    ['bytes after the end are ignored', 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA', 'ok']
  ])('%s', (_, text, body) => {
    for (let seed = 1; seed <= 60; seed++) {
      const out = parse(cases(text), seed)
      expect(out.head?.status).toBe(text.includes(' 204 ') ? 204 : 200)
      expect(out).toMatchObject({ body, ended: 1 })
    }
  })

  it('a body until the close; repeated headers joined, set-cookie kept apart, names lower-cased', () => {
    const text = 'HTTP/1.0 200 OK\r\nX-A: 1\r\nx-a: 2\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\nuntil the end'
    const out = parse(cases(text), 3, { close: true })
    expect(out.head?.headers).toEqual({ 'x-a': '1, 2', 'set-cookie': ['a=1', 'b=2'] })
    expect(out).toMatchObject({ body: 'until the end', ended: 1 })
  })

  it('HEAD: no body follows, whatever Content-Length says', () => {
    expect(parse(cases('HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n'), 1, { head: true })).toMatchObject({
      body: '',
      ended: 1
    })
  })
})

describe('ResponseParser: refused, any cuts', () => {
  const ok = 'HTTP/1.1 200 OK\r\n'
  it.each([
    ['a bare LF', 'HTTP/1.1 200 OK\nContent-Length: 0\n\n', 'a line ends without CRLF'],
    ['obs-fold', `${ok}X-A: 1\r\n  folded\r\nContent-Length: 0\r\n\r\n`, 'obs-fold'],
    ['a header name with a space', `${ok}Bad Name: 1\r\n\r\n`, 'without a valid name'],
    ['a header without a name', `${ok}: 1\r\n\r\n`, 'without a valid name'],
    ['two equal Content-Lengths', `${ok}Content-Length: 2\r\nContent-Length: 2\r\n\r\nok`, 'more than one'],
    ['two Content-Lengths that differ', `${ok}Content-Length: 2\r\nContent-Length: 3\r\n\r\nok`, 'more than one'],
    ['a list in Content-Length', `${ok}Content-Length: 2, 2\r\n\r\nok`, 'not a number'],
    ['a negative Content-Length', `${ok}Content-Length: -1\r\n\r\n`, 'not a number'],
    ['both framings', `${ok}Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n`, 'both Transfer-Encoding'],
    ['gzip as a transfer coding', `${ok}Transfer-Encoding: gzip, chunked\r\n\r\n`, 'transfer coding'],
    ['a chunk size that is not hex', `${ok}Transfer-Encoding: chunked\r\n\r\nzz\r\n`, 'bad chunk size'],
    ['a 0x chunk size', `${ok}Transfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n`, 'bad chunk size'],
    ['an empty chunk size', `${ok}Transfer-Encoding: chunked\r\n\r\n\r\n`, 'bad chunk size'],
    ['17 hex digits', `${ok}Transfer-Encoding: chunked\r\n\r\n10000000000000000\r\n`, 'bad chunk size'],
    [
      'data longer than its size',
      `${ok}Transfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n`,
      'not followed by CRLF'
    ],
    ['a control character', `${ok}X-A: a\x01b\r\n\r\n`, 'control character'],
    ['HTTP/2', 'HTTP/2 200\r\n\r\n', 'not an HTTP/1.1 status line'],
    ['a two-digit status', 'HTTP/1.1 20 OK\r\n\r\n', 'not an HTTP/1.1 status line'],
    ['a protocol switch', 'HTTP/1.1 101 Switching Protocols\r\n\r\n', 'protocol switch'],
    ['a head over 64 KiB', `${ok}X-A: ${'a'.repeat(70_000)}\r\n\r\n`, 'too large']
  ])('%s', (_, text, message) => {
    for (let seed = 1; seed <= 30; seed++) {
      let error: unknown
      try {
        parse(cases(text), seed)
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(ProtocolError)
      expect((error as ProtocolError).code).toBe('HPE_INVALID')
      expect((error as Error).message).toContain(message)
    }
  })

  it.each([
    ['short of its Content-Length', 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf'],
    ['chunked without its last chunk', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nhalf\r\n'],
    ['inside the head', 'HTTP/1.1 200 OK\r\nContent-Len']
  ])('cut short (%s): ECONNRESET at the close, so it may be fetched again', (_, text) => {
    for (let seed = 1; seed <= 20; seed++) {
      expect(() => parse(cases(text), seed, { close: true })).toThrow(
        expect.objectContaining({ code: 'ECONNRESET', message: 'the connection closed before the end of the response' })
      )
    }
  })

  it('random bytes never hang or throw anything but a ProtocolError', () => {
    const random = generator(11)
    const alphabet = cases('HTTP/1.1 200\r\n:; chunkedContent-Length0123456789abcdefxyz\x00\t')
    for (let round = 0; round < 400; round++) {
      const valid = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n'
      const bytes = cases(valid)
      for (let flips = 1 + random(4); flips > 0; flips--)
        bytes[random(bytes.length)] = alphabet[random(alphabet.length)]
      try {
        parse(bytes, round, { close: true })
      } catch (error) {
        expect(error).toBeInstanceOf(ProtocolError)
      }
    }
  })
})
