/**
 * Counts the records of a CSV as it streams past: line breaks outside double quotes end a
 * record, so a quoted value may hold line breaks of its own (RFC 4180). The header is not a row.
 */
export class RowCounter {
  private inQuotes = false
  private records = 0
  /** Whether bytes have arrived since the last record ended (a last line without a break). */
  private open = false

  update(chunk: Uint8Array): void {
    let inQuotes = this.inQuotes
    let records = this.records
    let open = this.open
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]
      if (byte === 0x22) {
        inQuotes = !inQuotes
        open = true
      } else if (byte === 0x0a) {
        if (inQuotes) open = true
        else {
          records++
          open = false
        }
      } else if (byte !== 0x0d) open = true
    }
    this.inQuotes = inQuotes
    this.records = records
    this.open = open
  }

  /** Data rows: records after the header. */
  get rows(): number {
    return Math.max(0, this.records + (this.open ? 1 : 0) - 1)
  }
}
