import { describe, expect, it } from '@jest/globals'
import { RowCounter } from '../../../src/export/csv-rows.js'

const count = (...chunks: string[]) => {
  const counter = new RowCounter()
  for (const chunk of chunks) counter.update(Buffer.from(chunk))
  return counter.rows
}

describe('RowCounter', () => {
  it('counts records after the header, CRLF or LF, with or without a final line break', () => {
    expect(count('"a","b"\r\n"1","2"\r\n"3","4"\r\n')).toBe(2)
    expect(count('a,b\n1,2\n3,4')).toBe(2)
    expect(count('"header"\r\n')).toBe(0)
    expect(count('')).toBe(0)
  })

  it('a quoted value may hold line breaks; an escaped quote does not end the value', () => {
    expect(count('"h"\r\n"line one\r\nline two","x"\r\n"say ""hi""\n again"\r\n')).toBe(2)
  })

  it('gives the same count however the stream is cut into chunks', () => {
    const text = '"h1","h2"\r\n"a\r\nb","c"\r\n"d","e ""q"""\r\n"f","g"'
    for (let cut = 0; cut <= text.length; cut++) expect(count(text.slice(0, cut), text.slice(cut))).toBe(3)
  })
})
