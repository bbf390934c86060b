// @ts-check
// The row counter (src/export/csv-rows.ts) against the plain byte loop it replaced, on the
// emulator's CSV: every byte of an export passes through it, on the digest thread or inline.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { csvChunks, rowsForBytes } from '../emulator/csv.mjs'
import { REPO_ROOT } from '../runner.mjs'
import { median } from './measure.mjs'

/** The plain rule, one byte at a time: what csv-rows.ts did before the word loop. */
class ByteLoop {
  quoted = false
  records = 0
  /** @param {Uint8Array} chunk */
  update(chunk) {
    let quoted = this.quoted
    let records = this.records
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]
      if (byte === 0x22) quoted = !quoted
      else if (byte === 0x0a && !quoted) records++
    }
    this.quoted = quoted
    this.records = records
  }
}

/** The counter as shipped, compiled from src/ in memory. */
async function shippedCounter() {
  const source = readFileSync(join(REPO_ROOT, 'src/export/csv-rows.ts'), 'utf8')
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
  })
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`)
  return /** @type {new () => { update(chunk: Uint8Array): void, rows: number }} */ (module.RowCounter)
}

/**
 * MB/s of each, over `sizeMiB` of CSV cut into 64 KiB chunks (what a socket read gives).
 * @param {number} sizeMiB @param {number} runs
 */
export async function benchRows(sizeMiB, runs) {
  const data = Buffer.concat([...csvChunks({ rows: rowsForBytes(sizeMiB * 1024 * 1024) })])
  /** @type {Buffer[]} */
  const chunks = []
  for (let at = 0; at < data.length; at += 65536) chunks.push(data.subarray(at, at + 65536))
  const RowCounter = await shippedCounter()
  /** @param {() => { update(chunk: Uint8Array): void }} make */
  const speed = make => {
    const times = []
    for (let i = 0; i < runs; i++) {
      const counter = make()
      const began = performance.now()
      for (const chunk of chunks) counter.update(chunk)
      times.push(performance.now() - began)
    }
    return data.length / 1e6 / (median(times) / 1000)
  }
  const plain = speed(() => new ByteLoop())
  const words = speed(() => new RowCounter())
  return { sizeMiB, plain, words, ratio: words / plain }
}
