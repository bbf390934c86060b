// @ts-check
// One step's process, as the runner starts it: stdin closed, stdout and stderr each a pipe, both
// kept whole and in the order their chunks arrived (runner/log.mjs shows them from that order),
// killed if it outlives the step's timeout.
import { spawn } from 'node:child_process'

/**
 * @typedef {{ stream: 'stdout' | 'stderr', text: string, at: number }} Arrival
 * @typedef {{ exitCode: number | null, timedOut: boolean, durationMs: number, stdout: string, stderr: string,
 *   arrivals: Arrival[] }} Finished
 */

/**
 * @param {string} command @param {string[]} args
 * @param {{ cwd: string, env: Record<string, string>, timeoutMs: number }} options
 * @returns {Promise<Finished>}
 */
export async function runProcess(command, args, options) {
  const started = Date.now()
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  /** @type {Arrival[]} */
  const arrivals = []
  child.stdout.on('data', d => {
    stdout += d
    arrivals.push({ stream: 'stdout', text: String(d), at: performance.now() })
  })
  child.stderr.on('data', d => {
    stderr += d
    arrivals.push({ stream: 'stderr', text: String(d), at: performance.now() })
  })
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    child.kill('SIGKILL')
  }, options.timeoutMs)
  /** @type {number | null} */
  const exitCode = await new Promise(resolve => child.on('close', code => resolve(code)))
  clearTimeout(timer)
  return { exitCode, timedOut, durationMs: Date.now() - started, stdout, stderr, arrivals }
}
