/**
 * The one file of `--split-by … --join` (exporter.ts fetchJoined): the pieces' results appended
 * in date order straight into one part file, so no piece is spooled and nothing is read a second
 * time. The header is written once; each later piece's header must be the same record, and is
 * dropped. A piece whose download breaks is cut off again (file and digest go back to where it
 * began), so it can be fetched again.
 */
import { FlexInsightsError } from '../api/errors.js'
import type { StreamedResponse } from '../api/streamed-answer.js'
import { DownloadDigest } from './background-digest.js'
import type { DateRange } from './dates.js'
import { receive, type Saved } from './download.js'
import { PartFile } from './part-file.js'
import type { ReportProgress } from './progress.js'

const LF = 0x0a
const QUOTE = 0x22
const CR = 0x0d
/** A header longer than this is not a CSV header: refuse it rather than hold it. */
const MAX_HEADER = 1024 * 1024

/** Where the first record of `bytes` ends (just after its line feed), or -1 if it does not end in them. */
export function headerEnd(bytes: Buffer): number {
  let quotes = 0
  for (let from = 0; ;) {
    const lf = bytes.indexOf(LF, from)
    if (lf < 0) return -1
    for (let i = from; i < lf; i++) if (bytes[i] === QUOTE) quotes++
    if (quotes % 2 === 0) return lf + 1
    from = lf + 1
  }
}

/** The length of the line ending `bytes` ends in (CRLF, LF or none). */
const endingLength = (bytes: Buffer): number => (bytes.at(-1) === LF ? (bytes.at(-2) === CR ? 2 : 1) : 0)
const bare = (bytes: Buffer): Buffer => bytes.subarray(0, bytes.length - endingLength(bytes))

/** The header as text fit for a message: its line ending cut, and shortened. */
const shown = (header: Buffer): string => {
  const text = header.toString('utf8').replace(/\r?\n$/, '')
  return JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text)
}

/** The part file of a joined report, with its digest and the header every piece must share. */
export class JoinedFile {
  private readonly part: PartFile
  private readonly digest: DownloadDigest
  private header?: Buffer
  /** The last byte written, and whether the next write is a piece's first. */
  private last = LF
  private boundary = false
  /** How a later piece ends its header line; what goes between pieces when one ends without one. */
  private lineEnd = Buffer.from('\r\n')

  constructor(readonly target: string) {
    this.part = new PartFile(target)
    this.digest = new DownloadDigest(this.part.fd)
  }

  get bytes(): number {
    return this.part.size
  }

  /**
   * Appends one piece's body (a 204 adds nothing). On any failure the file and its digest go
   * back to where the piece began, so the piece can be fetched again.
   */
  async append(res: StreamedResponse, progress: ReportProgress, piece: DateRange): Promise<Saved> {
    const start = this.part.size
    const before = { header: this.header, last: this.last }
    this.digest.mark(start)
    this.boundary = true
    // This piece's header, until its end is seen: checked against the first one, or kept as it.
    let head: Buffer | undefined = Buffer.alloc(0)
    try {
      const bytes = await receive(
        res,
        progress,
        start,
        chunk => {
          if (head === undefined) return this.write(chunk)
          head = Buffer.concat([head, chunk])
          const end = headerEnd(head)
          if (end < 0) {
            if (head.length > MAX_HEADER) throw this.refused(piece, 'its first line is longer than 1 MiB')
            return
          }
          const rest = head.subarray(end)
          this.takeHeader(head.subarray(0, end), piece)
          head = undefined
          this.write(rest)
        },
        true
      )
      // A body that is only a header without a line break.
      if (head !== undefined && head.length) this.takeHeader(head, piece)
      return { bytes, rows: 0, sha256: '' }
    } catch (error) {
      this.part.truncate(start)
      this.digest.rewind(start)
      this.header = before.header
      this.last = before.last
      throw error
    }
  }

  /** The complete file under its name, with the digest of all of it. */
  async commit(clobber: boolean): Promise<Saved> {
    const bytes = this.part.size
    const { rows, sha256 } = await this.digest.finish(bytes)
    this.part.commit(clobber)
    return { bytes, rows, sha256 }
  }

  discard(): void {
    this.digest.dispose()
    this.part.discard()
  }

  /** The first header is written; a later one must be the same record (its line ending aside). */
  private takeHeader(header: Buffer, piece: DateRange): void {
    const ending = endingLength(header)
    if (ending) this.lineEnd = Buffer.from(header.subarray(header.length - ending))
    if (this.header === undefined) {
      this.header = Buffer.from(header)
      this.write(header)
      return
    }
    if (!bare(header).equals(bare(this.header)))
      throw this.refused(
        piece,
        `its header ${shown(header)} differs from the first piece's ${shown(this.header)}; ` +
          'the pieces cannot be joined (has the report changed?)'
      )
  }

  private write(chunk: Buffer): void {
    if (!chunk.length) return
    // A piece may end without a line break: the next one's rows start on a line of their own.
    if (this.boundary && this.part.size > 0 && this.last !== LF) this.writeCounted(this.lineEnd)
    this.boundary = false
    this.writeCounted(chunk)
  }

  private writeCounted(chunk: Buffer): void {
    if (!chunk.length) return
    this.part.write(chunk)
    this.digest.add(chunk, this.part.size)
    this.last = chunk[chunk.length - 1]
  }

  private refused(piece: DateRange, why: string): FlexInsightsError {
    const where = `the piece ${piece.from}_${piece.to}`
    return new FlexInsightsError('download', `${where}: ${why}`, { kind: 'protocol', retryable: false })
  }
}
