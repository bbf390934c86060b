/**
 * The post step (post-if: always()): log the session out so the two-week SST dies with the
 * job. It never fails the job: problems become warnings, and every request is bounded. The
 * logout itself was started by startPost before @actions/core loaded; this reports on it.
 */
import * as core from '@actions/core'
import { startPost, type EarlyPost } from './early-start.js'
import type { SessionDeps } from './http-session.js'
import { coreLogger } from './main.js'
import { removeSessionFile } from './session-file.js'

export async function post(deps: SessionDeps = {}, early: EarlyPost = startPost(deps)): Promise<void> {
  early.logs.attach(coreLogger)
  const { plan } = early
  try {
    switch (plan.kind) {
      case 'nothing':
        core.debug('No Flex Insights session was saved (login did not succeed); nothing to log out.')
        return
      case 'ended-by-command':
        core.info(`The Flex Insights session of profile ${plan.record.profileId} was already ended by the flex-insights command; nothing to do.`)
        return
      case 'kept':
        core.info(
          `logout: false, so the Flex Insights session of profile ${plan.record.profileId} was left open: its SST stays valid for up to two weeks. ` +
            'Set logout: true (the default) to end it when the job ends.'
        )
        return
    }
    if (plan.note) core.debug(plan.note)
    const { profileId } = plan.record
    try {
      const outcome = await early.outcome
      const requests = early.http?.requestCount ?? 0
      if (outcome?.ended) {
        core.info(`Logged out of Flex Insights (profile ${profileId}) in ${requests} request(s): the session's SST is no longer valid.`)
      } else {
        core.info(`Flex Insights logout not needed for profile ${profileId}: ${outcome?.reason}.`)
      }
    } catch (error) {
      core.warning(
        `Could not log out of Flex Insights (profile ${profileId}): ${(error as Error).message}. ` +
          'The SST stays valid until it expires (up to two weeks); change the password to revoke it now if that matters.'
      )
    }
  } finally {
    early.http?.close()
    if (early.sessionFile) removeSessionFile(early.sessionFile)
  }
}
