/**
 * What the main step hands to its post step through GITHUB_STATE. The main step saves the
 * session the moment login succeeds, before any further call can fail, so the post step can
 * always log out. Reading needs no @actions/core (core.getState is an env lookup), so the post
 * step can start its logout before core has loaded.
 */
import type { SessionRecord } from './auth-session.js'

export const STATE = { session: 'session', logout: 'logout', sessionFile: 'session-file' } as const

export interface SavedState {
  logout: boolean
  session?: SessionRecord
  sessionFile?: string
}

const getState = (name: string): string => process.env[`STATE_${name}`] || ''

export function readState(): SavedState {
  const raw = getState(STATE.session)
  let session: SessionRecord | undefined
  if (raw) {
    try {
      session = JSON.parse(raw) as SessionRecord
    } catch {
      // not ours or truncated: the post step then has no session to end
    }
  }
  return { logout: getState(STATE.logout) !== 'false', session, sessionFile: getState(STATE.sessionFile) || undefined }
}
