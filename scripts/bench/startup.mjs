// @ts-check
// Start-up: what each step costs on the critical path of a job, next to the floor this stack
// cannot go below, at 0 and 50 ms of latency per request; with --baseline REV, the main and post
// steps of an earlier commit's dist/ in the same run, so a change to start-up is measured as one.
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ncc from '@vercel/ncc'
import { startEmulator, DEMO_LOGIN, DEMO_PASSWORD } from '../emulator.mjs'
import { ageSession, RunnerJob } from '../runner.mjs'
import { measure, WORK } from './measure.mjs'

export const LATENCIES = [0, 50]

/**
 * @typedef {import('./measure.mjs').Measured} Measured
 * @typedef {Measured & { step: string, latencyMs: number, expected: number, floorMs: number, floorName: string,
 *   ratio: number }} Row
 * @typedef {{ version: string, node: string, floors: { node: Measured, core: Measured, coreLazy: Measured },
 *   rows: Row[] }} StartupResult
 */

/**
 * The floor bundle: nothing but `import '@actions/core'`, bundled the same way as dist/. `stock`
 * builds it as any action would (@actions/core loads undici at start); otherwise with this
 * repository's tsconfig "paths" (src/api/lazy-http-client.ts), which is what dist/ loads.
 * @param {boolean} stock
 */
export async function buildCoreOnly(stock) {
  const dir = join(WORK, stock ? 'core-only' : 'core-lazy')
  mkdirSync(dir, { recursive: true })
  const entry = join(dir, 'entry.mjs')
  writeFileSync(entry, "import * as core from '@actions/core'\nif (process.env.NEVER) core.info('x')\n")
  // ncc takes tsconfig.json (and its "paths") from the working directory and the entry's folder.
  if (stock) writeFileSync(join(dir, 'tsconfig.json'), '{}\n')
  const cwd = process.cwd()
  if (stock) process.chdir(dir)
  try {
    const { code } = await ncc(entry, { esm: true, minify: false, sourceMap: false, quiet: true })
    writeFileSync(join(dir, 'index.mjs'), code)
    return join(dir, 'index.mjs')
  } finally {
    process.chdir(cwd)
  }
}

/**
 * The action (action.yml and dist/) as it was at `rev`, in a folder of its own, for the baseline rows.
 * @param {string} rev
 */
export function checkoutAction(rev) {
  const dir = join(WORK, `baseline-${rev.replace(/[^\w.-]/g, '_')}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const tar = execFileSync('git', ['archive', '--format=tar', rev, 'action.yml', 'dist'], { maxBuffer: 1 << 28 })
  execFileSync('tar', ['-x', '-C', dir], { input: tar })
  return dir
}

/**
 * @param {string} node @param {string} coreOnly @param {string} coreLazy
 * @param {{ runs: number, shortRuns: number }} counts
 * @param {{ rev: string, dir: string }} [baseline]  an earlier action, measured beside this one
 * @returns {Promise<StartupResult>}
 */
export async function benchStartup(node, coreOnly, coreLazy, counts, baseline) {
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
  process.stderr.write(`\n== start-up on ${version} (${node})\n`)
  /** @param {string} [actionDir] */
  const bare = async actionDir => {
    const job = new RunnerJob({ node, actionDir })
    return { job, cleanup: () => job.cleanup() }
  }
  const floors = {
    node: await measure(null, bare, (c, env) => c.job.exec(node, ['-e', '0'], { env }), counts.shortRuns),
    core: await measure(null, bare, (c, env) => c.job.exec(node, [coreOnly], { env }), counts.runs),
    coreLazy: await measure(null, bare, (c, env) => c.job.exec(node, [coreLazy], { env }), counts.runs)
  }
  /** @type {Row[]} */
  const rows = []
  for (const latencyMs of LATENCIES) {
    for (const loginReturnsTt of [true, false]) {
      const emu = await startEmulator({ latencyMs, loginReturnsTt })
      /** @param {Record<string, string>} [extra] */
      const withInputs = extra => ({ login: DEMO_LOGIN, password: DEMO_PASSWORD, 'api-url': emu.url, ...extra })
      /**
       * @param {string} step
       * @param {number} expected
       * @param {Measured} m
       * @param {number} roundTrips
       * @param {string} [floorName]
       */
      const add = (step, expected, m, roundTrips, floorName) => {
        const floorMs = floorName ? floors.node.wall : floors.core.wall + roundTrips * latencyMs
        rows.push({
          step,
          latencyMs,
          expected,
          ...m,
          floorMs,
          floorName: floorName ?? `core + ${roundTrips} RT`,
          ratio: m.wall / floorMs
        })
      }
      /** @param {string} [actionDir] */
      const main = actionDir =>
        measure(
          emu,
          () => bare(actionDir),
          (c, env) => c.job.uses({ with: withInputs(), env }),
          counts.runs
        )
      if (!loginReturnsTt) {
        add('main (login without TT)', 2, await main(), 2)
        await emu.close()
        continue
      }
      add('main (login carries the TT)', 1, await main(), 1)
      if (baseline) add(`main (login carries the TT), ${baseline.rev}`, 1, await main(baseline.dir), 1)
      // Post: main runs untimed in prepare; a stale TT is simulated by ageing the session file.
      /** @param {boolean} age @param {string} [actionDir] */
      const loggedIn = (age, actionDir) => async () => {
        const c = await bare(actionDir)
        const result = await c.job.uses({ with: withInputs() })
        if (age) ageSession(result.env.FLEX_INSIGHTS_SESSION_FILE)
        return c
      }
      /** @param {{ job: RunnerJob }} c @param {Record<string, string>} env */
      const post = async (c, env) => {
        Object.assign(c.job.jobEnv, env)
        return (await c.job.runPosts())[0]
      }
      add('post (saved TT fresh)', 1, await measure(emu, loggedIn(false), post, counts.runs), 1)
      if (baseline) {
        const before = await measure(emu, loggedIn(false, baseline.dir), post, counts.runs)
        add(`post (saved TT fresh), ${baseline.rev}`, 1, before, 1)
      }
      add('post (TT expired)', 2, await measure(emu, loggedIn(true), post, counts.runs), 2)

      const shared = await bare()
      const logged = await shared.job.uses({ with: withInputs() })
      const shim = join(logged.path[0], 'flex-insights')
      const file = logged.env.FLEX_INSIGHTS_SESSION_FILE
      const keep = async () => ({ job: shared.job })
      const cached = await measure(emu, keep, (c, env) => c.job.exec(shim, ['token'], { env }), counts.shortRuns)
      add('flex-insights token (cached)', 0, cached, 0, 'node -e 0')
      const stale = async () => {
        ageSession(file)
        return { job: shared.job }
      }
      add(
        'flex-insights token (refresh)',
        1,
        await measure(emu, stale, (c, env) => c.job.exec(shim, ['token'], { env }), counts.runs),
        1
      )
      await shared.job.runPosts()
      shared.cleanup()
      await emu.close()
    }
  }
  return { version, node, floors, rows }
}
