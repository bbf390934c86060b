// exportReport, one report end to end against nock: polling, the CSV into its file, gzip, identifiers,
// existing files and stdout.
import nock from 'nock'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import zlib from 'node:zlib'
import { describe, expect, it } from '@jest/globals'
import { API, TT, TT2, TT_CHALLENGE, WORKSPACE } from '../../fixtures.js'
import { brokenBody, CSV, exportContext, RESULT, sha } from './exporter-fixtures.js'

const { exportReport } = await import('../../../src/export/exporter.js')
const { EXIT } = await import('../../../src/export/exit-codes.js')

const { ctx, deps, job, started, leftovers } = exportContext()

describe('exportReport', () => {
  it('3 × 202 then 200: polls at once, then after 1, 2 and 4 s; streams the CSV into report-<id>.csv', async () => {
    started()
    nock(API)
      .get(RESULT)
      .times(3)
      .reply(202, { uri: RESULT })
      .get(RESULT)
      .reply(200, CSV, { 'Content-Type': 'text/csv' })
    const result = await exportReport(job(), deps())
    const file = join(ctx.dir, 'report-248.csv')
    expect(result).toMatchObject({
      outcome: 'written',
      exitCode: 0,
      path: file,
      bytes: CSV.length,
      rows: 2,
      sha256: sha(CSV),
      polls: 4,
      refreshes: 0
    })
    expect(readFileSync(file, 'utf8')).toBe(CSV)
    expect(ctx.clock.waits).toEqual([1000, 2000, 4000])
    expect(result.computeMs).toBe(7000)
    expect(leftovers()).toEqual([])
  })

  it('waits longer when the server asks (Retry-After / Refresh)', async () => {
    started()
    nock(API)
      .get(RESULT)
      .reply(202, '', { 'Retry-After': '7' })
      .get(RESULT)
      .reply(202, '', { Refresh: '1' })
      .get(RESULT)
      .reply(200, CSV, { 'Content-Type': 'text/csv' })
    await exportReport(job(), deps())
    expect(ctx.clock.waits).toEqual([7000, 2000])
  })

  it('204: an empty file, exit 0; with --fail-on-empty exit 3 and no file at all', async () => {
    started()
    nock(API).get(RESULT).reply(204)
    expect(await exportReport(job(), deps())).toMatchObject({ outcome: 'empty', exitCode: EXIT.ok, bytes: 0, rows: 0 })
    expect(readFileSync(join(ctx.dir, 'report-248.csv'), 'utf8')).toBe('')
    rmSync(join(ctx.dir, 'report-248.csv'))
    started()
    nock(API).get(RESULT).reply(204)
    const empty = await exportReport(job('248', { failOnEmpty: true }), deps())
    expect(empty).toMatchObject({ outcome: 'empty', exitCode: EXIT.empty })
    expect(empty.path).toBeUndefined()
    expect(readdirSync(ctx.dir)).toEqual([])
  })

  it('a TT challenge mid-poll: one renewal, the same URI polled again', async () => {
    started()
    nock(API)
      .get(RESULT)
      .reply(202, '')
      .get(RESULT)
      .matchHeader('x-gdc-authtt', TT)
      .reply(401, '', TT_CHALLENGE)
      .get(RESULT)
      .matchHeader('x-gdc-authtt', TT2)
      .reply(200, CSV, { 'Content-Type': 'text/csv' })
    expect(await exportReport(job(), deps())).toMatchObject({ outcome: 'written', refreshes: 1, polls: 2 })
  })

  it('a download that breaks is fetched again; the file is the whole CSV, byte for byte', async () => {
    started()
    nock(API)
      .get(RESULT)
      .reply(200, () => brokenBody(CSV.slice(0, 20)), { 'Content-Type': 'text/csv' })
      .get(RESULT)
      .reply(200, CSV, { 'Content-Type': 'text/csv' })
    const result = await exportReport(job(), deps())
    expect(result).toMatchObject({ outcome: 'written', sha256: sha(CSV) })
    expect(readFileSync(join(ctx.dir, 'report-248.csv'), 'utf8')).toBe(CSV)
    expect(ctx.logs.some(l => l.startsWith('report 248: the download broke'))).toBe(true)
    expect(leftovers()).toEqual([])
  })

  it('gzip answers are decoded on the way to the file', async () => {
    started()
    nock(API).get(RESULT).reply(200, zlib.gzipSync(CSV), { 'Content-Type': 'text/csv', 'Content-Encoding': 'gzip' })
    expect(await exportReport(job(), deps())).toMatchObject({ bytes: CSV.length, sha256: sha(CSV) })
  })

  it('a global identifier is resolved first; an unknown one exits 2', async () => {
    nock(API)
      .post(`/gdc/md/${WORKSPACE}/identifiers`)
      .reply(200, { identifiers: [{ identifier: 'b08a2c8ca8f4', uri: `/gdc/md/${WORKSPACE}/obj/248` }] })
    started()
    nock(API).get(RESULT).reply(200, CSV, { 'Content-Type': 'text/csv' })
    expect(await exportReport(job('b08a2c8ca8f4'), deps())).toMatchObject({
      outcome: 'written',
      path: join(ctx.dir, 'report-248.csv')
    })
    nock(API).post(`/gdc/md/${WORKSPACE}/identifiers`).reply(200, { identifiers: [] })
    expect(await exportReport(job('nope1234'), deps())).toMatchObject({
      exitCode: EXIT.failed,
      message: expect.stringContaining(`unknown identifier nope1234: workspace ${WORKSPACE} has no object with it`)
    })
  })

  it('an existing file without --clobber: exit 2 before any request; with it, replaced', async () => {
    writeFileSync(join(ctx.dir, 'report-248.csv'), 'old')
    expect(await exportReport(job(), deps())).toMatchObject({
      exitCode: EXIT.usage,
      message: `${join(ctx.dir, 'report-248.csv')} already exists; pass --clobber to overwrite it. Nothing was exported`
    })
    started()
    nock(API).get(RESULT).reply(200, CSV, { 'Content-Type': 'text/csv' })
    await exportReport(job('248', { clobber: true }), deps())
    expect(readFileSync(join(ctx.dir, 'report-248.csv'), 'utf8')).toBe(CSV)
  })

  it('-o -: the CSV to stdout, nothing else', async () => {
    started()
    nock(API).get(RESULT).reply(200, CSV, { 'Content-Type': 'text/csv' })
    const stdout = new PassThrough()
    const chunks: Buffer[] = []
    stdout.on('data', c => chunks.push(c))
    const result = await exportReport(job('248', { target: { stdout } }), deps())
    expect(result).toMatchObject({ outcome: 'written', path: undefined, bytes: CSV.length })
    expect(Buffer.concat(chunks).toString()).toBe(CSV)
    expect(existsSync(join(ctx.dir, 'report-248.csv'))).toBe(false)
  })
})
