// inflate.ts against zlib's own decoders: gzip and deflate bodies split at random points give the
// same bytes as gunzipSync, in views of one buffer; corrupt, cut and foreign bodies fail with
// zlib's codes, as the stream decoder does (body.ts), so failures.ts reads them alike.
import zlib from 'node:zlib'
import { describe, expect, it } from '@jest/globals'
import { Inflater } from '../../../src/api/inflate.js'

/** A report-like CSV: quoted values, CRLF, some variety, so zlib makes many pieces of it. */
const csv = Buffer.from(
  Array.from({ length: 60_000 }, (_, i) => `"2026-01-${(i % 28) + 1}","agent-${(i * 7919) % 997}","${i}"\r\n`).join('')
)

/** A deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let x = seed
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
}

/** `body` fed in random slices; what came out, copied, or zlib's error. */
function inflate(body: Buffer, next: () => number, buffers?: Set<ArrayBufferLike>): Buffer {
  const inflater = Inflater.create() as Inflater
  const out: Buffer[] = []
  const take = (piece: Buffer): void => {
    buffers?.add(piece.buffer)
    out.push(Buffer.from(piece))
  }
  for (let at = 0; at < body.length;) {
    const size = 1 + Math.floor(next() ** 3 * 200_000)
    for (const piece of inflater.pieces(body.subarray(at, at + size))) take(piece)
    at += size
  }
  for (const piece of inflater.end()) take(piece)
  return Buffer.concat(out)
}

const failure = (body: Buffer): unknown => {
  try {
    inflate(body, random(1))
  } catch (error) {
    return error
  }
  return 'no error'
}

describe('Inflater', () => {
  it('is available on the Node versions the action runs on', () => {
    expect(Inflater.supported()).toBe(true)
  })

  it('gzip, zlib deflate and multi-member gzip, split at random points, come out as zlib decodes them', () => {
    const gzip = zlib.gzipSync(csv)
    for (let seed = 1; seed <= 20; seed++) {
      const buffers = new Set<ArrayBufferLike>()
      expect(inflate(gzip, random(seed), buffers).equals(csv)).toBe(true)
      expect(buffers.size).toBe(1)
    }
    expect(inflate(zlib.deflateSync(csv), random(3)).equals(csv)).toBe(true)
    const twice = Buffer.concat([gzip, zlib.gzipSync(csv.subarray(0, 1000))])
    expect(inflate(twice, random(4)).equals(zlib.gunzipSync(twice))).toBe(true)
  })

  it('a piece is handed over before the next is made: the generator waits for its reader', () => {
    const inflater = Inflater.create() as Inflater
    const pieces = inflater.pieces(zlib.gzipSync(csv))
    const first = Buffer.from(pieces.next().value as Buffer)
    const second = pieces.next().value as Buffer
    expect(first.equals(csv.subarray(0, first.length))).toBe(true)
    expect(second.equals(csv.subarray(first.length, first.length + second.length))).toBe(true)
    inflater.dispose()
  })

  it('a corrupt, cut, empty or foreign body fails with the code zlib gives it', () => {
    const gzip = zlib.gzipSync(csv)
    const corrupt = Buffer.from(gzip)
    corrupt.fill(0x55, 2000, 2100)
    expect(failure(corrupt)).toMatchObject({ code: 'Z_DATA_ERROR' })
    expect(failure(gzip.subarray(0, gzip.length - 4))).toMatchObject({ code: 'Z_BUF_ERROR' })
    expect(failure(gzip.subarray(0, 100))).toMatchObject({ code: 'Z_BUF_ERROR' })
    expect(failure(Buffer.alloc(0))).toMatchObject({ code: 'Z_BUF_ERROR' })
    expect(failure(Buffer.from('"Date","Agent"\r\n'))).toMatchObject({ code: 'Z_DATA_ERROR' })
  })
})
