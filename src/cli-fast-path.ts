/**
 * The fast path of `flex-insights token` / `cookie`: answer from the session file when its TT
 * is still fresh, with nothing but node:fs (session-file.ts). Anything else (a refresh, another
 * command, a bad option, a missing or foreign file) returns undefined and the full command
 * handles it, errors included, so this file never needs its own error messages.
 */
import { writeSync } from 'node:fs'
import { addMaskCommand } from './logger.js'
import { readSessionFile, type SessionFileContent } from './session-file.js'
import { isTtFresh, MIN_TT_VALIDITY_MS, parseMinValidity } from './token-times.js'

export function cachedAnswer(argv: string[], env: NodeJS.ProcessEnv, now: number): string | undefined {
  const [command, ...rest] = argv
  if (command !== 'token' && command !== 'cookie') return undefined
  let session: string | undefined
  let prefix = 'FLEX_INSIGHTS'
  let minValidityMs = MIN_TT_VALIDITY_MS
  for (let i = 0; i < rest.length; i += 2) {
    const value = rest[i + 1]
    if (value === undefined) return undefined
    if (rest[i] === '--session') session = value
    else if (rest[i] === '--prefix') prefix = value
    else if (rest[i] === '--min-validity') {
      const ms = parseMinValidity(value)
      if (ms === undefined) return undefined
      minValidityMs = ms
    } else return undefined
  }
  const path = session ?? env[`${prefix}_SESSION_FILE`]
  if (!path) return undefined
  let content: SessionFileContent
  try {
    content = readSessionFile(path)
  } catch {
    return undefined
  }
  if (content.loggedOut || !isTtFresh(content, now, minValidityMs)) return undefined
  return command === 'token' ? (content.tt as string) : `GDCAuthTT=${content.tt}`
}

/** What the command prints for a cached answer: masks first (stderr, inside Actions), then the answer. */
export function printCached(answer: string, env: NodeJS.ProcessEnv, write: { stdout: (t: string) => void; stderr: (t: string) => void }): void {
  if (env.GITHUB_ACTIONS === 'true') {
    const tt = answer.startsWith('GDCAuthTT=') ? answer.slice('GDCAuthTT='.length) : answer
    write.stderr(addMaskCommand(tt) + addMaskCommand(`GDCAuthTT=${tt}`))
  }
  write.stdout(`${answer}\n`)
}

export interface FdWriter {
  writeSync: (fd: number, buffer: Buffer, offset: number) => number
  /** The stream for the same fd, for a non-blocking pipe that is full. */
  stream: (fd: number) => { write: (chunk: Buffer) => unknown }
}

const fdWriter: FdWriter = { writeSync, stream: fd => (fd === 1 ? process.stdout : process.stderr) }

/**
 * Writes `text` to fd 1 or 2 without creating process.stdout/stderr: when the fd is a pipe
 * (`$(flex-insights token)`, a runner step) Node builds a net.Socket for it, ~3 ms of the fast
 * path's ~4 ms above bare `node`. A full non-blocking pipe (EAGAIN) gets the rest through the
 * stream, which waits for the reader.
 */
export function writeToFd(fd: 1 | 2, text: string, writer: FdWriter = fdWriter): void {
  const buffer = Buffer.from(text)
  let offset = 0
  while (offset < buffer.length) {
    try {
      offset += writer.writeSync(fd, buffer, offset)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
      writer.stream(fd).write(buffer.subarray(offset))
      return
    }
  }
}
