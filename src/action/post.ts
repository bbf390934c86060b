/**
 * The post step (post-if: always()): end the session so the two-week SST dies with the job. It
 * never fails the job, and it never says a session ended unless the server said so: anything
 * else that may leave the SST alive is a warning that says how to revoke it. What to do is
 * planned first from the saved state and the session file alone (planPost, no request), then done.
 */
import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { AccountClient } from '../api/account.js'
import { systemClock, type Clock } from '../api/clock.js'
import { Secrets } from '../api/secrets.js'
import { Transport } from '../api/transport.js'
import { readSessionFile, removeSessionFolder, type SessionFileContent } from '../session/session-file.js'
import { checkRecord, REVOKE, Session, type SessionRecord } from '../session/session.js'
import { coreLogger, describeError } from './failure.js'
import { parseInputs, readInput } from './inputs.js'
import { readState, type SavedState } from './state.js'

export type PostPlan =
  /** No login succeeded: nothing to end. */
  | { kind: 'nothing' }
  | { kind: 'ended-by-command'; profileId: string }
  | { kind: 'kept'; profileId: string }
  /** A session may exist but nothing usable says how to end it. */
  | { kind: 'unusable'; reason: string }
  | { kind: 'logout'; record: SessionRecord }

/** How the post step sees the session file: its content, or why it could not be read. */
export type FileView = { content: SessionFileContent } | { missing: true } | { error: string }

export function viewFile(path: string): FileView {
  try {
    return { content: readSessionFile(path) }
  } catch (error) {
    return existsSync(path) ? { error: (error as Error).message } : { missing: true }
  }
}

/**
 * What the post step does, from the saved state and the session file (the only place the SST
 * is kept). A file that is gone or unusable leaves the SST alive: a warning says so.
 */
export function planPost(state: SavedState, file: FileView | undefined): PostPlan {
  if (!state.sessionFile || !file) return { kind: 'nothing' }
  if ('missing' in file)
    return {
      kind: 'unusable',
      reason:
        `its private session file ${state.sessionFile} is gone (did a later step delete it, or RUNNER_TEMP?), ` +
        'and the SST was kept nowhere else'
    }
  let record: SessionRecord
  try {
    if ('error' in file) throw new Error(file.error)
    record = checkRecord(file.content)
  } catch (error) {
    return { kind: 'unusable', reason: `the session file: ${(error as Error).message}` }
  }
  if ('content' in file && file.content.loggedOut) return { kind: 'ended-by-command', profileId: record.profileId }
  if (!state.logout) return { kind: 'kept', profileId: record.profileId }
  return { kind: 'logout', record }
}

export async function run(options: { clock?: Clock } = {}): Promise<void> {
  const state = readState(name => core.getState(name))
  try {
    await end(planPost(state, state.sessionFile ? viewFile(state.sessionFile) : undefined), options.clock)
  } catch (error) {
    core.warning(`Flex Insights post step: ${describeError(error)}`)
  } finally {
    if (state.sessionFile) removeSessionFolder(state.sessionFile)
  }
}

async function end(plan: PostPlan, clock: Clock = systemClock): Promise<void> {
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
  const { record } = plan
  const secrets = new Secrets(value => core.setSecret(value))
  secrets.add(record.sst, 'sst')
  secrets.add(record.tt, 'tt')
  let inputs
  try {
    // This step's own api-url input, never an origin read from the file.
    inputs = parseInputs(readInput, secrets)
  } catch (error) {
    core.warning(`Could not log out of Flex Insights: the inputs: ${(error as Error).message}. ${REVOKE}.`)
    return
  }
  const { apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs } = inputs
  const transport = new Transport(
    { apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs },
    { logger: coreLogger, clock, redact: text => secrets.redact(text) }
  )
  try {
    const outcome = await Session.restore(new AccountClient(transport, secrets), record, clock).logout()
    const { profileId } = record
    if (outcome.kind === 'logged-out') {
      core.info(
        `Logged out of Flex Insights (profile ${profileId}) in ${transport.requestCount} request(s): ` +
          `the session's SST is no longer valid.`
      )
    } else if (outcome.kind === 'already-ended') {
      core.info(
        `Flex Insights logout not needed for profile ${profileId}: ` +
          `the server says the session had already ended (logged out or expired).`
      )
    } else {
      core.warning(`Could not log out of Flex Insights (profile ${profileId}): ${outcome.reason}. ${REVOKE}.`)
    }
  } finally {
    transport.close()
  }
}
