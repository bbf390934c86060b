// @ts-check
// Export: `flex-insights export` next to curl downloading the same bytes from the same emulator
// (the tool a user would otherwise pick), identity and gzip; peak RSS at each size (memory must
// stay flat in the size); 8 parallel exports with an expired TT (one token request); the time
// a report that needs 202s takes against its poll schedule; and the digest thread on and off.
import { execFileSync } from 'node:child_process'
import { rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startEmulator, DEMO_LOGIN, DEMO_PASSWORD } from '../emulator.mjs'
import { ageSession, RunnerJob } from '../runner.mjs'
import { median, outputFolder, rssEnv, takeRss, warmPages } from './measure.mjs'

const MIB = 1024 * 1024
const WS = 'benchworkspace'
/** The nominal waits before the 2nd, 3rd and 4th poll (src/export/schedule.ts): 1, 2 and 4 s. */
const SCHEDULE_3_POLLS_MS = 7000
const THREAD_OFF = { FLEX_INSIGHTS_AUTH_DIGEST_THREAD: 'off' }
const INFLATE_STREAM = { FLEX_INSIGHTS_AUTH_INFLATE: 'stream' }
const NODE_DOWNLOAD = fileURLToPath(new URL('./node-download.mjs', import.meta.url))

/**
 * @typedef {'identity' | 'gzip'} Mode
 * @typedef {{ mode: Mode, sizeMiB: number, bytes: number, ours: number, curl: number, floor: number,
 *   ratio: number, oursAll: number[], curlAll: number[] }} Throughput
 * @typedef {{ mode: Mode, sizeMiB: number, mb: number }} Rss
 * @typedef {{ throughput: Throughput[], rss: Rss[], threadOff: { ours: number, ratio: number },
 *   inflateStream: { sizeMiB: number, ms: number, ratio: number, mb: number },
 *   parallel: { reports: number, tokenRequests: number,
 *   ok: boolean }, polling: { ms: number, downloadMs: number, scheduleMs: number, ratio: number }, folder: string,
 *   curl: string }} ExportBench
 */

/** @param {string} id @param {number} sizeMiB @param {Record<string, unknown>} [extra] */
const report = (id, sizeMiB, extra = {}) => ({
  id,
  bytes: Math.round(sizeMiB * MIB),
  title: `Bench ${id}`,
  wide: true,
  ...extra
})

/** Median peak RSS of three runs. @param {() => Promise<unknown>} run */
async function peakRss(run) {
  const values = []
  for (let i = 0; i < 3; i++) {
    await run()
    values.push(takeRss())
  }
  return median(values)
}

/**
 * @param {string} node
 * @param {{ sizesMiB: number[], runs: number }} options  throughput at the largest size, RSS at each
 * @returns {Promise<ExportBench>}
 */
export async function benchExport(node, options) {
  const largest = Math.max(...options.sizesMiB)
  const reports = [
    ...options.sizesMiB.map(size => report(`9${size}`, size)),
    ...Array.from({ length: 8 }, (_, i) => report(`80${i}`, 1)),
    report('700', 0.01, { pending: 3 }),
    report('701', 0.01)
  ]
  /** The size of report `id`, for the warm-up before a run (measure.mjs warmPages). @param {string} id */
  const bytesOf = id => reports.find(r => r.id === id)?.bytes ?? 0
  /** @type {Throughput[]} */ const throughput = []
  /** @type {Rss[]} */ const rss = []
  /** @type {Partial<ExportBench>} */ const more = {}
  const dir = outputFolder('flex-insights-bench-')
  try {
    for (const mode of /** @type {const} */ (['identity', 'gzip'])) {
      process.stderr.write(`== export, ${mode}\n`)
      const emu = await startEmulator({ gzip: mode === 'gzip', workspaces: [{ id: WS, reports }] })
      const job = new RunnerJob({ node })
      try {
        const main = await job.uses({
          with: { login: DEMO_LOGIN, password: DEMO_PASSWORD, 'api-url': emu.url, workspace: WS }
        })
        if (main.exitCode !== 0) throw new Error(main.stdout + main.stderr)
        const shim = join(main.path[0], 'flex-insights')
        /** @param {string} id @param {Record<string, string>} [env] */
        const ours = async (id, env = {}) => {
          warmPages(dir, bytesOf(id))
          const run = await job.exec(shim, ['export', id, '-D', dir, '--clobber'], { env })
          if (run.exitCode !== 0) throw new Error(run.stderr)
          return run.durationMs
        }
        /** A result URL of `id` and the cookie to fetch it with, for the tools that are not ours. @param {string} id */
        const resultOf = async id => {
          const cookie = (await job.exec(shim, ['cookie'])).stdout.trim()
          const started = await fetch(`${emu.url}/gdc/app/projects/${WS}/execute/raw`, {
            method: 'POST',
            headers: { Cookie: cookie, 'Content-Type': 'application/json' },
            body: JSON.stringify({ report_req: { report: `/gdc/md/${WS}/obj/${id}` } })
          })
          const { uri } = /** @type {{ uri: string }} */ (await started.json())
          return { cookie, url: `${emu.url}${uri}` }
        }
        /** @param {string} id */
        const curl = async id => {
          const { cookie, url } = await resultOf(id)
          const flags = mode === 'gzip' ? ['--compressed'] : []
          warmPages(dir, bytesOf(id))
          const run = await job.exec('curl', [
            '-sS',
            '--fail',
            ...flags,
            '-b',
            cookie,
            '-o',
            join(dir, 'curl.csv'),
            url
          ])
          if (run.exitCode !== 0) throw new Error(run.stderr)
          rmSync(join(dir, 'curl.csv'))
          return run.durationMs
        }
        /** @param {string} id */
        const floor = async id => {
          const { cookie, url } = await resultOf(id)
          warmPages(dir, bytesOf(id))
          const run = await job.exec(node, [NODE_DOWNLOAD, url, cookie, join(dir, 'floor.csv')])
          if (run.exitCode !== 0) throw new Error(run.stderr)
          rmSync(join(dir, 'floor.csv'))
          return run.durationMs
        }
        const big = `9${largest}`
        /** @type {number[]} */ const mine = []
        /** @type {number[]} */ const theirs = []
        /** @type {number[]} */ const bare = []
        /** @type {number[]} */ const inline = []
        /** @type {number[]} */ const streamed = []
        // Interleaved, so that a slow spell of a shared machine hits every contender alike.
        for (let i = 0; i < options.runs; i++) {
          theirs.push(await curl(big))
          bare.push(await floor(big))
          mine.push(await ours(big))
          if (mode === 'identity') inline.push(await ours(big, THREAD_OFF))
          else streamed.push(await ours(big, INFLATE_STREAM))
        }
        const size = statSync(join(dir, `report-${big}.csv`)).size
        const ratio = median(theirs) / median(mine)
        throughput.push({
          mode,
          sizeMiB: largest,
          bytes: size,
          ours: median(mine),
          curl: median(theirs),
          floor: median(bare),
          ratio,
          oursAll: mine,
          curlAll: theirs
        })
        if (mode === 'identity') more.threadOff = { ours: median(inline), ratio: median(theirs) / median(inline) }
        for (const sizeMiB of mode === 'identity' ? options.sizesMiB : [largest]) {
          rss.push({ mode, sizeMiB, mb: await peakRss(() => ours(`9${sizeMiB}`, rssEnv())) })
          rmSync(join(dir, `report-9${sizeMiB}.csv`))
        }
        if (mode === 'gzip') {
          // What inflating in place (src/api/inflate.ts) is worth against a zlib stream.
          more.inflateStream = {
            sizeMiB: largest,
            ms: median(streamed),
            ratio: median(theirs) / median(streamed),
            mb: await peakRss(() => ours(big, { ...rssEnv(), ...INFLATE_STREAM }))
          }
        }
        if (mode === 'identity') {
          emu.expireTts()
          ageSession(main.env.FLEX_INSIGHTS_SESSION_FILE)
          const before = emu.log.length
          const ids = Array.from({ length: 8 }, (_, i) => `80${i}`)
          const run = await job.exec(shim, ['export', ...ids, '-D', dir, '--clobber', '--parallel', '8'])
          const tokenRequests = emu.log.slice(before).filter(e => e.path === '/gdc/account/token').length
          more.parallel = { reports: 8, tokenRequests, ok: run.exitCode === 0 }
          const downloadMs = await ours('701')
          const ms = await ours('700')
          more.polling = {
            ms,
            downloadMs,
            scheduleMs: SCHEDULE_3_POLLS_MS,
            ratio: ms / (SCHEDULE_3_POLLS_MS + downloadMs)
          }
        }
        await job.runPosts()
      } finally {
        job.cleanup()
        await emu.close()
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const { parallel, polling, threadOff, inflateStream } = more
  if (!parallel || !polling || !threadOff || !inflateStream) throw new Error('export bench incomplete')
  return {
    throughput,
    rss,
    threadOff,
    inflateStream,
    parallel,
    polling,
    folder: dir.startsWith('/dev/shm') ? 'RAM (/dev/shm)' : 'disk',
    curl: curlVersion()
  }
}

/** The curl the comparison runs, for the report. */
const curlVersion = () => execFileSync('curl', ['--version'], { encoding: 'utf8' }).split('\n')[0]
