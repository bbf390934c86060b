/**
 * Puts `flex-insights` on PATH for later steps: a POSIX shell shim and a .cmd for Windows
 * runners, both running the bundled dist/cli.cjs with the runner's own node binary. They live
 * in the session's private folder, so nobody else can swap them.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const shQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`

/** `entry` is dist/cli.cjs: the fast path, which hands anything else to dist/index.js. */
export function writeCommandShims(binDir: string, nodePath: string, entry: string): void {
  mkdirSync(binDir, { recursive: true, mode: 0o700 })
  const sh = join(binDir, 'flex-insights')
  writeFileSync(sh, `#!/bin/sh\nexec ${shQuote(nodePath)} ${shQuote(entry)} "$@"\n`, { flag: 'wx' })
  chmodSync(sh, 0o700)
  writeFileSync(join(binDir, 'flex-insights.cmd'), `@"${nodePath}" "${entry}" %*\r\n`, { flag: 'wx' })
}
