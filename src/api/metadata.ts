/**
 * What a user needs to find before exporting: the workspaces (projects) they can see, the
 * reports of a workspace, and the object a global identifier stands for (docs/protocol.md,
 * "Finding ids"). Server values are checked before they become ids a later request uses.
 */
import type { AuthorizedApi } from './authorized.js'
import { FlexInsightsError, responseError, type ApiCall } from './errors.js'
import { serverPath } from './origin.js'
import type { ApiResponse } from './transport.js'

/** Workspace (project) ids are lower-case letters and digits on the real API. */
export function isWorkspaceId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{1,128}$/.test(value)
}

/** Global identifiers: `b08a2c8ca8f4`, `attributes.conversation.ivr_path`. */
export function isIdentifier(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_.-]{1,255}$/.test(value)
}

/** `/gdc/md/<workspace>/obj/<id>` */
export const OBJECT_URI = /^\/gdc\/md\/([A-Za-z0-9_-]{1,128})\/obj\/(\d{1,18})$/

export interface Workspace {
  id: string
  title: string
  state?: string
  /** The entry as the server sent it, for --json. */
  raw: unknown
}

export interface ReportEntry {
  objectId: string
  identifier?: string
  title: string
  updated?: string
  raw: unknown
}

const PAGE_SIZE = 100
/** A server whose "next" links never end must not keep us paging forever. */
const MAX_PAGES = 1000

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

export class MetadataClient {
  constructor(private readonly api: AuthorizedApi) {}

  private json(call: ApiCall, res: ApiResponse, notFound: string): Record<string, unknown> {
    if (res.status === 404) throw responseError(call, res, this.api.transport.redact, { hint: notFound })
    if (res.status !== 200) throw responseError(call, res, this.api.transport.redact)
    try {
      const value: unknown = JSON.parse(res.body)
      if (value && typeof value === 'object') return value as Record<string, unknown>
    } catch {
      // reported below
    }
    throw new FlexInsightsError(call, `unexpected response (HTTP ${res.status}): the body is not JSON`, {
      kind: 'protocol',
      requestId: res.requestId
    })
  }

  /** The object URI of a global identifier in a workspace, or undefined if it has none there. */
  async objectUri(workspace: string, identifier: string): Promise<string | undefined> {
    const res = await this.api.request({
      call: 'identifiers',
      method: 'POST',
      path: `/gdc/md/${workspace}/identifiers`,
      body: { identifierToUri: [identifier] }
    })
    const body = this.json(
      'identifiers',
      res,
      `Workspace ${workspace} was not found, or this user cannot see it; list yours with: flex-insights workspaces`
    )
    const entries = Array.isArray(body.identifiers) ? (body.identifiers as Array<Record<string, unknown>>) : []
    const entry = entries.find(e => e && e.identifier === identifier)
    if (!entry) return undefined
    const uri = text(entry.uri)
    const match = uri ? OBJECT_URI.exec(uri) : null
    if (!match || match[1] !== workspace) {
      throw new FlexInsightsError(
        'identifiers',
        `unexpected response: identifier ${identifier} maps to something ` +
          `that is not an object of workspace ${workspace}`,
        {
          kind: 'protocol',
          requestId: res.requestId
        }
      )
    }
    return uri
  }

  /** GET /gdc/account/profile/{id}/projects, every page. */
  async workspaces(profileId: string): Promise<Workspace[]> {
    const found: Workspace[] = []
    let path: string | undefined = `/gdc/account/profile/${profileId}/projects?offset=0&limit=${PAGE_SIZE}`
    for (let page = 0; path && page < MAX_PAGES; page++) {
      const res = await this.api.request({ call: 'workspaces', method: 'GET', path })
      const body = this.json('workspaces', res, 'The profile was not found; log in again')
      // Two shapes: a plain list, or {paging, items} when asked with offset/limit.
      const projects = body.projects
      const list = Array.isArray(projects)
        ? projects
        : Array.isArray((projects as Record<string, unknown>)?.items)
          ? ((projects as Record<string, unknown>).items as unknown[])
          : []
      for (const item of list) {
        const workspace = toWorkspace(item)
        if (workspace) found.push(workspace)
      }
      const paging = Array.isArray(projects)
        ? undefined
        : ((projects as Record<string, unknown>)?.paging as Record<string, unknown> | undefined)
      path = nextPage('workspaces', this.api.transport.settings.apiUrl, paging, path, list.length)
    }
    return found
  }

  /** GET /gdc/md/{ws}/query/reports. */
  async reports(workspace: string): Promise<ReportEntry[]> {
    const found: ReportEntry[] = []
    let path: string | undefined = `/gdc/md/${workspace}/query/reports`
    for (let page = 0; path && page < MAX_PAGES; page++) {
      const res = await this.api.request({ call: 'reports', method: 'GET', path })
      const body = this.json(
        'reports',
        res,
        `Workspace ${workspace} was not found, or this user cannot see it; list yours with: flex-insights workspaces`
      )
      const query = (body.query ?? {}) as Record<string, unknown>
      const entries = Array.isArray(query.entries) ? (query.entries as unknown[]) : []
      for (const entry of entries) {
        const report = toReport(entry, workspace)
        if (report) found.push(report)
      }
      const paging = query.paging as Record<string, unknown> | undefined
      path = paging ? nextPage('reports', this.api.transport.settings.apiUrl, paging, path, entries.length) : undefined
    }
    return found
  }
}

function toWorkspace(item: unknown): Workspace | undefined {
  const project = (item as Record<string, unknown>)?.project as Record<string, unknown> | undefined
  if (!project) return undefined
  const links = (project.links ?? {}) as Record<string, unknown>
  const meta = (project.meta ?? {}) as Record<string, unknown>
  const content = (project.content ?? {}) as Record<string, unknown>
  const id = text(links.self)?.split('/').pop()
  if (!isWorkspaceId(id)) return undefined
  return { id, title: text(meta.title) ?? '', state: text(content.state), raw: item }
}

function toReport(entry: unknown, workspace: string): ReportEntry | undefined {
  const e = entry as Record<string, unknown>
  const match = OBJECT_URI.exec(text(e?.link) ?? '')
  if (!match || match[1] !== workspace) return undefined
  const identifier = text(e.identifier)
  return {
    objectId: match[2],
    identifier: isIdentifier(identifier) ? identifier : undefined,
    title: text(e.title) ?? '',
    updated: text(e.updated),
    raw: entry
  }
}

/** The next page: the server's `next` link when it gives one (same origin only), else offset arithmetic. */
function nextPage(
  call: ApiCall,
  apiUrl: string,
  paging: Record<string, unknown> | undefined,
  current: string,
  received: number
): string | undefined {
  if (!paging || received === 0) return undefined
  if (typeof paging.next === 'string') {
    const next = serverPath(apiUrl, paging.next)
    if (!next)
      throw new FlexInsightsError(call, 'unexpected response: the next page is not on the API URL', {
        kind: 'protocol'
      })
    return next
  }
  const offset = Number(paging.offset ?? 0)
  const total = Number(paging.totalCount)
  if (!Number.isFinite(total) || offset + received >= total) return undefined
  return current.replace(/offset=\d+/, `offset=${offset + received}`)
}
