// @ts-check
// Report data for the emulator: a deterministic CSV of any size, built from one block of rows
// repeated, so gigabytes stream without being held in memory or generated row by row. Shaped
// like the recorded raw export (docs/protocol.md): every value quoted, CRLF line ends; one value
// per block holds a line break, as free text in a real report can.
import zlib from 'node:zlib'

export const CSV_HEADER = '"Date","Agent","Queue","Conversations","Handle time"\r\n'
/** A wide report's header: 12 columns, as a conversations report has (the bench's, ReportSpec.wide). */
const WIDE_COLUMNS = ',"Channel","Direction","Outcome","Wait time","Talk time","Customer","Segment"'
const WIDE_HEADER = CSV_HEADER.replace('\r\n', `${WIDE_COLUMNS}\r\n`)
const CHANNELS = ['voice', 'chat', 'sms', 'email', 'whatsapp']
const OUTCOMES = ['handled', 'abandoned', 'transferred', 'voicemail']
const BLOCK_ROWS = 4000

/** The first of the 28 days the rows fall on, unless an emulator is given another (npm start: recent days). */
export const FIRST_DAY = '2026-01-01'

/** @type {Map<string, string[]>} */
const calendars = new Map()
/** The 28 days from `firstDay`. @param {string} firstDay */
function daysFrom(firstDay) {
  let days = calendars.get(firstDay)
  if (!days) {
    const start = Date.parse(`${firstDay}T00:00:00Z`)
    days = Array.from({ length: 28 }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10))
    calendars.set(firstDay, days)
  }
  return days
}

/**
 * The calendar date of row `i` (the Date column, without its hour): one of 28 days in turn.
 * @param {number} i @param {string} [firstDay]
 */
export const dateOfRow = (i, firstDay = FIRST_DAY) => daysFrom(firstDay)[i % 28]

/** The Agent of row `i`. @param {number} i */
export const agentOfRow = i => (i === 1234 ? 'agent-0042\nnight shift' : `agent-${String(i % 97).padStart(4, '0')}`)

/** The Queue of row `i`. @param {number} i */
export const queueOfRow = i => `queue-${i % 7}`

/** The seven values a wide row adds, varied as real ones are (gzip shrinks it about 5 ×). @param {number} i */
function wideValues(i) {
  const customer = String((i * 7919 + 12345) % 10_000_000).padStart(7, '0')
  const segment = ((i * 2654435761) >>> 0).toString(16).padStart(8, '0')
  const values = [CHANNELS[i % 5], i % 3 ? 'inbound' : 'outbound', OUTCOMES[(i * 7) % 4], (i * 13) % 600]
  values.push(((i * 29) % 36000) / 10, `+1 555 ${customer}`, `WT${segment}`)
  return values.map(v => `,"${v}"`).join('')
}

/** @param {number} i @param {string} [firstDay] @param {boolean} [wide] */
function row(i, firstDay, wide) {
  const hour = String(i % 24).padStart(2, '0')
  const rest = `"${agentOfRow(i)}","${queueOfRow(i)}","${i % 50}","${((i * 37) % 100000) / 100}"`
  return `"${dateOfRow(i, firstDay)} ${hour}:00:00",${rest}${wide ? wideValues(i) : ''}\r\n`
}

/** @type {Map<string, Buffer>} */
const blocks = new Map()
/** The block of rows every content repeats, for a calendar. @param {string} [firstDay] @param {boolean} [wide] */
function blockOf(firstDay = FIRST_DAY, wide = false) {
  const key = `${firstDay}${wide ? ' wide' : ''}`
  let block = blocks.get(key)
  if (!block) {
    block = Buffer.from(Array.from({ length: BLOCK_ROWS }, (_, i) => row(i, firstDay, wide)).join(''))
    blocks.set(key, block)
  }
  return block
}
const HEADER = Buffer.from(CSV_HEADER)
const WIDE = Buffer.from(WIDE_HEADER)
/** @param {boolean} [wide] */
const headerOf = wide => (wide ? WIDE : HEADER)

/**
 * A report's content: `rows` data rows after the header, dated from `firstDay` (FIRST_DAY);
 * `wide`: 12 columns instead of 5.
 * @typedef {{ rows: number, firstDay?: string, wide?: boolean }} CsvSpec
 */

/** Rows for a content of about `bytes` bytes. @param {number} bytes @param {boolean} [wide] */
export const rowsForBytes = (bytes, wide) =>
  Math.max(0, Math.round((bytes - headerOf(wide).length) / (blockOf(FIRST_DAY, wide).length / BLOCK_ROWS)))

/** The pieces of the content, in order: header, whole blocks, the rest. @param {CsvSpec} spec */
function plan(spec) {
  const blocks = Math.floor(spec.rows / BLOCK_ROWS)
  const rest = spec.rows % BLOCK_ROWS
  const tail = rest
    ? Buffer.from(Array.from({ length: rest }, (_, i) => row(i, spec.firstDay, spec.wide)).join(''))
    : Buffer.alloc(0)
  return { blocks, tail, block: blockOf(spec.firstDay, spec.wide), header: headerOf(spec.wide) }
}

/** Byte length of the content. @param {CsvSpec} spec */
export function csvLength(spec) {
  const { blocks, tail, block, header } = plan(spec)
  return header.length + blocks * block.length + tail.length
}

/** The content, chunk by chunk (a block at a time). @param {CsvSpec} spec */
export function* csvChunks(spec) {
  const { blocks, tail, block, header } = plan(spec)
  yield header
  for (let i = 0; i < blocks; i++) yield block
  if (tail.length) yield tail
}

/** The whole content, for tests of small reports. @param {CsvSpec} spec */
export const csvContent = spec => Buffer.concat([...csvChunks(spec)])

/**
 * The content of a filtered export: the header and the rows `keep` accepts (by index in a block), built in memory
 * (filtered exports in tests are small), or undefined when no row is left (HTTP 204).
 * @param {CsvSpec} spec @param {(i: number) => boolean} keep
 */
export function filteredContent(spec, keep) {
  const rows = []
  // Row i of the full content is row(i % BLOCK_ROWS) of its block: filter the same rows.
  for (let i = 0; i < spec.rows; i++) if (keep(i % BLOCK_ROWS)) rows.push(row(i % BLOCK_ROWS, spec.firstDay, spec.wide))
  return rows.length ? Buffer.concat([headerOf(spec.wide), Buffer.from(rows.join(''))]) : undefined
}

/** @type {Map<Buffer, Buffer>} */
const deflated = new Map()
/** Raw deflate of a piece, ended with a full flush so pieces can follow one another. @param {Buffer} piece */
function deflatePiece(piece) {
  let out = deflated.get(piece)
  if (!out) {
    out = zlib.deflateRawSync(piece, { level: 6, finishFlush: zlib.constants.Z_FULL_FLUSH })
    if (piece === HEADER || piece === WIDE || [...blocks.values()].includes(piece)) deflated.set(piece, out)
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
