/**
 * A fresh emulator and runner job per test. Teardown scans everything every step printed,
 * summarised, published and saved, for the password and every SST and TT the emulator issued,
 * whole and in pieces of 8 characters or more (scripts/runner.mjs, leaks()).
 */
import { afterEach, expect } from '@jest/globals'
import {
  startEmulator,
  DEMO_LOGIN,
  DEMO_PASSWORD,
  DEMO_WORKSPACE,
  type EmulatorOptions
} from '../../scripts/emulator.mjs'
import { ageSession, RunnerJob } from '../../scripts/runner.mjs'

export { ageSession, DEMO_LOGIN, DEMO_PASSWORD, DEMO_WORKSPACE }

export type Emulator = Awaited<ReturnType<typeof startEmulator>>

export interface Env {
  emu: Emulator
  job: RunnerJob
  passwords: string[]
}

export async function setup(options: EmulatorOptions = {}, jobEnv: Record<string, string> = {}): Promise<Env> {
  const emu = await startEmulator(options)
  const job = new RunnerJob({ env: jobEnv, stepTimeoutMs: 120_000 })
  return { emu, job, passwords: [DEMO_PASSWORD, ...(options.users ?? []).map(u => u.password)] }
}

export async function teardown(env: Env | undefined): Promise<void> {
  if (!env) return
  try {
    const { ssts, tts } = env.emu.issuedTokens()
    const leaks = env.job.leaks({
      secrets: [...env.passwords, ...ssts, ...tts],
      // Outputs and env vars exist to carry the TT; the password and SSTs must never be there.
      published: tts,
      neverSaved: env.passwords
    })
    expect(leaks).toEqual([])
  } finally {
    env.job.cleanup()
    await env.emu.close()
  }
}

export function inputs(env: Env, extra: Record<string, string> = {}): Record<string, string> {
  return { login: DEMO_LOGIN, password: DEMO_PASSWORD, 'api-url': env.emu.url, ...extra }
}

/** The request log, one line each, profile and result ids shortened. */
export function requests(env: Env): string[] {
  return env.emu.log.map(e => `${e.method} ${e.path.replace(/[0-9a-f]{32,}/, '{id}')} ${e.status}`)
}

export const count = (env: Env, prefix: string): number => requests(env).filter(r => r.startsWith(prefix)).length

/**
 * A file's way to get an Env per test: `const fresh = perTest()` once, then `await fresh(...)` in
 * each test. Every Env is that test's own; after the test each is torn down with the leak scan.
 */
export function perTest(): (options?: EmulatorOptions, jobEnv?: Record<string, string>) => Promise<Env> {
  let made: Env[] = []
  afterEach(async () => {
    const envs = made
    made = []
    for (const env of envs) await teardown(env)
  })
  return async (options = {}, jobEnv = {}) => {
    const env = await setup(options, jobEnv)
    made.push(env)
    return env
  }
}
