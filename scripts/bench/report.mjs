// @ts-check
// BENCHMARKS.md and .github/benchmarks.svg from the figures of one `npm run bench`.
import { cpus, totalmem } from 'node:os'
import { decisions, fmt } from './decisions.mjs'
import { filtersSection } from './filters.mjs'
import { networkSection } from './network.mjs'

/**
 * @typedef {import('./startup.mjs').StartupResult & { primary: boolean }} Startup
 * @typedef {import('./startup.mjs').Row} Row
 * @typedef {import('./export.mjs').ExportBench} ExportBench
 * @typedef {ReturnType<typeof import('./rows.mjs').benchRows>} RowsBench
 * @typedef {{ runs: number, shortRuns: number, rssRuns: number, exportRuns: number, networkMiB: number,
 *   loopbackMiB: number }} Settings
 * @typedef {{ files: number, total: number, loadedByCachedToken: number }} DistSize
 */

/** @param {boolean} ok */
const mark = ok => (ok ? '✅' : '❌')

/** @param {Row} row */
function targetOf(row) {
  if (row.step.startsWith('flex-insights token (cached)')) return { limit: 1.3, text: '≤ 1.30 × node -e 0' }
  // A baseline row (", REV") is for comparison only.
  if (/^(main|post) \([^)]*\)$/.test(row.step)) return { limit: 1.1, text: '≤ 1.10 × floor' }
  return { limit: undefined, text: '' }
}

/** @param {Startup} r @param {Settings} settings */
function startupSection(r, settings) {
  const lines = [`### ${r.version}${r.primary ? " (the action's runtime)" : ''}`, '']
  lines.push(
    `Floors: \`node -e 0\` **${fmt(r.floors.node.wall)} ms**, ${fmt(r.floors.node.rss)} MB; ` +
      `a bundle that only imports \`@actions/core\` **${fmt(r.floors.core.wall)} ms**, ${fmt(r.floors.core.rss)} MB ` +
      `(the same bundle with undici deferred as \`dist/\` does it: ${fmt(r.floors.coreLazy.wall)} ms, ` +
      `${fmt(r.floors.coreLazy.rss)} MB). Median of ${settings.runs} runs (${settings.shortRuns} for ` +
      '`node -e 0` and the cached token).',
    ''
  )
  lines.push('| step | latency | requests (expected) | median wall | floor | ratio | target | peak RSS |')
  lines.push('|---|---|---|---|---|---|---|---|')
  for (const row of r.rows) {
    const t = targetOf(row)
    const ok = t.limit === undefined ? '' : ` ${mark(row.ratio <= t.limit)}`
    lines.push(
      `| ${row.step} | ${row.latencyMs} ms | ${row.requests} (${row.expected}) ` +
        `${mark(row.requests === row.expected)} | ${fmt(row.wall)} ms | ${fmt(row.floorMs)} ms ` +
        `(${row.floorName}) | ${fmt(row.ratio, 2)}${ok} | ${t.text} | ${fmt(row.rss)} MB |`
    )
  }
  lines.push('')
  return lines
}

/** @param {ExportBench} e @param {Settings} settings */
function exportSection(e, settings) {
  const lines = ['## Export', '']
  lines.push(
    `\`flex-insights export\` (the command the action puts on PATH, from the committed \`dist/\`) and ` +
      `\`${e.curl.split(' ').slice(0, 2).join(' ')}\` fetch the same result URL of the same emulator, ` +
      `alternately, ${settings.exportRuns} times each; both write to ${e.folder}. Medians; wall time includes ` +
      `each process's start. "Node floor" is \`scripts/bench/node-download.mjs\`: \`node:http\` into a file and ` +
      `nothing else, what any Node client pays before doing any work. The export also reads the session file, ` +
      `starts the export (POST, first poll), takes the SHA-256 and the row count of every byte and renames a ` +
      `part file into place.`,
    ''
  )
  lines.push('| transfer | size | curl | Node floor | flex-insights export | ratio to curl | target |')
  lines.push('|---|---|---|---|---|---|---|')
  for (const t of e.throughput) {
    const limit = t.mode === 'identity' ? 0.9 : 0.8
    const rate = (/** @type {number} */ ms) => `${fmt(ms, 0)} ms, ${fmt(t.bytes / 1e6 / (ms / 1000), 0)} MB/s`
    lines.push(
      `| ${t.mode === 'gzip' ? 'gzip (`curl --compressed`)' : 'identity'} | ${t.sizeMiB} MiB | ` +
        `${rate(t.curl)} | ${rate(t.floor)} (${fmt(t.curl / t.floor, 2)}) | ${rate(t.ours)} | ` +
        `${fmt(t.ratio, 2)} ${mark(t.ratio >= limit)} | ≥ ${limit} × curl |`
    )
  }
  const identity = e.rss.filter(r => r.mode === 'identity')
  const small = identity[0]
  const large = identity[identity.length - 1]
  const spread = Math.abs(large.mb - small.mb) / small.mb
  lines.push('', '| peak RSS of the command | MB (10⁶ bytes) | target |', '|---|---|---|')
  for (const r of e.rss) lines.push(`| ${r.mode}, ${r.sizeMiB} MiB | ${fmt(r.mb)} | ≤ 100 ${mark(r.mb <= 100)} |`)
  lines.push(
    `| change from ${small.sizeMiB} MiB to ${large.sizeMiB} MiB | ${fmt(spread * 100)} % | ≤ 10 % ` +
      `${mark(spread <= 0.1)} |`,
    ''
  )
  lines.push('| behaviour | measured | target |', '|---|---|---|')
  lines.push(
    `| ${e.parallel.reports} parallel exports, TT expired | ${e.parallel.tokenRequests} token ` +
      `request${e.parallel.tokenRequests === 1 ? '' : 's'}, ${e.parallel.ok ? 'all written' : 'FAILED'} | ` +
      `exactly 1 ${mark(e.parallel.tokenRequests === 1 && e.parallel.ok)} |`,
    `| ready after 3 × 202 | ${fmt(e.polling.ms, 0)} ms against ${e.polling.scheduleMs} ms of scheduled waits ` +
      `+ ${fmt(e.polling.downloadMs, 0)} ms for the same export ready at once: ${fmt(e.polling.ratio, 2)} | ≤ ` +
      `1.2 ${mark(e.polling.ratio <= 1.2)} |`,
    ''
  )
  return lines
}

/**
 * @param {Startup[]} startups @param {ExportBench | undefined} exports @param {RowsBench} rows
 * @param {DistSize} size @param {Settings} settings
 * @param {import('./filters.mjs').FiltersBench} [filters]
 * @param {import('./network.mjs').NetworkBench} [network]
 */
export function markdown(startups, exports, rows, size, settings, filters, network) {
  const p = startups.find(r => r.primary) ?? startups[0]
  const lines = ['# Benchmarks', '']
  lines.push(
    `Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ` +
      `${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB. Every step runs the committed ` +
      `\`dist/\` as the GitHub runner runs it (\`scripts/runner.mjs\`: INPUT_* env, file commands, STATE_* for ` +
      `post) against the emulator (\`scripts/emulator.mjs\`). Peak RSS is the median of ${settings.rssRuns} ` +
      `separate runs with a preload that reads the process's own VmHWM at exit. RT = one round trip of injected ` +
      `latency.`,
    '',
    '![time against floor per step](.github/benchmarks.svg)',
    ''
  )
  // What a user sees first: the export over a link and over TLS, against curl.
  if (network) lines.push(...networkSection(network, fmt, mark))
  lines.push('## Start-up', '')
  for (const r of startups) lines.push(...startupSection(r, settings))
  if (exports) lines.push(...exportSection(exports, settings))
  if (filters) lines.push(...filtersSection(filters, fmt, mark))
  lines.push(...decisions(p, exports, rows, network))
  lines.push(
    `\`dist/\`: ${size.files} JavaScript files, ${fmt(size.total / 1024, 0)} KiB in all (main, post and the ` +
      `command share one bundle and its chunks); a cached \`flex-insights token\` loads only \`dist/cli.cjs\`, ` +
      `${fmt(size.loadedByCachedToken / 1024, 1)} KiB.`,
    ''
  )
  return `${lines.join('\n')}\n`
}

/** @param {Startup} result @param {ExportBench | undefined} e */
export function svg(result, e) {
  /** @type {Array<{ step: string, wall: number, floorMs: number }>} */
  const bars = [
    { step: 'node -e 0', wall: result.floors.node.wall, floorMs: result.floors.node.wall },
    { step: 'core-only bundle', wall: result.floors.core.wall, floorMs: result.floors.core.wall },
    { step: 'core-only, undici deferred', wall: result.floors.coreLazy.wall, floorMs: result.floors.core.wall },
    ...result.rows.map(r => ({ step: `${r.step}, ${r.latencyMs} ms`, wall: r.wall, floorMs: r.floorMs }))
  ]
  const max = Math.max(...bars.map(r => Math.max(r.wall, r.floorMs)))
  const W = 820
  const left = 290
  const barW = W - left - 90
  const rowH = 30
  const exportRows = e ? e.throughput.length : 0
  const H = 50 + bars.length * rowH + (e ? 40 + exportRows * rowH : 0) + 10
  /** @param {number} v */
  const x = v => (v / max) * barW
  /** @param {string} s */
  const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="10" y="20" font-size="14" font-weight="bold">${esc(result.version)}: median wall time per step ` +
      `(ms); dark = measured, light = floor</text>`
  ]
  bars.forEach((r, i) => {
    const y = 36 + i * rowH
    parts.push(`<text x="${left - 8}" y="${y + 15}" text-anchor="end">${esc(r.step)}</text>`)
    parts.push(`<rect x="${left}" y="${y}" width="${x(r.floorMs).toFixed(1)}" height="9" fill="#c6dbef"/>`)
    parts.push(`<rect x="${left}" y="${y + 11}" width="${x(r.wall).toFixed(1)}" height="11" fill="#2171b5"/>`)
    parts.push(`<text x="${left + x(r.wall) + 4}" y="${y + 21}">${fmt(r.wall)}</text>`)
  })
  if (e) {
    const top = 36 + bars.length * rowH + 10
    parts.push(
      `<text x="10" y="${top + 12}" font-size="14" font-weight="bold">Export throughput (MB/s); dark = ` +
        `flex-insights export, light = curl</text>`
    )
    const rates = e.throughput.flatMap(t => [t.bytes / 1e3 / t.curl, t.bytes / 1e3 / t.ours])
    const top2 = Math.max(...rates)
    e.throughput.forEach((t, i) => {
      const y = top + 24 + i * rowH
      const ours = t.bytes / 1e3 / t.ours
      const curl = t.bytes / 1e3 / t.curl
      parts.push(`<text x="${left - 8}" y="${y + 15}" text-anchor="end">${t.mode}, ${t.sizeMiB} MiB</text>`)
      parts.push(`<rect x="${left}" y="${y}" width="${((curl / top2) * barW).toFixed(1)}" height="9" fill="#c6dbef"/>`)
      parts.push(
        `<rect x="${left}" y="${y + 11}" width="${((ours / top2) * barW).toFixed(1)}" height="11" fill="#2171b5"/>`
      )
      parts.push(
        `<text x="${left + (ours / top2) * barW + 4}" y="${y + 21}">${fmt(ours, 0)} (curl ${fmt(curl, 0)})</text>`
      )
    })
  }
  parts.push('</svg>')
  return `${parts.join('\n')}\n`
}
