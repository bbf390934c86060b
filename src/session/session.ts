/**
 * A logged-in Flex Insights session: the one object that holds the SST. Made from a login answer,
 * a saved record or the session file (all checked), it keeps its TT fresh, hands out the API and
 * ends the session. Backed by its file (session-store.ts), every refresh and logout happens under
 * the file's lock and is written back; parallel callers in a process share one refresh. The SST
 * flows one way: from the login answer or the file into here, and from here into account calls.
 */
import { AccountClient, type LoginAnswer } from '../api/account.js'
import { AuthorizedApi, type TokenSource } from '../api/authorized.js'
import { systemClock, type Clock } from '../api/clock.js'
import { FlexInsightsError } from '../api/errors.js'
import type { Logger } from '../api/logger.js'
import { normaliseApiUrl, OriginError } from '../api/origin.js'
import type { Secrets } from '../api/secrets.js'
import type { AuthMode } from '../api/tokens.js'
import { Transport } from '../api/transport.js'
import { SessionFileError, type FileSettings } from './session-file.js'
import { SessionEndedError, SessionStore } from './session-store.js'
import { transportSettings } from './session-file.js'

import { sendDeleteProfile, sendLogout, type Ending, type LogoutOutcome } from './ending.js'
import { checkRecord, type SessionRecord } from './record.js'

import { isTtFresh, MIN_TT_VALIDITY_MS } from './token-times.js'

export { REVOKE, type LogoutOutcome } from './ending.js'
export { checkRecord, type SessionRecord } from './record.js'

export interface SessionDeps {
  /** Known secrets, for redaction; what its sink does with them is the caller's (docs/masking.md). */
  secrets: Secrets
  logger: Logger
  clock?: Clock
  /** Whether `secrets` registers masks where the runner reads them: then a refreshed TT counts as masked. */
  masksReachRunner?: boolean
}

export class Session implements TokenSource {
  private inflight?: Promise<string>
  private store?: SessionStore
  private masksReachRunner = false

  private constructor(
    private readonly account: AccountClient,
    private record: SessionRecord,
    private readonly clock: Clock
  ) {}

  /** The session of a login answer; `sentAt` is when the login request left (the TT's birth). */
  static fromLogin(
    account: AccountClient,
    answer: LoginAnswer,
    who: { login: string; authMode: AuthMode; ttLifetimeMs: number; sentAt: number },
    clock: Clock = systemClock
  ): Session {
    const record: SessionRecord = {
      profileId: answer.profileId,
      sst: answer.sst,
      authMode: who.authMode,
      login: who.login,
      ttLifetimeMs: who.ttLifetimeMs
    }
    if (answer.tt) Object.assign(record, { tt: answer.tt, ttIssuedAt: who.sentAt })
    return new Session(account, record, clock)
  }

  /** A saved session, checked: a tampered or corrupt record is refused before any request. */
  static restore(account: AccountClient, saved: unknown, clock: Clock = systemClock): Session {
    return new Session(account, checkRecord(saved), clock)
  }

  /**
   * The session of a session file, with its own connection to the file's API URL (checked
   * against the api-url rule, so a tampered file cannot steer the SST elsewhere).
   */
  static open(path: string, deps: SessionDeps): Session {
    const clock = deps.clock ?? systemClock
    const content = SessionStore.read(path)
    let apiUrl: string
    try {
      apiUrl = normaliseApiUrl(content.apiUrl)
    } catch (error) {
      if (error instanceof OriginError)
        throw new SessionFileError(`refusing to use this session file: its API URL ${error.message}`)
      throw error
    }
    const settings = transportSettings(apiUrl, content)
    const record = checkRecord(content)
    const transport = new Transport(settings, { logger: deps.logger, clock, redact: t => deps.secrets.redact(t) })
    const session = new Session(new AccountClient(transport, deps.secrets), record, clock)
    deps.secrets.add(record.sst, 'sst')
    deps.secrets.add(record.tt, 'tt')
    session.attach(new SessionStore(path, content, clock, session.lockStaleMs()), deps.masksReachRunner === true)
    return session
  }

  get profileId(): string {
    return this.record.profileId
  }

  get login(): string {
    return this.record.login
  }

  get authMode(): AuthMode {
    return this.record.authMode
  }

  get transport(): Transport {
    return this.account.transport
  }

  /** Whether the runner has been told to mask the current TT (docs/masking.md). */
  get ttMasked(): boolean {
    return this.store?.saved.ttMasked === true
  }

  /** A copy to save; the caller keeps it private, never prints it. */
  toRecord(): SessionRecord {
    return { ...this.record }
  }

  /**
   * Writes the session file (the main step, right after login) and backs the session with it
   * from now on. `settings` are what the command needs to reach the API; every secret of the
   * main step is masked already, so the file's TT counts as masked.
   */
  persist(path: string, settings: FileSettings): void {
    const content = { ...settings, ...this.record, ttMasked: true }
    this.attach(new SessionStore(path, content, this.clock, this.lockStaleMs(), true), true)
  }

  /** The TT-authenticated API of this session (exports, listings, `flex-insights api`). */
  api(): AuthorizedApi {
    return new AuthorizedApi(this.transport, this)
  }

  /** Releases pooled connections so the process can exit at once. */
  close(): void {
    this.transport.close()
  }

  /** The kept TT while it has at least minValidityMs left, else a fresh one. */
  async token(minValidityMs = MIN_TT_VALIDITY_MS): Promise<string> {
    if (isTtFresh(this.record, this.clock.now(), minValidityMs)) return this.record.tt as string
    return this.refreshed(undefined, minValidityMs)
  }

  /** A TT other than `stale`: another caller's fresh one, or a new one (TokenSource). */
  refresh(stale: string): Promise<string> {
    return this.refreshed(stale, MIN_TT_VALIDITY_MS)
  }

  /** Records that the runner has now been told to mask `tt`, if it is still the file's TT. */
  async markMasked(tt: string): Promise<void> {
    const store = this.store
    if (!store) return
    await store.locked(() => {
      this.reload(store)
      if (this.record.tt === tt) store.write(this.record, { ttMasked: true })
      return Promise.resolve()
    })
  }

  /**
   * Ends the session. "already-ended" only when the server says the SST is dead; every other
   * outcome that may leave it alive is "failed" (docs/protocol.md, "Ending a session").
   */
  logout(): Promise<LogoutOutcome> {
    return this.exclusive(async () => {
      const outcome = await sendLogout(this.ending())
      if (outcome.kind !== 'failed') this.store?.markEnded(this.record)
      return outcome
    })
  }

  /** Deletes the logged-in user's own profile, after `confirm` (given the login) has not thrown. Irreversible. */
  deleteProfile(confirm: (login: string) => void = () => undefined): Promise<void> {
    return this.exclusive(async () => {
      confirm(this.record.login)
      await sendDeleteProfile(this.ending())
      this.store?.markEnded(this.record)
    })
  }

  /** What ending the session needs: the account, the record as it is now, and new TTs. */
  private ending(): Ending {
    return {
      account: this.account,
      record: () => this.record,
      fresh: () => isTtFresh(this.record, this.clock.now(), MIN_TT_VALIDITY_MS),
      issue: () => this.issue()
    }
  }

  private attach(store: SessionStore, masksReachRunner: boolean): void {
    this.store = store
    this.masksReachRunner = masksReachRunner
  }

  /** The lock is stale once its holder has had all its attempts and then some. */
  private lockStaleMs(): number {
    const { timeoutMs, maxAttempts } = this.transport.settings
    return timeoutMs * maxAttempts + 60_000
  }

  /** Runs `fn` alone: under the file's lock with the file's latest record, or as is without a file. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const store = this.store
    if (!store) return fn()
    return store.locked(() => {
      this.reload(store)
      return fn()
    })
  }

  private reload(store: SessionStore): void {
    this.record = checkRecord(store.reload())
  }

  /** One refresh at a time in this process, and under the file's lock across processes. */
  private refreshed(stale: string | undefined, minValidityMs: number): Promise<string> {
    this.inflight ??= this.exclusive(async () => {
      const { tt } = this.record
      // Another caller may have refreshed while this one waited.
      if (tt && tt !== stale && isTtFresh(this.record, this.clock.now(), minValidityMs)) return tt
      try {
        await this.issue()
      } catch (error) {
        if (this.store && error instanceof FlexInsightsError && error.kind === 'session-gone') {
          this.store.markEnded(this.record)
          throw new SessionEndedError()
        }
        throw error
      }
      if (this.store) this.record = this.store.writeRefreshed(this.record, { ttMasked: this.masksReachRunner })
      return this.record.tt as string
    }).finally(() => (this.inflight = undefined))
    return this.inflight
  }

  /** A new TT from the SST, kept. Throws kind `session-gone` if the SST is dead. */
  private async issue(): Promise<string> {
    const issuedAt = this.clock.now()
    const tt = await this.account.issueToken(this.record.sst, this.record.authMode)
    this.record = { ...this.record, tt, ttIssuedAt: issuedAt }
    return tt
  }
}
