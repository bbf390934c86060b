#!/usr/bin/env node
// @ts-check
// A local stand-in for the Flex Insights (GoodData platform) API, faithful to the recorded
// traffic described in docs/protocol.md: same paths, status codes, headers, cookies and error
// bodies, for the account, the metadata and the raw export. Node standard library only, so
// `npm start` and CI need nothing else. Tests import { startEmulator }; `npm run emulator --
// --help` runs it standalone. The API areas live in scripts/emulator/.
import { pathToFileURL } from 'node:url'
import { accountArea } from './emulator/account.mjs'
import { csvContent } from './emulator/csv.mjs'
import { exportsArea } from './emulator/exports.mjs'
import { labelsArea } from './emulator/labels.mjs'
import { metadataArea } from './emulator/metadata.mjs'
import { jsonAnswer, startServer } from './emulator/server.mjs'
import { DEMO_LOGIN, DEMO_PASSWORD, DEMO_WORKSPACE, DEMO_WORKSPACES, Store } from './emulator/store.mjs'

export { DEMO_LOGIN, DEMO_PASSWORD, DEMO_WORKSPACE }

/**
 * @typedef {import('./emulator/server.mjs').Fault} Fault
 * @typedef {import('./emulator/server.mjs').LogEntry} LogEntry
 * @typedef {import('./emulator/store.mjs').WorkspaceSpec} WorkspaceSpec
 * @typedef {import('./emulator/store.mjs').ReportSpec} ReportSpec
 */

/**
 * @typedef {object} EmulatorOptions
 * @property {number} [port]  0 for any free port
 * @property {string} [host]
 * @property {number} [ttLifetimeMs]  TT lifetime (10 minutes like the real API)
 * @property {number} [sstLifetimeMs]
 * @property {boolean} [loginReturnsTt]  login response carries X-GDC-AuthTT (recorded behaviour)
 * @property {number} [maxInvalidLogins]  invalid logins before the 429 lock-out
 * @property {number} [lockoutSeconds]  Retry-After of the lock-out
 * @property {number} [latencyMs]  added to every request
 * @property {boolean} [gzip]  compress answers for clients that ask (default true)
 * @property {number} [pageSize]  workspaces per page of the projects listing (default 100)
 * @property {number} [exportPending]  202 answers before an export is ready (default 0)
 * @property {number} [exportRetryAfter]  Retry-After seconds on those 202 answers
 * @property {{ key: string, cert: string }} [tls]  serve https (PEM key and certificate)
 * @property {string} [firstDay]  the first of the 28 days the rows are dated (default 2026-01-01)
 * @property {Array<{login: string, password: string}>} [users]
 * @property {WorkspaceSpec[]} [workspaces]
 */

/** @param {EmulatorOptions} [options] */
export async function startEmulator(options = {}) {
  const settings = {
    port: 0,
    host: '127.0.0.1',
    ttLifetimeMs: 10 * 60 * 1000,
    sstLifetimeMs: 14 * 24 * 3600 * 1000,
    loginReturnsTt: true,
    maxInvalidLogins: 5,
    lockoutSeconds: 300,
    latencyMs: 0,
    gzip: true,
    pageSize: 100,
    exportPending: 0,
    users: [{ login: DEMO_LOGIN, password: DEMO_PASSWORD }],
    workspaces: DEMO_WORKSPACES,
    ...options
  }
  const store = new Store(settings)
  /** @param {string} method @param {string} path */
  const control = (method, path) => {
    // Read-only views for a workflow step that wants to prove what happened (e.g. the logout).
    if (method === 'GET' && path === '/_emulator/log')
      return jsonAnswer(
        server.log.map(({ method: m, path: p, status, outcome }) => ({ method: m, path: p, status, outcome })),
        'log'
      )
    if (method === 'GET' && path === '/_emulator/sessions')
      return jsonAnswer({ live: [...store.ssts.keys()].filter(s => store.liveSst(s)).length }, 'sessions')
    return { status: 404, headers: {} }
  }
  const server = await startServer({
    port: settings.port,
    host: settings.host,
    latencyMs: settings.latencyMs,
    gzip: settings.gzip,
    tls: settings.tls,
    areas: [
      accountArea(store, settings),
      metadataArea(store, settings),
      labelsArea(store, settings),
      exportsArea(store, settings)
    ],
    control,
    expireTts: () => {
      for (const t of store.tts.values()) t.expiresAt = 0
    }
  })

  return {
    url: server.url,
    settings,
    /** Every request except the /_emulator/ views, in order. */
    log: server.log,
    /** @param {Fault} fault */
    inject: server.inject,
    clearFaults: server.clearFaults,
    /** @param {string} login @param {string} password */
    addUser: (login, password) => store.addUser(login, password),
    /** Every SST and TT issued so far. */
    issuedTokens: () => ({ ssts: [...store.issued.ssts], tts: [...store.issued.tts] }),
    /** @param {string} login */
    profileIdOf: login => store.users.get(login.toLowerCase())?.profileId,
    /** Sessions whose SST is still valid. */
    liveSessions: () =>
      [...store.ssts.entries()]
        .filter(([sst]) => store.liveSst(sst))
        .map(([sst, s]) => ({ sst, profileId: s.profileId })),
    /** @param {string} sst */
    isLiveSst: sst => !!store.liveSst(sst),
    /** @param {string} tt */
    isLiveTt: tt => !!store.liveTt(tt),
    /** Expire every TT now, as if ten minutes had passed. */
    expireTts() {
      for (const t of store.tts.values()) t.expiresAt = 0
    },
    /** Kill every SST, as if the sessions had been logged out elsewhere or expired. */
    expireSessions() {
      for (const sst of store.ssts.keys()) store.killSst(sst)
    },
    /**
     * The CSV an export of this report gives (small reports: it is built in memory).
     * @param {string} workspace @param {string} id
     */
    csv(workspace, id) {
      const report = store.report(workspace, id)
      if (!report) throw new Error(`no report ${id} in workspace ${workspace}`)
      return csvContent({ rows: store.rowsOf(report), firstDay: settings.firstDay, wide: report.wide })
    },
    /** @param {string} workspace @param {string} id */
    rowsOf(workspace, id) {
      const report = store.report(workspace, id)
      return report ? store.rowsOf(report) : 0
    },
    /** @param {string} workspace @param {ReportSpec} report */
    addReport(workspace, report) {
      const w = store.workspaces.get(workspace) ?? { id: workspace, title: workspace, reports: [] }
      w.reports = [...(w.reports ?? []), report]
      store.workspaces.set(workspace, w)
    },
    close: server.close
  }
}

/** @typedef {Awaited<ReturnType<typeof startEmulator>>} Emulator */

const HELP = `Usage: npm run emulator -- [options]

A local Flex Insights API emulator (login, token, logout, profile, workspaces, reports, raw
export) for trying the action and the flex-insights command without credentials.

Options:
  --port N             port to listen on (default 8089; 0 picks a free one)
  --host H             address to bind (default 127.0.0.1)
  --tt-lifetime S      temporary token lifetime in seconds (default 600)
  --latency MS         delay added to every request (default 0)
  --no-login-tt        login answers without X-GDC-AuthTT (clients then need GET /gdc/account/token)
  --export-pending N   "202 not ready" answers before an export is ready (default 0)
  --report-bytes N     size of the demo report 1001 in bytes (default: 250 rows)
  --no-gzip            never compress answers
  --login EMAIL        demo account login (default ${DEMO_LOGIN})
  --password PW        demo account password (default ${DEMO_PASSWORD})
  --help               this text

Demo workspace ${DEMO_WORKSPACE}: reports 1001 and 1002, and 1003 (no data).
`

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {EmulatorOptions & { help?: boolean, users: Array<{login: string, password: string}> }} */
  const opts = { port: 8089, users: [{ login: DEMO_LOGIN, password: DEMO_PASSWORD }] }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const next = () => {
      const value = argv[++i]
      if (value === undefined) throw new Error(`${arg} needs a value`)
      return value
    }
    if (arg === '--help' || arg === '-h') opts.help = true
    else if (arg === '--port') opts.port = Number(next())
    else if (arg === '--host') opts.host = next()
    else if (arg === '--tt-lifetime') opts.ttLifetimeMs = Number(next()) * 1000
    else if (arg === '--latency') opts.latencyMs = Number(next())
    else if (arg === '--no-login-tt') opts.loginReturnsTt = false
    else if (arg === '--export-pending') opts.exportPending = Number(next())
    else if (arg === '--report-bytes') {
      const bytes = Number(next())
      opts.workspaces = DEMO_WORKSPACES.map(w => ({
        ...w,
        reports: (w.reports ?? []).map(r => (r.id === '1001' ? { ...r, rows: undefined, bytes } : r))
      }))
    } else if (arg === '--no-gzip') opts.gzip = false
    else if (arg === '--login') opts.users[0].login = next()
    else if (arg === '--password') opts.users[0].password = next()
    else throw new Error(`unknown option ${arg} (see --help)`)
  }
  return opts
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const opts = parseArgs(process.argv.slice(2))
    if (opts.help) {
      process.stdout.write(HELP)
    } else {
      const emulator = await startEmulator(opts)
      const { login, password } = opts.users[0]
      process.stdout.write(
        `Flex Insights emulator listening on ${emulator.url}\n` +
          `Demo account: login ${login}  password ${password}\n` +
          `Demo workspace: ${DEMO_WORKSPACE} (reports 1001, 1002, 1003)\n` +
          `Try: npm start -- --api-url ${emulator.url}\n` +
          `     npm start -- --api-url ${emulator.url} --password   (a wrong password; five in a row lock the ` +
          `account)\n`
      )
      const stop = () => emulator.close().then(() => process.exit(0))
      process.on('SIGINT', stop)
      process.on('SIGTERM', stop)
    }
  } catch (error) {
    process.stderr.write(`emulator: ${/** @type {Error} */ (error).message}\n`)
    process.exit(2)
  }
}
