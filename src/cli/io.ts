/**
 * What every `flex-insights` command writes through: stdout for its answer only (a token, a
 * CSV, a listing), stderr for everything else. The command never registers a mask for what the
 * main step masked already; the one value it may newly print, a refreshed TT, is masked on stderr
 * only when stderr can reach the runner (docs/masking.md). It never loads @actions/core.
 */
import { fstatSync } from 'node:fs'
import { systemClock, type Clock } from '../api/clock.js'
import { Secrets } from '../api/secrets.js'
import type { Logger } from '../api/logger.js'

export interface CliIo {
  env: NodeJS.ProcessEnv
  stdout: NodeJS.WritableStream & { isTTY?: boolean }
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
  stdin?: NodeJS.ReadableStream
  clock: Clock
  /** Whether a line on stderr can reach the runner: a pipe, not a file, /dev/null or a terminal. */
  stderrIsPipe: () => boolean
}

/**
 * The runner reads a step's stdout and stderr through pipes; a redirection (`2>file`,
 * `2>/dev/null`) leaves a regular file or a device, and a mask written there is lost (and
 * would put the value in the file).
 */
export function fdIsPipe(fd: number): boolean {
  try {
    const stats = fstatSync(fd)
    return stats.isFIFO() || stats.isSocket()
  } catch {
    return false
  }
}

export const processIo = (): CliIo => ({
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  clock: systemClock,
  stderrIsPipe: () => fdIsPipe(2)
})

export const inActions = (io: CliIo): boolean => io.env.GITHUB_ACTIONS === 'true'

/** A workflow command line, its data escaped as @actions/core escapes it. */
export function workflowCommand(name: string, message: string): string {
  return `::${name}::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`
}

export const say = (io: CliIo, message: string): void => void io.stderr.write(`flex-insights: ${message}\n`)

/**
 * Registers `tt` (and its cookie form) with the runner before it is printed, or says why it
 * cannot: outside Actions nothing needs masking; inside, the mask must go where the runner
 * reads, so a stderr that is not a pipe refuses the value instead (docs/masking.md).
 */
export function maskForRunner(io: CliIo, tt: string): string | undefined {
  if (!inActions(io)) return undefined
  if (!io.stderrIsPipe())
    return (
      "the Temporary Token was just refreshed, and this command's stderr does not reach the runner " +
      '(it is redirected to a file or /dev/null), so the runner could not be told to mask the new token: ' +
      'it was not printed. Let stderr go to the log (drop 2>/dev/null or 2>FILE) on the call that ' +
      'refreshes; see "Jobs longer than 10 minutes" in the README'
    )
  const lines: string[] = []
  new Secrets(value => lines.push(workflowCommand('add-mask', value))).add(tt, 'tt')
  io.stderr.write(lines.join(''))
  return undefined
}

export function cliLogger(io: CliIo): Logger {
  const debug = io.env.RUNNER_DEBUG === '1'
  return {
    debug: m => {
      if (debug) say(io, m)
    },
    info: m => say(io, m),
    warning: m => say(io, `warning: ${m}`)
  }
}
