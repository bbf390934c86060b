/**
 * The main step: check the inputs, log in, keep the session in its private file before anything
 * else can fail, obtain a TT, then publish it, put the `flex-insights` command on PATH and run the
 * exports of the `reports` input. One run() from start to end; every failure is one line.
 */
import * as core from '@actions/core'
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { AccountClient } from '../api/account.js'
import { systemClock, type Clock } from '../api/clock.js'
import { Secrets } from '../api/secrets.js'
import { Transport } from '../api/transport.js'
import { createSessionFolder } from '../session/session-file.js'
import { REVOKE, Session } from '../session/session.js'
import { ttExpiresAt } from '../session/token-times.js'
import { runReportsInput } from './exports.js'
import { coreLogger, describeError } from './failure.js'
import { parseInputs, readInput, type ActionInputs } from './inputs.js'
import { publishCredentials } from './publish.js'
import { STATE } from './state.js'
import { loginSummary } from './step-summary.js'

export async function run(options: { clock?: Clock } = {}): Promise<void> {
  const clock = options.clock ?? systemClock
  core.saveState(STATE.isPost, 'true')
  const secrets = new Secrets(value => core.setSecret(value))
  try {
    const inputs = parseInputs(readInput, secrets, process.env)
    core.saveState(STATE.logout, String(inputs.logout))
    await logIn(inputs, secrets, clock)
  } catch (error) {
    core.setFailed(describeError(error, text => secrets.redact(text)))
  }
}

async function logIn(inputs: ActionInputs, secrets: Secrets, clock: Clock): Promise<void> {
  const { apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs } = inputs
  const transport = new Transport(
    { apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs },
    { logger: coreLogger, clock, redact: text => secrets.redact(text) }
  )
  const account = new AccountClient(transport, secrets)
  try {
    const sentAt = clock.now()
    const answer = await account.login(inputs.login, inputs.password, inputs.authMode)
    const { login, authMode, ttLifetimeMs } = inputs
    const session = Session.fromLogin(account, answer, { login, authMode, ttLifetimeMs, sentAt }, clock)
    // Before anything else can fail: from here on the post step can end this session. The SST
    // goes only to the private session file, never to the runner's saved state (SECURITY.md).
    const folder = await keep(session, { version: 1, apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs })
    if (answer.problem) throw answer.problem
    await session.token()
    const cli = join(dirname(resolve(process.argv[1] ?? 'dist/index.js')), 'cli.cjs')
    if (existsSync(cli)) {
      writeCommandShims(join(folder.path, 'bin'), process.execPath, cli)
      core.addPath(join(folder.path, 'bin'))
    } else core.debug(`${cli} is missing (not run from dist/?): the flex-insights command is not on PATH`)
    await announce(inputs, session, folder.file, secrets)
    await runReportsInput(inputs, session)
  } finally {
    transport.close()
  }
}

/**
 * Writes the session file and tells the post step where it is. If the file cannot be written the
 * post step could not end the session, so it is ended here before the step fails.
 */
async function keep(
  session: Session,
  settings: Parameters<Session['persist']>[1]
): Promise<{ path: string; file: string }> {
  try {
    const { folder, file } = createSessionFolder(process.env.RUNNER_TEMP || tmpdir())
    session.persist(file, settings)
    core.saveState(STATE.sessionFile, file)
    return { path: folder, file }
  } catch (error) {
    const outcome = await session.logout()
    const ended = outcome.kind === 'failed' ? `logging out failed too: ${outcome.reason}. ${REVOKE}` : 'logged out'
    throw new Error(`could not write the private session file (${(error as Error).message}); ${ended}`, {
      cause: error
    })
  }
}

/** Masks, then outputs and env vars (publish.ts), the summary and one line that says what happened. */
async function announce(inputs: ActionInputs, session: Session, file: string, secrets: Secrets): Promise<void> {
  const record = session.toRecord()
  const { apiUrl } = inputs
  const expiresAt = new Date(ttExpiresAt(record))
  publishCredentials(
    secrets,
    { setOutput: core.setOutput, exportVariable: core.exportVariable },
    {
      tt: record.tt as string,
      apiUrl,
      profileId: record.profileId,
      expiresAt,
      sessionFile: file,
      workspace: inputs.workspace,
      timeZone: inputs.timeZone
    },
    inputs
  )
  if (process.env.GITHUB_STEP_SUMMARY)
    await core.summary
      .addRaw(loginSummary({ apiUrl, profileId: record.profileId, expiresAt, logout: inputs.logout }))
      .write()
  const where = inputs.exportEnv ? `step outputs and ${inputs.envPrefix}_* env vars` : 'step outputs'
  core.info(
    `Logged in to ${apiUrl} as ${inputs.login} (profile ${record.profileId}) ` +
      `in ${session.transport.requestCount} request(s). ` +
      `Temporary token exported as ${where}, valid until ${expiresAt.toISOString()}. ` +
      (inputs.logout
        ? 'Logout is scheduled for the post step.'
        : 'logout: false, the session stays open after the job.')
  )
}

/**
 * Puts `flex-insights` on PATH for later steps: a POSIX shell shim (bash, sh, and Git Bash on
 * Windows) and a .cmd (pwsh and cmd on Windows), both running the bundled dist/cli.cjs with the
 * runner's own node binary. They live in the session's private folder, so nobody else can swap
 * them. Under cmd, a batch file that runs another without `call` ends there (README.md,
 * "Windows runners").
 */
const shQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`

/** A Windows path as Git Bash spells it (`C:\\a\\b` is `/c/a/b`); other paths as they are. */
export const bashPath = (path: string): string =>
  path.replace(/^([A-Za-z]):[\\/]/, (_, drive: string) => `/${drive.toLowerCase()}/`).replace(/\\/g, '/')

/** The two shims' text; `entry` is dist/cli.cjs, the fast path that hands anything else to dist/index.js. */
export function shimScripts(nodePath: string, entry: string, platform: NodeJS.Platform = process.platform) {
  const posix = platform === 'win32' ? bashPath : (p: string) => p
  // In a .cmd, % starts a variable even inside quotes: %% is a literal one.
  const cmd = (p: string) => `"${p.replace(/%/g, '%%')}"`
  return {
    sh: `#!/bin/sh\nexec ${shQuote(posix(nodePath))} ${shQuote(posix(entry))} "$@"\n`,
    cmd: `@${cmd(nodePath)} ${cmd(entry)} %*\r\n`
  }
}

export function writeCommandShims(binDir: string, nodePath: string, entry: string): void {
  mkdirSync(binDir, { recursive: true, mode: 0o700 })
  const { sh, cmd } = shimScripts(nodePath, entry)
  writeFileSync(join(binDir, 'flex-insights'), sh, { flag: 'wx', mode: 0o700 })
  chmodSync(join(binDir, 'flex-insights'), 0o700)
  writeFileSync(join(binDir, 'flex-insights.cmd'), cmd, { flag: 'wx' })
}
