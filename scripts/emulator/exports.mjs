// @ts-check
// The raw export (docs/protocol.md, "Raw export"): POST execute/raw answers 201 with the
// result URI (Location and body, query string included, as recorded); polling it answers 202
// until the result is ready, then 200 with the CSV (gzip when asked), or 204 for no data.
import { randomBytes } from 'node:crypto'
import { ttChallenge, ttOf } from './account.mjs'
import { csvChunks, filteredContent, gzipChunks } from './csv.mjs'
import { errorAnswer, JSON_UTF8 } from './server.mjs'
import { rowFilter } from './labels.mjs'
import { token } from './store.mjs'

/**
 * @typedef {import('./server.mjs').Req} Req
 * @typedef {import('./server.mjs').Answer} Answer
 * @typedef {import('./store.mjs').Store} Store
 */

/**
 * @param {Store} store
 * @param {{ host: string, gzip: boolean, exportPending: number, exportRetryAfter?: number,
 *   firstDay?: string }} settings
 */
export function exportsArea(store, settings) {
  /** @param {Req} req @param {string} workspace @returns {Answer} */
  function start(req, workspace) {
    if (!store.workspaces.has(workspace)) return errorAnswer(req, 404, 'Project %s not found', [workspace])
    let uri
    let filters
    try {
      const body = JSON.parse(req.body).report_req
      uri = String(body.report)
      filters = body.context?.filters
    } catch {
      return errorAnswer(req, 400, "Checking '%s', result %s", ['report_req', 'STRUCTURE INVALID'])
    }
    const today = new Date(store.now()).toISOString().slice(0, 10)
    const keep = rowFilter(req, workspace, filters, today, settings.firstDay)
    if (keep !== undefined && typeof keep !== 'function') return keep
    const match = /^\/gdc\/md\/([^/]+)\/obj\/(\d+)$/.exec(uri)
    const report = match && match[1] === workspace ? store.report(workspace, match[2]) : undefined
    if (!report) return errorAnswer(req, 400, 'Report %s is not a report of project %s', [uri, workspace])
    const id = randomBytes(28).toString('hex')
    // Recorded result URIs carry the report's title and columns, base64 of zlib, percent-encoded.
    const q = encodeURIComponent(Buffer.from(JSON.stringify({ title: report.title ?? report.id })).toString('base64'))
    const result = `/gdc/projects/${workspace}/execute/raw/${id}?q=${q}&c=${token(12)}`
    store.tasks.set(id, {
      id,
      workspace,
      report,
      started: store.now(),
      pending: report.pending ?? settings.exportPending,
      uri: result,
      keep
    })
    return {
      status: 201,
      headers: { 'Content-Type': JSON_UTF8, Location: result },
      body: JSON.stringify({ uri: result }),
      outcome: 'export-started'
    }
  }

  /** @param {Req} req @param {string} id @returns {Answer} */
  function poll(req, id) {
    const task = store.tasks.get(id)
    if (!task) return errorAnswer(req, 404, 'Result %s not found', [id])
    const { report } = task
    const waiting =
      task.pending > 0 || (report.pendingMs !== undefined && store.now() - task.started < report.pendingMs)
    if (waiting) {
      if (task.pending > 0) task.pending--
      /** @type {Record<string, string>} */
      const headers = { 'Content-Type': JSON_UTF8 }
      if (settings.exportRetryAfter !== undefined) headers['Retry-After'] = String(settings.exportRetryAfter)
      return { status: 202, headers, body: JSON.stringify({ uri: task.uri }), outcome: 'export-pending' }
    }
    if (report.empty) return { status: 204, headers: {}, outcome: 'export-empty' }
    const spec = { rows: store.rowsOf(report), firstDay: settings.firstDay, wide: report.wide }
    if (task.keep) return filteredAnswer(spec, task.keep)
    const gzip = settings.gzip && req.acceptsGzip
    const name = encodeURIComponent(report.title ?? report.id)
    /** @type {Record<string, string>} */
    const headers = {
      'Content-Type': 'text/csv',
      'Content-Disposition': `attachment; filename="${name}.csv"; filename*=UTF-8''${name}.csv`,
      'Cache-Control': 'private'
    }
    if (gzip) headers['Content-Encoding'] = 'gzip'
    return { status: 200, headers, stream: () => (gzip ? gzipChunks(spec) : csvChunks(spec)), outcome: 'export-ready' }
  }

  /** @param {import('./csv.mjs').CsvSpec} spec @param {(i: number) => boolean} keep @returns {Answer} */
  function filteredAnswer(spec, keep) {
    const body = filteredContent(spec, keep)
    if (!body) return { status: 204, headers: {}, outcome: 'export-empty' }
    return {
      status: 200,
      headers: { 'Content-Type': 'text/csv', 'Cache-Control': 'private' },
      body,
      outcome: 'export-ready'
    }
  }

  /** @param {Req} req @returns {Answer | undefined} */
  return req => {
    const startMatch = /^\/gdc\/app\/projects\/([^/]+)\/execute\/raw$/.exec(req.path)
    const pollMatch = /^\/gdc\/projects\/[^/]+\/execute\/raw\/([0-9a-f]+)$/.exec(req.path)
    if (!startMatch && !pollMatch) return undefined
    if (!store.liveTt(ttOf(req.headers))) return ttChallenge(settings.host)
    if (startMatch && req.method === 'POST') return start(req, startMatch[1])
    if (pollMatch && req.method === 'GET') return poll(req, pollMatch[1])
    return errorAnswer(req, 405, 'Method %s not allowed', [req.method])
  }
}
