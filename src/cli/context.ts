/**
 * What the commands share: their shape, and how they find and open the session of the action
 * (--session FILE, or --prefix P for the step whose env-prefix was P).
 */
import type { ParseArgsConfig } from 'node:util'
import { isWorkspaceId } from '../api/metadata.js'
import { printable } from '../api/errors.js'
import type { Secrets } from '../api/secrets.js'
import type { Logger } from '../api/logger.js'
import { DEFAULT_PREFIX, envName, isPrefix } from '../session/env-names.js'
import { Session } from '../session/session.js'
import { type CliIo } from './io.js'
import { ExitError, UsageError } from '../export/exit-codes.js'

export interface CommandContext {
  io: CliIo
  secrets: Secrets
  logger: Logger
}

export type Values = Record<string, unknown>

export interface Command {
  name: string
  /** One line for the command list. */
  summary: string
  /** The whole --help text, with an example. */
  help: string
  options: NonNullable<ParseArgsConfig['options']>
  positionals: boolean
  run(values: Values, positionals: string[], context: CommandContext): Promise<number>
}

export const SESSION_OPTIONS = {
  session: { type: 'string' },
  prefix: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

export const SESSION_HELP = `  --session FILE             session file (default: $FLEX_INSIGHTS_SESSION_FILE)
  --prefix P                 the session of the step with env-prefix P ($P_SESSION_FILE)`

/**
 * The workspace: -w, else $<PREFIX>_WORKSPACE (the action's workspace input), checked where it is
 * read so it can never shape a request path; `variable` names that env var.
 */
export function workspaceOption(values: Values, env: NodeJS.ProcessEnv): { workspace?: string; variable: string } {
  const prefix = typeof values.prefix === 'string' ? values.prefix : DEFAULT_PREFIX
  const variable = envName(prefix, 'WORKSPACE')
  const workspace = typeof values.workspace === 'string' ? values.workspace : env[variable] || undefined
  if (workspace !== undefined && !isWorkspaceId(workspace))
    throw new UsageError(
      `${values.workspace === undefined ? `$${variable}` : '-w'} "${printable(workspace)}" is not a workspace id ` +
        '(letters, digits, - and _, as in the Analytics Portal URL)'
    )
  return { workspace, variable }
}

/** The session file path: --session, else the env var of --prefix (FLEX_INSIGHTS by default). */
export function sessionPath(values: Values, env: NodeJS.ProcessEnv): string {
  if (typeof values.session === 'string') return values.session
  const prefix = typeof values.prefix === 'string' ? values.prefix : DEFAULT_PREFIX
  if (!isPrefix(prefix))
    throw new UsageError(`--prefix must look like an env-prefix (e.g. FLEX_INSIGHTS); got "${prefix}"`)
  const name = envName(prefix, 'SESSION_FILE')
  const path = env[name]
  if (!path) {
    throw new ExitError(
      `no session file: $${name} is not set. ` +
        `Run the Flex Insights Auth action earlier in this job (with export-env: true), or pass --session FILE`
    )
  }
  return path
}

/** The session of --session/--prefix; the command's masks never reach the runner by themselves (docs/masking.md). */
export function openSession(values: Values, context: CommandContext): Session {
  return Session.open(sessionPath(values, context.io.env), {
    secrets: context.secrets,
    logger: context.logger,
    clock: context.io.clock
  })
}

/** Runs `fn` with the session of --session/--prefix, and closes its connections after. */
export async function withSession<T>(
  values: Values,
  context: CommandContext,
  fn: (session: Session) => Promise<T>
): Promise<T> {
  const session = openSession(values, context)
  try {
    return await fn(session)
  } finally {
    session.close()
  }
}

export { stringOption } from '../export/options.js'

/** A whole number option within bounds, or a usage error naming it. */
export function intOption(values: Values, name: string, fallback: number, min: number, max: number): number {
  const raw = values[name]
  if (raw === undefined) return fallback
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`)
  }
  return Number(raw)
}
