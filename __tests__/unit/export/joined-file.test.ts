import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { FlexInsightsError } from '../../../src/api/errors.js'
import type { StreamedResponse } from '../../../src/api/streamed-answer.js'
import { headerEnd, JoinedFile } from '../../../src/export/joined-file.js'
import type { ReportProgress } from '../../../src/export/progress.js'

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex')
const HEADER = '"Date","Queue"\r\n'
const piece = { from: '2026-01-01', to: '2026-01-01' }

/** A result's answer whose body arrives in the given chunks, then fails with `error` if given. */
function answer(chunks: Array<string | Buffer>, error?: Error): StreamedResponse {
  const body = new Readable({ read() {} })
  for (const chunk of chunks) body.push(Buffer.from(chunk))
  if (error) setImmediate(() => body.destroy(error))
  else body.push(null)
  return { status: chunks.length ? 200 : 204, headers: {}, body, requestId: 'r' } as unknown as StreamedResponse
}

/** `text` cut at random places (a seeded generator: the same cuts every run). */
function cuts(text: string, seed: number): string[] {
  const parts: string[] = []
  let x = seed
  for (let at = 0; at < text.length;) {
    x = (x * 1103515245 + 12345) % 2 ** 31
    const size = 1 + (x % 7)
    parts.push(text.slice(at, at + size))
    at += size
  }
  return parts
}

let dir: string
let progress: ReportProgress
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'joined-'))
  progress = { label: '1', startedAt: 0, polls: 0, bytes: 0 }
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('JoinedFile', () => {
  it('one header, the pieces in order, an empty piece adding nothing, whatever the chunk cuts', async () => {
    const bodies = [`${HEADER}"a","1"\r\n"b","2"\r\n`, '', `${HEADER}"c","multi\r\nline"\r\n`, `${HEADER}"d","4"\r\n`]
    const want = Buffer.from(`${HEADER}"a","1"\r\n"b","2"\r\n"c","multi\r\nline"\r\n"d","4"\r\n`)
    for (const seed of [1, 2, 3, 4, 5]) {
      const target = join(dir, `out-${seed}.csv`)
      const file = new JoinedFile(target)
      for (const body of bodies) await file.append(answer(body ? cuts(body, seed) : []), progress, piece)
      expect(await file.commit(false)).toEqual({ bytes: want.length, rows: 4, sha256: sha(want) })
      expect(readFileSync(target).equals(want)).toBe(true)
    }
    expect(readdirSync(dir).filter(f => f.endsWith('.part'))).toEqual([])
  })

  it('a piece that ends without a line break: the next rows start on a line of their own', async () => {
    const target = join(dir, 'out.csv')
    const file = new JoinedFile(target)
    await file.append(answer(['"Date","Queue"']), progress, piece) // a header only, no line break
    await file.append(answer([`${HEADER}"a","1"`]), progress, piece)
    await file.append(answer([`${HEADER}"b","2"\r\n`]), progress, piece)
    await file.commit(false)
    expect(readFileSync(target, 'utf8')).toBe(`${HEADER}"a","1"\r\n"b","2"\r\n`)
  })

  it('a header that differs: an error naming both, not retryable, and the file as it was', async () => {
    const target = join(dir, 'out.csv')
    const file = new JoinedFile(target)
    await file.append(answer([`${HEADER}"a","1"\r\n`]), progress, piece)
    const error = await file
      .append(answer(['"Date","Agent"\r\n"b","2"\r\n']), progress, { from: '2026-01-02', to: '2026-01-02' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FlexInsightsError)
    expect((error as FlexInsightsError).details.retryable).toBe(false)
    expect((error as Error).message).toContain(
      'the piece 2026-01-02_2026-01-02: its header "\\"Date\\",\\"Agent\\"" differs from the first piece\'s ' +
        '"\\"Date\\",\\"Queue\\""'
    )
    expect(file.bytes).toBe(Buffer.byteLength(`${HEADER}"a","1"\r\n`))
    file.discard()
    expect(readdirSync(dir)).toEqual([])
  })

  it('a body that breaks: the file and digest go back to the piece start, and the piece can come again', async () => {
    const target = join(dir, 'out.csv')
    const file = new JoinedFile(target)
    await file.append(answer([`${HEADER}"a","1"\r\n`]), progress, piece)
    const broken = new FlexInsightsError('download', 'reset', { kind: 'network', retryable: true })
    await expect(file.append(answer([HEADER, '"b","2"\r\n"half'], broken), progress, piece)).rejects.toBe(broken)
    await file.append(answer([`${HEADER}"b","2"\r\n`]), progress, piece)
    const want = Buffer.from(`${HEADER}"a","1"\r\n"b","2"\r\n`)
    expect(await file.commit(false)).toEqual({ bytes: want.length, rows: 2, sha256: sha(want) })
    expect(readFileSync(target).equals(want)).toBe(true)
  })

  it('the first piece breaking forgets its header: the next answer is the first again', async () => {
    const target = join(dir, 'out.csv')
    const file = new JoinedFile(target)
    const broken = new FlexInsightsError('download', 'reset', { kind: 'network', retryable: true })
    await expect(file.append(answer(['"Old"\r\n"x"'], broken), progress, piece)).rejects.toBe(broken)
    await file.append(answer([`${HEADER}"a","1"\r\n`]), progress, piece)
    await file.commit(false)
    expect(readFileSync(target, 'utf8')).toBe(`${HEADER}"a","1"\r\n`)
  })

  it('an existing target without clobber: refused at commit, no part file left', async () => {
    const target = join(dir, 'out.csv')
    const first = new JoinedFile(target)
    await first.append(answer([HEADER]), progress, piece)
    await first.commit(false)
    const second = new JoinedFile(target)
    await second.append(answer([HEADER]), progress, piece)
    await expect(second.commit(false)).rejects.toThrow('already exists')
    second.discard()
    expect(readdirSync(dir)).toEqual(['out.csv'])
  })
})

describe('headerEnd', () => {
  it.each([
    ['"a","b"\r\nrest', 9],
    ['"a\nb","c"\nrest', 10],
    ['no line break', -1],
    ['"open\nquote', -1]
  ])('%j ends at %d', (text, end) => {
    expect(headerEnd(Buffer.from(text))).toBe(end)
  })
})
