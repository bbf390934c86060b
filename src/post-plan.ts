/**
 * What the post step has to do, decided from the saved state and the session file alone (no
 * @actions/core, no network), so the logout can start while core is still loading.
 */
import { existsSync } from 'node:fs'
import type { SessionRecord } from './auth-session.js'
import { readSessionFile } from './session-file.js'
import type { SavedState } from './state.js'

export type PostPlan =
  | { kind: 'nothing' }
  | { kind: 'ended-by-command'; record: SessionRecord }
  | { kind: 'kept'; record: SessionRecord }
  | { kind: 'logout'; record: SessionRecord; note?: string }

export function planPost(state: SavedState): PostPlan {
  let record = state.session
  if (!record) return { kind: 'nothing' }
  let note: string | undefined
  // The session file is fresher than the saved state: `flex-insights` may have refreshed the TT
  // (saving a request here) or ended the session already.
  if (state.sessionFile && existsSync(state.sessionFile)) {
    try {
      const current = readSessionFile(state.sessionFile)
      if (current.loggedOut) return { kind: 'ended-by-command', record: current }
      record = current
    } catch (error) {
      note = `Ignoring the session file: ${(error as Error).message}`
    }
  }
  if (!state.logout) return { kind: 'kept', record }
  return { kind: 'logout', record, note }
}
