/**
 * Serialises refreshes of one session file across processes: `<file>.lock`, created O_EXCL,
 * holds the pid of its holder. A waiter takes the lock over as soon as that process is gone (a
 * refresh killed mid-way), or, whatever the pid says, once the lock is older than `staleMs`.
 * Two waiters taking over the same dead lock at once can both refresh: one extra token
 * request, never a broken file (writes are atomic).
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs'
import { systemClock, type Clock } from '../api/clock.js'

export interface LockOptions {
  staleMs: number
  clock?: Clock
  /** Whether a process id is running; injectable for tests. */
  alive?: (pid: number) => boolean
}

const POLL_MS = 25

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function holderIsGone(lock: string, staleMs: number, now: number, alive: (pid: number) => boolean): boolean {
  try {
    if (now - statSync(lock).mtimeMs > staleMs) return true
    const pid = Number(readFileSync(lock, 'utf8'))
    // An empty file is a holder between its create and its write: not gone.
    return Number.isInteger(pid) && pid > 0 && !alive(pid)
  } catch {
    return false // released meanwhile: just try again
  }
}

export async function withLock<T>(path: string, options: LockOptions, fn: () => Promise<T>): Promise<T> {
  const lock = `${path}.lock`
  const clock = options.clock ?? systemClock
  const alive = options.alive ?? isRunning
  for (;;) {
    try {
      const fd = openSync(lock, 'wx', 0o600)
      try {
        writeSync(fd, String(process.pid))
      } finally {
        closeSync(fd)
      }
      break
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      // On Windows a lock being deleted by its holder refuses a new one for a moment (EPERM).
      if (code !== 'EEXIST' && !(process.platform === 'win32' && code === 'EPERM')) throw error
      if (holderIsGone(lock, options.staleMs, clock.now(), alive)) rmSync(lock, { force: true })
      else await clock.sleep(POLL_MS)
    }
  }
  try {
    return await fn()
  } finally {
    // Retried on Windows while a waiter has the lock open to read its pid.
    rmSync(lock, { force: true, maxRetries: 5, retryDelay: 20 })
  }
}
