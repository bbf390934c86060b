#!/usr/bin/env node
// @ts-check
// `npm run bench`: what the action costs on the critical path of a job and how fast it exports,
// next to the floor this stack cannot go below and to curl. Every step runs the committed dist/
// as the GitHub runner does (scripts/runner.mjs) against the emulator. Writes BENCHMARKS.md and
// .github/benchmarks.svg. Not a test: it asserts nothing, it reports (CONTRIBUTING.md).
//
//   npm run bench [-- --runs N] [--export-runs N] [--export-sizes MiB,MiB] [--network-size MiB]
//                 [--loopback-size MiB] [--node PATH] [--baseline REV] [--no-write]
//
// By default it measures start-up on Node 24 (the action's runtime, from the npm registry via
// npx) and on the Node that runs this script, exports of 64 MiB and 1 GiB on Node 24, and a
// 256 MiB export over TLS and over links of ≈50 and ≈150 MB/s, and 1 GiB over loopback and TLS
// (scripts/bench/network.mjs).
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { REPO_ROOT } from './runner.mjs'
import { benchExport } from './bench/export.mjs'
import { prepareWork, WORK } from './bench/measure.mjs'
import { markdown, svg } from './bench/report.mjs'
import { benchFilters } from './bench/filters.mjs'
import { benchNetwork } from './bench/network.mjs'
import { benchRows } from './bench/rows.mjs'
import { benchStartup, buildCoreOnly, checkoutAction } from './bench/startup.mjs'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '11' },
    'export-runs': { type: 'string', default: '5' },
    'export-sizes': { type: 'string', default: '64,1024' },
    'network-size': { type: 'string', default: '256' },
    'loopback-size': { type: 'string', default: '1024' },
    node: { type: 'string' },
    baseline: { type: 'string' },
    'no-write': { type: 'boolean', default: false }
  }
})
const runs = Number(values.runs)
const settings = {
  runs,
  shortRuns: 3 * runs,
  rssRuns: 3,
  exportRuns: Number(values['export-runs']),
  networkMiB: Number(values['network-size']),
  loopbackMiB: Number(values['loopback-size'])
}
const sizesMiB = String(values['export-sizes']).split(',').map(Number)
const sized = [runs, settings.exportRuns, settings.networkMiB, settings.loopbackMiB, ...sizesMiB]
if (!sized.every(n => Number.isFinite(n) && n > 0)) {
  throw new Error('--runs, --export-runs, --export-sizes, --network-size and --loopback-size take positive numbers')
}

function node24Path() {
  try {
    return execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    }).trim()
  } catch {
    return undefined
  }
}

function distSize() {
  const dir = join(REPO_ROOT, 'dist')
  const files = readdirSync(dir).filter(f => /\.c?js$/.test(f))
  const total = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0)
  return { files: files.length, total, loadedByCachedToken: statSync(join(dir, 'cli.cjs')).size }
}

prepareWork()
process.stderr.write('building the core-only floor bundles\n')
const coreOnly = await buildCoreOnly(true)
const coreLazy = await buildCoreOnly(false)
/** @type {Array<{ path: string, primary: boolean }>} */
const nodes = []
if (values.node) nodes.push({ path: values.node, primary: true })
else {
  const n24 = node24Path()
  if (n24) nodes.push({ path: n24, primary: true })
  else process.stderr.write('Node 24 is not available through npx; measuring on this Node only\n')
  nodes.push({ path: process.execPath, primary: !n24 })
}
const baseline = values.baseline ? { rev: values.baseline, dir: checkoutAction(values.baseline) } : undefined
const startups = []
for (const n of nodes) {
  const counts = { runs, shortRuns: settings.shortRuns }
  startups.push({ ...(await benchStartup(n.path, coreOnly, coreLazy, counts, baseline)), primary: n.primary })
}
const primary = nodes.find(n => n.primary) ?? nodes[0]
const exports = await benchExport(primary.path, { sizesMiB, runs: settings.exportRuns })
const filters = await benchFilters(primary.path, { runs: Math.min(settings.exportRuns, 5) })
const network = await benchNetwork(primary.path, {
  sizeMiB: settings.networkMiB,
  largeMiB: settings.loopbackMiB,
  runs: Math.min(settings.exportRuns, 5)
})
const rows = benchRows(primary.path, 64, 5)
const md = markdown(startups, exports, rows, distSize(), settings, filters, network)
process.stdout.write(`\n${md}`)
if (!values['no-write']) {
  writeFileSync(join(REPO_ROOT, 'BENCHMARKS.md'), md)
  mkdirSync(join(REPO_ROOT, '.github'), { recursive: true })
  writeFileSync(
    join(REPO_ROOT, '.github', 'benchmarks.svg'),
    svg(startups.find(r => r.primary) ?? startups[0], exports)
  )
  process.stderr.write('wrote BENCHMARKS.md and .github/benchmarks.svg\n')
}
rmSync(WORK, { recursive: true, force: true })
