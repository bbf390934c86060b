import { describe, expect, it } from '@jest/globals'
import { cell, exportSummary } from '../../../src/export/summary.js'
import { formatBytes, formatDuration, ProgressBoard } from '../../../src/export/progress.js'
import type { ExportResult } from '../../../src/export/job.js'

const result = (over: Partial<ExportResult> = {}): ExportResult => ({
  ref: { input: '248', objectId: '248', workspace: 'w' },
  outcome: 'written',
  exitCode: 0,
  path: 'exports/report-248.csv',
  bytes: 1234,
  rows: 56,
  sha256: 'a'.repeat(64),
  computeMs: 61_000,
  downloadMs: 2000,
  polls: 5,
  refreshes: 1,
  requestId: 'flex-insights-auth:abc:def',
  ...over
})

describe('export summary', () => {
  it('one row per report: file, bytes and rows as integers, the whole SHA-256, times, refreshes, request id', () => {
    const md = exportSummary([result()], p => p)
    expect(md).toContain(
      `| 248 | ✅ written | exports/report-248.csv | 1234 | 56 | \`${'a'.repeat(64)}\` | ` +
        '1m01s | 2s | 1 | flex-insights-auth:abc:def |'
    )
  })

  it('failures say why; nothing from the server can add markup', () => {
    const md = exportSummary(
      [
        result({
          outcome: 'failed',
          exitCode: 1,
          path: undefined,
          sha256: undefined,
          message: 'HTTP 400: "<script>x</script> | `y`"'
        })
      ],
      p => p
    )
    expect(md).toContain('❌ failed: HTTP 400: "&lt;script&gt;x&lt;/script&gt; &#124; &#96;y&#96;"')
    expect(md).not.toContain('<script>')
  })

  it('cell() flattens line breaks and escapes markdown', () => {
    expect(cell('a\n|b|*c*_d_')).toBe('a &#124;b&#124;\\*c\\*\\_d\\_')
  })
})

describe('progress', () => {
  it('formats durations and sizes', () => {
    expect([formatDuration(0), formatDuration(59_400), formatDuration(61_000), formatDuration(3_600_000)]).toEqual([
      '0s',
      '59s',
      '1m01s',
      '60m00s'
    ])
    expect([formatBytes(999), formatBytes(1500), formatBytes(312_400_000), formatBytes(2e12)]).toEqual([
      '999 B',
      '1.5 kB',
      '312.4 MB',
      '2.0 TB'
    ])
  })

  it('one line for every export still running', () => {
    let now = 0
    const board = new ProgressBoard({ now: () => now })
    expect(board.line()).toBeUndefined()
    const a = board.track('248')
    const b = board.track('249')
    now = 42_000
    a.polls = 9
    b.downloadStartedAt = 32_000
    b.bytes = 52_000_000
    expect(board.line()).toBe('report 248: computing, 42s, 9 polls; report 249: downloading, 52.0 MB at 5.2 MB/s, 42s')
    board.done(a)
    board.done(b)
    expect(board.line()).toBeUndefined()
  })
})
