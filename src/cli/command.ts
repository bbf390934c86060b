/**
 * `flex-insights`: the command the action puts on PATH for later steps. It works from the
 * private session file the main step wrote: tokens that stay valid (refreshed once, whatever
 * the number of parallel callers), report exports, listings and raw API calls.
 *
 * Every command exits by one rule (export/exit-codes.ts). stdout carries only the answer, so
 * `$(flex-insights token)` works.
 */
import { parseArgs } from 'node:util'
import { FlexInsightsError } from '../api/errors.js'
import { SessionFileError } from '../session/session-file.js'
import { SessionEndedError } from '../session/session-store.js'
import { EXIT, EXIT_HELP, exitCodeOf } from '../export/exit-codes.js'
import { Secrets } from '../api/secrets.js'
import { cliLogger, processIo, say, type CliIo } from './io.js'
import { ExitError, UsageError } from '../export/exit-codes.js'
import type { Command, CommandContext } from './context.js'
import { tokenCommand, cookieCommand } from './token.js'
import { logoutCommand, deleteProfileCommand } from './logout.js'
import { exportCommand } from './export.js'
import { workspacesCommand, reportsCommand } from './list.js'
import { labelsCommand, valuesCommand } from './labels.js'
import { apiCommand } from './api.js'

const COMMANDS: Command[] = [
  tokenCommand,
  cookieCommand,
  exportCommand,
  workspacesCommand,
  reportsCommand,
  labelsCommand,
  valuesCommand,
  apiCommand,
  logoutCommand,
  deleteProfileCommand
]

const USAGE = `Usage: flex-insights <command> [options]

Commands:
${COMMANDS.map(c => `  ${c.name.padEnd(16)}${c.summary}`).join('\n')}

Every command reads the session of the Flex Insights Auth action that ran earlier in the job
(in a Windows cmd step, write "call flex-insights ..." so that the next lines run):
  --session FILE             session file (default: $FLEX_INSIGHTS_SESSION_FILE)
  --prefix P                 the session of the step with env-prefix P ($P_SESSION_FILE)
  -h, --help                 help for a command, with an example: flex-insights export --help

${EXIT_HELP}
`

export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    io[name ? 'stdout' : 'stderr'].write(USAGE)
    return name ? EXIT.ok : EXIT.usage
  }
  const command = COMMANDS.find(c => c.name === name)
  if (!command) {
    say(io, `unknown command "${name}"\n\n${USAGE}`)
    return EXIT.usage
  }
  // For redaction only: the main step masked every secret the session file holds.
  const secrets = new Secrets()
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
      return EXIT.ok
    }
    return await command.run(parsed.values, parsed.positionals, context)
  } catch (error) {
    const known =
      error instanceof ExitError ||
      error instanceof UsageError ||
      error instanceof SessionFileError ||
      error instanceof FlexInsightsError ||
      error instanceof SessionEndedError
    // Unexpected: the message only, never the stack; and no secret, even in that message.
    const message = error instanceof Error ? error.message : String(error)
    const help = error instanceof UsageError ? `\n\n${command.help}` : ''
    say(io, secrets.redact(known ? message : `unexpected error: ${message}`) + help)
    return exitCodeOf(error)
  }
}
