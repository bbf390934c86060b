/**
 * The step summary of exports: one row per report, with nothing from the server unescaped
 * (ids and numbers are checked; text cells are escaped). No data preview: Flex Insights data
 * holds customer and agent details.
 */
import { printable } from '../api/errors.js'
import { formatDuration } from './progress.js'
import type { ExportResult } from './job.js'

/** A table cell that cannot break the table or inject markup. */
export function cell(text: string): string {
  return printable(text)
    .replace(/([\\*_[\]#!~])/g, '\\$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;')
}

/** A row of a markdown table from cells already escaped (cell()) or made here. */
export const tableRow = (cells: Array<string | number>): string => `| ${cells.join(' | ')} |`

const OUTCOME = {
  written: '✅ written',
  empty: '⚠️ empty (no data)',
  failed: '❌ failed',
  'timed-out': '⏱️ timed out'
} as const

/** Markdown for the exports; `shown` turns a written path into what the reader should see. */
export function exportSummary(results: ExportResult[], shown: (path: string) => string): string {
  const rows = [
    '| report | result | file | bytes | rows | SHA-256 | computing | downloading | token refreshes | request id |',
    '|---|---|---|---:|---:|---|---:|---:|---:|---|'
  ]
  for (const r of results) {
    const ok = r.outcome === 'written' || r.outcome === 'empty'
    rows.push(
      tableRow([
        cell(r.ref.input) +
          (r.range ? ` (${r.range.from === r.range.to ? r.range.from : `${r.range.from} to ${r.range.to}`})` : ''),
        OUTCOME[r.outcome] + (r.message ? `: ${cell(r.message)}` : ''),
        r.path ? cell(shown(r.path)) : ok ? 'stdout' : '',
        ok ? r.bytes : '',
        ok ? r.rows : '',
        r.sha256 ? `\`${r.sha256}\`` : '',
        formatDuration(r.computeMs),
        ok ? formatDuration(r.downloadMs) : '',
        r.refreshes,
        r.requestId ? cell(r.requestId) : ''
      ])
    )
  }
  return `### Flex Insights exports\n\n${rows.join('\n')}\n`
}
