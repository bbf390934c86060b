/**
 * Ending a session on the server: logout, and the deletion of the user's own profile. Only the
 * server's SST challenge counts as "already ended"; every other answer that may leave the SST
 * alive is a failure that says so (docs/protocol.md, "Ending a session"). session.ts holds the
 * SST and runs these under the session file's lock.
 */
import { challengeOf, type AccountClient } from '../api/account.js'
import { FlexInsightsError } from '../api/errors.js'
import type { ApiResponse } from '../api/transport.js'
import type { SessionRecord } from './record.js'

export type LogoutOutcome =
  | { kind: 'logged-out' }
  /** The server itself said the SST is dead (its challenge), so there was nothing to end. */
  | { kind: 'already-ended' }
  /** The SST may still be valid; `alive` is true when the server showed that it is. */
  | { kind: 'failed'; reason: string; alive?: boolean }

/** What to do when a logout may not have worked: the one home of this advice. */
export const REVOKE =
  'The SST may still be valid for up to two weeks; change the password of this user to revoke it now'

/** What ending needs from the session: its account, its record now, and new TTs. */
export interface Ending {
  account: AccountClient
  record: () => SessionRecord
  /** Whether the kept TT is fresh enough to send. */
  fresh: () => boolean
  /** A new TT, kept by the session. Throws kind `session-gone` if the SST is dead. */
  issue: () => Promise<string>
}

const SESSION_GONE = (error: unknown): boolean => error instanceof FlexInsightsError && error.kind === 'session-gone'

export async function sendLogout(e: Ending): Promise<LogoutOutcome> {
  const { profileId, sst, authMode } = e.record()
  let res: ApiResponse | 'gone'
  try {
    res = await withFreshToken(e, tt => e.account.logout(profileId, sst, tt, authMode))
  } catch (error) {
    return { kind: 'failed', reason: (error as Error).message }
  }
  if (res === 'gone' || challengeOf(res) === 'sst') return { kind: 'already-ended' }
  if (res.status === 204 || res.status === 200) return { kind: 'logged-out' }
  const failure = e.account.httpError('logout', res).message
  if (challengeOf(res) === 'tt') {
    return { kind: 'failed', reason: `${failure}: the server refused a freshly issued token`, alive: true }
  }
  if (res.status === 404 || res.status === 400) return probe(e, failure)
  return { kind: 'failed', reason: failure }
}

/** Deletes the logged-in user's own profile. Irreversible. */
export async function sendDeleteProfile(e: Ending): Promise<void> {
  const { profileId, sst, authMode } = e.record()
  const res = await withFreshToken(e, tt => e.account.deleteProfile(profileId, sst, tt, authMode))
  if (res === 'gone' || challengeOf(res) === 'sst') {
    throw new FlexInsightsError('delete-profile', 'the session has ended', {
      kind: 'session-gone',
      hint: 'Log in again (run the action again) before deleting the profile'
    })
  }
  if (res.status !== 204 && res.status !== 200) throw e.account.httpError('delete-profile', res)
}

/** After an ambiguous answer: is the SST still alive? Only the server's challenge says no. */
async function probe(e: Ending, failure: string): Promise<LogoutOutcome> {
  try {
    await e.issue()
    return { kind: 'failed', reason: `${failure}, while the session still issues tokens`, alive: true }
  } catch (error) {
    if (SESSION_GONE(error)) return { kind: 'already-ended' }
    return { kind: 'failed', reason: failure }
  }
}

/** An SST+TT call with a fresh TT, sent once more with a new TT on the TT challenge. */
async function withFreshToken(e: Ending, send: (tt: string) => Promise<ApiResponse>): Promise<ApiResponse | 'gone'> {
  try {
    const res = await send(e.fresh() ? (e.record().tt as string) : await e.issue())
    if (challengeOf(res) !== 'tt') return res
    return await send(await e.issue())
  } catch (error) {
    if (SESSION_GONE(error)) return 'gone'
    throw error
  }
}
