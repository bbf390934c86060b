/**
 * What every `flex-insights` command writes through: stdout for its answer only (a token, a
 * CSV, a listing), stderr for everything else. Inside GitHub Actions every secret it learns is
 * masked with `::add-mask::` on stderr (the runner reads both streams) before anything can
 * print it; the command never loads @actions/core.
 */
import { Secrets } from '../api/secrets.js'
import type { Logger } from '../api/logger.js'

export interface CliIo {
  env: NodeJS.ProcessEnv
  stdout: NodeJS.WritableStream & { isTTY?: boolean }
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
  stdin?: NodeJS.ReadableStream
  now: () => number
}

export const processIo = (): CliIo => ({
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  now: Date.now
})

/** Bad arguments: exit 2, with the command's help. */
export class UsageError extends Error {}

/** A failure the command explains itself: exit 1 (or `exitCode`), one line, no stack. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1
  ) {
    super(message)
  }
}

export const inActions = (io: CliIo): boolean => io.env.GITHUB_ACTIONS === 'true'

/** A workflow command line, its data escaped as @actions/core escapes it. */
export function workflowCommand(name: string, message: string): string {
  return `::${name}::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`
}

export const say = (io: CliIo, message: string): void => void io.stderr.write(`flex-insights: ${message}\n`)

export function cliSecrets(io: CliIo): Secrets {
  return new Secrets(value => {
    if (inActions(io)) io.stderr.write(workflowCommand('add-mask', value))
  })
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
