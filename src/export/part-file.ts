/**
 * Atomic output files: bytes go to `<dir>/.<name>.<random>.part` (created new, never an
 * existing file or link), and only a complete file is renamed to its name, so a later step
 * never sees half a report. Every part file still open is removed on failure, on timeout and on
 * SIGINT/SIGTERM (see removeAllPartFiles). No fsync: runner VMs are thrown away after the job,
 * and readers need only the atomic rename.
 */
import { randomBytes } from 'node:crypto'
import { createWriteStream, existsSync, linkSync, openSync, renameSync, rmSync, type WriteStream } from 'node:fs'
import { once } from 'node:events'
import { basename, dirname, join } from 'node:path'

/** Part files of this process that are not yet committed or discarded. */
const open = new Set<string>()

/** Removes every part file still open; safe to call from a signal handler. */
export function removeAllPartFiles(): void {
  for (const path of open) rmSync(path, { force: true })
  open.clear()
}

export class TargetExistsError extends Error {
  constructor(readonly target: string) {
    super(`${target} already exists; pass --clobber to overwrite it`)
  }
}

export class PartFile {
  readonly path: string
  readonly stream: WriteStream

  constructor(readonly target: string) {
    this.path = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.part`)
    // Opened here, not by the stream: an asynchronous open could create the file after a
    // failure had already removed it.
    const fd = openSync(this.path, 'wx', 0o644)
    open.add(this.path)
    this.stream = createWriteStream(this.path, { fd, highWaterMark: 1024 * 1024 })
  }

  /** Gives the complete file its name; without `clobber` an existing file is never replaced. */
  async commit(clobber: boolean): Promise<void> {
    if (!this.stream.closed) await once(this.stream, 'close')
    try {
      if (clobber) renameSync(this.path, this.target)
      else {
        try {
          linkSync(this.path, this.target) // fails if the target exists, unlike rename
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code
          if (code === 'EEXIST') throw new TargetExistsError(this.target)
          // A file system without hard links: check, then rename.
          if (existsSync(this.target)) throw new TargetExistsError(this.target)
          renameSync(this.path, this.target)
        }
      }
    } finally {
      this.discard()
    }
  }

  /** Removes the part file (after a failure, or after commit linked it). */
  discard(): void {
    this.stream.destroy()
    rmSync(this.path, { force: true })
    open.delete(this.path)
  }
}
