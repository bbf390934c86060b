/**
 * The main step: check the inputs, log in, save what the post step needs before anything else
 * can fail, obtain a TT, then publish it, put the `flex-insights` command on PATH and run the
 * exports of the `reports` input.
 */
import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { createSessionFolder, writeSessionFile, type SessionFileContent } from '../session/session-file.js'
import { Session } from '../session/session.js'
import { ttExpiresAt } from '../session/token-times.js'
import { writeCommandShims } from './command-shim.js'
import { coreLogger, coreSources } from './core-sources.js'
import { BufferedLogger, nowOf, startMain, type MainStart } from './early.js'
import { runReportsInput } from './exports.js'
import { describeError } from './failure.js'
import { REVOKE } from './post.js'
import { publishCredentials } from './publish.js'
import { STATE } from './state.js'
import { loginSummary } from './summary.js'

export async function finishMain(start: MainStart): Promise<void> {
  if (start.sources.logger instanceof BufferedLogger) start.sources.logger.attach(coreLogger)
  const { inputs, secrets, transport, account, login, sentAt } = start
  if (!inputs || !transport || !account || !login || sentAt === undefined) throw start.error
  try {
    core.saveState(STATE.logout, String(inputs.logout))
    const answer = await login
    const session = Session.fromLogin(
      account,
      answer,
      { login: inputs.login, mode: inputs.authMode, ttLifetimeMs: inputs.ttLifetimeMs, sentAt },
      nowOf(start.sources)
    )
    // Before anything else can fail: from here on the post step can end this session. The SST
    // goes only to the private session file, never to the runner's saved state (SECURITY.md).
    const { apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs } = inputs
    const settings = { version: 1 as const, apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs }
    const { folder, file } = await keepSession(session, settings)
    if (answer.problem) throw answer.problem
    await session.token()

    // The command refreshes from the file (jobs over 10 minutes); the TT is masked already.
    const record = session.toRecord()
    writeSessionFile(file, { ...settings, ...record, ttMasked: true })
    const cli = join(dirname(resolve(process.argv[1] ?? 'dist/index.js')), 'cli.cjs')
    if (existsSync(cli)) {
      writeCommandShims(join(folder, 'bin'), process.execPath, cli)
      core.addPath(join(folder, 'bin'))
    } else core.debug(`${cli} is missing (not run from dist/?): the flex-insights command is not on PATH`)

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
        workspace: inputs.workspace
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
        `in ${transport.requestCount} request(s). ` +
        `Temporary token exported as ${where}, valid until ${expiresAt.toISOString()}. ` +
        (inputs.logout
          ? 'Logout is scheduled for the post step.'
          : 'logout: false, the session stays open after the job.')
    )
    await runReportsInput(inputs, file, secrets, start.sources.clock)
  } finally {
    transport.close()
  }
}

/**
 * Writes the session file and tells the post step where it is. If the file cannot be written the
 * post step could not end the session, so it is ended here before the step fails.
 */
async function keepSession(
  session: Session,
  settings: Pick<SessionFileContent, 'version' | 'apiUrl' | 'timeoutMs' | 'maxAttempts' | 'maxRetryWaitMs'>
): Promise<{ folder: string; file: string }> {
  try {
    const made = createSessionFolder(process.env.RUNNER_TEMP || tmpdir())
    writeSessionFile(made.file, { ...settings, ...session.toRecord(), ttMasked: true })
    core.saveState(STATE.sessionFile, made.file)
    return made
  } catch (error) {
    const outcome = await session.logout()
    const ended = outcome.kind === 'failed' ? `logging out failed too: ${outcome.reason}. ${REVOKE}` : 'logged out'
    throw new Error(`could not write the private session file (${(error as Error).message}); ${ended}`, {
      cause: error
    })
  }
}

/** The main step once its first request is under way (src/index.ts); it fails with one line. */
export async function runMain(start: MainStart): Promise<void> {
  core.saveState(STATE.isPost, 'true')
  try {
    await finishMain(start)
  } catch (error) {
    core.setFailed(describeError(error, text => start.secrets.redact(text)))
  }
}

/** The main step with @actions/core from the start: the entry for @github/local-action. */
export const run = (): Promise<void> => runMain(startMain(coreSources()))
