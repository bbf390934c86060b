/**
 * Attribute labels and their values, for filters (docs/protocol.md, "Filters"): the labels of a
 * workspace, the values (element titles) of one label, and the element URIs of given titles
 * (`POST …/obj/<label>/validElements`), which a `list` constraint names. Server values are
 * checked before a filter carries them: an element URI must be one of the label's own.
 */
import type { AuthorizedApi } from './authorized.js'
import { jsonBody } from './errors.js'
import { isIdentifier, OBJECT_URI, text, type Listing } from './metadata.js'

export interface Label {
  uri: string
  identifier?: string
  title: string
  attribute?: string
  raw: unknown
}

export interface LabelValue {
  uri: string
  title: string
  raw: unknown
}

const PAGE = 100
/** A values listing stops here: a label with more values is searched, not listed. */
const MAX_VALUES = 100_000

export class LabelClient {
  constructor(private readonly api: AuthorizedApi) {}

  /** GET /gdc/md/{ws}/query/attributedisplayforms: every label of the workspace. */
  async labels(workspace: string): Promise<Listing<Label>> {
    const res = await this.api.request({
      call: 'labels',
      method: 'GET',
      path: `/gdc/md/${workspace}/query/attributedisplayforms`
    })
    const notFound =
      `Workspace ${workspace} was not found, or this user cannot see it; ` + 'list yours with: flex-insights workspaces'
    const query = (jsonBody('labels', res, notFound, this.api.transport.redact).query ?? {}) as Record<string, unknown>
    const entries = Array.isArray(query.entries) ? (query.entries as Array<Record<string, unknown>>) : []
    const items: Label[] = []
    for (const e of entries) {
      const uri = text(e?.link)
      const match = uri ? OBJECT_URI.exec(uri) : null
      if (!uri || !match || match[1] !== workspace) continue
      const identifier = text(e.identifier)
      items.push({
        uri,
        identifier: isIdentifier(identifier) ? identifier : undefined,
        title: text(e.title) ?? '',
        attribute: text(e.summary),
        raw: e
      })
    }
    return { items }
  }

  /**
   * The values of a label whose title contains `search` (any case), at most `limit`, paged with
   * offset and the server's total.
   */
  async values(labelUri: string, options: { search?: string; limit: number }): Promise<Listing<LabelValue>> {
    const items: LabelValue[] = []
    const cap = Math.min(options.limit, MAX_VALUES)
    for (let offset = 0; items.length < cap;) {
      const page = await this.page(labelUri, undefined, {
        offset,
        limit: Math.min(PAGE, cap - items.length),
        search: options.search
      })
      items.push(...page.items)
      offset += page.received
      if (page.received === 0 || offset >= page.total) return { items }
    }
    return { items, incomplete: options.limit > MAX_VALUES ? `a values listing stops at ${MAX_VALUES}` : undefined }
  }

  /** The element URIs of `titles` (exact titles); a title the label does not have is not in the map. */
  async elementUris(labelUri: string, titles: string[]): Promise<Map<string, string>> {
    const page = await this.page(labelUri, titles, { offset: 0, limit: Math.max(PAGE, titles.length) })
    return new Map(page.items.filter(v => titles.includes(v.title)).map(v => [v.title, v.uri]))
  }

  private async page(
    labelUri: string,
    titles: string[] | undefined,
    at: { offset: number; limit: number; search?: string }
  ): Promise<{ items: LabelValue[]; received: number; total: number }> {
    const query = new URLSearchParams({ offset: String(at.offset), limit: String(at.limit) })
    if (at.search) query.set('filter', at.search)
    const res = await this.api.request({
      call: 'values',
      method: 'POST',
      path: `${labelUri}/validElements?${query.toString()}`,
      body: { validElementsRequest: titles ? { titles } : {} }
    })
    const notFound = `Label ${labelUri} was not found; list the labels with: flex-insights labels`
    const body = (jsonBody('values', res, notFound, this.api.transport.redact).validElements ?? {}) as Record<
      string,
      unknown
    >
    const raw = Array.isArray(body.items) ? (body.items as Array<Record<string, unknown>>) : []
    const items: LabelValue[] = []
    for (const item of raw) {
      const element = (item?.element ?? {}) as Record<string, unknown>
      const uri = text(element.uri)
      const title = text(element.title)
      // Only the label's own elements: `<label>/elements?id=<digits>`.
      if (uri && title !== undefined && uri.startsWith(`${labelUri}/elements?id=`) && /=\d{1,18}$/.test(uri))
        items.push({ uri, title, raw: item })
    }
    const paging = (body.paging ?? {}) as Record<string, unknown>
    const total = Number(paging.total)
    return { items, received: raw.length, total: Number.isFinite(total) ? total : at.offset + raw.length }
  }
}
