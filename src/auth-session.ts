/**
 * A logged-in Flex Insights session: what the post step and the `flex-insights` command keep
 * (api-url, profile id, SST, the current TT and when it was issued), and the procedures that
 * need more than one call: a token that stays valid long enough, and a logout that survives an
 * expired TT or an already-dead session.
 */
import { FlexInsightsError } from './api-error.js'
import { FlexInsightsClient, challengeOf, httpError, type AuthMode } from './flex-insights-client.js'
import type { ApiResponse } from './http-session.js'
import { isTtFresh, MIN_TT_VALIDITY_MS, type TokenTimes } from './token-times.js'

export interface SessionRecord extends TokenTimes {
  apiUrl: string
  profileId: string
  sst: string
  mode: AuthMode
  /** The login the session belongs to; delete-profile asks for it as confirmation. */
  login: string
  timeoutMs: number
  maxAttempts: number
  maxRetryWaitMs: number
}

export type EndOutcome = { ended: true } | { ended: false; reason: string }

function errorMentionsNotLoggedIn(res: ApiResponse): boolean {
  return /not logged in|doesn'?t exist/i.test(res.body)
}

export class AuthSession {
  constructor(
    private readonly client: FlexInsightsClient,
    readonly record: SessionRecord,
    private readonly now: () => number = Date.now
  ) {}

  /** Fetches a new TT from the SST and remembers it. Throws kind `session-gone` if the SST is dead. */
  async refresh(): Promise<string> {
    const issuedAt = this.now()
    const tt = await this.client.issueToken(this.record.sst, this.record.mode)
    this.record.tt = tt
    this.record.ttIssuedAt = issuedAt
    return tt
  }

  /** The cached TT while it has at least minValidityMs left, else a fresh one. */
  async token(minValidityMs = MIN_TT_VALIDITY_MS): Promise<{ tt: string; refreshed: boolean }> {
    if (isTtFresh(this.record, this.now(), minValidityMs)) return { tt: this.record.tt as string, refreshed: false }
    return { tt: await this.refresh(), refreshed: true }
  }

  /**
   * Runs an SST+TT call (logout, delete-profile): with a fresh TT, and once more after a
   * refresh if the server answers with the TT challenge. Returns the final response, or
   * `undefined` when the SST turns out to be dead.
   */
  private async withFreshToken(send: (tt: string) => Promise<ApiResponse>): Promise<ApiResponse | undefined> {
    let tt: string
    try {
      tt = (await this.token()).tt
    } catch (error) {
      if (error instanceof FlexInsightsError && error.kind === 'session-gone') return undefined
      throw error
    }
    let res = await send(tt)
    if (challengeOf(res) === 'tt') {
      try {
        tt = await this.refresh()
      } catch (error) {
        if (error instanceof FlexInsightsError && error.kind === 'session-gone') return undefined
        throw error
      }
      res = await send(tt)
    }
    return res
  }

  /** Logs out (kills the SST and its TTs). Already-gone sessions are an outcome, not an error. */
  async logout(): Promise<EndOutcome> {
    const { profileId, sst, mode } = this.record
    const res = await this.withFreshToken(tt => this.client.logout(profileId, sst, tt, mode))
    if (!res) return { ended: false, reason: 'the session had already ended (logged out or expired)' }
    if (res.status === 204 || res.status === 200) return { ended: true }
    if (res.status === 401) return { ended: false, reason: 'the session had already ended (the server no longer accepts its tokens)' }
    if (res.status === 404 || (res.status === 400 && errorMentionsNotLoggedIn(res))) {
      return { ended: false, reason: `the session had already ended (HTTP ${res.status}: not logged in)` }
    }
    throw httpError('logout', res)
  }

  /** Deletes the logged-in user's own profile. Irreversible. */
  async deleteProfile(): Promise<void> {
    const { profileId, sst, mode } = this.record
    const res = await this.withFreshToken(tt => this.client.deleteProfile(profileId, sst, tt, mode))
    if (!res) {
      throw new FlexInsightsError('delete-profile', 'the session has ended', {
        kind: 'session-gone',
        hint: 'Log in again (run the action again) before deleting the profile'
      })
    }
    if (res.status !== 204 && res.status !== 200) throw httpError('delete-profile', res)
  }
}
