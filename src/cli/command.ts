/**
 * `flex-insights`: the command the action puts on PATH for later steps. It works from the
 * private session file the main step wrote: tokens that stay valid (refreshed once, whatever
 * the number of parallel callers), report exports, listings and raw API calls.
 *
 * Exit codes: 0 success, 1 failure, 2 usage error; the data commands (export, workspaces,
 * reports, api) also use 3 (empty report with --fail-on-empty), 4 (authentication: the session
 * ended) and 5 (timed out). stdout carries only the answer, so `$(flex-insights token)` works.
 */
import { parseArgs } from 'node:util'
import { FlexInsightsError } from '../api/errors.js'
import { SessionFileError } from '../session/session-file.js'
import { SessionEndedError } from '../session/stored-session.js'
import { cliLogger, cliSecrets, CommandError, processIo, say, UsageError, type CliIo } from './io.js'
import type { Command, CommandContext } from './context.js'
import { tokenCommand, cookieCommand } from './token.js'
import { logoutCommand, deleteProfileCommand } from './end.js'
import { exportCommand } from './export.js'
import { workspacesCommand, reportsCommand } from './list.js'
import { apiCommand } from './api.js'

const COMMANDS: Command[] = [
  tokenCommand,
  cookieCommand,
  exportCommand,
  workspacesCommand,
  reportsCommand,
  apiCommand,
  logoutCommand,
  deleteProfileCommand
]

const USAGE = `Usage: flex-insights <command> [options]

Commands:
${COMMANDS.map(c => `  ${c.name.padEnd(16)}${c.summary}`).join('\n')}

Every command reads the session of the Flex Insights Auth action that ran earlier in the job:
  --session FILE             session file (default: $FLEX_INSIGHTS_SESSION_FILE)
  --prefix P                 the session of the step with env-prefix P ($P_SESSION_FILE)
  -h, --help                 help for a command, with an example: flex-insights export --help

Exit codes: 0 success, 1 failure, 2 usage error; export, workspaces, reports and api also
3 (empty report with --fail-on-empty), 4 (authentication: the session ended), 5 (timed out).
`

export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    io[name ? 'stdout' : 'stderr'].write(USAGE)
    return name ? 0 : 2
  }
  const command = COMMANDS.find(c => c.name === name)
  if (!command) {
    say(io, `unknown command "${name}"\n\n${USAGE}`)
    return 2
  }
  const secrets = cliSecrets(io)
  const context: CommandContext = { io, secrets, logger: cliLogger(io) }
  try {
    let parsed
    try {
      parsed = parseArgs({ args: rest, options: command.options, allowPositionals: command.positionals, strict: true })
    } catch (error) {
      throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ''))
    }
    if (parsed.values.help) {
      io.stdout.write(command.help)
      return 0
    }
    return await command.run(parsed.values, parsed.positionals, context)
  } catch (error) {
    if (error instanceof UsageError) {
      say(io, `${error.message}\n\n${command.help}`)
      return 2
    }
    if (error instanceof CommandError) {
      say(io, error.message)
      return error.exitCode
    }
    const known =
      error instanceof SessionFileError || error instanceof FlexInsightsError || error instanceof SessionEndedError
    // Unexpected: the message only, never the stack; and no secret, even in that message.
    const message = error instanceof Error ? error.message : String(error)
    say(io, secrets.redact(known ? message : `unexpected error: ${message}`))
    return command.data && exitOf(error) ? exitOf(error) : 1
  }
}

/** Authentication failures of the data commands: exit 4. */
function exitOf(error: unknown): number {
  if (error instanceof SessionEndedError) return 4
  if (error instanceof FlexInsightsError && (error.kind === 'session-gone' || error.kind === 'unauthorized')) return 4
  return 1
}
