/**
 * gzip and deflate bodies inflated on the calling thread into one reused buffer. A zlib stream
 * hands over every piece it makes in a fresh buffer, garbage the size of the CSV that V8 frees
 * only after ~64 MB of it (a 1 GiB gzip export peaked at 146 MB), and every piece is a round trip
 * to the thread pool that left the main thread idle for 466 of 1024 ms in a profile. Here the
 * pieces are views of one buffer, so memory stays flat and inflation runs as fast as zlib does
 * (BENCHMARKS.md "Decisions").
 *
 * It drives the native handle of a zlib.Unzip the way zlib.inflateSync does inside Node (its
 * writeSync and write state), with the stream's own error reporting. Where a Node lacks them,
 * `Inflater.create` says so and the caller decodes with a zlib stream as before (body.ts).
 */
import { types } from 'node:util'
import zlib from 'node:zlib'

/** What Node's zlib module keeps under a stream: the native writer and where it reports progress. */
interface NativeZlib {
  writeSync(
    flush: number,
    input: Uint8Array,
    inOffset: number,
    inLength: number,
    output: Uint8Array,
    outOffset: number,
    outLength: number
  ): void
}
interface ZlibInternals {
  _handle?: Partial<NativeZlib> | null
  _writeState?: unknown
}

/** Output per piece: 4096 pieces per GiB; larger pieces measured no faster. */
const PIECE_BYTES = 256 * 1024
const EMPTY = Buffer.alloc(0)

export class Inflater {
  private readonly out = Buffer.allocUnsafe(PIECE_BYTES)

  private constructor(
    private readonly stream: zlib.Unzip,
    private readonly handle: NativeZlib,
    /** [output space left, input left] after each writeSync. */
    private readonly state: Uint32Array
  ) {}

  private static works: boolean | undefined

  /** Whether this Node's zlib has what create() needs. */
  static supported(): boolean {
    if (Inflater.works === undefined) {
      const probe = Inflater.create()
      probe?.dispose()
      Inflater.works = probe !== undefined
    }
    return Inflater.works
  }

  /** A gzip or zlib-deflate decoder (zlib's Unzip, which tells them apart); undefined where Node's zlib differs. */
  static create(): Inflater | undefined {
    const stream = zlib.createUnzip()
    const { _handle: handle, _writeState: state } = stream as unknown as ZlibInternals
    if (typeof handle?.writeSync !== 'function' || !types.isUint32Array(state) || state.length < 2) {
      stream.destroy()
      return undefined
    }
    stream.on('error', () => undefined) // thrown from pieces(); the event itself would go unheard
    return new Inflater(stream, handle as NativeZlib, state)
  }

  /**
   * The CSV bytes that `input` inflates to, as views of one buffer: each is valid until the next
   * is asked for. Throws zlib's error (a code Z_…) for a corrupt body.
   */
  *pieces(input: Buffer): Generator<Buffer, void, undefined> {
    yield* this.run(zlib.constants.Z_NO_FLUSH, input)
  }

  /** What is left once the body has ended; throws if the body stopped short of its end. */
  *end(): Generator<Buffer, void, undefined> {
    yield* this.run(zlib.constants.Z_FINISH, EMPTY)
    this.stream.destroy()
  }

  /** Stops decoding: frees zlib's memory now rather than at the next collection. */
  dispose(): void {
    this.stream.destroy()
  }

  private *run(flush: number, input: Buffer): Generator<Buffer, void, undefined> {
    let offset = 0
    let left = input.length
    for (;;) {
      this.handle.writeSync(flush, input, offset, left, this.out, 0, PIECE_BYTES)
      // zlib reports a failure through the stream, which is destroyed with it by the time writeSync returns.
      if (this.stream.errored) throw this.stream.errored
      const space = this.state[0]
      const rest = this.state[1]
      offset += left - rest
      left = rest
      if (space < PIECE_BYTES) yield this.out.subarray(0, PIECE_BYTES - space)
      // Room left over means zlib has nothing more to give for this input.
      if (space !== 0) return
    }
  }
}
