/**
 * Atomic output files: bytes go to `<dir>/.<name>.<pid>-<random>.part` (created new, never an
 * existing file or link), and only a complete file is renamed to its name, so a later step
 * never sees half a report. Every part file still open is removed on failure, on timeout and on
 * SIGINT/SIGTERM (see removeAllPartFiles); one that a SIGKILL left behind is removed by the next
 * export into the same folder (targets.ts, removeStaleParts). No fsync: runner VMs are thrown
 * away after the job, and readers need only the atomic rename.
 */
import { randomBytes } from 'node:crypto'
import { closeSync, existsSync, ftruncateSync, linkSync, openSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { replaceFile } from '../session/session-file.js'
import { checkTarget, fileSystemError, TargetRefusedError } from './targets.js'

/** Part files of this process that are not yet committed or discarded. */
const open = new Set<string>()

/** Removes every part file still open; safe to call from a signal handler. */
export function removeAllPartFiles(): void {
  for (const path of open) rmSync(path, { force: true })
  open.clear()
}

export class PartFile {
  readonly path: string
  /** Open for reading too: the digest reads the file back as it grows (background-digest.ts). */
  readonly fd: number
  /** Bytes in the file; every write goes there (positional, so truncate() can move it back). */
  size = 0
  private closed = false

  constructor(readonly target: string) {
    this.path = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(6).toString('hex')}.part`)
    try {
      this.fd = openSync(this.path, 'wx+', 0o644)
    } catch (error) {
      throw fileSystemError(error, this.path, 'creating')
    }
    open.add(this.path)
  }

  /**
   * Synchronous, like curl's: the bytes are in the file when it returns, which is what the
   * digest's reader relies on, and the bench shows no loss against a write stream.
   */
  write(chunk: Buffer): void {
    try {
      for (let done = 0; done < chunk.length;) {
        const wrote = writeSync(this.fd, chunk, done, chunk.length - done, this.size)
        done += wrote
        this.size += wrote
      }
    } catch (error) {
      throw fileSystemError(error, this.target, 'writing')
    }
  }

  /** Cuts the file back to `size` bytes: a joined file drops a piece whose download broke (join.ts). */
  truncate(size: number): void {
    try {
      ftruncateSync(this.fd, size)
    } catch (error) {
      throw fileSystemError(error, this.target, 'writing')
    }
    this.size = size
  }

  /** Gives the complete file its name; without `clobber` an existing file is never replaced. */
  commit(clobber: boolean): void {
    try {
      this.close()
      // Again now: what stands at the target may have changed, or was not known before.
      checkTarget(this.target, clobber)
      // replaceFile: Windows refuses to replace a file another program holds open; those holds pass.
      if (clobber) replaceFile(this.path, this.target)
      else {
        try {
          linkSync(this.path, this.target) // fails if the target exists, unlike rename
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code
          const exists = new TargetRefusedError(`${this.target} already exists; pass --clobber to overwrite it`)
          if (code === 'EEXIST') throw exists
          // A file system without hard links: check, then rename.
          if (existsSync(this.target)) throw exists
          replaceFile(this.path, this.target)
        }
      }
    } finally {
      this.discard()
    }
  }

  /** Removes the part file (after a failure, or after commit linked it). */
  discard(): void {
    this.close()
    rmSync(this.path, { force: true })
    open.delete(this.path)
  }

  private close(): void {
    if (this.closed) return
    this.closed = true
    closeSync(this.fd)
  }
}
