/**
 * A session read back from its file, for the `flex-insights` command and the exports of the
 * main step. It is a TokenSource: tokens come from the file while they are fresh, and a refresh
 * happens once under the file's lock (once per process too, however many parallel callers) and
 * is written back for the next reader. The file's API URL is checked against the api-url rule
 * (api/origin.ts) before anything is sent, so a tampered file cannot steer the SST elsewhere.
 */
import { AccountClient } from '../api/account.js'
import type { TokenSource } from '../api/authorized.js'
import { FlexInsightsError } from '../api/errors.js'
import { normaliseApiUrl, OriginError } from '../api/origin.js'
import type { Clock } from '../api/retry.js'
import type { Secrets } from '../api/secrets.js'
import type { AuthMode } from '../api/tokens.js'
import type { Logger } from '../api/logger.js'
import { Transport, type TransportSettings } from '../api/transport.js'
import { withLock } from './lock.js'
import { checkRecord, Session, type LogoutOutcome, type SessionRecord } from './session.js'
import { readSessionFile, SessionFileError, writeSessionFile, type SessionFileContent } from './session-file.js'
import { isTtFresh, MIN_TT_VALIDITY_MS } from './token-times.js'

export interface StoredSessionDeps {
  secrets: Secrets
  logger: Logger
  now?: () => number
  clock?: Clock
  /**
   * Whether `secrets` registers masks where the runner reads them (the action's own steps):
   * then a refreshed TT is masked as it arrives. The command's are not (docs/masking.md).
   */
  masksReachRunner?: boolean
}

/** The session was logged out or expired: nothing in this file can be used any more. */
export class SessionEndedError extends Error {
  constructor() {
    super('the session has ended (logged out or expired); run the Flex Insights Auth action again to log in')
  }
}

const within = (value: unknown, min: number, max: number, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fallback

/** The request settings a file carries, each within the bounds of its action input. */
export function settingsOfFile(content: SessionFileContent): TransportSettings {
  let apiUrl: string
  try {
    apiUrl = normaliseApiUrl(content.apiUrl)
  } catch (error) {
    if (error instanceof OriginError)
      throw new SessionFileError(`refusing to use this session file: its API URL ${error.message}`)
    throw error
  }
  return {
    apiUrl,
    timeoutMs: within(content.timeoutMs, 1000, 600_000, 30_000),
    maxAttempts: within(content.maxAttempts, 1, 10, 3),
    maxRetryWaitMs: within(content.maxRetryWaitMs, 0, 3_600_000, 60_000)
  }
}

export class StoredSession implements TokenSource {
  readonly transport: Transport
  readonly account: AccountClient
  /** Refreshes this process made (reported in export summaries). */
  refreshes = 0
  private content: SessionFileContent
  private record: SessionRecord
  private inflight?: Promise<string>
  private readonly now: () => number

  private constructor(
    readonly path: string,
    content: SessionFileContent,
    private readonly deps: StoredSessionDeps
  ) {
    this.now = deps.now ?? Date.now
    this.content = content
    this.record = checkRecord(content)
    deps.secrets.add(this.record.sst, 'sst')
    deps.secrets.add(this.record.tt, 'tt')
    this.transport = new Transport(settingsOfFile(content), {
      logger: deps.logger,
      clock: deps.clock,
      redact: text => deps.secrets.redact(text)
    })
    this.account = new AccountClient(this.transport, deps.secrets)
  }

  /** Opens a session file: checked folder and file, usable origin, usable record. */
  static open(path: string, deps: StoredSessionDeps): StoredSession {
    const content = readSessionFile(path)
    if (content.loggedOut) throw new SessionEndedError()
    return new StoredSession(path, content, deps)
  }

  get mode(): AuthMode {
    return this.record.mode
  }

  get profileId(): string {
    return this.record.profileId
  }

  get login(): string {
    return this.record.login
  }

  close(): void {
    this.transport.close()
  }

  /** Whether the runner has been told to mask the current TT. */
  get ttMasked(): boolean {
    return this.content.ttMasked === true
  }

  /** Records that the runner has now been told to mask `tt` (if it is still the file's TT). */
  async markMasked(tt: string): Promise<void> {
    await this.locked(() => {
      this.reload()
      if (this.record.tt === tt) this.save({ ttMasked: true })
      return Promise.resolve()
    })
  }

  /** A TT with at least minValidityMs to live: the file's, or a refreshed one. */
  async token(minValidityMs = MIN_TT_VALIDITY_MS): Promise<string> {
    if (isTtFresh(this.record, this.now(), minValidityMs)) return this.record.tt as string
    return this.refreshed(undefined, minValidityMs)
  }

  renew(stale: string): Promise<string> {
    return this.refreshed(stale, MIN_TT_VALIDITY_MS)
  }

  /** One refresh at a time in this process, and under the file's lock across processes. */
  private refreshed(stale: string | undefined, minValidityMs: number): Promise<string> {
    this.inflight ??= this.locked(async () => {
      this.reload()
      const { tt } = this.record
      // Another caller may have refreshed while we waited for the lock.
      if (tt && tt !== stale && isTtFresh(this.record, this.now(), minValidityMs)) return tt
      const session = Session.restore(this.account, this.record, this.now)
      try {
        await session.refresh()
      } catch (error) {
        if (error instanceof FlexInsightsError && error.kind === 'session-gone') {
          this.save({ loggedOut: true })
          throw new SessionEndedError()
        }
        throw error
      }
      this.record = session.toRecord()
      this.save({ ttMasked: this.deps.masksReachRunner === true })
      this.refreshes++
      return this.record.tt as string
    }).finally(() => (this.inflight = undefined))
    return this.inflight
  }

  /** Logs out or deletes the profile, then marks the file so the post step has nothing to do. */
  async end(how: 'logout' | 'delete-profile', confirm?: (login: string) => void): Promise<LogoutOutcome> {
    return this.locked(async () => {
      this.reload()
      confirm?.(this.record.login)
      const session = Session.restore(this.account, this.record, this.now)
      if (how === 'delete-profile') {
        await session.deleteProfile()
        this.save({ loggedOut: true })
        return { kind: 'logged-out' }
      }
      const outcome = await session.logout()
      if (outcome.kind !== 'failed') this.save({ loggedOut: true })
      return outcome
    })
  }

  private locked<T>(fn: () => Promise<T>): Promise<T> {
    // The lock is stale once its holder has had all its attempts and then some.
    const { timeoutMs, maxAttempts } = this.transport.settings
    return withLock(this.path, { staleMs: timeoutMs * maxAttempts + 60_000, now: this.now }, fn)
  }

  private reload(): void {
    const content = readSessionFile(this.path)
    if (content.loggedOut) throw new SessionEndedError()
    this.record = checkRecord(content)
    this.content = content
    this.deps.secrets.add(this.record.tt, 'tt')
  }

  private save(extra: Partial<SessionFileContent>): void {
    this.content = { ...this.content, ...this.record, ...extra }
    writeSessionFile(this.path, this.content)
  }
}
