// One bundle, three entry points: the action's main and post steps, and the full
// `flex-insights` command (dist/cli.cjs, the command's fast path, passes CLI_FLAG). The command
// is part of this file; the action's @actions/core half is a chunk loaded on demand, after the
// step's first request is already on the wire (see early-start.ts).
import { runCli } from './cli.js'
import { CLI_FLAG } from './command-shim.js'
import { enableCompileCache } from './compile-cache.js'
import { isPostStep, startMain, startPost, type EarlyMain, type EarlyPost } from './early-start.js'

enableCompileCache()
if (process.argv[2] === CLI_FLAG) {
  process.exitCode = await runCli(process.argv.slice(3))
} else {
  let early: EarlyMain | EarlyPost | undefined
  try {
    early = isPostStep() ? startPost() : startMain()
  } catch {
    early = undefined // the step starts over once core is loaded, where errors are reported
  }
  if (early && 'written' in early) await early.written
  const { runAction } = await import('./action.js')
  await runAction(early)
}
