/** runCli with captured streams and a session file in a private folder. */
import { PassThrough } from 'node:stream'
import { systemClock } from '../../../src/api/clock.js'
import type { CliIo } from '../../../src/cli/io.js'

export interface Captured {
  code: number
  stdout: string
  stderr: string
}

export function captureIo(
  env: Record<string, string>,
  now: number,
  tty = false,
  stderrIsPipe = true
): { io: CliIo; result: () => Omit<Captured, 'code'> } {
  const stdout = Object.assign(new PassThrough(), { isTTY: tty })
  const stderr = Object.assign(new PassThrough(), { isTTY: tty })
  const out: Buffer[] = []
  const err: Buffer[] = []
  stdout.on('data', c => out.push(c))
  stderr.on('data', c => err.push(c))
  return {
    io: {
      env,
      stdout,
      stderr,
      stdin: PassThrough.from([]),
      clock: { ...systemClock, now: () => now },
      stderrIsPipe: () => stderrIsPipe
    },
    result: () => ({ stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() })
  }
}
