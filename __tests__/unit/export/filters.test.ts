// The filters of an export against nock: the identifiers and validElements requests (their
// bodies, once per run), the report_req.context.filters sent, the errors for labels and values a
// workspace does not have, and --join's pieces each started with their own days.
import nock from 'nock'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { API, WORKSPACE } from '../../fixtures.js'
import { exportContext, RESULT, START } from './exporter-fixtures.js'

const { jobFilters } = await import('../../../src/export/filters.js')
const { exportReport } = await import('../../../src/export/exporter.js')

const { ctx, deps, job } = exportContext()

const IDENTIFIERS = `/gdc/md/${WORKSPACE}/identifiers`
const DATE = `/gdc/md/${WORKSPACE}/obj/2001`
const QUEUE = `/gdc/md/${WORKSPACE}/obj/2101`
const DAY = { from: '2026-01-05', to: '2026-01-05' }
const identified = (...pairs: Array<[string, string]>) => ({
  identifiers: pairs.map(([identifier, uri]) => ({ identifier, uri }))
})
const elements = (label: string, titles: string[]) => ({
  validElements: {
    items: titles.map((title, i) => ({ element: { uri: `${label}/elements?id=${i + 1}`, title } })),
    paging: { count: titles.length, offset: 0, total: titles.length }
  }
})

describe('jobFilters', () => {
  it('a range and a --filter: one identifiers request for both labels, one validElements, the bodies', async () => {
    nock(API)
      .post(IDENTIFIERS, { identifierToUri: ['date.date.mmddyyyy', 'label.conversations.queue'] })
      .reply(200, identified(['date.date.mmddyyyy', DATE], ['label.conversations.queue', QUEUE]))
      .post(`${QUEUE}/validElements?offset=0&limit=100`, { validElementsRequest: { titles: ['Sales EU', 'Support'] } })
      .reply(200, elements(QUEUE, ['Sales EU', 'Support']))
    const d = deps()
    const shaped = job('248', {
      range: { from: '2026-01-05', to: '2026-01-07' },
      valueFilters: [{ label: 'label.conversations.queue', values: ['Sales EU', 'Support'] }],
      rawFilters: [{ uri: QUEUE, constraint: { type: 'floating', from: -1, to: -1 } }]
    })
    const want = [
      { uri: DATE, constraint: { type: 'interval', from: '2026-01-05', to: '2026-01-07' } },
      { uri: QUEUE, constraint: { type: 'list', elements: [`${QUEUE}/elements?id=1`, `${QUEUE}/elements?id=2`] } },
      { uri: QUEUE, constraint: { type: 'floating', from: -1, to: -1 } }
    ]
    expect(await jobFilters(shaped, WORKSPACE, d)).toEqual(want)
    // Again in the same run (another report or piece): no request at all (nock would refuse one).
    expect(await jobFilters(shaped, WORKSPACE, d)).toEqual(want)
    expect(nock.isDone()).toBe(true)
  })

  it('labels given as object ids need no lookup; --date-label picks the date label', async () => {
    const shaped = job('248', { range: DAY, dateLabel: '3003' })
    expect(await jobFilters(shaped, WORKSPACE, deps())).toEqual([
      { uri: `/gdc/md/${WORKSPACE}/obj/3003`, constraint: { type: 'interval', ...DAY } }
    ])
  })

  it('a date label the workspace lacks: an error naming it and the labels command', async () => {
    nock(API).post(IDENTIFIERS).reply(200, identified())
    await expect(jobFilters(job('248', { range: DAY }), WORKSPACE, deps())).rejects.toThrow(
      `workspace ${WORKSPACE} has no date label date.date.mmddyyyy: list its labels with: ` +
        `flex-insights labels -w ${WORKSPACE} (in a Flex Insights workspace it is date.date.mmddyyyy`
    )
  })

  it('a value the label lacks: an error naming it, with the closest titles the label has', async () => {
    nock(API)
      .post(`${QUEUE}/validElements?offset=0&limit=100`, { validElementsRequest: { titles: ['Sales Eu'] } })
      .reply(200, elements(QUEUE, []))
      .post(`${QUEUE}/validElements?offset=0&limit=100`, { validElementsRequest: {} })
      .reply(200, elements(QUEUE, ['Billing', 'Sales EU', 'Sales US', 'Support']))
    const shaped = job('248', { valueFilters: [{ label: '2101', values: ['Sales Eu'] }] })
    await expect(jobFilters(shaped, WORKSPACE, deps())).rejects.toThrow(
      'label 2101 has no value "Sales Eu"; close ones: "Sales EU", "Sales US", "Billing", "Support"'
    )
  })
})

describe('exportReport with --join', () => {
  it('each piece started with its own days; one file, one header', async () => {
    const days = ['2026-01-05', '2026-01-06', '2026-01-07']
    days.forEach((day, i) =>
      nock(API)
        .post(START, {
          report_req: {
            report: `/gdc/md/${WORKSPACE}/obj/248`,
            context: {
              filters: [{ uri: `/gdc/md/${WORKSPACE}/obj/2001`, constraint: { type: 'interval', from: day, to: day } }]
            }
          }
        })
        .reply(201, { uri: `${RESULT}${i}` }, { Location: `${RESULT}${i}` })
        .get(`${RESULT}${i}`)
        .reply(200, `"Date"\r\n"${day}"\r\n`, { 'Content-Type': 'text/csv' })
    )
    const pieces = days.map(day => ({ from: day, to: day }))
    const shaped = job('248', {
      range: { from: days[0], to: days[2] },
      pieces,
      window: 2,
      dateLabel: '2001'
    })
    const result = await exportReport(shaped, deps())
    expect(result).toMatchObject({ outcome: 'written', rows: 3, polls: 3 })
    const file = join(ctx.dir, 'report-248-2026-01-05_2026-01-07.csv')
    expect(result.path).toBe(file)
    expect(readFileSync(file, 'utf8')).toBe('"Date"\r\n"2026-01-05"\r\n"2026-01-06"\r\n"2026-01-07"\r\n')
    expect(nock.isDone()).toBe(true)
  })
})
