/**
 * Puts `flex-insights` on PATH for later steps: a POSIX shell shim and a .cmd for Windows
 * runners, both running the bundled dist/cli.cjs with the runner's own node binary.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** First argument that tells dist/index.js to act as the full command rather than the action. */
export const CLI_FLAG = '--flex-insights-cli'

const shQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`

/** `entry` is dist/cli.cjs: the fast path, which hands anything else to dist/index.js. */
export function writeCommandShims(binDir: string, nodePath: string, entry: string): void {
  mkdirSync(binDir, { recursive: true })
  const sh = join(binDir, 'flex-insights')
  writeFileSync(sh, `#!/bin/sh\nexec ${shQuote(nodePath)} ${shQuote(entry)} "$@"\n`)
  chmodSync(sh, 0o755)
  writeFileSync(join(binDir, 'flex-insights.cmd'), `@"${nodePath}" "${entry}" %*\r\n`)
}
