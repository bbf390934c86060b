/**
 * What the unit tests of exportReport share: a CSV and its result URI, a private folder and a
 * clock made fresh for each test, and the job and dependencies that point at them.
 */
import nock from 'nock'
import { createHash } from 'node:crypto'
import { readdirSync, rmSync } from 'node:fs'
import { Readable } from 'node:stream'
import { afterEach, beforeEach } from '@jest/globals'
import { API, privateFolder, testClock, TT, TT2, WORKSPACE, type TestClock } from '../../fixtures.js'

const { AuthorizedApi } = await import('../../../src/api/authorized.js')
const { MetadataClient } = await import('../../../src/api/metadata.js')
const { Transport } = await import('../../../src/api/transport.js')
const { ProgressBoard } = await import('../../../src/export/progress.js')
const { parseReportRef } = await import('../../../src/export/report-ref.js')

export const CSV = '"Date","Agent"\r\n"2026-01-01","a\r\nb"\r\n"2026-01-02","c"\r\n'
export const RESULT = `/gdc/projects/${WORKSPACE}/execute/raw/49ff06f2?q=eAGr%0A&c=bd11`
export const START = `/gdc/app/projects/${WORKSPACE}/execute/raw`
export const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex')

/** Made again before each test of the file that calls it, and its folder removed after. */
export function exportContext() {
  const ctx: { dir: string; clock: TestClock; logs: string[] } = { dir: '', clock: testClock(), logs: [] }
  beforeEach(() => {
    ctx.dir = privateFolder()
    ctx.clock = testClock()
    ctx.logs = []
  })
  afterEach(() => rmSync(ctx.dir, { recursive: true, force: true }))

  function deps(maxAttempts = 3) {
    let current = TT
    const settings = { apiUrl: API, timeoutMs: 5000, maxAttempts, maxRetryWaitMs: 60_000 }
    const transport = new Transport(settings, { clock: ctx.clock })
    const api = new AuthorizedApi(transport, {
      authMode: 'header',
      token: async () => current,
      refresh: async () => (current = TT2)
    })
    return {
      api,
      metadata: new MetadataClient(api),
      clock: ctx.clock,
      log: { info: (m: string) => ctx.logs.push(m), debug: () => undefined },
      progress: new ProgressBoard(ctx.clock),
      lookups: new Map()
    }
  }

  function job(report = '248', over = {}) {
    return {
      ref: parseReportRef(report, WORKSPACE),
      target: { dir: ctx.dir },
      timeoutMs: 1_800_000,
      clobber: false,
      failOnEmpty: false,
      maxDownloads: 3,
      ...over
    }
  }

  const started = () =>
    nock(API)
      .post(START, { report_req: { report: `/gdc/md/${WORKSPACE}/obj/248` } })
      .reply(201, { uri: RESULT }, { Location: RESULT })
  const leftovers = () => readdirSync(ctx.dir).filter(f => f.endsWith('.part'))
  return { ctx, deps, job, started, leftovers }
}

/** A body that breaks after `start`, as a reset connection does. */
export const brokenBody = (start: string) =>
  Readable.from(
    (async function* () {
      yield Buffer.from(start)
      throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
    })()
  )
