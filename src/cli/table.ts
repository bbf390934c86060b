/**
 * Listings for people and for scripts: an aligned table on a terminal, tab-separated lines
 * otherwise, or the server's own entries as JSON lines (--json) for jq. Server text is
 * hostile: control characters (terminal escapes, tabs, line breaks) never reach the output.
 */
import { printable } from '../api/printable.js'
import type { CliIo } from './io.js'

export function printRows(io: CliIo, header: string[], rows: string[][], json: unknown[] | undefined): void {
  if (json) {
    for (const entry of json) io.stdout.write(`${JSON.stringify(entry)}\n`)
    return
  }
  const cells = rows.map(row => row.map(printable))
  if (!io.stdout.isTTY) {
    for (const row of cells) io.stdout.write(`${row.join('\t')}\n`)
    return
  }
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map(row => row[i].length)))
  const line = (row: string[]): string =>
    `${row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i]))).join('  ')}\n`
  io.stdout.write(line(header))
  for (const row of cells) io.stdout.write(line(row))
}
