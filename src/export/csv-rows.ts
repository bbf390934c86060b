/**
 * Counts the records of a CSV as it streams past: line breaks outside double quotes end a
 * record, so a quoted value may hold line breaks of its own (RFC 4180). The header is not a row.
 *
 * Every byte of an export passes through here, so the loop reads four bytes at a time and
 * looks at single bytes only in words that hold a quote or a line feed (`npm run bench`,
 * BENCHMARKS.md "Decisions": about 1.7× the plain byte loop).
 */
const QUOTE = 0x22
const LF = 0x0a
const CR = 0x0d
/** The word loop reads bytes in little-endian order (x64 and arm64 runners); elsewhere, one by one. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1
const NO_WORDS = new Int32Array(0)

/** High bit of each byte of `word` that equals the byte repeated in `pattern` (SWAR zero-byte test). */
function matches(word: number, pattern: number): number {
  const x = word ^ pattern
  return ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f)
}

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
    for (let w = 0; w < count; w++) {
      const word = words[w]
      const quotes = matches(word, 0x22222222)
      const feeds = matches(word, 0x0a0a0a0a)
      if (feeds === 0) {
        // Only the parity of the quotes matters: fold the four marker bits into one.
        let bits = quotes >>> 7
        bits ^= bits >>> 16
        bits ^= bits >>> 8
        quoted ^= bits & 1
      } else {
        // Byte order: the lowest byte of a little-endian word comes first in the stream.
        for (let shift = 7; shift < 32; shift += 8) {
          if ((quotes >>> shift) & 1) quoted ^= 1
          else if ((feeds >>> shift) & 1 && quoted === 0) records++
        }
      }
    }
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
