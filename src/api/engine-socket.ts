/**
 * A connection of the download engine (socket-get.ts), net or tls. Its reads go into buffers
 * that its reader hands out (the `onread` option, which is fixed when the socket is made, so it
 * asks whichever reader has taken the socket). One may be opened ahead of its GET
 * (Transport.preconnect): the TCP and TLS handshakes then overlap the POST that starts an
 * export, instead of delaying the download by their round trips (BENCHMARKS.md, link rows).
 */
import net from 'node:net'
import tls from 'node:tls'

export interface Reader {
  /** Where the next read goes. */
  buffer(): Buffer
  /** `n` bytes arrived in `buffer`; false stops reading until the socket is resumed. */
  callback(n: number, buffer: Uint8Array): boolean
}

/** Holds a response head until a reader takes over (then its buffers, socket-get.ts). */
const FIRST_READ_BYTES = 16 * 1024
/** An opened connection is taken only this young: servers drop connections that send nothing. */
export const SPARE_MS = 10_000

export class EngineSocket {
  readonly socket: net.Socket
  private reader?: Reader
  /** Something arrived, failed or ended before a GET took the socket: it is no use. */
  private spoiled = false
  private first?: Buffer

  constructor(
    private readonly url: URL,
    readonly openedAt: number
  ) {
    const host = url.hostname.replace(/^\[|\]$/g, '')
    const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80)
    const onread = {
      buffer: (): Buffer => this.reader?.buffer() ?? (this.first ??= Buffer.allocUnsafe(FIRST_READ_BYTES)),
      callback: (n: number, buffer: Uint8Array): boolean => {
        if (this.reader) return this.reader.callback(n, buffer)
        this.spoiled = true
        return false
      }
    }
    this.socket =
      url.protocol === 'https:'
        ? // onread is a tls.connect option too (Node's tls docs), missing from @types/node's ConnectionOptions.
          tls.connect({
            host,
            port,
            servername: net.isIP(host) ? undefined : host,
            ALPNProtocols: ['http/1.1'],
            ...({ onread } as tls.ConnectionOptions)
          })
        : net.connect({ host, port, onread })
    const spoil = (): void => {
      if (!this.reader) this.spoiled = true
    }
    this.socket.on('error', spoil)
    this.socket.on('end', spoil)
    this.socket.on('close', spoil)
  }

  /** Whether a GET to `url` at `now` may take this socket. */
  fitFor(url: URL, now: number): boolean {
    return (
      !this.reader &&
      !this.spoiled &&
      !this.socket.destroyed &&
      url.origin === this.url.origin &&
      now - this.openedAt <= SPARE_MS
    )
  }

  /** Hands the socket to `reader`, which from now on gives the buffers and takes what is read. */
  take(reader: Reader): net.Socket {
    this.reader = reader
    this.socket.ref()
    return this.socket
  }
}

/** The one connection opened ahead for the next streamed GET (Transport.preconnect). */
export class Spare {
  private opened?: EngineSocket

  /** Opens one to `url`, unless one fit for it is open. */
  open(url: URL, now: number): void {
    if (this.opened?.fitFor(url, now)) return
    this.close()
    this.opened = new EngineSocket(url, now)
    // An export that fails before its GET must not keep the process alive for it.
    this.opened.socket.unref()
  }

  /** The opened connection if a GET to `url` may take it now; else it is closed, and none. */
  take(url: URL, now: number): EngineSocket | undefined {
    const opened = this.opened
    this.opened = undefined
    if (opened?.fitFor(url, now)) return opened
    opened?.socket.destroy()
    return undefined
  }

  close(): void {
    this.opened?.socket.destroy()
    this.opened = undefined
  }
}
