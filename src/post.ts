/**
 * The post step (post-if: always()): log the session out so the two-week SST dies with the
 * job. It never fails the job: problems become warnings, and every request is bounded.
 */
import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { AuthSession, type SessionRecord } from './auth-session.js'
import { FlexInsightsClient } from './flex-insights-client.js'
import { HttpSession, type SessionDeps } from './http-session.js'
import { maskOnce } from './logger.js'
import { coreLogger } from './main.js'
import { readSessionFile, removeSessionFile } from './session-file.js'
import { readState, type SavedState } from './state.js'

export async function post(deps: SessionDeps = {}): Promise<void> {
  const state = readState()
  const record = state.session
  if (!record) {
    core.debug('No Flex Insights session was saved (login did not succeed); nothing to log out.')
    return
  }
  try {
    return await endSession(record, state, deps)
  } finally {
    if (state.sessionFile) removeSessionFile(state.sessionFile)
  }
}

async function endSession(saved: SessionRecord, state: SavedState, deps: SessionDeps): Promise<void> {
  let record = saved
  // The session file is fresher than the saved state: `flex-insights` may have refreshed the TT
  // (saving a request here) or ended the session already.
  if (state.sessionFile && existsSync(state.sessionFile)) {
    try {
      const current = readSessionFile(state.sessionFile)
      if (current.loggedOut) {
        core.info(`The Flex Insights session of profile ${current.profileId} was already ended by the flex-insights command; nothing to do.`)
        return
      }
      record = current
    } catch (error) {
      core.debug(`Ignoring the session file: ${(error as Error).message}`)
    }
  }
  // A new process: register the masks again in case anything below ever echoes them.
  const mask = maskOnce(core.setSecret)
  mask(record.sst)
  if (record.tt) mask(record.tt)

  if (!state.logout) {
    core.info(
      `logout: false, so the Flex Insights session of profile ${record.profileId} was left open: its SST stays valid for up to two weeks. ` +
        'Set logout: true (the default) to end it when the job ends.'
    )
    return
  }

  const http = new HttpSession(
    { apiUrl: record.apiUrl, timeoutMs: record.timeoutMs, maxAttempts: record.maxAttempts, maxRetryWaitMs: record.maxRetryWaitMs },
    { logger: coreLogger, ...deps }
  )
  try {
    const session = new AuthSession(new FlexInsightsClient(http, mask), record, deps.now)
    const outcome = await session.logout()
    if (outcome.ended) {
      core.info(`Logged out of Flex Insights (profile ${record.profileId}) in ${http.requestCount} request(s): the session's SST is no longer valid.`)
    } else {
      core.info(`Flex Insights logout not needed for profile ${record.profileId}: ${outcome.reason}.`)
    }
  } catch (error) {
    core.warning(
      `Could not log out of Flex Insights (profile ${record.profileId}): ${(error as Error).message}. ` +
        'The SST stays valid until it expires (up to two weeks); change the password to revoke it now if that matters.'
    )
  } finally {
    http.close()
  }
}
