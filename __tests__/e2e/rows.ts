/**
 * What the date and filter tests share: a login into the demo workspace, the records of a CSV,
 * and the rows of the emulator's full report for given days, to compare files with.
 */
import { join } from 'node:path'
import { expect } from '@jest/globals'
import { DEMO_WORKSPACE, inputs, type Env } from './harness.js'

export const WS = DEMO_WORKSPACE
export const START = `/gdc/app/projects/${WS}/execute/raw`

/** Logs in with the workspace input set (and `extra` inputs); `out` is the folder the tests export into. */
export async function loggedIn<O>(
  fresh: (options?: O) => Promise<Env>,
  options?: O,
  extra: Record<string, string> = {}
) {
  const env = await fresh(options)
  const main = await env.job.uses({ with: inputs(env, { workspace: WS, ...extra }) })
  expect(main.exitCode).toBe(0)
  return { env, main, out: join(env.job.workspace, 'out') }
}

/** The records of a CSV (a quoted value may hold a line break; records end in CRLF). */
export const records = (csv: string) => csv.split('\r\n').filter(Boolean)

/** What the emulator's full report `id` holds on the days from..to, header first. */
export function rowsOfDays(env: Env, id: string, from: string, to: string): string[] {
  const [header, ...rows] = records(env.emu.csv(WS, id).toString())
  return [header, ...rows.filter(r => r.slice(1, 11) >= from && r.slice(1, 11) <= to)]
}
