/**
 * A logged-in Flex Insights session: the one object that holds the SST. It is made from a
 * login answer or restored from a saved record (both checked), keeps its TT fresh, and ends the
 * session. Everything else sees a record to save (toRecord) or a token source (tokens()); the
 * SST flows one way, from the login answer into here and from here into the account calls.
 */
import { isProfileId, challengeOf, type AccountClient, type LoginAnswer } from '../api/account.js'
import type { TokenSource } from '../api/authorized.js'
import { FlexInsightsError } from '../api/errors.js'
import { isToken, type AuthMode } from '../api/tokens.js'
import type { ApiResponse } from '../api/transport.js'
import { isTtFresh, MIN_TT_VALIDITY_MS, TT_LIFETIME_MS } from './token-times.js'

/** What survives between processes (saved state, session file). */
export interface SessionRecord {
  profileId: string
  sst: string
  mode: AuthMode
  /** The login the session belongs to; delete-profile asks for it as confirmation. */
  login: string
  tt?: string
  /** Epoch ms, taken just before the request that returned the TT (errs on the safe side). */
  ttIssuedAt?: number
  /** How long the server keeps a TT valid (token-lifetime input). */
  ttLifetimeMs?: number
}

export type LogoutOutcome =
  | { kind: 'logged-out' }
  /** The server itself said the SST is dead (its challenge), so there was nothing to end. */
  | { kind: 'already-ended' }
  /** The SST may still be valid; `alive` is true when the server showed that it is. */
  | { kind: 'failed'; reason: string; alive?: boolean }

export class SessionRecordError extends Error {}

const SESSION_GONE = (error: unknown): boolean => error instanceof FlexInsightsError && error.kind === 'session-gone'

export class Session {
  private constructor(
    private readonly account: AccountClient,
    private record: SessionRecord,
    private readonly now: () => number
  ) {}

  /** The session of a login answer; `sentAt` is when the login request left (the TT's birth). */
  static fromLogin(
    account: AccountClient,
    answer: LoginAnswer,
    who: { login: string; mode: AuthMode; ttLifetimeMs: number; sentAt: number },
    now: () => number = Date.now
  ): Session {
    const record: SessionRecord = {
      profileId: answer.profileId,
      sst: answer.sst,
      mode: who.mode,
      login: who.login,
      ttLifetimeMs: who.ttLifetimeMs
    }
    if (answer.tt) Object.assign(record, { tt: answer.tt, ttIssuedAt: who.sentAt })
    return new Session(account, record, now)
  }

  /** A saved session, checked: a tampered or corrupt record is refused before any request. */
  static restore(account: AccountClient, saved: unknown, now: () => number = Date.now): Session {
    return new Session(account, checkRecord(saved), now)
  }

  get profileId(): string {
    return this.record.profileId
  }

  get login(): string {
    return this.record.login
  }

  get mode(): AuthMode {
    return this.record.mode
  }

  /** A copy to save; the caller keeps it private (state, session file), never prints it. */
  toRecord(): SessionRecord {
    return { ...this.record }
  }

  /** Fetches a new TT from the SST and keeps it. Throws kind `session-gone` if the SST is dead. */
  async refresh(): Promise<string> {
    const issuedAt = this.now()
    const tt = await this.account.issueToken(this.record.sst, this.record.mode)
    this.record = { ...this.record, tt, ttIssuedAt: issuedAt }
    return tt
  }

  /** The kept TT while it has at least minValidityMs left, else a fresh one. */
  async token(minValidityMs = MIN_TT_VALIDITY_MS): Promise<string> {
    if (isTtFresh(this.record, this.now(), minValidityMs)) return this.record.tt as string
    return this.refresh()
  }

  /** This session as a TokenSource for TT-authenticated calls, within this process. */
  tokens(): TokenSource {
    return {
      mode: this.record.mode,
      token: () => this.token(),
      renew: async stale => (this.record.tt !== stale && this.record.tt ? this.record.tt : this.refresh())
    }
  }

  /**
   * Ends the session. "already-ended" only when the server says the SST is dead; every other
   * outcome that may leave it alive is "failed" (docs/protocol.md, "Ending a session").
   */
  async logout(): Promise<LogoutOutcome> {
    const { profileId, sst, mode } = this.record
    let res: ApiResponse | 'gone'
    try {
      res = await this.withFreshToken(tt => this.account.logout(profileId, sst, tt, mode))
    } catch (error) {
      return { kind: 'failed', reason: (error as Error).message }
    }
    if (res === 'gone' || challengeOf(res) === 'sst') return { kind: 'already-ended' }
    if (res.status === 204 || res.status === 200) return { kind: 'logged-out' }
    const failure = this.account.httpError('logout', res).message
    if (challengeOf(res) === 'tt') {
      return { kind: 'failed', reason: `${failure}: the server refused a freshly issued token`, alive: true }
    }
    if (res.status === 404 || res.status === 400) return this.probe(failure)
    return { kind: 'failed', reason: failure }
  }

  /** After an ambiguous answer: is the SST still alive? Only the server's challenge says no. */
  private async probe(failure: string): Promise<LogoutOutcome> {
    try {
      await this.refresh()
      return { kind: 'failed', reason: `${failure}, while the session still issues tokens`, alive: true }
    } catch (error) {
      if (SESSION_GONE(error)) return { kind: 'already-ended' }
      return { kind: 'failed', reason: failure }
    }
  }

  /** Deletes the logged-in user's own profile. Irreversible. */
  async deleteProfile(): Promise<void> {
    const { profileId, sst, mode } = this.record
    const res = await this.withFreshToken(tt => this.account.deleteProfile(profileId, sst, tt, mode))
    if (res === 'gone' || challengeOf(res) === 'sst') {
      throw new FlexInsightsError('delete-profile', 'the session has ended', {
        kind: 'session-gone',
        hint: 'Log in again (run the action again) before deleting the profile'
      })
    }
    if (res.status !== 204 && res.status !== 200) throw this.account.httpError('delete-profile', res)
  }

  /** An SST+TT call with a fresh TT, sent once more after a refresh on the TT challenge. */
  private async withFreshToken(send: (tt: string) => Promise<ApiResponse>): Promise<ApiResponse | 'gone'> {
    try {
      const res = await send(await this.token())
      if (challengeOf(res) !== 'tt') return res
      return await send(await this.refresh())
    } catch (error) {
      if (SESSION_GONE(error)) return 'gone'
      throw error
    }
  }
}

/** A saved record, field by field: anything out of shape would otherwise reach a header or a path. */
export function checkRecord(saved: unknown): SessionRecord {
  const r = (saved ?? {}) as Record<string, unknown>
  const problem = (what: string): never => {
    throw new SessionRecordError(`the saved session is not usable: ${what}`)
  }
  if (!isProfileId(r.profileId)) problem('its profile id is not letters, digits, - and _')
  if (!isToken(r.sst)) problem('its session token is missing or malformed')
  if (r.mode !== 'header' && r.mode !== 'cookie') problem('its auth mode is neither header nor cookie')
  if (typeof r.login !== 'string') problem('it has no login')
  const record: SessionRecord = {
    profileId: r.profileId as string,
    sst: r.sst as string,
    mode: r.mode as AuthMode,
    login: r.login as string
  }
  const lifetime = Number(r.ttLifetimeMs ?? TT_LIFETIME_MS)
  record.ttLifetimeMs = Number.isFinite(lifetime) && lifetime > 0 ? lifetime : TT_LIFETIME_MS
  // A bad cached TT is dropped, not fatal: the SST can always issue a new one.
  if (isToken(r.tt) && Number.isFinite(r.ttIssuedAt)) Object.assign(record, { tt: r.tt, ttIssuedAt: r.ttIssuedAt })
  return record
}
