/**
 * A CSV's digest: its SHA-256 and its rows (csv-rows.ts), taken either from chunks as they
 * stream past or by reading a file back as it grows (digest-worker.ts does that on its own
 * thread, so hashing a large export does not slow its download).
 */
import { createHash } from 'node:crypto'
import { readSync } from 'node:fs'
import { RowCounter } from './csv-rows.js'

export interface Digest {
  rows: number
  sha256: string
}

/** SHA-256 and rows of chunks as they stream past; without a counter (`null`), the SHA-256 only (rows 0). */
export class StreamDigest {
  constructor(
    private readonly hash = createHash('sha256'),
    private readonly counter: RowCounter | null = new RowCounter()
  ) {}

  /** A digest that goes on from this one's state, kept to go back to (hash.copy() is cheap). */
  copy(): StreamDigest {
    return new StreamDigest(this.hash.copy(), this.counter?.copy() ?? null)
  }

  update(chunk: Uint8Array): void {
    this.hash.update(chunk)
    this.counter?.update(chunk)
  }

  result(): Digest {
    return { rows: this.counter?.rows ?? 0, sha256: this.hash.digest('hex') }
  }
}

/** Reads 1 MiB at a time: large enough that a read costs little, small enough to stay in cache. */
const READ_BYTES = 1024 * 1024

/** The digest of bytes [0, n) of an open file, read with positional reads (the writer's offset is untouched). */
export class FileDigest {
  private stream: StreamDigest
  private readonly buffer = Buffer.allocUnsafe(READ_BYTES)
  private position = 0
  private saved?: { at: number; stream: StreamDigest }

  /** `rows`: count the rows too (else the SHA-256 only). */
  constructor(
    private readonly fd: number,
    rows = true
  ) {
    this.stream = new StreamDigest(createHash('sha256'), rows ? new RowCounter() : null)
  }

  /**
   * Takes in the bytes up to `end`, which the writer has written. The file may have been cut
   * shorter since (a rewind is on its way): reading stops there, and result() checks the end.
   */
  readTo(end: number): void {
    while (this.position < end) {
      const read = readSync(this.fd, this.buffer, 0, Math.min(READ_BYTES, end - this.position), this.position)
      if (read === 0) return
      this.stream.update(this.buffer.subarray(0, read))
      this.position += read
    }
  }

  /** Keeps the state at `at` (the writer's size now) to go back to. */
  mark(at: number): void {
    this.readTo(at)
    this.saved = { at, stream: this.stream.copy() }
  }

  /** Goes back to the mark at `at`: the writer cut the file there. */
  rewind(at: number): void {
    if (this.saved?.at !== at) throw new Error(`no mark at ${at} bytes to go back to`)
    this.stream = this.saved.stream.copy()
    this.position = at
  }

  /** The digest of the file's `end` bytes. */
  result(end: number): Digest {
    this.readTo(end)
    if (this.position !== end) throw new Error(`the file ends at ${this.position} bytes, before ${end}`)
    return this.stream.result()
  }
}
