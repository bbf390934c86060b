import nock from 'nock'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { API, fileContent, PROFILE, privateFolder, SST_CHALLENGE, T0, TT, WORKSPACE } from '../../fixtures.js'
import { captureIo } from './cli-io.js'

const { runCli } = await import('../../../src/cli/command.js')
const { createSessionFolder, writeSessionFile } = await import('../../../src/session/session-file.js')

let temp: string
let file: string
let out: string
beforeEach(() => {
  temp = privateFolder()
  file = createSessionFolder(temp).file
  writeSessionFile(file, fileContent())
  out = join(temp, 'out')
})
afterEach(() => rmSync(temp, { recursive: true, force: true }))

async function cli(args: string[], env: Record<string, string> = {}, tty = false) {
  const { io, result } = captureIo({ FLEX_INSIGHTS_SESSION_FILE: file, ...env }, T0, tty)
  const code = await runCli(args, io)
  return { code, ...result() }
}

const CSV = '"a"\r\n"1"\r\n'
const RESULT = `/gdc/projects/${WORKSPACE}/execute/raw/ab12?q=x`

describe('export: checked before any request', () => {
  it.each([
    [['export'], 'which report?'],
    [['export', '248'], '248 needs a workspace: pass -w WORKSPACE (or set $FLEX_INSIGHTS_WORKSPACE)'],
    [['export', 'a b', '-w', WORKSPACE], '"a b" is not a report'],
    [['export', '1', '2', '-w', WORKSPACE, '-o', 'x.csv'], '-o names one file'],
    [['export', '1', '-w', WORKSPACE, '-o', 'x.csv', '-D', 'd'], '-o and -D do not go together'],
    [['export', '1', '1', '-w', WORKSPACE], 'would be written twice'],
    [['export', '1', '-w', WORKSPACE, '--parallel', '0'], '--parallel must be a whole number from 1 to 16'],
    [['export', '1', '-w', WORKSPACE, '--timeout', 'soon'], '--timeout must be a whole number']
  ])('%j: exit 2, %s', async (args, message) => {
    const res = await cli(args)
    expect(res.code).toBe(2)
    expect(res.stderr).toContain(message)
  })

  it('an existing file without --clobber: exit 2, nothing sent', async () => {
    mkdirSync(out)
    writeFileSync(join(out, 'report-248.csv'), 'keep')
    const res = await cli(['export', '248', '-w', WORKSPACE, '-D', out])
    expect(res.code).toBe(2)
    expect(res.stderr).toContain(
      `${join(out, 'report-248.csv')} already exists; pass --clobber to overwrite it. Nothing was exported`
    )
    expect(readFileSync(join(out, 'report-248.csv'), 'utf8')).toBe('keep')
  })
})

describe('export', () => {
  it('writes the files (creating -D), says what it wrote; the workspace from $FLEX_INSIGHTS_WORKSPACE', async () => {
    nock(API)
      .post(`/gdc/app/projects/${WORKSPACE}/execute/raw`)
      .reply(201, { uri: RESULT })
      .get(RESULT)
      .reply(200, CSV, { 'Content-Type': 'text/csv' })
    const res = await cli(['export', '248', '-D', out], { FLEX_INSIGHTS_WORKSPACE: WORKSPACE })
    expect(res.code).toBe(0)
    expect(readFileSync(join(out, 'report-248.csv'), 'utf8')).toBe(CSV)
    expect(res.stderr).toBe(`flex-insights: report 248: ${join(out, 'report-248.csv')}: 1 rows, 10 B, in 0s\n`)
  })

  it('inside Actions: a notice for an empty report and a table in the step summary', async () => {
    const summary = join(temp, 'summary.md')
    writeFileSync(summary, '')
    nock(API).post(`/gdc/app/projects/${WORKSPACE}/execute/raw`).reply(201, { uri: RESULT }).get(RESULT).reply(204)
    const res = await cli(['export', '248', '-w', WORKSPACE, '-D', out], {
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: summary
    })
    expect(res.code).toBe(0)
    expect(res.stderr).toContain(
      `::notice::report 248 has no data (HTTP 204): wrote an empty ${join(out, 'report-248.csv')}\n`
    )
    expect(readFileSync(summary, 'utf8')).toContain('| 248 | ⚠️ empty (no data) |')
  })

  it('a dead session: exit 4', async () => {
    writeSessionFile(file, fileContent({ ttIssuedAt: 0 }))
    nock(API).get('/gdc/account/token').reply(401, '', SST_CHALLENGE)
    const res = await cli(['export', '248', '-w', WORKSPACE, '-D', out])
    expect(res.code).toBe(4)
    expect(res.stderr).toContain('report 248: the session has ended')
    expect(existsSync(join(out, 'report-248.csv'))).toBe(false)
  })
})

describe('workspaces and reports', () => {
  const projects = {
    projects: {
      paging: { offset: 0, count: 2, totalCount: 2 },
      items: [
        {
          project: {
            content: { state: 'ENABLED' },
            links: { self: `/gdc/projects/${WORKSPACE}` },
            meta: { title: 'Flex\tInsights \x1b[31m' }
          }
        },
        { project: { content: { state: 'DISABLED' }, links: { self: '/gdc/projects/w2' }, meta: { title: 'Old' } } }
      ]
    }
  }

  it('tab-separated when not a terminal, control characters removed', async () => {
    nock(API).get(`/gdc/account/profile/${PROFILE}/projects`).query(true).reply(200, projects)
    const res = await cli(['workspaces'])
    expect(res.stdout).toBe(`${WORKSPACE}\tENABLED\tFlex Insights  [31m\nw2\tDISABLED\tOld\n`)
  })

  it('an aligned table with a header on a terminal; JSON lines with --json', async () => {
    nock(API).get(`/gdc/account/profile/${PROFILE}/projects`).query(true).twice().reply(200, projects)
    const table = await cli(['workspaces'], {}, true)
    expect(table.stdout.split('\n')[0]).toMatch(/^ID {2,}STATE {3,}TITLE$/)
    expect(table.stdout.split('\n')[2]).toMatch(/^w2 {2,}DISABLED {2}Old$/)
    const json = await cli(['workspaces', '--json'])
    expect(
      json.stdout
        .trim()
        .split('\n')
        .map(l => JSON.parse(l).project.meta.title)
    ).toEqual(['Flex\tInsights \x1b[31m', 'Old'])
  })

  it('reports: ids export takes, filtered by --search; -w required', async () => {
    nock(API)
      .get(`/gdc/md/${WORKSPACE}/query/reports`)
      .reply(200, {
        query: {
          entries: [
            {
              link: `/gdc/md/${WORKSPACE}/obj/248`,
              identifier: 'b08a2c8ca8f4',
              title: 'Agent activity',
              updated: '2026-01-01 10:00:00'
            },
            { link: `/gdc/md/${WORKSPACE}/obj/249`, title: 'Queues' }
          ]
        }
      })
    expect((await cli(['reports', '-w', WORKSPACE, '--search', 'AGENT'])).stdout).toBe(
      '248\tb08a2c8ca8f4\t2026-01-01 10:00:00\tAgent activity\n'
    )
    expect((await cli(['reports'])).code).toBe(2)
  })
})

describe('api', () => {
  it.each([
    [['api', 'https://evil.test/gdc/x']],
    [['api', '//evil.test/gdc/x']],
    [['api', '/other/path']],
    [['api', '/gdc/../other']],
    [['api', '/gdc/%2e%2e/other']],
    [['api', '/gdc/x', '-X', 'TRACE']],
    [['api', '/gdc/x', '-d', '{not json']],
    [['api', '/gdc/x', '-H', 'Cookie: a=b']],
    [['api', '/gdc/x', '-H', 'X-GDC-AuthTT: x']],
    [['api', '/gdc/x', '-H', 'bad header']]
  ])('%j is refused before any request (exit 2)', async args => {
    const res = await cli(args)
    expect(res.code).toBe(2)
  })

  it('streams a 2xx body to stdout; --include shows status and headers, never cookies or tokens', async () => {
    nock(API)
      .post(`/gdc/md/${WORKSPACE}/identifiers`, { identifierToUri: ['x'] })
      .matchHeader('x-gdc-authtt', TT)
      .matchHeader('x-extra', 'yes')
      .reply(200, '{"identifiers":[]}', {
        'Content-Type': 'application/json',
        'Set-Cookie': `GDCAuthTT=${TT}; Path=/gdc`,
        'X-GDC-AuthTT': TT
      })
    const res = await cli([
      'api',
      `/gdc/md/${WORKSPACE}/identifiers`,
      '-d',
      '{"identifierToUri":["x"]}',
      '-H',
      'X-Extra: yes',
      '--include'
    ])
    expect(res.code).toBe(0)
    expect(res.stdout).toMatch(/^HTTP 200\n/)
    expect(res.stdout).toContain('set-cookie: (hidden)\n')
    expect(res.stdout).toContain('x-gdc-authtt: (hidden)\n')
    expect(res.stdout).not.toContain(TT)
    expect(res.stdout.endsWith('\n\n{"identifiers":[]}')).toBe(true)
  })

  it('an HTTP error: exit 1, status, server message and request id on stderr', async () => {
    nock(API)
      .get('/gdc/md/nope/query/reports')
      .reply(404, '{"error":{"message":"Project %s not found","parameters":["nope"]}}', { 'X-GDC-REQUEST': 'rid:9' })
    const res = await cli(['api', '/gdc/md/nope/query/reports'])
    expect(res).toEqual({
      code: 1,
      stdout: '',
      stderr: 'flex-insights: Flex Insights api failed: HTTP 404: "Project nope not found" [request id rid:9]\n'
    })
  })

  it('--input sends a file; POST is sent once, GET is retried', async () => {
    const body = join(temp, 'body.json')
    writeFileSync(body, '{"a":1}')
    nock(API).post('/gdc/x', { a: 1 }).reply(503, '')
    expect((await cli(['api', '/gdc/x', '--input', body])).code).toBe(1)
    nock(API).get('/gdc/y').reply(503, '').get('/gdc/y').reply(200, 'ok')
    expect((await cli(['api', '/gdc/y'])).stdout).toBe('ok')
  })
})
