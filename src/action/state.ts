/**
 * What the main step hands to its post step through the runner's saved state. The session is
 * saved the moment login succeeds, before any further call can fail, so the post step can
 * always try to end it. Reading takes a getState function: @actions/core's, or the same env
 * lookup done before core has loaded (early.ts).
 */
export const STATE = { isPost: 'isPost', session: 'session', logout: 'logout', sessionFile: 'session-file' } as const

export type ReadState = (name: string) => string

export interface SavedState {
  isPost: boolean
  logout: boolean
  /** The session record as saved, not yet parsed or checked (session.ts checks it). */
  session?: string
  sessionFile?: string
}

export function readState(read: ReadState): SavedState {
  return {
    isPost: read(STATE.isPost) === 'true',
    logout: read(STATE.logout) !== 'false',
    session: read(STATE.session) || undefined,
    sessionFile: read(STATE.sessionFile) || undefined
  }
}
