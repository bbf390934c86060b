import { describe, expect, it } from '@jest/globals'
import { byteRecords, simdRecords } from '../../../src/export/csv-simd.js'
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

/** The rule in its plainest form, to check the word-at-a-time loop against. */
function reference(bytes: Uint8Array): number {
  let quoted = false
  let records = 0
  let open = false
  for (const byte of bytes) {
    if (byte === 0x22) {
      quoted = !quoted
      open = true
    } else if (byte === 0x0a && !quoted) {
      records++
      open = false
    } else if (byte !== 0x0d) open = true
  }
  return Math.max(0, records + (open ? 1 : 0) - 1)
}

describe('RowCounter against the plain rule', () => {
  it.each([
    ['dense line feeds', '"\n\r,ab""\n', 200],
    // Long runs of blocks without a line feed, and blocks full of quotes.
    ['rare line feeds', '"""",,,,abcdefghijklmnopqrstuvwxyz\r\n', 2000]
  ])('agrees on random CSV-like bytes (%s) cut at random, unaligned places', (_, chars, size) => {
    let seed = 7
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return (seed >>> 12) % n // the high bits: the low ones of this generator repeat quickly
    }
    const alphabet = Buffer.from(chars)
    for (let round = 0; round < 300; round++) {
      // A larger buffer with an odd offset, so the words start unaligned.
      const backing = Buffer.alloc(1 + random(size) + 64)
      const bytes = backing.subarray(1 + random(3))
      for (let i = 0; i < bytes.length; i++) bytes[i] = alphabet[random(alphabet.length)]
      const counter = new RowCounter()
      for (let at = 0; at < bytes.length;) {
        const next = Math.min(bytes.length, at + 1 + random(size / 5))
        counter.update(bytes.subarray(at, next))
        at = next
      }
      expect(counter.rows).toBe(reference(bytes))
    }
  })
})

describe('the SIMD count (csv-simd.ts)', () => {
  it('runs on the Node versions the action runs on', () => {
    expect(simdRecords(Buffer.from('"a\nb"\n\n'), 0)).toBe(2 * 2 + 0)
    expect(simdRecords(Buffer.from('x"\n'), 1)).toBe(1 * 2 + 0) // the quote closes the value
  })

  it('a chunk larger than the module holds at once (1 MiB) is counted in pieces, quotes carried across', () => {
    let seed = 11
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return (seed >>> 12) % n
    }
    const alphabet = Buffer.from('"\n,abcdefgh\r')
    const bytes = Buffer.alloc(2.5 * 1024 * 1024 + 7)
    for (let i = 0; i < bytes.length; i++) bytes[i] = alphabet[random(alphabet.length)]
    const counter = new RowCounter()
    counter.update(bytes)
    expect(counter.rows).toBe(reference(bytes))
    // Where WebAssembly cannot run, the byte loop gives the same.
    expect(byteRecords(bytes, 0)).toBe(simdRecords(bytes, 0))
    expect(byteRecords(bytes, 1)).toBe(simdRecords(bytes, 1))
  })
})
