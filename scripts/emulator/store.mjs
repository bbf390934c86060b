// @ts-check
// What the emulator remembers: users, the SSTs and TTs it issued and whether they still work,
// the workspaces and their reports, and the exports in progress.
import { randomBytes } from 'node:crypto'
import { rowsForBytes } from './csv.mjs'

export const DEMO_LOGIN = 'demo@flex-insights.example'
export const DEMO_PASSWORD = 'demo-password-not-a-secret'
export const DEMO_WORKSPACE = 'demo0workspace0id0flex0insights'

/**
 * @typedef {object} ReportSpec
 * @property {string} id  numeric object id
 * @property {string} [identifier]  global identifier
 * @property {string} [title]
 * @property {number} [rows]  data rows (default 20)
 * @property {number} [bytes]  or: about this many bytes
 * @property {boolean} [wide]  12 columns (a conversations report) instead of 5 (the bench's reports)
 * @property {boolean} [empty]  the export answers 204 (no data)
 * @property {number} [pending]  202 answers before the result is ready (default: the emulator's exportPending)
 * @property {number} [pendingMs]  or: not ready until this long after the export started
 */

/**
 * @typedef {object} WorkspaceSpec
 * @property {string} id
 * @property {string} [title]
 * @property {ReportSpec[]} [reports]
 */

/** @type {WorkspaceSpec[]} */
export const DEMO_WORKSPACES = [
  {
    id: DEMO_WORKSPACE,
    title: 'Flex Insights (demo)',
    reports: [
      { id: '1001', identifier: 'aBcDeFgH1001', title: 'Agent performance', rows: 250 },
      { id: '1002', identifier: 'aBcDeFgH1002', title: 'Queue statistics', rows: 40 },
      { id: '1003', identifier: 'aBcDeFgH1003', title: 'Abandoned conversations', empty: true }
    ]
  }
]

/**
 * @typedef {{ login: string, password: string, profileId: string, invalid: number, lockedUntil: number }} User
 * @typedef {{ profileId: string, expiresAt: number, alive: boolean }} SstState
 * @typedef {{ sst: string, expiresAt: number }} TtState
 * @typedef {{ id: string, workspace: string, report: ReportSpec, started: number, pending: number,
 *   uri: string, keep?: (i: number) => boolean }} ExportTask
 */

/** @param {number} bytes */
export const token = bytes => randomBytes(bytes).toString('base64url')

export class Store {
  /**
   * @param {{ ttLifetimeMs: number, sstLifetimeMs: number, users: Array<{login: string, password: string}>,
   *   workspaces: WorkspaceSpec[], now?: () => number }} options
   */
  constructor(options) {
    this.options = options
    this.now = options.now ?? Date.now
    /** @type {Map<string, User>} */
    this.users = new Map()
    /** @type {Map<string, SstState>} */
    this.ssts = new Map()
    /** @type {Map<string, TtState>} */
    this.tts = new Map()
    /** @type {Map<string, ExportTask>} */
    this.tasks = new Map()
    /** Every SST and TT ever issued, so tests can scan output for any of them. */
    /** @type {{ ssts: string[], tts: string[] }} */
    this.issued = { ssts: [], tts: [] }
    /** @type {Map<string, WorkspaceSpec>} */
    this.workspaces = new Map(options.workspaces.map(w => [w.id, { ...w, reports: [...(w.reports ?? [])] }]))
    for (const u of options.users) this.addUser(u.login, u.password)
  }

  /** @param {string} login @param {string} password */
  addUser(login, password) {
    const profileId = randomBytes(16).toString('hex')
    this.users.set(login.toLowerCase(), { login, password, profileId, invalid: 0, lockedUntil: 0 })
    return profileId
  }

  /** @param {string | undefined} sst */
  liveSst(sst) {
    const s = sst ? this.ssts.get(sst) : undefined
    return s && s.alive && s.expiresAt > this.now() ? s : undefined
  }

  /** @param {string | undefined} tt */
  liveTt(tt) {
    const t = tt ? this.tts.get(tt) : undefined
    return t && t.expiresAt > this.now() && this.liveSst(t.sst) ? t : undefined
  }

  /** @param {string} profileId */
  issueSst(profileId) {
    const sst = token(30)
    this.issued.ssts.push(sst)
    this.ssts.set(sst, { profileId, expiresAt: this.now() + this.options.sstLifetimeMs, alive: true })
    return sst
  }

  /** @param {string} sst */
  issueTt(sst) {
    const tt = token(48)
    this.issued.tts.push(tt)
    this.tts.set(tt, { sst, expiresAt: this.now() + this.options.ttLifetimeMs })
    return tt
  }

  /** @param {string} sst */
  killSst(sst) {
    const s = this.ssts.get(sst)
    if (s) s.alive = false
    for (const [tt, t] of this.tts) if (t.sst === sst) this.tts.delete(tt)
  }

  /** @param {string} profileId */
  userOf(profileId) {
    return [...this.users.values()].find(u => u.profileId === profileId)
  }

  /** @param {string} workspace @param {string} id */
  report(workspace, id) {
    return this.workspaces.get(workspace)?.reports?.find(r => r.id === id)
  }

  /** Data rows of a report's export. @param {ReportSpec} report */
  rowsOf(report) {
    return report.rows ?? (report.bytes !== undefined ? rowsForBytes(report.bytes, report.wide) : 20)
  }
}
