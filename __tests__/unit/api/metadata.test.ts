import nock from 'nock'
import { describe, expect, it } from '@jest/globals'
import { API, PROFILE, testClock, TT, WORKSPACE } from '../../fixtures.js'

const { AuthorizedApi } = await import('../../../src/api/authorized.js')
const { MAX_PAGES, MetadataClient } = await import('../../../src/api/metadata.js')
const { Transport } = await import('../../../src/api/transport.js')

const metadata = () =>
  new MetadataClient(
    new AuthorizedApi(
      new Transport({ apiUrl: API, timeoutMs: 2000, maxAttempts: 1, maxRetryWaitMs: 0 }, { clock: testClock() }),
      {
        authMode: 'header',
        token: async () => TT,
        refresh: async () => TT
      }
    )
  )

const project = (id: string, title: string) => ({
  project: { content: { state: 'ENABLED' }, links: { self: `/gdc/projects/${id}` }, meta: { title } }
})

describe('workspaces', () => {
  it('follows the next links of a paged listing', async () => {
    const next = `/gdc/account/profile/${PROFILE}/projects?offset=2&limit=2`
    nock(API)
      .get(`/gdc/account/profile/${PROFILE}/projects`)
      .query({ offset: 0, limit: 100 })
      .reply(200, {
        projects: {
          paging: { offset: 0, limit: 2, count: 2, totalCount: 3, next },
          items: [project('w1', 'One'), project('w2', 'Two')]
        }
      })
      .get(`/gdc/account/profile/${PROFILE}/projects`)
      .query({ offset: 2, limit: 2 })
      .reply(200, {
        projects: { paging: { offset: 2, limit: 2, count: 1, totalCount: 3 }, items: [project('w3', 'Three')] }
      })
    const found = await metadata().workspaces(PROFILE)
    expect(found.items.map(w => [w.id, w.title, w.state])).toEqual([
      ['w1', 'One', 'ENABLED'],
      ['w2', 'Two', 'ENABLED'],
      ['w3', 'Three', 'ENABLED']
    ])
  })

  it('pages by offset when there is no next link, and reads the older unpaged shape', async () => {
    nock(API)
      .get(`/gdc/account/profile/${PROFILE}/projects`)
      .query({ offset: 0, limit: 100 })
      .reply(200, { projects: { paging: { offset: 0, totalCount: 2 }, items: [project('w1', 'One')] } })
      .get(`/gdc/account/profile/${PROFILE}/projects`)
      .query({ offset: 1, limit: 100 })
      .reply(200, { projects: [project('w2', 'Two')] })
    expect((await metadata().workspaces(PROFILE)).items.map(w => w.id)).toEqual(['w1', 'w2'])
  })

  it('skips entries whose id is not an id, and refuses a next link off the API URL', async () => {
    nock(API)
      .get(`/gdc/account/profile/${PROFILE}/projects`)
      .query(true)
      .reply(200, {
        projects: {
          paging: { next: 'https://evil.test/gdc/x' },
          items: [project('../x', 'Bad'), project('ok1', 'Good')]
        }
      })
    await expect(metadata().workspaces(PROFILE)).rejects.toThrow('the next page is not on the API URL')
  })

  it('an empty list is an empty list', async () => {
    nock(API)
      .get(`/gdc/account/profile/${PROFILE}/projects`)
      .query(true)
      .reply(200, { projects: { paging: { offset: 0, count: 0, totalCount: 0 }, items: [] } })
    expect(await metadata().workspaces(PROFILE)).toEqual({ items: [], incomplete: undefined })
  })
})

describe('listings that are not whole are never cut silently', () => {
  const page = (next: string | undefined, ids: string[], totalCount?: number) => ({
    projects: { paging: { next, totalCount }, items: ids.map(id => project(id, id)) }
  })
  const first = `/gdc/account/profile/${PROFILE}/projects?offset=0&limit=100`

  it('a next link that points at a page already sent: stopped, with the reason', async () => {
    nock(API)
      .get(`/gdc/account/profile/${PROFILE}/projects`)
      .query({ offset: 0, limit: 100 })
      .reply(200, page(first, ['w1']))
    const listing = await metadata().workspaces(PROFILE)
    expect(listing.items.map(w => w.id)).toEqual(['w1'])
    expect(listing.incomplete).toMatch(/already sent, so the listing would never end/)
    expect(nock.isDone()).toBe(true)
  })

  it('a loop over two pages is found as well', async () => {
    const second = `/gdc/account/profile/${PROFILE}/projects?offset=1&limit=100`
    nock(API)
      .get(`/gdc/account/profile/${PROFILE}/projects`)
      .query({ offset: 0, limit: 100 })
      .reply(200, page(second, ['w1']))
      .get(`/gdc/account/profile/${PROFILE}/projects`)
      .query({ offset: 1, limit: 100 })
      .reply(200, page(first, ['w2']))
    const listing = await metadata().workspaces(PROFILE)
    expect(listing.items.map(w => w.id)).toEqual(['w1', 'w2'])
    expect(listing.incomplete).toMatch(/already sent/)
  })

  it('more entries than the server counted: the first totalCount kept, and said', async () => {
    nock(API)
      .get(`/gdc/account/profile/${PROFILE}/projects`)
      .query(true)
      .reply(200, page(undefined, ['w1', 'w2', 'w3'], 2))
    const listing = await metadata().workspaces(PROFILE)
    expect(listing.items.map(w => w.id)).toEqual(['w1', 'w2'])
    expect(listing.incomplete).toBe('the server sent 3 entries but counted 2; only the first 2 are kept')
  })

  it('paging that never ends stops at the page cap, and says so', async () => {
    let n = 0
    nock(API)
      .get(`/gdc/account/profile/${PROFILE}/projects`)
      .query(true)
      .times(MAX_PAGES + 5)
      .reply(() => {
        n++
        return [200, page(`/gdc/account/profile/${PROFILE}/projects?offset=${n}&limit=1`, [`w${n}`])]
      })
    const listing = await metadata().workspaces(PROFILE)
    expect(n).toBe(MAX_PAGES)
    expect(listing.items).toHaveLength(MAX_PAGES)
    expect(listing.incomplete).toBe(`the listing did not end after ${MAX_PAGES} pages`)
    nock.cleanAll()
  })
})

describe('reports', () => {
  it('object id, identifier, title and update time of each report of the workspace', async () => {
    nock(API)
      .get(`/gdc/md/${WORKSPACE}/query/reports`)
      .reply(200, {
        query: {
          entries: [
            {
              link: `/gdc/md/${WORKSPACE}/obj/248`,
              identifier: 'b08a2c8ca8f4',
              title: 'Agents',
              updated: '2026-01-01 10:00:00'
            },
            { link: '/gdc/md/other/obj/9', identifier: 'x', title: 'Elsewhere' },
            { link: `/gdc/md/${WORKSPACE}/obj/249`, identifier: 'bad id!', title: 'No identifier' }
          ]
        }
      })
    const found = await metadata().reports(WORKSPACE)
    expect(found.items.map(r => [r.objectId, r.identifier, r.title, r.updated])).toEqual([
      ['248', 'b08a2c8ca8f4', 'Agents', '2026-01-01 10:00:00'],
      ['249', undefined, 'No identifier', undefined]
    ])
  })

  it('a workspace that does not exist: 404 with what to do', async () => {
    nock(API)
      .get(`/gdc/md/${WORKSPACE}/query/reports`)
      .reply(404, { error: { message: 'Project %s not found', parameters: [WORKSPACE] } })
    await expect(metadata().reports(WORKSPACE)).rejects.toThrow(
      /HTTP 404: "Project \w+ not found".*list yours with: flex-insights workspaces/
    )
  })
})

describe('objectUri', () => {
  it('resolves a global identifier to its object URI in the workspace', async () => {
    nock(API)
      .post(`/gdc/md/${WORKSPACE}/identifiers`, { identifierToUri: ['b08a2c8ca8f4'] })
      .reply(200, { identifiers: [{ identifier: 'b08a2c8ca8f4', uri: `/gdc/md/${WORKSPACE}/obj/248` }] })
    expect(await metadata().objectUri(WORKSPACE, 'b08a2c8ca8f4')).toBe(`/gdc/md/${WORKSPACE}/obj/248`)
  })

  it('an identifier unknown in the workspace is undefined; a URI of another workspace is refused', async () => {
    nock(API).post(`/gdc/md/${WORKSPACE}/identifiers`).reply(200, { identifiers: [] })
    expect(await metadata().objectUri(WORKSPACE, 'nope')).toBeUndefined()
    nock(API)
      .post(`/gdc/md/${WORKSPACE}/identifiers`)
      .reply(200, { identifiers: [{ identifier: 'x', uri: '/gdc/md/other/obj/1' }] })
    await expect(metadata().objectUri(WORKSPACE, 'x')).rejects.toThrow(
      'maps to something that is not an object of workspace'
    )
  })
})
