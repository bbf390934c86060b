// @ts-check
// Filters: what a day's export costs next to an unfiltered one (time and requests: one
// identifiers request per workspace, one validElements per filtered label), and --split-by day
// over 30 days with --parallel 4 against 1.3 × (30 / 4) × one piece's time, into 30 files and
// joined into one (--join). Every report takes
// the emulator some compute time (pendingMs), as a real export does.
import { mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { startEmulator, DEMO_LOGIN, DEMO_PASSWORD } from '../emulator.mjs'
import { RunnerJob } from '../runner.mjs'
import { median, WORK } from './measure.mjs'

const WS = 'benchfilters'
const COMPUTE_MS = 300

/**
 * @typedef {{ step: string, ms: number, identifiers: number, validElements: number, starts: number }} FilterRow
 * @typedef {{ rows: FilterRow[], split: { ms: number, pieceMs: number, limitMs: number, ok: boolean },
 *   join: { ms: number, ok: boolean } }} FiltersBench
 */

/**
 * @param {string} node
 * @param {{ runs: number }} options
 * @returns {Promise<FiltersBench>}
 */
export async function benchFilters(node, options) {
  process.stderr.write('== filters\n')
  const report = { id: '501', title: 'Bench filters', rows: 20_000, pendingMs: COMPUTE_MS }
  const emu = await startEmulator({ workspaces: [{ id: WS, reports: [report] }] })
  const job = new RunnerJob({ node })
  const dir = mkdtempSync(join(WORK, 'filters-'))
  try {
    const main = await job.uses({
      with: { login: DEMO_LOGIN, password: DEMO_PASSWORD, 'api-url': emu.url, workspace: WS }
    })
    if (main.exitCode !== 0) throw new Error(main.stdout + main.stderr)
    const shim = join(main.path[0], 'flex-insights')
    /** One run of `export 501 …args`: its time and the requests it made. @param {string[]} args */
    const once = async args => {
      const before = emu.log.length
      const run = await job.exec(shim, ['export', '501', '-D', dir, '--clobber', ...args])
      if (run.exitCode !== 0) throw new Error(run.stderr)
      const log = emu.log.slice(before)
      const count = (/** @type {RegExp} */ re) => log.filter(e => re.test(e.path)).length
      return {
        ms: run.durationMs,
        identifiers: count(/\/identifiers$/),
        validElements: count(/\/validElements$/),
        starts: count(/\/execute\/raw$/)
      }
    }
    /** Median time of `runs` runs, with the request counts of the last. @param {string} step @param {string[]} args */
    const row = async (step, args) => {
      const runs = []
      for (let i = 0; i < options.runs; i++) runs.push(await once(args))
      return { step, ...runs[runs.length - 1], ms: median(runs.map(r => r.ms)) }
    }
    const rows = [
      await row('unfiltered', []),
      await row('one day (--date)', ['--date', '2026-01-05']),
      await row('one day and a --filter', ['--date', '2026-01-05', '--filter', 'label.conversations.queue=queue-4'])
    ]
    const split = await row('30 days, --split-by day --parallel 4', [
      ...['--from', '2026-01-01', '--to', '2026-01-30', '--split-by', 'day', '--parallel', '4']
    ])
    rows.push(split)
    // --join: the same pieces into one file, downloaded in date order as the next ones compute.
    const joined = await row('30 days, --split-by day --join --parallel 4', [
      ...['--from', '2026-01-01', '--to', '2026-01-30', '--split-by', 'day', '--join', '--parallel', '4']
    ])
    rows.push(joined)
    const pieceMs = rows[1].ms
    const limitMs = 1.3 * (30 / 4) * pieceMs
    return {
      rows,
      split: { ms: split.ms, pieceMs, limitMs, ok: split.ms <= limitMs },
      join: { ms: joined.ms, ok: joined.ms <= limitMs }
    }
  } finally {
    await job.runPosts()
    job.cleanup()
    await emu.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * The BENCHMARKS.md section.
 * @param {FiltersBench} f @param {(n: number, d?: number) => string} fmt @param {(ok: boolean) => string} mark
 */
export function filtersSection(f, fmt, mark) {
  return [
    '## Filters',
    '',
    `\`flex-insights export\` of one report that takes the emulator ${COMPUTE_MS} ms to compute, with and without ` +
      'filters; medians. A date option costs one identifiers request for the date label; a `--filter` one ' +
      'validElements request per label; both once per run, whatever the number of pieces.',
    '',
    '| export | median wall | identifiers requests | validElements requests | exports started |',
    '|---|---|---|---|---|',
    ...f.rows.map(r => `| ${r.step} | ${fmt(r.ms, 0)} ms | ${r.identifiers} | ${r.validElements} | ${r.starts} |`),
    '',
    `30 pieces with \`--parallel 4\`: ${fmt(f.split.ms, 0)} ms against 1.3 × (30 / 4) × one piece ` +
      `(${fmt(f.split.pieceMs, 0)} ms) = ${fmt(f.split.limitMs, 0)} ms ${mark(f.split.ok)}`,
    '',
    `The same 30 pieces with \`--join\` (one file): ${fmt(f.join.ms, 0)} ms ${mark(f.join.ok)}, ` +
      `${fmt(f.join.ms / f.split.ms, 2)} × the 30 files. Each piece is written once, straight into the one ` +
      'part file, while the next ones compute: nothing is spooled or read a second time.',
    ''
  ]
}
