/**
 * The post step (post-if: always()): end the session so the two-week SST dies with the job. It
 * never fails the job, and it never says a session ended unless the server said so: anything
 * else that may leave the SST alive is a warning that says how to revoke it.
 */
import * as core from '@actions/core'
import { removeSessionFolder } from '../session/session-file.js'
import { coreLogger, coreSources } from './core-sources.js'
import { BufferedLogger, startPost, type PostStart } from './early.js'
import { describeError } from './failure.js'

export const REVOKE =
  'The SST may still be valid for up to two weeks; change the password of this user to revoke it now'

export async function finishPost(start: PostStart): Promise<void> {
  if (start.sources.logger instanceof BufferedLogger) start.sources.logger.attach(coreLogger)
  const { plan } = start
  try {
    switch (plan.kind) {
      case 'nothing':
        core.debug('No Flex Insights session was saved (login did not succeed); nothing to log out.')
        return
      case 'ended-by-command':
        core.info(
          `The Flex Insights session of profile ${plan.profileId} was already ended ` +
            `by the flex-insights command; nothing to do.`
        )
        return
      case 'kept':
        core.info(
          `logout: false, so the Flex Insights session of profile ${plan.profileId} was left open: ` +
            `its SST stays valid for up to two weeks. ` +
            'Set logout: true (the default) to end it when the job ends.'
        )
        return
      case 'unusable':
        core.warning(`Could not log out of Flex Insights: ${plan.reason}. ${REVOKE}.`)
        return
    }
    const outcome = await start.outcome
    const requests = start.transport?.requestCount ?? 0
    if (outcome?.kind === 'logged-out') {
      core.info(
        `Logged out of Flex Insights (profile ${plan.profileId}) in ${requests} request(s): ` +
          `the session's SST is no longer valid.`
      )
    } else if (outcome?.kind === 'already-ended') {
      core.info(
        `Flex Insights logout not needed for profile ${plan.profileId}: ` +
          `the server says the session had already ended (logged out or expired).`
      )
    } else {
      core.warning(`Could not log out of Flex Insights (profile ${plan.profileId}): ${outcome?.reason}. ${REVOKE}.`)
    }
  } finally {
    start.transport?.close()
    if (start.sessionFile) removeSessionFolder(start.sessionFile)
  }
}

/** The post step once its first request is under way (src/index.ts); it only ever warns. */
export async function runPost(start: PostStart): Promise<void> {
  try {
    await finishPost(start)
  } catch (error) {
    core.warning(`Flex Insights post step: ${describeError(error)}`)
  }
}

/** The post step with @actions/core from the start: the entry for @github/local-action. */
export const run = (): Promise<void> => runPost(startPost(coreSources()))
