/**
 * Puts `flex-insights` on PATH for later steps: a POSIX shell shim and a .cmd for Windows
 * runners, both running the bundled dist/index.js with the runner's own node binary.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** First argument that tells dist/index.js to act as the command rather than the action. */
export const CLI_FLAG = '--flex-insights-cli'

const shQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`

export function writeCommandShims(binDir: string, nodePath: string, bundlePath: string): void {
  mkdirSync(binDir, { recursive: true })
  const sh = join(binDir, 'flex-insights')
  writeFileSync(sh, `#!/bin/sh\nexec ${shQuote(nodePath)} ${shQuote(bundlePath)} ${CLI_FLAG} "$@"\n`)
  chmodSync(sh, 0o755)
  writeFileSync(join(binDir, 'flex-insights.cmd'), `@"${nodePath}" "${bundlePath}" ${CLI_FLAG} %*\r\n`)
}
