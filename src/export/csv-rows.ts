/**
 * Counts the records of a CSV as it streams past: line breaks outside double quotes end a
 * record, so a quoted value may hold line breaks of its own (RFC 4180). The header is not a row.
 * Every byte of an export passes through here: the counting itself runs 16 bytes at a time in
 * csv-simd.ts, byte by byte only where WebAssembly cannot run.
 */
import { byteRecords, simdRecords } from './csv-simd.js'

const LF = 0x0a
const CR = 0x0d

export class RowCounter {
  private inQuotes = 0
  private records = 0
  /** Whether bytes have arrived since the last record ended (a last line without a break). */
  private open = false

  update(chunk: Uint8Array): void {
    if (chunk.length === 0) return
    const counted = simdRecords(chunk, this.inQuotes) ?? byteRecords(chunk, this.inQuotes)
    const quoted = counted % 2
    this.records += (counted - quoted) / 2
    this.inQuotes = quoted
    this.open = this.openAfter(chunk, quoted)
  }

  /** The last byte that is not a CR decides: a line feed outside quotes closes the record. */
  private openAfter(chunk: Uint8Array, quoted: number): boolean {
    let last = chunk.length - 1
    while (last >= 0 && chunk[last] === CR) last--
    if (last < 0) return this.open
    return chunk[last] !== LF || quoted === 1
  }

  /** A counter that goes on from where this one is (a joined file goes back to a piece's start). */
  copy(): RowCounter {
    return Object.assign(new RowCounter(), this)
  }

  /** Data rows: records after the header. */
  get rows(): number {
    return Math.max(0, this.records + (this.open ? 1 : 0) - 1)
  }
}
