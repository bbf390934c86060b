/**
 * Where exports may write: only regular files inside a real folder. Everything that can be
 * checked from a path is checked before the first request, and checked again right before a
 * finished part file takes its name (a report named by identifier learns its file name late).
 * File-system errors name the path and what to do, never just a code.
 */
import { lstatSync, mkdirSync, readdirSync, rmSync, statSync, type Stats } from 'node:fs'
import { join } from 'node:path'
import { isRunning } from '../session/lock.js'
import { EXIT, ExitError } from './exit-codes.js'

/** An existing target that is not a regular file, or a regular one without --clobber. */
export class TargetRefusedError extends ExitError {
  constructor(message: string) {
    super(message, EXIT.usage)
  }
}

function kindOf(stats: Stats): string {
  if (stats.isSymbolicLink()) return 'a symbolic link'
  if (stats.isDirectory()) return 'a folder'
  if (stats.isFIFO()) return 'a named pipe'
  if (stats.isSocket()) return 'a socket'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device'
  return 'not a regular file'
}

const lstatOrNone = (path: string): Stats | undefined => {
  try {
    return lstatSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw fileSystemError(error, path, 'reading')
  }
}

/** Throws unless `path` is free, or a regular file that --clobber may replace. */
export function checkTarget(path: string, clobber: boolean): void {
  const stats = lstatOrNone(path)
  if (!stats) return
  if (!stats.isFile())
    throw new TargetRefusedError(
      `refusing to write ${path}: it is ${kindOf(stats)}, and exports write only regular files ` +
        '(--clobber included); choose another -o or -D. Nothing was exported'
    )
  if (!clobber)
    throw new TargetRefusedError(`${path} already exists; pass --clobber to overwrite it. Nothing was exported`)
}

/**
 * Makes sure `dir` is a folder (created if missing, with its parents), or says which path is in
 * the way. `what` names the option or input, for the message.
 */
export function prepareFolder(dir: string, what: string): void {
  try {
    if (statSync(dir).isDirectory()) return
    throw new TargetRefusedError(`${what} ${dir} is not a folder: give a folder, or a path that does not exist yet`)
  } catch (error) {
    if (error instanceof TargetRefusedError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOTDIR')
      throw new TargetRefusedError(`${what} ${dir} cannot be created: part of that path is a file, not a folder`)
    if (code !== 'ENOENT') throw fileSystemError(error, dir, 'reading')
  }
  try {
    mkdirSync(dir, { recursive: true })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST' || code === 'ENOTDIR')
      throw new TargetRefusedError(`${what} ${dir} cannot be created: part of that path is a file, not a folder`)
    throw fileSystemError(error, dir, 'creating')
  }
}

/** `.<name>.<pid>-<random>.part`: whose it was, so a later run knows when it is left over. */
export const PART_PATTERN = /^\..+\.(\d{1,10})-[0-9a-f]{12}\.part$/

/** A part file nobody has written for this long is left over, whatever its pid says (pids are reused). */
const STALE_MS = 60 * 60 * 1000

/**
 * Removes part files that an export killed without warning (SIGKILL, a runner that died) left
 * in `dir`: those whose process is gone, or that nobody has written to for an hour. A part file
 * of an export still running is left alone.
 */
export function removeStaleParts(dir: string, now: number, alive: (pid: number) => boolean = isRunning): string[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    const match = PART_PATTERN.exec(name)
    if (!match) continue
    const path = join(dir, name)
    const stats = lstatOrNone(path)
    if (!stats?.isFile()) continue
    const pid = Number(match[1])
    if (pid !== process.pid && (!alive(pid) || now - stats.mtimeMs > STALE_MS)) {
      rmSync(path, { force: true })
      removed.push(path)
    }
  }
  return removed
}

const WHAT_TO_DO: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is not a folder',
  EMFILE: 'too many open files',
  EIO: 'an input/output error'
}

/** A file-system error as one line that names the path and what was being done. */
export function fileSystemError(error: unknown, path: string, doing: 'writing' | 'reading' | 'creating'): ExitError {
  if (error instanceof ExitError) return error
  const code = (error as NodeJS.ErrnoException)?.code ?? ''
  const why = WHAT_TO_DO[code]
  const text = why
    ? `${why} while ${doing} ${path} (${code})`
    : `could not finish ${doing} ${path}: ${code || (error as Error)?.message || String(error)}`
  const hint = code === 'ENOSPC' || code === 'EDQUOT' ? '; free some space or write somewhere else' : ''
  return new ExitError(`${text}${hint}`)
}
