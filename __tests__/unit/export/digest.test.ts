import { createHash } from 'node:crypto'
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { FileDigest, StreamDigest } from '../../../src/export/digest.js'

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex')
/** 3 rows after the header, one holding a quoted line break, and ~2.5 MiB so reads take several turns. */
const content = Buffer.concat([
  Buffer.from('"h1","h2"\r\n"a\r\nb","c"\r\n'),
  Buffer.alloc(2_500_000, 'x'),
  Buffer.from('\r\n"d","e"\r\n')
])

let dir: string
let fd: number
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'digest-'))
  fd = openSync(join(dir, 'part'), 'w+')
})
afterEach(() => {
  closeSync(fd)
  rmSync(dir, { recursive: true, force: true })
})

describe('FileDigest', () => {
  it('reads the file back as it grows: the same digest as the bytes streamed', () => {
    const digest = new FileDigest(fd)
    let written = 0
    for (const cut of [10, 1_000_000, content.length]) {
      writeSync(fd, content.subarray(written, cut))
      written = cut
      digest.readTo(cut)
    }
    const streamed = new StreamDigest()
    streamed.update(content)
    expect(digest.result(content.length)).toEqual({ rows: 3, sha256: sha(content) })
    expect(streamed.result()).toEqual({ rows: 3, sha256: sha(content) })
  })

  it('a file shorter than the writer said is an error, not a wrong digest', () => {
    writeSync(fd, content.subarray(0, 100))
    expect(() => new FileDigest(fd).result(200)).toThrow('the file ends at 100 bytes, before 200')
  })

  it('goes back to a mark after the writer cut the file there, whatever it read past it', () => {
    const digest = new FileDigest(fd)
    writeSync(fd, content.subarray(0, 1000), 0, 1000, 0)
    digest.mark(1000)
    writeSync(fd, Buffer.alloc(5000, 'y'), 0, 5000, 1000) // a piece that broke
    digest.readTo(6000)
    ftruncateSync(fd, 1000)
    digest.readTo(6000) // told before the cut: reads what is there, no error
    digest.rewind(1000)
    writeSync(fd, content.subarray(1000), 0, content.length - 1000, 1000)
    expect(digest.result(content.length)).toEqual({ rows: 3, sha256: sha(content) })
    expect(() => digest.rewind(5)).toThrow('no mark at 5 bytes')
  })
})

describe('dist/digest-worker.js', () => {
  /** The bundled worker, started the way background-digest.ts starts it. */
  const ask = (messages: Array<{ written: number; end: boolean; mark?: 'keep' | 'rewind' }>) =>
    new Promise<unknown>((resolve, reject) => {
      const worker = new Worker(join(process.cwd(), 'dist/digest-worker.js'), { workerData: { fd } })
      worker.once('message', answer => {
        resolve(answer)
        void worker.terminate()
      })
      worker.once('error', reject)
      for (const message of messages) worker.postMessage(message)
    })

  it('answers the digest of the bytes written once told the end', async () => {
    writeSync(fd, content)
    const answer = await ask([
      { written: 1_000_000, end: false },
      { written: content.length, end: true }
    ])
    // The thread takes the SHA-256 only: the rows are counted on the main thread (background-digest.ts).
    expect(answer).toEqual({ digest: { rows: 0, sha256: sha(content) } })
  })

  it('keeps a mark and goes back to it when told (a joined piece fetched again)', async () => {
    writeSync(fd, content)
    const answer = await ask([
      { written: 500, end: false, mark: 'keep' },
      { written: 2000, end: false },
      { written: 500, end: false, mark: 'rewind' },
      { written: content.length, end: true }
    ])
    // The thread takes the SHA-256 only: the rows are counted on the main thread (background-digest.ts).
    expect(answer).toEqual({ digest: { rows: 0, sha256: sha(content) } })
  })

  it('answers an error when the file is shorter than told', async () => {
    writeSync(fd, content.subarray(0, 100))
    expect(await ask([{ written: 200, end: true }])).toEqual({ error: 'the file ends at 100 bytes, before 200' })
  })
})
