/**
 * What the main step hands to its post step through GITHUB_STATE. The session is saved the
 * moment login succeeds, before any further call can fail, so the post step can always log out.
 */
import * as core from '@actions/core'
import type { SessionRecord } from './auth-session.js'

const SESSION = 'session'
const LOGOUT = 'logout'
const SESSION_FILE = 'session-file'

export function saveLogoutWanted(logout: boolean): void {
  core.saveState(LOGOUT, String(logout))
}

export function saveSession(record: SessionRecord): void {
  core.saveState(SESSION, JSON.stringify(record))
}

export function saveSessionFile(path: string): void {
  core.saveState(SESSION_FILE, path)
}

export interface SavedState {
  logout: boolean
  session?: SessionRecord
  sessionFile?: string
}

export function readState(): SavedState {
  const raw = core.getState(SESSION)
  let session: SessionRecord | undefined
  if (raw) {
    try {
      session = JSON.parse(raw) as SessionRecord
    } catch {
      session = undefined
    }
  }
  return { logout: core.getState(LOGOUT) !== 'false', session, sessionFile: core.getState(SESSION_FILE) || undefined }
}
