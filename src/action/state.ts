/**
 * What the main step hands to its post step through the runner's saved state: where the private
 * session file is, and whether to log out. Never the SST: the runner writes saved state to a
 * file of its own and hands it to the post step as STATE_* env vars, so the SST stays in the
 * one private file (SECURITY.md, "Where the SST lives"). The path is saved the moment the file
 * exists, before any further call can fail. Reading takes a getState function (core.getState).
 */
export const STATE = { isPost: 'isPost', logout: 'logout', sessionFile: 'session-file' } as const

export type ReadState = (name: string) => string

export interface SavedState {
  isPost: boolean
  logout: boolean
  sessionFile?: string
}

export function readState(read: ReadState): SavedState {
  return {
    isPost: read(STATE.isPost) === 'true',
    logout: read(STATE.logout) !== 'false',
    sessionFile: read(STATE.sessionFile) || undefined
  }
}
