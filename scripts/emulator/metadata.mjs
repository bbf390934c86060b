// @ts-check
// Finding ids (docs/protocol.md, "Finding ids"): the user's workspaces (paged, as the platform
// pages them when asked with offset and limit), a workspace's reports (the metadata query
// shape), global identifiers to object URIs, and the objects themselves.
import { ttChallenge, ttOf } from './account.mjs'
import { errorAnswer, jsonAnswer } from './server.mjs'
import { LABELS } from './labels.mjs'

/**
 * @typedef {import('./server.mjs').Req} Req
 * @typedef {import('./server.mjs').Answer} Answer
 * @typedef {import('./store.mjs').Store} Store
 * @typedef {import('./store.mjs').ReportSpec} ReportSpec
 */

const CREATED = '2024-03-01 09:00:00'
const UPDATED = '2026-10-15 12:30:00'

/** @param {string} workspace @param {ReportSpec} r */
const entryOf = (workspace, r) => ({
  link: `/gdc/md/${workspace}/obj/${r.id}`,
  author: '/gdc/account/profile/0c0ffee0000000000000000000000000',
  tags: '',
  created: CREATED,
  identifier: r.identifier ?? `obj${r.id}`,
  deprecated: '0',
  summary: '',
  title: r.title ?? `Report ${r.id}`,
  category: 'report',
  updated: UPDATED,
  contributor: '/gdc/account/profile/0c0ffee0000000000000000000000000'
})

/**
 * @param {Store} store
 * @param {{ host: string, pageSize: number }} settings
 */
export function metadataArea(store, settings) {
  /** @param {Req} req @param {string} profileId @returns {Answer} */
  function projects(req, profileId) {
    if (!store.userOf(profileId)) return errorAnswer(req, 404, 'Profile %s not found', [profileId])
    const all = [...store.workspaces.values()]
    const offset = Math.max(0, Number(req.query.get('offset') ?? 0) || 0)
    const limit = Math.min(
      settings.pageSize,
      Math.max(1, Number(req.query.get('limit') ?? settings.pageSize) || settings.pageSize)
    )
    const items = all.slice(offset, offset + limit).map(w => ({
      project: {
        content: { guidedNavigation: '1', isPublic: '0', state: 'ENABLED', driver: 'Pg', environment: 'PRODUCTION' },
        links: {
          self: `/gdc/projects/${w.id}`,
          metadata: `/gdc/md/${w.id}`,
          roles: `/gdc/projects/${w.id}/roles`,
          users: `/gdc/projects/${w.id}/users`
        },
        meta: {
          created: CREATED,
          summary: '',
          updated: UPDATED,
          author: `/gdc/account/profile/${profileId}`,
          title: w.title ?? w.id,
          contributor: `/gdc/account/profile/${profileId}`
        }
      }
    }))
    /** @type {Record<string, unknown>} */
    const paging = { offset, limit, count: items.length, totalCount: all.length }
    if (offset + items.length < all.length)
      paging.next = `/gdc/account/profile/${profileId}/projects?offset=${offset + items.length}&limit=${limit}`
    return jsonAnswer({ projects: { paging, items } }, 'projects')
  }

  /** @param {Req} req @param {string} workspace @returns {Answer} */
  function reports(req, workspace) {
    const w = store.workspaces.get(workspace)
    if (!w) return errorAnswer(req, 404, 'Project %s not found', [workspace])
    return jsonAnswer(
      {
        query: {
          entries: (w.reports ?? []).map(r => entryOf(workspace, r)),
          meta: {
            summary: `Metadata Query Resources for project '${workspace}'`,
            title: 'List of reports',
            category: 'MD::Query::Object'
          }
        }
      },
      'reports'
    )
  }

  /** @param {Req} req @param {string} workspace @returns {Answer} */
  function identifiers(req, workspace) {
    const w = store.workspaces.get(workspace)
    if (!w) return errorAnswer(req, 404, 'Project %s not found', [workspace])
    let wanted
    try {
      wanted = JSON.parse(req.body).identifierToUri
    } catch {
      wanted = undefined
    }
    if (!Array.isArray(wanted))
      return errorAnswer(req, 400, "Checking '%s', result %s", ['identifierToUri', 'STRUCTURE INVALID'])
    const objects = [...(w.reports ?? []), ...LABELS]
    const found = objects.filter(r => wanted.includes(r.identifier))
    return jsonAnswer(
      { identifiers: found.map(r => ({ identifier: r.identifier, uri: `/gdc/md/${workspace}/obj/${r.id}` })) },
      'identifiers'
    )
  }

  /** @param {Req} req @returns {Answer | undefined} */
  return req => {
    const projectsMatch = /^\/gdc\/account\/profile\/([^/]+)\/projects$/.exec(req.path)
    const reportsMatch = /^\/gdc\/md\/([^/]+)\/query\/reports$/.exec(req.path)
    const identifiersMatch = /^\/gdc\/md\/([^/]+)\/identifiers$/.exec(req.path)
    const objMatch = /^\/gdc\/md\/([^/]+)\/obj\/(\d+)$/.exec(req.path)
    if (!projectsMatch && !reportsMatch && !identifiersMatch && !objMatch) return undefined
    if (!store.liveTt(ttOf(req.headers))) return ttChallenge(settings.host)
    if (projectsMatch && req.method === 'GET') return projects(req, projectsMatch[1])
    if (reportsMatch && req.method === 'GET') return reports(req, reportsMatch[1])
    if (identifiersMatch && req.method === 'POST') return identifiers(req, identifiersMatch[1])
    if (objMatch && req.method === 'GET') {
      const report = store.report(objMatch[1], objMatch[2])
      if (!report) return errorAnswer(req, 404, 'Object %s not found', [req.path])
      const { link, ...meta } = entryOf(objMatch[1], report)
      return jsonAnswer({ report: { content: { definitions: [`${link}00`] }, meta: { ...meta, uri: link } } }, 'object')
    }
    return errorAnswer(req, 405, 'Method %s not allowed', [req.method])
  }
}
