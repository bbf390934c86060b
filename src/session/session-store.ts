/**
 * A session backed by its file: what the `flex-insights` command and the main step's exports
 * share across processes. It reads and checks the file, writes changes back atomically under the
 * file's lock (lock.ts), and marks the session ended, so every reader agrees on one TT and on
 * whether the session is over. It holds the file's content, never a second copy of the record:
 * session.ts owns that.
 */
import type { Clock } from '../api/clock.js'
import { withLock } from './lock.js'
import { checkRecord, type SessionRecord } from './record.js'
import { readSessionFile, writeSessionFile, type SessionFileContent } from './session-file.js'

/** The session was logged out or expired: nothing in this file can be used any more. */
export class SessionEndedError extends Error {
  constructor() {
    super('the session has ended (logged out or expired); run the Flex Insights Auth action again to log in')
  }
}

export class SessionStore {
  /** `content` is what the file holds (read), or what it is to hold (written at once). */
  constructor(
    readonly path: string,
    private content: SessionFileContent,
    private readonly clock: Clock,
    private readonly staleMs: number,
    write = false
  ) {
    if (write) writeSessionFile(path, content)
  }

  /** The file as it is now, checked; an ended session is refused. */
  static read(path: string): SessionFileContent {
    const content = readSessionFile(path)
    if (content.loggedOut) throw new SessionEndedError()
    return content
  }

  /** What the file held when last read or written. */
  get saved(): SessionFileContent {
    return this.content
  }

  /** Reads the file again (another process may have refreshed or ended the session). */
  reload(): SessionFileContent {
    this.content = SessionStore.read(this.path)
    return this.content
  }

  /** Writes `record` and `extra` over what the file holds, atomically. */
  write(record: SessionRecord, extra: Partial<SessionFileContent> = {}): void {
    this.content = { ...this.content, ...record, ...extra }
    writeSessionFile(this.path, this.content)
  }

  /**
   * Writes a refreshed record and returns the record the file now holds. If the file cannot be
   * replaced (Windows sharing rules, session-file.ts) but already holds a TT at least as new and
   * valid, another process has just refreshed: its TT stands, and that is a success.
   */
  writeRefreshed(record: SessionRecord, extra: Partial<SessionFileContent>): SessionRecord {
    try {
      this.write(record, extra)
      return record
    } catch (error) {
      let found: SessionRecord
      try {
        found = checkRecord(this.reload())
      } catch {
        throw error
      }
      if (found.tt && (found.ttIssuedAt ?? 0) >= (record.ttIssuedAt ?? 0)) return found
      throw error
    }
  }

  /** The session is over: every later reader is told so, and the post step has nothing to do. */
  markEnded(record: SessionRecord): void {
    this.write(record, { loggedOut: true })
  }

  /** Runs `fn` holding the file's lock: one refresh or logout at a time across processes. */
  locked<T>(fn: () => Promise<T>): Promise<T> {
    return withLock(this.path, { staleMs: this.staleMs, clock: this.clock }, fn)
  }
}
