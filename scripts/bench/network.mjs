// @ts-check
// Where users feel the export: `flex-insights export` next to curl over plain-HTTP loopback,
// over TLS loopback (a certificate made here and trusted through NODE_EXTRA_CA_CERTS and
// --cacert), and over a link of ≈50 and ≈150 MB/s with a 20 ms round trip (link.mjs), for
// identity and gzip (curl --compressed). Each row: medians of alternating runs, CPU seconds per
// GiB of CSV (user + system of the whole process tree), and our peak RSS. Loopback and TLS run
// at the links' size and at a larger one, where the transfer outweighs the start of a process.
import { rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { startEmulator, DEMO_LOGIN, DEMO_PASSWORD } from '../emulator.mjs'
import { makeCertificate } from '../emulator/certificate.mjs'
import { RunnerJob } from '../runner.mjs'
import { startLink } from './link.mjs'
import { median, outputFolder, rssEnv, takeRss, warmPages } from './measure.mjs'

const MIB = 1024 * 1024
const GIB = 1024 * MIB
const WS = 'benchnetwork'
const RTT_MS = 20

/**
 * @typedef {'identity' | 'gzip'} Mode
 * @typedef {{ path: string, sizeMiB: number, mode: Mode, ours: number, curl: number, ratio: number,
 *   oursCpu: number, curlCpu: number, rssMb: number, wireBytes: number }} NetworkRow
 * @typedef {{ rows: NetworkRow[], sizeMiB: number, largeMiB: number, bytes: number, gzipRatio: number,
 *   tls: string, nodeHttp?: { ms: number, cpu: number, rssMb: number } }} NetworkBench
 */

/** CPU seconds (user + system) of the children of `bash -c '…; times'`, from its last line. @param {string} stderr */
function childCpu(stderr) {
  const lines = stderr.trim().split('\n')
  const m = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(lines[lines.length - 1])
  if (!m) throw new Error(`no times line in: ${stderr.slice(-300)}`)
  return Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])
}
/** Runs `file args` under bash, which prints its children's CPU times last. */
const TIMED = ['-c', '"$0" "$@"; rc=$?; times >&2; exit $rc']
/** CPU per GiB an uncompressed export on loopback should stay within (at the large size). */
const CPU_TARGET = 1.5

/**
 * @param {string} node
 * @param {{ sizeMiB: number, largeMiB: number, runs: number, only?: RegExp, env?: Record<string, string> }} options
 *   `sizeMiB`: every row's report; `largeMiB`: loopback and TLS again; `only`: the rows whose
 *   "path MiB encoding" match (for trying a change); `env`: for our runs
 * @returns {Promise<NetworkBench>}
 */
export async function benchNetwork(node, options) {
  process.stderr.write('== export where users feel it: loopback, TLS, links\n')
  const dir = outputFolder('flex-insights-network-')
  const certificate = makeCertificate(dir)
  /** @type {NetworkRow[]} */ const rows = []
  /** The CSV of the last run, and of the `sizeMiB` report. */
  let bytes = 0
  let csvBytes = 0
  /** Bytes on the wire per encoding, at `sizeMiB`. @type {Record<Mode, number>} */
  const wire = { identity: 0, gzip: 0 }
  /** @type {NetworkBench['nodeHttp']} */ let nodeHttp
  const S = options.sizeMiB
  const L = options.largeMiB
  const paths = [
    { path: 'loopback', tls: false, sizeMiB: S },
    ...(certificate ? [{ path: 'TLS loopback', tls: true, sizeMiB: S }] : []),
    { path: 'link ≈50 MB/s, 20 ms RTT', tls: false, rate: 50e6, sizeMiB: S },
    { path: 'link ≈150 MB/s, 20 ms RTT', tls: false, rate: 150e6, sizeMiB: S },
    ...(L !== S ? [{ path: 'loopback', tls: false, sizeMiB: L }] : []),
    ...(L !== S && certificate ? [{ path: 'TLS loopback', tls: true, sizeMiB: L }] : [])
  ]
  try {
    for (const mode of /** @type {const} */ (['identity', 'gzip'])) {
      for (const where of paths) {
        if (options.only && !options.only.test(`${where.path} ${where.sizeMiB} ${mode}`)) continue
        process.stderr.write(`   ${where.path}, ${where.sizeMiB} MiB, ${mode}\n`)
        const report = { id: '950', title: 'Bench network', bytes: where.sizeMiB * MIB, wide: true }
        const emu = await startEmulator({
          gzip: mode === 'gzip',
          tls: where.tls && certificate ? { key: certificate.key, cert: certificate.cert } : undefined,
          workspaces: [{ id: WS, reports: [report] }]
        })
        const { port } = new URL(emu.url)
        const link = where.rate
          ? await startLink({ host: '127.0.0.1', port: Number(port), bytesPerSecond: where.rate, rttMs: RTT_MS })
          : undefined
        const apiUrl = link?.url ?? emu.url
        /** @type {Record<string, string>} */
        const env = where.tls && certificate ? { NODE_EXTRA_CA_CERTS: certificate.certFile } : {}
        const job = new RunnerJob({ node })
        try {
          const main = await job.uses({
            with: { login: DEMO_LOGIN, password: DEMO_PASSWORD, 'api-url': apiUrl, workspace: WS },
            env
          })
          if (main.exitCode !== 0) throw new Error(main.stdout + main.stderr)
          const shim = join(main.path[0], 'flex-insights')
          const target = join(dir, `report-${report.id}.csv`)
          const ours = async (/** @type {Record<string, string>} */ extra = {}) => {
            rmSync(target, { force: true }) // a new file, as curl's is
            warmPages(dir, report.bytes)
            const run = await job.exec('bash', [...TIMED, shim, 'export', report.id, '-D', dir, '--clobber'], {
              env: { ...env, ...options.env, ...extra }
            })
            if (run.exitCode !== 0) throw new Error(run.stderr)
            bytes = statSync(target).size
            return { ms: run.durationMs, cpu: childCpu(run.stderr) }
          }
          // What a user would otherwise script: start the export, then download its result (no
          // 202s here), both timed, as ours is.
          const CURL_EXPORT =
            'u=$(curl -sS --fail "$@" -H "Content-Type: application/json" --data-binary "$BODY" "$API$START" | ' +
            'sed -e \'s/.*"uri":"\\([^"]*\\)".*/\\1/\') && curl -sS --fail "$@" $EXTRA -o "$OUT" ' +
            '-w "%{size_download}" "$API$u"; rc=$?; times >&2; exit $rc'
          const curl = async () => {
            const cookie = (await job.exec(shim, ['cookie'], { env })).stdout.trim()
            const out = join(dir, 'curl.csv')
            warmPages(dir, report.bytes)
            const trust = certificate ? ['--cacert', certificate.certFile] : []
            const run = await job.exec('bash', ['-c', CURL_EXPORT, 'curl', ...trust, '-b', cookie], {
              env: {
                API: apiUrl,
                START: `/gdc/app/projects/${WS}/execute/raw`,
                BODY: JSON.stringify({ report_req: { report: `/gdc/md/${WS}/obj/${report.id}` } }),
                EXTRA: mode === 'gzip' ? '--compressed' : '',
                OUT: out
              }
            })
            if (run.exitCode !== 0) throw new Error(run.stderr)
            if (where.sizeMiB === S) wire[mode] = Number(run.stdout)
            rmSync(out)
            return { ms: run.durationMs, cpu: childCpu(run.stderr) }
          }
          /** @type {Array<{ ms: number, cpu: number }>} */ const mine = []
          /** @type {Array<{ ms: number, cpu: number }>} */ const theirs = []
          for (let i = 0; i < options.runs; i++) {
            theirs.push(await curl())
            mine.push(await ours())
          }
          await ours(rssEnv())
          const rssMb = takeRss()
          if (where.path === 'loopback' && where.sizeMiB === S && mode === 'identity') {
            // The same export through node:http, for "Decisions" (src/api/socket-get.ts).
            const off = { FLEX_INSIGHTS_AUTH_SOCKET: 'off' }
            const runs = []
            for (let i = 0; i < options.runs; i++) runs.push(await ours(off))
            await ours({ ...off, ...rssEnv() })
            nodeHttp = {
              ms: median(runs.map(r => r.ms)),
              cpu: (median(runs.map(r => r.cpu)) * GIB) / bytes,
              rssMb: takeRss()
            }
          }
          if (where.sizeMiB === S) csvBytes = bytes
          const perGib = (/** @type {number} */ cpu) => (cpu * GIB) / bytes
          const oursMs = median(mine.map(r => r.ms))
          const curlMs = median(theirs.map(r => r.ms))
          rows.push({
            path: where.path,
            sizeMiB: where.sizeMiB,
            mode,
            ours: oursMs,
            curl: curlMs,
            ratio: curlMs / oursMs,
            oursCpu: perGib(median(mine.map(r => r.cpu))),
            curlCpu: perGib(median(theirs.map(r => r.cpu))),
            rssMb,
            wireBytes: wire[mode]
          })
          await job.runPosts()
        } finally {
          job.cleanup()
          await link?.close()
          await emu.close()
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return {
    rows,
    sizeMiB: S,
    largeMiB: L,
    bytes: csvBytes,
    gzipRatio: wire.gzip ? wire.identity / wire.gzip : 0,
    tls: certificate ? 'TLS 1.3, P-256 certificate (openssl)' : 'no openssl: TLS rows left out',
    nodeHttp
  }
}

/**
 * The BENCHMARKS.md section.
 * @param {NetworkBench} n @param {(x: number, d?: number) => string} fmt @param {(ok: boolean) => string} mark
 */
export function networkSection(n, fmt, mark) {
  const two = n.largeMiB !== n.sizeMiB
  // Loopback targets go on the large rows when there are two: at the small size a process's start weighs most.
  const judged = (/** @type {NetworkRow} */ r) => r.mode === 'identity' && (!two || r.sizeMiB === n.largeMiB)
  const target = (/** @type {NetworkRow} */ r) => {
    if (r.path.startsWith('link')) return r.mode === 'gzip' ? 1.0 : 0.97
    return judged(r) ? 0.8 : undefined
  }
  const shown = (/** @type {NetworkRow} */ r) => {
    const t = target(r)
    return t === undefined
      ? `${fmt(r.ratio, 2)} ×`
      : `${fmt(r.ratio, 2)} × (target ≥ ${fmt(t, 2)}) ${mark(r.ratio >= t)}`
  }
  const cpu = (/** @type {NetworkRow} */ r) =>
    r.path === 'loopback' && judged(r)
      ? `${fmt(r.oursCpu, 2)} (target ≤ ${fmt(CPU_TARGET, 1)}) ${mark(r.oursCpu <= CPU_TARGET)}`
      : fmt(r.oursCpu, 2)
  return [
    '## Where users feel it: a real link, TLS',
    '',
    `One ${n.sizeMiB} MiB report (${fmt(n.bytes / 1e6, 0)} MB of CSV in 12 quoted columns of varied values; gzip ` +
      `shrinks it ${fmt(n.gzipRatio, 1)} ×), ` +
      'exported by `flex-insights export` (start-up, start, download, SHA-256 and row count included) and by the ' +
      'two curl calls a script would make instead (start, then download; `--compressed` for gzip) from the same ' +
      `emulator, alternating, medians of the runs. Links are a rate-capping proxy on 127.0.0.1 with ` +
      `${RTT_MS} ms round trip (scripts/bench/link.mjs); TLS: ${n.tls}. CPU is user + system of the whole process ` +
      "tree per GiB of CSV; ratio = curl time / ours (above 1: we are faster). Before each run, ours and curl's " +
      'alike, the bench writes and removes a file a little larger than the report (untimed; why: ' +
      '`warmPages` in scripts/bench/measure.mjs).' +
      (two
        ? ` Loopback and TLS also at ${n.largeMiB} MiB, where the transfer sets the time: at ` +
          `${n.sizeMiB} MiB the start of a Node process and of the bundle, tens of milliseconds more than ` +
          "curl's (Start-up below), is a large part of a loopback transfer."
        : ''),
    '',
    '| path | size | encoding | ours | curl | ratio | CPU s/GiB ours | CPU s/GiB curl | peak RSS ours |',
    '|---|---:|---|---:|---:|---|---:|---:|---:|',
    ...n.rows.map(
      r =>
        `| ${r.path} | ${r.sizeMiB} MiB | ${r.mode} | ${fmt(r.ours, 0)} ms | ${fmt(r.curl, 0)} ms | ${shown(r)} | ` +
        `${cpu(r)} | ${fmt(r.curlCpu, 2)} | ${fmt(r.rssMb, 1)} MB |`
    ),
    ''
  ]
}
