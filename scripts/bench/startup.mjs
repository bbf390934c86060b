// @ts-check
// Start-up: what each step costs on the critical path of a job, next to the floor this stack
// cannot go below, at 0 and 50 ms of latency per request; and the early start (src/action/
// early.ts) on and off in the same run, which is what keeps it or removes it.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ncc from '@vercel/ncc'
import { startEmulator, DEMO_LOGIN, DEMO_PASSWORD } from '../emulator.mjs'
import { ageSession, RunnerJob } from '../runner.mjs'
import { measure, WORK } from './measure.mjs'

export const LATENCIES = [0, 50]
const EARLY_OFF = { FLEX_INSIGHTS_AUTH_EARLY_START: 'off' }

/**
 * @typedef {import('./measure.mjs').Measured} Measured
 * @typedef {Measured & { step: string, latencyMs: number, expected: number, floorMs: number, floorName: string, ratio: number }} Row
 * @typedef {{ version: string, node: string, floors: { node: Measured, core: Measured, coreLazy: Measured }, rows: Row[] }} StartupResult
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
 * @param {string} node @param {string} coreOnly @param {string} coreLazy
 * @param {{ runs: number, shortRuns: number }} counts
 * @returns {Promise<StartupResult>}
 */
export async function benchStartup(node, coreOnly, coreLazy, counts) {
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
  process.stderr.write(`\n== start-up on ${version} (${node})\n`)
  const bare = async () => {
    const job = new RunnerJob({ node })
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
      /** @param {string} step @param {number} expected @param {Measured} m @param {number} roundTrips @param {string} [floorName] */
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
      /** @param {Record<string, string>} stepEnv */
      const main = stepEnv =>
        measure(emu, bare, (c, env) => c.job.uses({ with: withInputs(), env: { ...stepEnv, ...env } }), counts.runs)
      if (!loginReturnsTt) {
        add('main (login without TT)', 2, await main({}), 2)
        await emu.close()
        continue
      }
      add('main (login carries the TT)', 1, await main({}), 1)
      add('main, early start off', 1, await main(EARLY_OFF), 1)
      // Post: main runs untimed in prepare; a stale TT is simulated by ageing the session file.
      /** @param {boolean} age @param {Record<string, string>} stepEnv */
      const loggedIn = (age, stepEnv) => async () => {
        const c = await bare()
        const result = await c.job.uses({ with: withInputs(), env: stepEnv })
        if (age) ageSession(result.env.FLEX_INSIGHTS_SESSION_FILE)
        return c
      }
      /** @param {{ job: RunnerJob }} c @param {Record<string, string>} env */
      const post = async (c, env) => {
        Object.assign(c.job.jobEnv, env)
        return (await c.job.runPosts())[0]
      }
      add('post (saved TT fresh)', 1, await measure(emu, loggedIn(false, {}), post, counts.runs), 1)
      add('post, early start off', 1, await measure(emu, loggedIn(false, EARLY_OFF), post, counts.runs), 1)
      add('post (TT expired)', 2, await measure(emu, loggedIn(true, {}), post, counts.runs), 2)

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
