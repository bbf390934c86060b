// exportReport when the server or the download fails: results that go, errors at the start,
// answers that are not data, broken downloads, the deadline, a result URI elsewhere.
import nock from 'nock'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { API } from '../../fixtures.js'
import { brokenBody, CSV, exportContext, RESULT, START } from './exporter-fixtures.js'

const { exportReport } = await import('../../../src/export/exporter.js')
const { EXIT } = await import('../../../src/export/exit-codes.js')

const { ctx, deps, job, started } = exportContext()

describe('exportReport when things go wrong', () => {
  it('410 while polling: started once more; gone again: fails, no file', async () => {
    started()
    nock(API).get(RESULT).reply(410, '')
    started()
    nock(API).get(RESULT).reply(200, CSV, { 'Content-Type': 'text/csv' })
    expect(await exportReport(job(), deps())).toMatchObject({ outcome: 'written' })
    expect(ctx.logs).toContain('report 248: the result is gone (HTTP 410); starting the export again')

    started()
    nock(API).get(RESULT).reply(404, '')
    started()
    nock(API).get(RESULT).reply(410, '')
    const again = await exportReport(job('248', { clobber: true, target: { dir: join(ctx.dir, 'x') } }), deps())
    expect(again).toMatchObject({
      outcome: 'failed',
      exitCode: EXIT.failed,
      message: expect.stringMatching(/^Flex Insights poll failed: HTTP 410.*The export result was gone twice/)
    })
  })

  it('400 on the start: fails at once with the server message and request id, one request', async () => {
    const scope = nock(API)
      .post(START)
      .reply(400, '{"error":{"message":"Report %s is not computable","parameters":["248"]}}', {
        'X-GDC-REQUEST': 'abc:def'
      })
    const result = await exportReport(job(), deps())
    expect(scope.isDone()).toBe(true)
    expect(result).toMatchObject({ outcome: 'failed', exitCode: EXIT.failed })
    expect(result.message).toBe(
      'Flex Insights export failed: HTTP 400: "Report 248 is not computable" [request id abc:def]. The report ' +
        'cannot be exported as it is (is it a table report?)'
    )
  })

  it('a 200 that is JSON or HTML is an error, never saved as the CSV', async () => {
    started()
    nock(API).get(RESULT).reply(200, '{"error":{"message":"Export failed"}}', { 'Content-Type': 'application/json' })
    const result = await exportReport(job(), deps())
    expect(result.message).toMatch(/^Flex Insights download failed: HTTP 200: "Export failed".*nothing was written/)
    expect(readdirSync(ctx.dir)).toEqual([])
  })

  it('a download that keeps breaking fails after max-attempts downloads, no file left', async () => {
    started()
    nock(API)
      .get(RESULT)
      .times(2)
      .reply(200, () => brokenBody('"a"'), { 'Content-Type': 'text/csv' })
    const result = await exportReport(job('248', { maxDownloads: 2 }), deps())
    expect(result).toMatchObject({ outcome: 'failed', exitCode: EXIT.failed })
    expect(readdirSync(ctx.dir)).toEqual([])
  })

  it('the deadline: exit 5 with the full result URL, no file', async () => {
    started()
    nock(API).get(RESULT).times(20).reply(202, '')
    const result = await exportReport(job('248', { timeoutMs: 30_000 }), deps())
    expect(result).toMatchObject({ outcome: 'timed-out', exitCode: EXIT.timeout, resultUrl: `${API}${RESULT}` })
    expect(result.message).toBe(`timed out after 30 s; the result may still be fetched later from ${API}${RESULT}`)
    expect(ctx.clock.now() - result.ref.objectId!.length).toBeGreaterThan(0)
    expect(readdirSync(ctx.dir)).toEqual([])
  })

  it('a result URI on another origin is refused, and nothing is sent there', async () => {
    nock(API).post(START).reply(201, { uri: 'https://evil.test/gdc/projects/x/execute/raw/1' })
    const result = await exportReport(job(), deps())
    expect(result.message).toMatch(/the result URI is missing or not on the API URL, so it was not fetched/)
  })
})
