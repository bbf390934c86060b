/**
 * `flex-insights`: the command the action puts on PATH for jobs that outlive the 10-minute TT.
 * It reads the private session file written by the main step and prints a token that stays
 * valid, refreshing it (once, whatever the number of parallel callers) only when needed.
 *
 * Exit codes: 0 success, 1 failure, 2 usage error. stdout carries only the token or cookie, so
 * `$(flex-insights token)` works; everything else goes to stderr.
 */
import { FlexInsightsError } from './api-error.js'
import type { SessionRecord } from './auth-session.js'
import { addMaskCommand, maskOnce, type Logger, type MaskSecret } from './logger.js'
import { readSessionFile, SessionFileError, withSessionLock, writeSessionFile, type SessionFileContent } from './session-file.js'
import { isTtFresh, MAX_MIN_VALIDITY_S, MIN_TT_VALIDITY_MS, parseMinValidity, ttExpiresAt } from './token-times.js'

export interface CliIo {
  env: NodeJS.ProcessEnv
  stdout: (text: string) => void
  stderr: (text: string) => void
  now: () => number
}

const defaultIo: CliIo = {
  env: process.env,
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  now: Date.now
}

const USAGE = `Usage: flex-insights <command> [options]

Commands:
  token                      print a Temporary Token valid for at least 60 more seconds
  cookie                     print it as a cookie: GDCAuthTT=<token>
  logout                     log the session out now (the post step then has nothing to do)
  delete-profile --confirm LOGIN
                             delete the logged-in user's own profile; cannot be undone

Options:
  --session FILE             session file (default: $FLEX_INSIGHTS_SESSION_FILE)
  --prefix P                 read the session file path from $P_SESSION_FILE
  -h, --help                 help for a command: flex-insights token --help

Exit codes: 0 success, 1 failure, 2 usage error.
`

const HELP: Record<string, string> = {
  token: `Usage: flex-insights token [--min-validity SECONDS] [--session FILE | --prefix P]

Prints a Temporary Token (TT) that stays valid for at least --min-validity seconds (default 60,
at most ${MAX_MIN_VALIDITY_S}): the cached one while it is, otherwise a fresh one from the API, saved for the next
call. Only the token goes to stdout, so this works:

  curl -b "GDCAuthTT=$(flex-insights token)" "$FLEX_INSIGHTS_API_URL/gdc/..."

Inside GitHub Actions a new token is masked (::add-mask:: on stderr).
`,
  cookie: `Usage: flex-insights cookie [--min-validity SECONDS] [--session FILE | --prefix P]

Like "flex-insights token", printed as a cookie for curl -b:

  curl -b "$(flex-insights cookie)" "$FLEX_INSIGHTS_API_URL/gdc/..."
`,
  logout: `Usage: flex-insights logout [--session FILE | --prefix P]

Logs the session out now: its Super Secured Token stops working and later token calls fail.
The action's post step then sees the session has ended and stays quiet.
`,
  'delete-profile': `Usage: flex-insights delete-profile --confirm LOGIN [--session FILE | --prefix P]

Deletes the Flex Insights profile of the logged-in user (DELETE /gdc/account/profile/{id}), for
off-boarding a service account. THIS CANNOT BE UNDONE. --confirm must repeat the login (email)
the session belongs to; anything else is refused.
`
}

class UsageError extends Error {}
class CliError extends Error {}

interface Args {
  command?: string
  session?: string
  prefix?: string
  confirm?: string
  minValidityMs: number
  help: boolean
}

function parseArgs(argv: string[]): Args {
  const args: Args = { minValidityMs: MIN_TT_VALIDITY_MS, help: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = (): string => {
      const v = argv[++i]
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`)
      return v
    }
    if (arg === '-h' || arg === '--help') args.help = true
    else if (arg === '--session') args.session = value()
    else if (arg === '--prefix') args.prefix = value()
    else if (arg === '--confirm') args.confirm = value()
    else if (arg === '--min-validity') {
      const ms = parseMinValidity(value())
      if (ms === undefined) throw new UsageError(`--min-validity must be whole seconds from 0 to ${MAX_MIN_VALIDITY_S}`)
      args.minValidityMs = ms
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`)
    else if (!args.command) args.command = arg
    else throw new UsageError(`unexpected argument ${arg}`)
  }
  return args
}

function sessionPath(args: Args, env: NodeJS.ProcessEnv): string {
  if (args.session) return args.session
  if (args.prefix && !/^[A-Z][A-Z0-9_]*$/.test(args.prefix)) throw new UsageError(`--prefix must look like an env-prefix (e.g. FLEX_INSIGHTS); got "${args.prefix}"`)
  const name = `${args.prefix ?? 'FLEX_INSIGHTS'}_SESSION_FILE`
  const path = env[name]
  if (!path) {
    throw new CliError(
      `no session file: $${name} is not set. Run the Flex Insights Auth action earlier in this job (with export-env: true), or pass --session FILE`
    )
  }
  return path
}

function cliLogger(io: CliIo): Logger {
  const debug = io.env.RUNNER_DEBUG === '1'
  return {
    debug: m => {
      if (debug) io.stderr(`flex-insights: ${m}\n`)
    },
    info: m => io.stderr(`flex-insights: ${m}\n`),
    warning: m => io.stderr(`flex-insights: warning: ${m}\n`)
  }
}

/** The lock is stale once the holder has had all its attempts and then some. */
function staleAfterMs(record: SessionRecord): number {
  return record.timeoutMs * record.maxAttempts + 60_000
}

function endedError(): CliError {
  return new CliError('the session has ended (logged out or expired); run the Flex Insights Auth action again to log in')
}

async function ensureToken(path: string, minValidityMs: number, io: CliIo, mask: MaskSecret, logger: Logger): Promise<SessionFileContent> {
  const cached = readSessionFile(path)
  if (cached.loggedOut) throw endedError()
  if (isTtFresh(cached, io.now(), minValidityMs)) return cached
  const network = await import('./cli-network.js')
  return withSessionLock(path, staleAfterMs(cached), async () => {
    // Another caller may have refreshed while we waited for the lock.
    const current = readSessionFile(path)
    if (current.loggedOut) throw endedError()
    if (isTtFresh(current, io.now(), minValidityMs)) return current
    try {
      await network.refreshToken(current, { mask, logger, now: io.now })
    } catch (error) {
      if (error instanceof FlexInsightsError && error.kind === 'session-gone') {
        writeSessionFile(path, { ...current, loggedOut: true })
        throw endedError()
      }
      throw error
    }
    writeSessionFile(path, current)
    logger.debug(`refreshed the temporary token; valid until ${new Date(ttExpiresAt(current)).toISOString()}`)
    return current
  })
}

async function endSession(path: string, args: Args, io: CliIo, mask: MaskSecret, logger: Logger): Promise<void> {
  const deleting = args.command === 'delete-profile'
  if (deleting && !args.confirm) throw new UsageError('delete-profile needs --confirm LOGIN (the login of the session), because it cannot be undone')
  const first = readSessionFile(path)
  const network = await import('./cli-network.js')
  await withSessionLock(path, staleAfterMs(first), async () => {
    const record = readSessionFile(path)
    if (deleting && args.confirm?.toLowerCase() !== record.login.toLowerCase()) {
      throw new CliError(`refusing to delete: --confirm "${args.confirm}" is not the login of this session (${record.login}). Nothing was deleted`)
    }
    if (record.loggedOut) {
      if (deleting) throw endedError()
      io.stderr('flex-insights: the session had already ended; nothing to do\n')
      return
    }
    mask(record.sst)
    if (deleting) {
      await network.deleteProfile(record, { mask, logger, now: io.now })
      writeSessionFile(path, { ...record, loggedOut: true })
      io.stderr(`flex-insights: deleted the Flex Insights profile of ${record.login} (profile ${record.profileId}). This cannot be undone; the session has ended\n`)
      return
    }
    const outcome = await network.logout(record, { mask, logger, now: io.now })
    writeSessionFile(path, { ...record, loggedOut: true })
    io.stderr(
      outcome.ended
        ? `flex-insights: logged out of Flex Insights (profile ${record.profileId}); the session's tokens no longer work\n`
        : `flex-insights: ${outcome.reason}; nothing to do\n`
    )
  })
}

export async function runCli(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const logger = cliLogger(io)
  const inActions = io.env.GITHUB_ACTIONS === 'true'
  const mask = maskOnce(secret => {
    if (inActions) io.stderr(addMaskCommand(secret))
  })
  let args: Args | undefined
  try {
    args = parseArgs(argv)
    if (!args.command) {
      io[args.help ? 'stdout' : 'stderr'](USAGE)
      return args.help ? 0 : 2
    }
    if (!(args.command in HELP)) throw new UsageError(`unknown command "${args.command}"`)
    if (args.help) {
      io.stdout(HELP[args.command])
      return 0
    }
    const path = sessionPath(args, io.env)
    if (args.command === 'token' || args.command === 'cookie') {
      const record = await ensureToken(path, args.minValidityMs, io, mask, logger)
      const tt = record.tt as string
      mask(tt)
      mask(`GDCAuthTT=${tt}`)
      io.stdout(args.command === 'token' ? `${tt}\n` : `GDCAuthTT=${tt}\n`)
      return 0
    }
    await endSession(path, args, io, mask, logger)
    return 0
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`flex-insights: ${error.message}\n\n${args?.command && HELP[args.command] ? HELP[args.command] : USAGE}`)
      return 2
    }
    const known = error instanceof CliError || error instanceof SessionFileError || error instanceof FlexInsightsError
    io.stderr(`flex-insights: ${known ? (error as Error).message : `unexpected error: ${(error as Error)?.message ?? String(error)}`}\n`)
    return 1
  }
}
