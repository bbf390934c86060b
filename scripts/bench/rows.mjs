// @ts-check
// The row counter (src/export/csv-rows.ts) against the plain byte loop and against finding the
// line feeds alone with indexOf (what a count that ignores quotes would cost), on the bench's
// wide CSV (12 quoted columns): every byte of an export passes through it. Measured in a child
// on the given Node (the action's runtime), as `node rows.mjs --child MiB RUNS` prints its
// figures as JSON.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { fileURLToPath, pathToFileURL } from 'node:url'
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

/** Line feeds found with indexOf, quotes ignored: the floor a quote-aware count is held to. */
class LineFeeds {
  records = 0
  /** @param {Buffer} chunk */
  update(chunk) {
    for (let at = chunk.indexOf(0x0a); at >= 0; at = chunk.indexOf(0x0a, at + 1)) this.records++
  }
}

/** The counter as shipped: csv-rows.ts and csv-simd.ts from src/, compiled into a temporary folder. */
async function shippedCounter() {
  const dir = mkdtempSync(join(tmpdir(), 'flex-insights-rows-'))
  for (const name of ['csv-rows', 'csv-simd']) {
    const source = readFileSync(join(REPO_ROOT, `src/export/${name}.ts`), 'utf8')
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
    })
    writeFileSync(join(dir, `${name}.mjs`), outputText.replace("'./csv-simd.js'", "'./csv-simd.mjs'"))
  }
  try {
    const module = await import(pathToFileURL(join(dir, 'csv-rows.mjs')).href)
    return /** @type {new () => { update(chunk: Uint8Array): void, rows: number }} */ (module.RowCounter)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * MB/s of each on `node`, over `sizeMiB` of CSV cut into 64 KiB chunks (what a socket read gives).
 * @param {string} node @param {number} sizeMiB @param {number} runs
 * @returns {{ sizeMiB: number, plain: number, simd: number, lineFeeds: number, ratio: number, node: string }}
 */
export function benchRows(node, sizeMiB, runs) {
  const script = fileURLToPath(import.meta.url)
  return JSON.parse(execFileSync(node, [script, '--child', String(sizeMiB), String(runs)], { encoding: 'utf8' }))
}

/** @param {number} sizeMiB @param {number} runs */
async function measureRows(sizeMiB, runs) {
  const data = Buffer.concat([...csvChunks({ rows: rowsForBytes(sizeMiB * 1024 * 1024, true), wide: true })])
  /** @type {Buffer[]} */
  const chunks = []
  for (let at = 0; at < data.length; at += 65536) chunks.push(data.subarray(at, at + 65536))
  const RowCounter = await shippedCounter()
  /** @param {() => { update(chunk: Buffer): void }} make */
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
  const simd = speed(() => new RowCounter())
  const lineFeeds = speed(() => new LineFeeds())
  return { sizeMiB, plain, simd, lineFeeds, ratio: simd / plain, node: process.version }
}

if (process.argv[2] === '--child') {
  process.stdout.write(JSON.stringify(await measureRows(Number(process.argv[3]), Number(process.argv[4]))))
}
