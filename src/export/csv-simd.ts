/**
 * The inner loop of the record count (csv-rows.ts) in WebAssembly SIMD, 16 bytes at a time: the
 * quotes and the line feeds of a block as two bit masks, a prefix XOR of the quote mask that
 * says for each byte whether it lies inside quotes (the method simdjson made known), and the
 * line feeds outside them counted with popcnt. Faster than finding the line feeds alone with
 * indexOf (`npm run bench`, BENCHMARKS.md "Decisions").
 *
 * The module is 209 bytes, assembled below from its instructions, so that what runs can be read
 * here; it compiles on first use. Where WebAssembly or its SIMD is missing (node --jitless),
 * `simdRecords` is undefined and csv-rows.ts counts with `byteRecords`.
 */

/** Bytes handed over per call: what the module's memory holds (16 pages of 64 KiB, and one spare). */
const PIECE_BYTES = 1024 * 1024

const uleb = (n: number): number[] => {
  const out: number[] = []
  do {
    out.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0))
    n >>>= 7
  } while (n)
  return out
}
const sleb = (n: number): number[] => {
  const out: number[] = []
  for (;;) {
    const low = n & 0x7f
    n >>= 7
    if ((n === 0 && !(low & 0x40)) || (n === -1 && low & 0x40)) return [...out, low]
    out.push(low | 0x80)
  }
}

// Parameters 0 (bytes) and 1 (inside quotes at the start, 0 or 1), then the locals.
const [BYTES, START, AT, END, RECORDS, QUOTED, QUOTES, FEEDS, INSIDE, BLOCK] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
const get = (local: number): number[] => [0x20, local]
const set = (local: number): number[] => [0x21, local]
const i32 = (n: number): number[] => [0x41, ...sleb(n)]
const simd = (op: number): number[] => [0xfd, ...uleb(op)]
const [AND, OR, XOR, SHL, SHR_U, ADD, SUB, POPCNT, GE_U] = [0x71, 0x72, 0x73, 0x74, 0x76, 0x6a, 0x6b, 0x69, 0x4f]
/** The block's bytes equal to `byte`, as a 16-bit mask (i8x16.splat, i8x16.eq, i8x16.bitmask). */
const maskOf = (byte: number, into: number): number[] => [
  ...get(BLOCK),
  ...i32(byte),
  ...simd(15),
  ...simd(35),
  ...simd(100),
  ...set(into)
]
const prefixXor = (shift: number): number[] => [...get(INSIDE), ...get(INSIDE), ...i32(shift), SHL, XOR, ...set(INSIDE)]

/** count(bytes, quoted) → records × 2 + quoted after them, over whole blocks of memory from 0. */
const COUNT = [
  ...[2, 7, 0x7f, 1, 0x7b], // locals: 7 × i32, 1 × v128
  ...[...get(BYTES), ...i32(-16), AND, ...set(END), ...get(START), ...set(QUOTED)],
  ...[0x02, 0x40, 0x03, 0x40], // block, loop
  ...[...get(AT), ...get(END), GE_U, 0x0d, 1], // br_if out of the block once every block is done
  ...[...get(AT), ...simd(0), 0, 0, ...set(BLOCK)], // v128.load
  ...maskOf(0x22, QUOTES),
  ...maskOf(0x0a, FEEDS),
  ...[...get(QUOTES), ...set(INSIDE), ...prefixXor(1), ...prefixXor(2), ...prefixXor(4), ...prefixXor(8)],
  ...[...get(INSIDE), ...i32(0), ...get(QUOTED), SUB, XOR, ...set(INSIDE)], // flipped when the block starts inside
  ...[...get(RECORDS), ...get(FEEDS), ...get(INSIDE), ...i32(-1), XOR, AND, POPCNT, ADD, ...set(RECORDS)],
  ...[...get(INSIDE), ...i32(15), SHR_U, ...i32(1), AND, ...set(QUOTED)],
  ...[...get(AT), ...i32(16), ADD, ...set(AT), 0x0c, 0, 0x0b, 0x0b], // next block; end loop, end block
  ...[...get(RECORDS), ...i32(1), SHL, ...get(QUOTED), OR, 0x0b]
]
const section = (id: number, bytes: number[]): number[] => [id, ...uleb(bytes.length), ...bytes]
const name = (text: string): number[] => [...uleb(text.length), ...Buffer.from(text)]
const MODULE = Uint8Array.from([
  ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
  ...section(1, [1, 0x60, 2, 0x7f, 0x7f, 1, 0x7f]), // type: (i32, i32) → i32
  ...section(3, [1, 0]),
  ...section(5, [1, 0, PIECE_BYTES / 65536 + 1]), // memory
  ...section(7, [2, ...name('memory'), 2, 0, ...name('count'), 0, 0]),
  ...section(10, [1, ...uleb(COUNT.length), ...COUNT])
])

type Count = (bytes: number, quoted: number) => number
/** The part of the WebAssembly global used here (TypeScript's lib for Node leaves it out). */
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object) => { exports: { memory: { buffer: ArrayBuffer }; count: Count } }
}
let compiled: { memory: Uint8Array; count: Count } | null | undefined

function instance(): { memory: Uint8Array; count: Count } | null {
  if (compiled === undefined) {
    try {
      const { exports } = new WebAssembly.Instance(new WebAssembly.Module(MODULE))
      compiled = { memory: new Uint8Array(exports.memory.buffer), count: exports.count }
    } catch {
      compiled = null
    }
  }
  return compiled
}

/**
 * The line feeds outside quotes in `chunk`, from `quoted` (1: the chunk starts inside quotes):
 * records × 2 + whether it ends inside quotes. Undefined where the module cannot run.
 */
export function simdRecords(chunk: Uint8Array, quoted: number): number | undefined {
  const simd = instance()
  if (!simd) return undefined
  let records = 0
  for (let at = 0; at < chunk.length; at += PIECE_BYTES) {
    const piece = chunk.subarray(at, at + PIECE_BYTES)
    simd.memory.set(piece)
    const counted = simd.count(piece.length, quoted)
    // The last bytes, short of a block, one by one.
    const tail = byteRecords(piece.subarray(piece.length & ~15), counted & 1)
    records += (counted >>> 1) + (tail >>> 1)
    quoted = tail & 1
  }
  return records * 2 + quoted
}

/** What simdRecords gives, byte by byte. */
export function byteRecords(chunk: Uint8Array, quoted: number): number {
  let records = 0
  for (let i = 0; i < chunk.length; i++) {
    if (chunk[i] === 0x22) quoted ^= 1
    else if (chunk[i] === 0x0a && quoted === 0) records++
  }
  return records * 2 + quoted
}
