// @ts-check
// Report data for the emulator: a deterministic CSV of any size, built from one block of rows
// repeated, so gigabytes stream without being held in memory or generated row by row. Shaped
// like the recorded raw export (docs/protocol.md): every value quoted, CRLF line ends; one value
// per block holds a line break, as free text in a real report can.
import zlib from 'node:zlib'

export const CSV_HEADER = '"Date","Agent","Queue","Conversations","Handle time"\r\n'
const BLOCK_ROWS = 4000

/** The calendar date of row `i` (the Date column, without its hour). @param {number} i */
export const dateOfRow = i => `2026-01-${String((i % 28) + 1).padStart(2, '0')}`

/** The Agent of row `i`. @param {number} i */
export const agentOfRow = i => (i === 1234 ? 'agent-0042\nnight shift' : `agent-${String(i % 97).padStart(4, '0')}`)

/** The Queue of row `i`. @param {number} i */
export const queueOfRow = i => `queue-${i % 7}`

/** @param {number} i */
function row(i) {
  const hour = String(i % 24).padStart(2, '0')
  const rest = `"${agentOfRow(i)}","${queueOfRow(i)}","${i % 50}","${((i * 37) % 100000) / 100}"`
  return `"${dateOfRow(i)} ${hour}:00:00",${rest}\r\n`
}

const BLOCK = Buffer.from(Array.from({ length: BLOCK_ROWS }, (_, i) => row(i)).join(''))
const HEADER = Buffer.from(CSV_HEADER)
const AVERAGE_ROW = BLOCK.length / BLOCK_ROWS

/**
 * A report's content: `rows` data rows after the header.
 * @typedef {{ rows: number }} CsvSpec
 */

/** Rows for a content of about `bytes` bytes. @param {number} bytes */
export const rowsForBytes = bytes => Math.max(0, Math.round((bytes - HEADER.length) / AVERAGE_ROW))

/** The pieces of the content, in order: header, whole blocks, the rest. @param {CsvSpec} spec */
function plan(spec) {
  const blocks = Math.floor(spec.rows / BLOCK_ROWS)
  const rest = spec.rows % BLOCK_ROWS
  const tail = rest ? Buffer.from(Array.from({ length: rest }, (_, i) => row(i)).join('')) : Buffer.alloc(0)
  return { blocks, tail }
}

/** Byte length of the content. @param {CsvSpec} spec */
export function csvLength(spec) {
  const { blocks, tail } = plan(spec)
  return HEADER.length + blocks * BLOCK.length + tail.length
}

/** The content, chunk by chunk (a block at a time). @param {CsvSpec} spec */
export function* csvChunks(spec) {
  const { blocks, tail } = plan(spec)
  yield HEADER
  for (let i = 0; i < blocks; i++) yield BLOCK
  if (tail.length) yield tail
}

/** The whole content, for tests of small reports. @param {CsvSpec} spec */
export const csvContent = spec => Buffer.concat([...csvChunks(spec)])

/**
 * The content of a filtered export: the header and the rows `keep` accepts, built in memory
 * (filtered exports in tests are small), or undefined when no row is left (HTTP 204).
 * @param {CsvSpec} spec @param {(i: number) => boolean} keep
 */
export function filteredContent(spec, keep) {
  const rows = []
  for (let i = 0; i < spec.rows; i++) if (keep(i)) rows.push(row(i))
  return rows.length ? Buffer.from(CSV_HEADER + rows.join('')) : undefined
}

/** @type {Map<Buffer, Buffer>} */
const deflated = new Map()
/** Raw deflate of a piece, ended with a full flush so pieces can follow one another. @param {Buffer} piece */
function deflatePiece(piece) {
  let out = deflated.get(piece)
  if (!out) {
    out = zlib.deflateRawSync(piece, { level: 6, finishFlush: zlib.constants.Z_FULL_FLUSH })
    if (piece === BLOCK || piece === HEADER) deflated.set(piece, out)
  }
  return out
}

/**
 * The content gzip-encoded as one gzip member (curl decodes only the first member of a
 * multi-member body): each piece is deflated once and its output repeated, then the
 * checksum and length trailer.
 * @param {CsvSpec} spec
 */
export function* gzipChunks(spec) {
  yield Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3])
  let crc = 0
  let length = 0
  for (const piece of csvChunks(spec)) {
    crc = zlib.crc32(piece, crc)
    length += piece.length
    yield deflatePiece(piece)
  }
  const trailer = Buffer.alloc(8)
  trailer.writeUInt32LE(crc >>> 0, 0)
  trailer.writeUInt32LE(length % 2 ** 32, 4)
  yield Buffer.concat([zlib.deflateRawSync(Buffer.alloc(0)), trailer])
}

/** Data rows of a content (what a client should count). @param {CsvSpec} spec */
export const csvRows = spec => spec.rows
