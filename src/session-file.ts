/**
 * The private session file shared by the main step, the `flex-insights` command and the post
 * step. It holds the SST, so it lives under RUNNER_TEMP with mode 0600 instead of in an env var
 * that every later step (and every process they start) would inherit.
 *
 * Writes are atomic (temp file + rename) and refreshes are serialised by a lock file, so
 * parallel `flex-insights token` calls never see a half-written file or refresh twice.
 * Only node:fs here: the cached-token path must not load the HTTP stack.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { SessionRecord } from './auth-session.js'

export interface SessionFileContent extends SessionRecord {
  version: 1
  /** Set by `flex-insights logout` / `delete-profile`: the post step then has nothing to do. */
  loggedOut?: boolean
}

export class SessionFileError extends Error {}

export function sessionDir(runnerTemp: string): string {
  return join(runnerTemp, 'flex-insights-auth')
}

// Names need to be unique, not secret (the directory is 0700, the file 0600), and node:crypto
// would add 1.5 ms to every `flex-insights token` (see BENCHMARKS.md).
const uniqueSuffix = (): string => `${process.pid.toString(16)}${Date.now().toString(16)}${Math.random().toString(16).slice(2, 10)}`

/** A new private file path for one invocation of the action. */
export function newSessionFilePath(runnerTemp: string): string {
  return join(sessionDir(runnerTemp), `session-${uniqueSuffix()}.json`)
}

export function writeSessionFile(path: string, content: SessionFileContent): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 })
  const tmp = `${path}.${uniqueSuffix()}.tmp`
  writeFileSync(tmp, JSON.stringify(content), { mode: 0o600 })
  renameSync(tmp, path)
}

export function readSessionFile(path: string): SessionFileContent {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new SessionFileError(`session file ${path} does not exist (was the session already ended by the post step?)`)
    throw new SessionFileError(`cannot read session file ${path}: ${code ?? (error as Error).message}`)
  }
  try {
    const content = JSON.parse(text) as SessionFileContent
    if (content.version === 1 && content.sst && content.profileId && content.apiUrl) return content
  } catch {
    // reported below
  }
  throw new SessionFileError(`session file ${path} is not a Flex Insights Auth session file`)
}

export function removeSessionFile(path: string): void {
  rmSync(path, { force: true })
  rmSync(`${path}.lock`, { force: true })
}

const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

/**
 * Runs `fn` while holding `<path>.lock` (O_EXCL create). Waiters poll; a lock older than
 * `staleMs` is from a process that died mid-refresh and is taken over.
 */
export async function withSessionLock<T>(path: string, staleMs: number, fn: () => Promise<T>): Promise<T> {
  const lock = `${path}.lock`
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx', 0o600))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      try {
        if (Date.now() - statSync(lock).mtimeMs > staleMs) rmSync(lock, { force: true })
      } catch {
        // the holder released it between our open and stat: just try again
      }
      await sleep(25)
    }
  }
  try {
    return await fn()
  } finally {
    rmSync(lock, { force: true })
  }
}
