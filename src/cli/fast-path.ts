/**
 * The fast path of `flex-insights token` / `cookie`: answer from the session file when its TT
 * is still fresh, with nothing but node:fs. Anything else (a refresh, another command, a bad
 * option, a missing or foreign file) returns undefined and the full command handles it, errors
 * included, so this file never needs error messages of its own.
 */
import { writeSync } from 'node:fs'
import { isToken, ttCookie } from '../api/tokens.js'
import { DEFAULT_PREFIX, envName, isPrefix } from '../session/env-names.js'
import { readSessionFile } from '../session/session-file.js'
import { isTtFresh, MIN_TT_VALIDITY_MS, parseMinValidity } from '../session/token-times.js'

/** First argument that tells dist/index.js to act as the full `flex-insights` command (the hand-off). */
export const CLI_FLAG = '--flex-insights-cli'

export interface CachedAnswer {
  tt: string
  text: string
}

export function cachedAnswer(argv: string[], env: NodeJS.ProcessEnv, now: number): CachedAnswer | undefined {
  const [command, ...rest] = argv
  if (command !== 'token' && command !== 'cookie') return undefined
  let session: string | undefined
  let prefix = DEFAULT_PREFIX
  let minValidityMs = MIN_TT_VALIDITY_MS
  for (let i = 0; i < rest.length; i += 2) {
    const value = rest[i + 1]
    if (value === undefined) return undefined
    if (rest[i] === '--session') session = value
    else if (rest[i] === '--prefix' && isPrefix(value)) prefix = value
    else if (rest[i] === '--min-validity') {
      const ms = parseMinValidity(value)
      if (ms === undefined) return undefined
      minValidityMs = ms
    } else return undefined
  }
  const path = session ?? env[envName(prefix, 'SESSION_FILE')]
  if (!path) return undefined
  let content
  try {
    content = readSessionFile(path)
  } catch {
    return undefined
  }
  const times = {
    tt: content.tt as string | undefined,
    ttIssuedAt: content.ttIssuedAt as number | undefined,
    ttLifetimeMs: content.ttLifetimeMs as number | undefined
  }
  if (content.loggedOut || !isToken(times.tt) || !isTtFresh(times, now, minValidityMs)) return undefined
  // A TT the runner was never told to mask is the full command's to mask (cli/io.ts, maskForRunner).
  if (env.GITHUB_ACTIONS === 'true' && content.ttMasked !== true) return undefined
  return { tt: times.tt, text: command === 'token' ? times.tt : ttCookie(times.tt) }
}

export interface FdWriter {
  writeSync: (fd: number, buffer: Buffer, offset: number) => number
  /** The stream for the same fd, for a non-blocking pipe that is full. */
  stream: (fd: number) => { write: (chunk: Buffer) => unknown }
}

const fdWriter: FdWriter = { writeSync, stream: fd => (fd === 1 ? process.stdout : process.stderr) }

/**
 * Writes `text` to fd 1 or 2 without creating process.stdout/stderr: when the fd is a pipe
 * (`$(flex-insights token)`, a runner step) Node builds a net.Socket for it, most of what the
 * fast path costs above bare `node` (the bench row "flex-insights token (cached)", BENCHMARKS.md).
 * A full non-blocking pipe (EAGAIN) gets the rest through the stream, which waits for the reader.
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
