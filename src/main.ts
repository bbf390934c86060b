/**
 * The main step: validate inputs, log in, save what the post step needs, obtain a TT, then
 * mask and publish it.
 */
import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { AuthSession, type SessionRecord } from './auth-session.js'
import { exportCredentials } from './credentials.js'
import { startMain, type EarlyMain } from './early-start.js'
import type { SessionDeps } from './http-session.js'
import { writeCommandShims } from './command-shim.js'
import { newSessionFilePath, sessionDir, writeSessionFile } from './session-file.js'
import { STATE } from './state.js'
import { ttExpiresAt } from './token-times.js'

export const coreLogger = { debug: core.debug, info: core.info, warning: core.warning }

/** The login was started by startMain, before @actions/core loaded; this finishes the step. */
export async function main(deps: SessionDeps = {}, early: EarlyMain = startMain(deps)): Promise<void> {
  if (!early.ok) throw early.error
  const { inputs, mask, http, client } = early
  early.logs.attach(coreLogger)
  const now = deps.now ?? Date.now
  try {
    core.saveState(STATE.logout, String(inputs.logout))

    const login = await early.login
    const record: SessionRecord = {
      apiUrl: inputs.apiUrl,
      profileId: login.profileId,
      sst: login.sst,
      mode: inputs.authMode,
      login: inputs.login,
      ttLifetimeMs: inputs.ttLifetimeMs,
      timeoutMs: inputs.timeoutMs,
      maxAttempts: inputs.maxAttempts,
      maxRetryWaitMs: inputs.maxRetryWaitMs
    }
    // Before anything else can fail: from here on the post step can log this session out.
    core.saveState(STATE.session, JSON.stringify(record))

    const session = new AuthSession(client, record, now)
    if (login.tt) {
      record.tt = login.tt
      record.ttIssuedAt = early.loginSentAt
    } else {
      await session.refresh()
    }
    core.saveState(STATE.session, JSON.stringify(record))

    // The private session file and the command that refreshes from it (jobs over 10 minutes).
    const runnerTemp = process.env.RUNNER_TEMP || tmpdir()
    const sessionFile = newSessionFilePath(runnerTemp)
    writeSessionFile(sessionFile, { version: 1, ...record })
    core.saveState(STATE.sessionFile, sessionFile)
    const binDir = join(sessionDir(runnerTemp), 'bin')
    writeCommandShims(binDir, process.execPath, join(dirname(resolve(process.argv[1] ?? 'dist/index.js')), 'cli.cjs'))
    core.addPath(binDir)

    const expiresAt = new Date(ttExpiresAt(record))
    exportCredentials(
      { setSecret: mask, setOutput: core.setOutput, exportVariable: core.exportVariable },
      { tt: record.tt as string, apiUrl: record.apiUrl, profileId: record.profileId, expiresAt, sessionFile },
      { exportEnv: inputs.exportEnv, envPrefix: inputs.envPrefix }
    )
    await writeSummary(record, expiresAt, inputs.logout)
    const where = inputs.exportEnv ? `step outputs and ${inputs.envPrefix}_* env vars` : 'step outputs'
    core.info(
      `Logged in to ${record.apiUrl} as ${inputs.login} (profile ${record.profileId}) in ${http.requestCount} request(s). ` +
        `Temporary token exported as ${where}, valid until ${expiresAt.toISOString()}. ` +
        (inputs.logout ? 'Logout is scheduled for the post step.' : 'logout: false, the session stays open after the job.')
    )
  } finally {
    http.close()
  }
}

async function writeSummary(record: SessionRecord, expiresAt: Date, logout: boolean): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary
    .addHeading('Flex Insights Auth', 3)
    .addTable([
      [
        { data: 'API URL', header: true },
        { data: 'Profile id', header: true },
        { data: 'Temporary token expires', header: true },
        { data: 'Logout at end of job', header: true }
      ],
      [record.apiUrl, record.profileId, expiresAt.toISOString(), logout ? 'scheduled' : 'no (logout: false)']
    ])
    .write()
}
