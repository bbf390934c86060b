/**
 * The private session file shared by the main step, the `flex-insights` command and the post
 * step. It holds the SST, so it lives in a folder of its own under RUNNER_TEMP (made fresh with
 * mkdtemp, mode 0700; the file 0600) instead of in an env var every later process would inherit.
 *
 * Nothing here is trusted because of its name: a folder or file is used only if it is a real
 * folder or file (no symlink), owned by this user and closed to everyone else. Writes are atomic
 * (a new file, then rename). Only node:fs: the command's fast path must not load the HTTP stack.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { dirname, join } from 'node:path'
import type { TransportSettings } from '../api/transport.js'

/** What the file holds: the session record plus what the command needs to reach the API. */
export interface SessionFileContent {
  version: 1
  apiUrl: string
  timeoutMs: number
  maxAttempts: number
  maxRetryWaitMs: number
  /** Set by `flex-insights logout` / `delete-profile`: the post step then has nothing to do. */
  loggedOut?: boolean
  /**
   * Whether the runner was told to mask the file's TT (docs/masking.md). A TT refreshed where no
   * mask could reach the runner is printed only once one has.
   */
  ttMasked?: boolean
  [field: string]: unknown
}

/** The settings part of the file: what the command needs to reach the API. */
export type FileSettings = Pick<
  SessionFileContent,
  'version' | 'apiUrl' | 'timeoutMs' | 'maxAttempts' | 'maxRetryWaitMs'
>

export class SessionFileError extends Error {}

const FOLDER_PREFIX = 'flex-insights-auth-'
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0

// Names need to be unique, not secret (the folder is 0700), and node:crypto would slow every
// `flex-insights token` (the bench row "flex-insights token (cached)", BENCHMARKS.md).
const uniqueSuffix = (): string =>
  `${process.pid.toString(16)}${Date.now().toString(16)}${Math.random().toString(16).slice(2, 10)}`

/** A fresh private folder for one invocation of the action, with the path of its session file. */
export function createSessionFolder(runnerTemp: string): { folder: string; file: string } {
  const folder = mkdtempSync(join(runnerTemp, FOLDER_PREFIX))
  checkPrivate(folder, 'folder')
  return { folder, file: join(folder, `session-${uniqueSuffix()}.json`) }
}

interface Stats {
  isSymbolicLink(): boolean
  isDirectory(): boolean
  isFile(): boolean
  uid: number
  mode: number
}

function refuse(stats: Stats, kind: 'folder' | 'file'): string | undefined {
  if (stats.isSymbolicLink()) return 'is a symbolic link'
  if (kind === 'folder' ? !stats.isDirectory() : !stats.isFile()) return `is not a ${kind}`
  if (process.getuid && stats.uid !== process.getuid()) return 'belongs to another user'
  if (process.platform !== 'win32' && (stats.mode & 0o077) !== 0)
    return `is open to other users (mode ${(stats.mode & 0o777).toString(8)})`
  return undefined
}

/** Throws unless `path` is a real folder or file of this user that nobody else can open. */
export function checkPrivate(path: string, kind: 'folder' | 'file'): void {
  let stats: Stats
  try {
    stats = lstatSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT')
      throw new SessionFileError(
        `session ${kind} ${path} does not exist (was the session already ended by the post step?)`
      )
    throw new SessionFileError(`cannot read session ${kind} ${path}: ${code ?? (error as Error).message}`)
  }
  const why = refuse(stats, kind)
  if (why) throw new SessionFileError(`refusing to use session ${kind} ${path}: it ${why}`)
}

/** How a file is put in place; injectable, so the Windows rules can be tested anywhere. */
export interface Replacer {
  rename: (from: string, to: string) => void
  wait: (ms: number) => void
  platform: NodeJS.Platform
}

const systemReplacer: Replacer = {
  rename: renameSync,
  wait: ms => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms),
  platform: process.platform
}

/**
 * Windows refuses to replace a file that another process has open without delete sharing
 * (MoveFileEx: EPERM, EACCES or EBUSY): a virus scanner, an indexer, a script reading the file.
 * Those holds pass, so the rename is tried again for about 1.6 s in all before it fails.
 */
const SHARING_CODES = new Set(['EPERM', 'EACCES', 'EBUSY'])
const REPLACE_WAITS_MS = [10, 20, 40, 80, 160, 320, 500, 500]

export function replaceFile(from: string, to: string, replacer: Replacer = systemReplacer): void {
  for (let attempt = 0; ; attempt++) {
    try {
      replacer.rename(from, to)
      return
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      const held = replacer.platform === 'win32' && SHARING_CODES.has(code)
      if (!held || attempt >= REPLACE_WAITS_MS.length) throw error
      replacer.wait(REPLACE_WAITS_MS[attempt])
    }
  }
}

/** Writes the file atomically: a new 0600 file (never an existing one or a link), then rename. */
export function writeSessionFile(path: string, content: SessionFileContent, replacer?: Replacer): void {
  checkPrivate(dirname(path), 'folder')
  const tmp = `${path}.${uniqueSuffix()}.tmp`
  writeFileSync(tmp, JSON.stringify(content), { mode: 0o600, flag: 'wx' })
  try {
    replaceFile(tmp, path, replacer)
  } catch (error) {
    rmSync(tmp, { force: true })
    const code = (error as NodeJS.ErrnoException).code ?? ''
    if (!SHARING_CODES.has(code)) throw error
    throw new SessionFileError(
      `cannot replace the session file ${path} (${code}): another program keeps it open ` +
        '(a virus scanner, or a script reading it without delete sharing); let it go and try again'
    )
  }
}

/** Reads the file after checking it and its folder; the content is checked by its users. */
export function readSessionFile(path: string): SessionFileContent {
  checkPrivate(dirname(path), 'folder')
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | NO_FOLLOW)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT')
      throw new SessionFileError(
        `session file ${path} does not exist (was the session already ended by the post step?)`
      )
    if (code === 'ELOOP') throw new SessionFileError(`refusing to use session file ${path}: it is a symbolic link`)
    throw new SessionFileError(`cannot read session file ${path}: ${code ?? (error as Error).message}`)
  }
  let text: string
  try {
    const why = refuse(Object.assign(fstatSync(fd), { isSymbolicLink: () => false }), 'file')
    if (why) throw new SessionFileError(`refusing to use session file ${path}: it ${why}`)
    text = readFileSync(fd, 'utf8')
  } finally {
    closeSync(fd)
  }
  try {
    const content = JSON.parse(text) as SessionFileContent
    if (content && content.version === 1 && typeof content.apiUrl === 'string') return content
  } catch {
    // reported below
  }
  throw new SessionFileError(`session file ${path} is not a Flex Insights Auth session file`)
}

/** Removes the session's private folder (file, lock, command shims) after the post step. */
export function removeSessionFolder(file: string): void {
  const folder = dirname(file)
  try {
    checkPrivate(folder, 'folder')
  } catch {
    return // not ours to delete (a planted link, say): leave it alone
  }
  rmSync(folder, { recursive: true, force: true })
}

/**
 * The request settings a file carries: one table of bounds and defaults, which the action's
 * inputs are checked against (action/inputs.ts) and a tampered file is clamped to. `unit` is the
 * milliseconds per unit of the input (seconds: 1000), 1 for a count.
 */
export const SETTINGS = {
  'token-lifetime': { min: 2, max: 3600, default: 600, unit: 1000, integer: true },
  'request-timeout': { min: 1, max: 600, default: 30, unit: 1000, integer: false },
  'max-attempts': { min: 1, max: 10, default: 3, unit: 1, integer: true },
  'max-retry-wait': { min: 0, max: 3600, default: 60, unit: 1000, integer: true }
} as const

/** A saved value in the setting's own unit (ms or a count), or the default when it is out of bounds. */
export function clamped(name: keyof typeof SETTINGS, value: unknown): number {
  const { min, max, unit } = SETTINGS[name]
  const fallback = SETTINGS[name].default * unit
  return typeof value === 'number' && Number.isFinite(value) && value >= min * unit && value <= max * unit
    ? value
    : fallback
}

/** The request settings a session file carries, each within its bounds; the API URL is checked by the caller. */
export function transportSettings(apiUrl: string, saved: Record<string, unknown>): TransportSettings {
  return {
    apiUrl,
    timeoutMs: clamped('request-timeout', saved.timeoutMs),
    maxAttempts: clamped('max-attempts', saved.maxAttempts),
    maxRetryWaitMs: clamped('max-retry-wait', saved.maxRetryWaitMs)
  }
}
