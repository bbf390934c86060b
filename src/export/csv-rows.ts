/**
 * Counts the records of a CSV as it streams past: line breaks outside double quotes end a
 * record, so a quoted value may hold line breaks of its own (RFC 4180). The header is not a row.
 *
 * Every byte of an export passes through here, so the loop reads four bytes at a time, looks at
 * single bytes only in words that hold a line feed, and folds the quotes of the words between
 * into one parity bit only there (`npm run bench`, BENCHMARKS.md "Decisions": on Node 24 it
 * costs what finding the line feeds with indexOf costs).
 */
const QUOTE = 0x22
const LF = 0x0a
const CR = 0x0d
/** The word loop reads bytes in little-endian order (x64 and arm64 runners); elsewhere, one by one. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1
const NO_WORDS = new Int32Array(0)

export class RowCounter {
  private inQuotes = 0
  private records = 0
  /** Whether bytes have arrived since the last record ended (a last line without a break). */
  private open = false

  update(chunk: Uint8Array): void {
    if (chunk.length === 0) return
    let quoted = this.inQuotes
    let records = this.records
    // Int32Array needs an aligned start: the bytes before it, and after the last word, go one by
    // one. (Plain loops, not a helper: a closure over these counters makes V8 keep them in a
    // context, which halves the speed of the word loop.)
    const head = LITTLE_ENDIAN ? Math.min(chunk.length, (4 - (chunk.byteOffset & 3)) & 3) : chunk.length
    for (let i = 0; i < head; i++) {
      const byte = chunk[i]
      if (byte === QUOTE) quoted ^= 1
      else if (byte === LF && quoted === 0) records++
    }
    const count = head === chunk.length ? 0 : (chunk.length - head) >> 2
    const words = count > 0 ? new Int32Array(chunk.buffer, chunk.byteOffset + head, count) : NO_WORDS
    // The quote markers of words without a line feed are only XORed together: the parity of the
    // bits is the parity of the quotes, and it is needed only at the next line feed.
    let pending = 0
    for (let w = 0; w < count; w++) {
      const word = words[w]
      // SWAR zero-byte test, written out (a helper call here costs a third of the speed on
      // Node 24): the high bit of each byte that is a line feed, and of each that is a quote.
      const f = word ^ 0x0a0a0a0a
      const feeds = ~(((f & 0x7f7f7f7f) + 0x7f7f7f7f) | f | 0x7f7f7f7f)
      const q = word ^ 0x22222222
      const quotes = ~(((q & 0x7f7f7f7f) + 0x7f7f7f7f) | q | 0x7f7f7f7f)
      if (feeds === 0) {
        pending ^= quotes
        continue
      }
      let bits = pending >>> 7
      bits ^= bits >>> 16
      bits ^= bits >>> 8
      quoted ^= bits & 1
      pending = 0
      // Byte order: the lowest byte of a little-endian word comes first in the stream.
      for (let shift = 7; shift < 32; shift += 8) {
        if ((quotes >>> shift) & 1) quoted ^= 1
        else if ((feeds >>> shift) & 1 && quoted === 0) records++
      }
    }
    let bits = pending >>> 7
    bits ^= bits >>> 16
    bits ^= bits >>> 8
    quoted ^= bits & 1
    for (let i = head + count * 4; i < chunk.length; i++) {
      const byte = chunk[i]
      if (byte === QUOTE) quoted ^= 1
      else if (byte === LF && quoted === 0) records++
    }
    this.inQuotes = quoted
    this.records = records
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
