// @ts-check
// How the benchmark measures a step: wall time as the runner sees it (scripts/runner.mjs), and
// peak RSS in separate runs through a preload that reports the process's own VmHWM at exit
// (getrusage's maxRSS survives execve, so a child of this large process would report ours).
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../runner.mjs'

export const WORK = join(REPO_ROOT, '.bench-tmp')

/** @param {number[]} xs */
export const median = xs => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

export function prepareWork() {
  rmSync(WORK, { recursive: true, force: true })
  mkdirSync(WORK, { recursive: true })
  writeFileSync(
    join(WORK, 'rss-preload.cjs'),
    `process.on('exit', () => {
  const fs = require('fs')
  let kb
  try { kb = Number(/^VmHWM:\\s+(\\d+)/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]) }
  catch { kb = process.resourceUsage().maxRSS }
  fs.appendFileSync(process.env.BENCH_RSS_FILE, kb + '\\n')
})
`
  )
}

const RSS_FILE = () => join(WORK, 'rss.txt')

/** Env that makes every node process of a step report its peak RSS. */
export const rssEnv = () => ({ NODE_OPTIONS: `--require=${join(WORK, 'rss-preload.cjs')}`, BENCH_RSS_FILE: RSS_FILE() })

/** The largest peak RSS any process of the last step reported, in MB (10⁶ bytes), then forgets it. */
export function takeRss() {
  const values = readFileSync(RSS_FILE(), 'utf8').trim().split('\n').map(Number)
  rmSync(RSS_FILE(), { force: true })
  return (Math.max(...values) * 1024) / 1e6
}

/**
 * @typedef {{ exitCode: number | null, durationMs: number, stdout: string, stderr: string }} StepLike
 * @typedef {{ wall: number, rss: number, requests: number, min: number, max: number }} Measured
 */

/**
 * Runs `step` `runs` times timed, then `rssRuns` times with the RSS preload; `prepare`
 * (untimed) sets up each run. Medians of wall time, peak RSS and requests per run.
 * @template C
 * @param {{ log: unknown[] } | null} emu
 * @param {() => Promise<C & { cleanup?: () => unknown }>} prepare
 * @param {(ctx: C, env: Record<string, string>) => Promise<StepLike>} step
 * @param {number} runs
 * @param {number} [rssRuns]
 * @returns {Promise<Measured>}
 */
export async function measure(emu, prepare, step, runs, rssRuns = 3) {
  /** @type {number[]} */ const walls = []
  /** @type {number[]} */ const rss = []
  /** @type {number[]} */ const reqs = []
  for (let i = 0; i < runs + rssRuns; i++) {
    const withRss = i >= runs
    const ctx = await prepare()
    const before = emu ? emu.log.length : 0
    rmSync(RSS_FILE(), { force: true })
    const result = await step(ctx, withRss ? rssEnv() : {})
    if (result.exitCode !== 0)
      throw new Error(`step failed (exit ${result.exitCode}): ${result.stderr}${result.stdout}`)
    if (withRss) rss.push(takeRss())
    else {
      walls.push(result.durationMs)
      reqs.push(emu ? emu.log.length - before : 0)
    }
    await ctx.cleanup?.()
  }
  return {
    wall: median(walls),
    rss: rss.length ? median(rss) : 0,
    requests: median(reqs),
    min: Math.min(...walls),
    max: Math.max(...walls)
  }
}

/**
 * Where the downloads go: RAM (/dev/shm) where there is one. On a shared VM the disk's writeback
 * decides a 256 MiB write by hundreds of milliseconds either way, and the comparison is of the
 * clients. @param {string} prefix
 */
export function outputFolder(prefix) {
  const base = existsSync('/dev/shm') ? '/dev/shm' : WORK
  return mkdtempSync(join(base, prefix))
}

const WARM_CHUNK = Buffer.alloc(1024 * 1024)

/**
 * Writes and removes a file a little larger than `bytes` in `dir`, untimed, before a timed run.
 * On a VM whose host takes back memory the guest has freed (virtio_balloon's free page
 * reporting), the first write into such pages pays for the host backing them again: 1 GiB into
 * tmpfs took 1.6-2.4 s of system time cold and 0.51-0.56 s right after such a warm-up (dd on
 * the bench machine, 2026-12-08). Every contender gets the same warm-up before each run, so the
 * runs compare the clients, not the host. @param {string} dir @param {number} bytes
 */
export function warmPages(dir, bytes) {
  const file = join(dir, '.warm')
  const fd = openSync(file, 'w')
  try {
    for (let done = 0; done < bytes * 1.1; done += WARM_CHUNK.length) writeSync(fd, WARM_CHUNK)
  } finally {
    closeSync(fd)
    rmSync(file, { force: true })
  }
}
