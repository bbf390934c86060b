/**
 * What a user needs to find before exporting: the workspaces (projects) they can see, the
 * reports of a workspace, and the object a global identifier stands for (docs/protocol.md,
 * "Finding ids"). Server values are checked before they become ids a later request uses.
 */
import type { AuthorizedApi } from './authorized.js'
import { FlexInsightsError, jsonBody, type ApiCall } from './errors.js'
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
/** A server whose "next" links never end must not keep us paging forever; reaching this is an error. */
export const MAX_PAGES = 1000

/** A listing as far as it could be trusted, and, when it is not whole, why (never silently cut). */
export interface Listing<T> {
  items: T[]
  incomplete?: string
}

/** Follows a listing's pages, refusing a loop, more entries than the server counted, and no end. */
class Pager {
  private readonly seen = new Set<string>()
  private received = 0
  incomplete?: string

  constructor(readonly path: string) {
    this.seen.add(path)
  }

  /** Counts a page; false when the listing must stop here (incomplete says why, if it is not whole). */
  accept(count: number, total: number | undefined): boolean {
    this.received += count
    if (total !== undefined && this.received > total) {
      const kept = `only the first ${total} are kept`
      this.incomplete = `the server sent ${this.received} entries but counted ${total}; ${kept}`
      return false
    }
    return true
  }

  /** Whether `next` may be fetched as page number `page` (0-based). */
  follow(next: string | undefined, page: number): next is string {
    if (next === undefined || this.incomplete) return false
    if (this.seen.has(next)) {
      this.incomplete = `the server's next page (${next}) is one it had already sent, so the listing would never end`
      return false
    }
    if (page >= MAX_PAGES) {
      this.incomplete = `the listing did not end after ${MAX_PAGES} pages`
      return false
    }
    this.seen.add(next)
    return true
  }
}

/** A server value as text, if it is text. */
export const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

export class MetadataClient {
  constructor(private readonly api: AuthorizedApi) {}

  private json(call: ApiCall, res: ApiResponse, notFound: string): Record<string, unknown> {
    return jsonBody(call, res, notFound, this.api.transport.redact)
  }

  /** The object URI of a global identifier in a workspace, or undefined if it has none there. */
  async objectUri(workspace: string, identifier: string): Promise<string | undefined> {
    return (await this.objectUris(workspace, [identifier])).get(identifier)
  }

  /** The object URIs of several global identifiers, with one request; those it has none for are left out. */
  async objectUris(workspace: string, identifiers: string[]): Promise<Map<string, string>> {
    const res = await this.api.request({
      call: 'identifiers',
      method: 'POST',
      path: `/gdc/md/${workspace}/identifiers`,
      body: { identifierToUri: identifiers }
    })
    const body = this.json(
      'identifiers',
      res,
      `Workspace ${workspace} was not found, or this user cannot see it; list yours with: flex-insights workspaces`
    )
    const entries = Array.isArray(body.identifiers) ? (body.identifiers as Array<Record<string, unknown>>) : []
    const found = new Map<string, string>()
    for (const identifier of identifiers) {
      const entry = entries.find(e => e && e.identifier === identifier)
      if (!entry) continue
      const uri = text(entry.uri)
      const match = uri ? OBJECT_URI.exec(uri) : null
      if (!match || match[1] !== workspace) {
        throw new FlexInsightsError(
          'identifiers',
          `unexpected response: identifier ${identifier} maps to something ` +
            `that is not an object of workspace ${workspace}`,
          { kind: 'protocol', requestId: res.requestId }
        )
      }
      found.set(identifier, uri as string)
    }
    return found
  }

  /** GET /gdc/account/profile/{id}/projects, every page. */
  workspaces(profileId: string): Promise<Listing<Workspace>> {
    const first = `/gdc/account/profile/${profileId}/projects?offset=0&limit=${PAGE_SIZE}`
    return this.pages('workspaces', first, 'The profile was not found; log in again', body => {
      // Two shapes: a plain list, or {paging, items} when asked with offset/limit.
      const projects = body.projects
      const wrapped = Array.isArray(projects) ? undefined : (projects as Record<string, unknown> | undefined)
      const items = Array.isArray(wrapped?.items) ? (wrapped.items as unknown[]) : []
      const list = Array.isArray(projects) ? projects : items
      return { entries: list.map(toWorkspace), paging: wrapped?.paging }
    })
  }

  /** GET /gdc/md/{ws}/query/reports. */
  reports(workspace: string): Promise<Listing<ReportEntry>> {
    const notFound =
      `Workspace ${workspace} was not found, or this user cannot see it; ` + 'list yours with: flex-insights workspaces'
    return this.pages('reports', `/gdc/md/${workspace}/query/reports`, notFound, body => {
      const query = (body.query ?? {}) as Record<string, unknown>
      const entries = Array.isArray(query.entries) ? (query.entries as unknown[]) : []
      return { entries: entries.map(entry => toReport(entry, workspace)), paging: query.paging }
    })
  }

  /**
   * Every page of a listing. `read` turns a page into its entries (undefined for one that is
   * not usable) and its paging. A loop, a count exceeded or no end stops the listing with a
   * reason, after the entries that could be trusted.
   */
  private async pages<T>(
    call: 'workspaces' | 'reports',
    first: string,
    notFound: string,
    read: (body: Record<string, unknown>) => { entries: Array<T | undefined>; paging: unknown }
  ): Promise<Listing<T>> {
    const items: T[] = []
    const pager = new Pager(first)
    let path: string | undefined = first
    for (let page = 1; path !== undefined; page++) {
      const res = await this.api.request({ call, method: 'GET', path })
      const { entries, paging } = read(this.json(call, res, notFound))
      const info = paging && typeof paging === 'object' ? (paging as Record<string, unknown>) : undefined
      const total = Number(info?.totalCount)
      const counted = info && Number.isFinite(total) ? total : undefined
      const usable = entries.filter((e): e is T => e !== undefined)
      if (!pager.accept(entries.length, counted)) {
        items.push(...usable.slice(0, Math.max(0, (counted ?? 0) - items.length)))
        break
      }
      items.push(...usable)
      const next = nextPage(call, this.api.transport.settings.apiUrl, info, path, entries.length)
      path = pager.follow(next, page) ? next : undefined
    }
    return { items, incomplete: pager.incomplete }
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
