/**
 * A strict parser of one HTTP/1.1 response (RFC 9112), fed bytes as they arrive in any cuts, for
 * the download engine of socket-get.ts. Strict where leniency has let responses be read two ways:
 * CRLF line ends only, no obs-fold, header names that are tokens, one Content-Length made of
 * digits, never with Transfer-Encoding, and only `chunked` as a transfer coding; chunk sizes in
 * hex (16 digits at most), each chunk followed by CRLF. Body bytes are handed on as views of the
 * buffer they came in: the caller must use them before it reuses that buffer.
 */

/** A response HTTP/1.1 forbids (code HPE_INVALID), or one cut short (ECONNRESET: it may be fetched again). */
export class ProtocolError extends Error {
  constructor(
    message: string,
    readonly code = 'HPE_INVALID'
  ) {
    super(message)
  }
}

export interface ResponseHead {
  status: number
  /** Lower-case names; repeated headers joined with ", " (set-cookie: every value, as node:http keeps it). */
  headers: Record<string, string | string[]>
}

export interface ParserEvents {
  head(head: ResponseHead): void
  body(bytes: Buffer): void
  end(): void
}

const CR = 0x0d
const LF = 0x0a
/** The status line and headers together; more is not a response this client can use. */
const MAX_HEAD = 64 * 1024
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
const HEX = /^[0-9A-Fa-f]{1,16}$/

type State = 'head' | 'fixed' | 'size' | 'data' | 'data-end' | 'trailers' | 'close' | 'done'

export class ResponseParser {
  private state: State = 'head'
  /** Bytes of a line (head, chunk size, trailer) not yet complete. */
  private line: Buffer = Buffer.alloc(0)
  private headBytes = 0
  private status = 0
  private headers: Record<string, string | string[]> = {}
  private contentLengths: string[] = []
  private codings: string[] = []
  private left = 0

  /** `noBody`: the request was HEAD (a body never follows). */
  constructor(
    private readonly on: ParserEvents,
    private readonly noBody = false
  ) {}

  get finished(): boolean {
    return this.state === 'done'
  }

  /** Whether the end of the connection ends the body (no length given): then end() is the end. */
  get endsAtClose(): boolean {
    return this.state === 'close'
  }

  /** Takes in `bytes`; throws a ProtocolError for what HTTP/1.1 forbids. */
  feed(bytes: Buffer): void {
    let at = 0
    while (at < bytes.length && this.state !== 'done') {
      if (this.state === 'fixed' || this.state === 'data') {
        const take = Math.min(this.left, bytes.length - at)
        this.on.body(bytes.subarray(at, at + take))
        at += take
        this.left -= take
        if (this.left === 0 && this.state === 'fixed') this.finish()
        else if (this.left === 0) this.state = 'data-end'
        continue
      }
      if (this.state === 'close') {
        this.on.body(bytes.subarray(at))
        return
      }
      const lf = bytes.indexOf(LF, at)
      const end = lf < 0 ? bytes.length : lf + 1
      if (this.state === 'head' || this.state === 'trailers') {
        this.headBytes += end - at
        if (this.headBytes > MAX_HEAD) throw new ProtocolError('the response head is too large')
      }
      this.line = this.line.length ? Buffer.concat([this.line, bytes.subarray(at, end)]) : bytes.subarray(at, end)
      at = end
      if (this.state !== 'head' && this.state !== 'trailers' && this.line.length > 1024)
        throw new ProtocolError('a chunk size line is too long')
      if (lf < 0) {
        this.line = Buffer.from(this.line) // keep a copy: the caller reuses its buffer
        return
      }
      const text = this.take()
      this.lineDone(text)
    }
    // Bytes after the end are ignored: the request said Connection: close, and the socket goes.
  }

  /** The connection ended: a body that runs until the close ends here; anything else is cut short. */
  close(): void {
    if (this.state === 'close') this.finish()
    if (this.state !== 'done')
      throw new ProtocolError('the connection closed before the end of the response', 'ECONNRESET')
  }

  /** The line without its CRLF; a bare LF is refused. */
  private take(): string {
    const line = this.line
    this.line = Buffer.alloc(0)
    if (line.length < 2 || line[line.length - 2] !== CR) throw new ProtocolError('a line ends without CRLF')
    const text = line.toString('latin1', 0, line.length - 2)
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    if (/[\x00-\x08\x0a-\x1f\x7f]/.test(text)) throw new ProtocolError('a control character in the response head')
    return text
  }

  private lineDone(text: string): void {
    if (this.state === 'size') {
      const size = text.split(';')[0].replace(/[ \t]+$/, '')
      if (!HEX.test(size)) throw new ProtocolError(`a bad chunk size "${size.slice(0, 20)}"`)
      this.left = parseInt(size, 16)
      this.state = this.left === 0 ? 'trailers' : 'data'
    } else if (this.state === 'data-end') {
      if (text !== '') throw new ProtocolError('a chunk is not followed by CRLF')
      this.state = 'size'
    } else if (this.state === 'trailers') {
      if (text === '') this.finish()
      else this.header(text, true)
    } else if (this.status === 0) this.statusLine(text)
    else if (text === '') this.headDone()
    else this.header(text, false)
  }

  private statusLine(text: string): void {
    const m = /^HTTP\/1\.[01] (\d{3})(?: .*)?$/.exec(text)
    if (!m) throw new ProtocolError('not an HTTP/1.1 status line')
    this.status = Number(m[1])
  }

  private header(text: string, trailer: boolean): void {
    if (text[0] === ' ' || text[0] === '\t') throw new ProtocolError('a folded header line (obs-fold)')
    const colon = text.indexOf(':')
    const name = text.slice(0, colon).toLowerCase()
    if (colon <= 0 || !TOKEN.test(name)) throw new ProtocolError('a header line without a valid name')
    if (trailer) return // trailers carry nothing this client uses
    const value = text.slice(colon + 1).trim()
    if (name === 'content-length') this.contentLengths.push(value)
    if (name === 'transfer-encoding')
      this.codings.push(
        ...value
          .toLowerCase()
          .split(',')
          .map(c => c.trim())
      )
    const seen = this.headers[name]
    if (name === 'set-cookie') this.headers[name] = [...((seen as string[] | undefined) ?? []), value]
    else this.headers[name] = seen === undefined ? value : `${seen as string}, ${value}`
  }

  private headDone(): void {
    if (this.status >= 100 && this.status < 200) {
      if (this.status === 101) throw new ProtocolError('a protocol switch was not asked for')
      this.restartHead() // an interim answer (100, 103): the real one follows
      return
    }
    const lengths = this.contentLengths
    if (lengths.length > 1) throw new ProtocolError('more than one Content-Length')
    if (lengths.length && !/^\d{1,15}$/.test(lengths[0]))
      throw new ProtocolError('a Content-Length that is not a number')
    if (this.codings.length && lengths.length) throw new ProtocolError('both Transfer-Encoding and Content-Length')
    if (this.codings.length && (this.codings.length !== 1 || this.codings[0] !== 'chunked'))
      throw new ProtocolError(`a transfer coding this client does not take: ${this.codings.join(', ')}`)
    this.on.head({ status: this.status, headers: this.headers })
    if (this.noBody || this.status === 204 || this.status === 304) this.finish()
    else if (this.codings.length) this.state = 'size'
    else if (lengths.length) {
      this.left = Number(lengths[0])
      this.state = 'fixed'
      if (this.left === 0) this.finish()
    } else this.state = 'close'
  }

  private restartHead(): void {
    this.status = 0
    this.headers = {}
    this.contentLengths = []
    this.codings = []
  }

  private finish(): void {
    this.state = 'done'
    this.on.end()
  }
}
