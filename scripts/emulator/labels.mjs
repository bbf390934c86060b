// @ts-check
// The attribute labels of a workspace (docs/protocol.md, "Filters"): the date label every Flex
// Insights workspace has and two attribute labels whose values are columns of the generated rows;
// validElements (titles to element URIs, and the values of a label, paged); and the constraints
// of `report_req.context.filters` applied to the rows: interval and floating on the date label,
// list on any label. A filter on an unknown label or element is the platform's 400.
import { ttChallenge, ttOf } from './account.mjs'
import { errorAnswer, jsonAnswer } from './answers.mjs'
import { agentOfRow, dateOfRow, queueOfRow } from './csv.mjs'

/**
 * @typedef {import('./server.mjs').Req} Req
 * @typedef {import('./server.mjs').Answer} Answer
 * @typedef {import('./store.mjs').Store} Store
 * @typedef {{ id: string, identifier: string, title: string, attribute: string, values: string[],
 *   of: (i: number) => string }} Label
 * @typedef {(i: number) => boolean} RowTest
 */

const range = (/** @type {number} */ n, /** @type {(i: number) => string} */ f) =>
  Array.from({ length: n }, (_, i) => f(i))

/** The labels of every workspace, with the object ids Flex Insights would give them. */
export const LABELS = /** @type {Label[]} */ ([
  {
    id: '2001',
    identifier: 'date.date.mmddyyyy',
    title: 'Date (mm/dd/yyyy)',
    attribute: 'Date',
    values: range(28, i => dateOfRow(i)),
    of: dateOfRow
  },
  {
    id: '2101',
    identifier: 'label.conversations.queue',
    title: 'Queue',
    attribute: 'Queue',
    values: range(7, i => `queue-${i}`),
    of: queueOfRow
  },
  {
    id: '2102',
    identifier: 'label.conversations.agent',
    title: 'Agent',
    attribute: 'Agent',
    values: [...range(97, i => `agent-${String(i).padStart(4, '0')}`), 'agent-0042\nnight shift'],
    of: agentOfRow
  }
])

/** @type {Map<string, Label[]>} */
const calendars = new Map()
/** The labels when rows are dated from `firstDay`: the date label's values are its days. @param {string} [firstDay] */
function labelsOf(firstDay) {
  if (!firstDay) return LABELS
  let labels = calendars.get(firstDay)
  if (!labels) {
    const of = (/** @type {number} */ i) => dateOfRow(i, firstDay)
    labels = [{ ...LABELS[0], values: range(28, of), of }, ...LABELS.slice(1)]
    calendars.set(firstDay, labels)
  }
  return labels
}

/** @param {string} workspace @param {Label} label @param {number} index */
const elementUri = (workspace, label, index) => `/gdc/md/${workspace}/obj/${label.id}/elements?id=${index + 1}`

/** @param {Label[]} labels @param {string} workspace @param {unknown} uri */
const labelOf = (labels, workspace, uri) => labels.find(l => uri === `/gdc/md/${workspace}/obj/${l.id}`)

/**
 * The rows a request's `context.filters` keep, or the 400 the platform gives for a filter it
 * cannot apply. No filters: every row. `today` is the emulator's today, for floating days;
 * `firstDay` the first day of its rows.
 * @param {Req} req @param {string} workspace @param {unknown} filters @param {string} today
 * @param {string} [firstDay]
 * @returns {RowTest | undefined | Answer}
 */
export function rowFilter(req, workspace, filters, today, firstDay) {
  if (filters === undefined) return undefined
  if (!Array.isArray(filters))
    return errorAnswer(req, 400, "Checking '%s', result %s", ['filters', 'STRUCTURE INVALID'])
  /** @type {RowTest[]} */
  const tests = []
  const labels = labelsOf(firstDay)
  const dateOf = labels[0].of
  for (const filter of filters) {
    const label = labelOf(labels, workspace, filter?.uri)
    if (!label) return errorAnswer(req, 400, 'Object %s is not a display form', [String(filter?.uri)])
    const c = filter.constraint ?? {}
    if (c.type === 'list' && Array.isArray(c.elements)) {
      const values = new Set()
      for (const uri of c.elements) {
        const index = label.values.findIndex((_, i) => elementUri(workspace, label, i) === uri)
        if (index < 0)
          return errorAnswer(req, 400, 'Element %s is not an element of %s', [String(uri), label.identifier])
        values.add(label.values[index])
      }
      tests.push(i => values.has(label.of(i)))
    } else if (label === labels[0] && c.type === 'interval' && typeof c.from === 'string' && typeof c.to === 'string') {
      tests.push(i => dateOf(i) >= c.from && dateOf(i) <= c.to)
    } else if (label === labels[0] && c.type === 'floating' && Number.isInteger(c.from) && Number.isInteger(c.to)) {
      const day = (/** @type {number} */ n) => new Date(Date.parse(today) + n * 86_400_000).toISOString().slice(0, 10)
      const [from, to] = [day(c.from), day(c.to)]
      tests.push(i => dateOf(i) >= from && dateOf(i) <= to)
    } else {
      return errorAnswer(req, 400, 'Unsupported constraint %s on %s', [JSON.stringify(c), label.identifier])
    }
  }
  return i => tests.every(t => t(i))
}

/**
 * @param {Store} store
 * @param {{ host: string, firstDay?: string }} settings
 */
export function labelsArea(store, settings) {
  const labels = labelsOf(settings.firstDay)
  /** @param {Req} req @param {string} workspace @param {Label} label @returns {Answer} */
  function validElements(req, workspace, label) {
    let titles
    try {
      titles = req.body ? JSON.parse(req.body).validElementsRequest?.titles : undefined
    } catch {
      return errorAnswer(req, 400, "Checking '%s', result %s", ['validElementsRequest', 'STRUCTURE INVALID'])
    }
    const search = (req.query.get('filter') ?? '').toLowerCase()
    const all = label.values
      .map((title, i) => ({ element: { uri: elementUri(workspace, label, i), title } }))
      .filter(
        e =>
          (!Array.isArray(titles) || titles.includes(e.element.title)) && e.element.title.toLowerCase().includes(search)
      )
    const offset = Number(req.query.get('offset') ?? 0)
    const limit = Number(req.query.get('limit') ?? 100)
    const items = all.slice(offset, offset + limit)
    return jsonAnswer(
      { validElements: { items, paging: { count: items.length, offset, total: all.length } } },
      'elements'
    )
  }

  /** @param {Req} req @returns {Answer | undefined} */
  return req => {
    const match = /^\/gdc\/md\/([^/]+)\/obj\/(\d+)\/validElements$/.exec(req.path)
    const listing = /^\/gdc\/md\/([^/]+)\/query\/attributedisplayforms$/.exec(req.path)
    if (!match && !listing) return undefined
    if (!store.liveTt(ttOf(req.headers))) return ttChallenge(settings.host)
    const workspace = (match ?? listing)?.[1] ?? ''
    if (!store.workspaces.has(workspace)) return errorAnswer(req, 404, 'Project %s not found', [workspace])
    if (listing && req.method === 'GET') {
      const entries = labels.map(l => ({
        link: `/gdc/md/${workspace}/obj/${l.id}`,
        identifier: l.identifier,
        title: l.title,
        summary: l.attribute,
        category: 'attributeDisplayForm'
      }))
      return jsonAnswer({ query: { entries, meta: { category: 'MD::Query::Object' } } }, 'labels')
    }
    const label = match && labels.find(l => l.id === match[2])
    if (!label) return errorAnswer(req, 404, 'Object %s not found', [req.path])
    if (req.method === 'POST') return validElements(req, workspace, label)
    return errorAnswer(req, 405, 'Method %s not allowed', [req.method])
  }
}
