// One bundle, three entry points: the action's main and post steps, and the `flex-insights`
// command (its shim passes CLI_FLAG). The command's light half is part of this file, so a
// cached `flex-insights token` loads one small module and never @actions/core or the HTTP
// stack; the action and the command's network half are separate chunks loaded on demand.
import { runCli } from './cli.js'
import { CLI_FLAG } from './command-shim.js'

if (process.argv[2] === CLI_FLAG) {
  process.exitCode = await runCli(process.argv.slice(3))
} else {
  const { runAction } = await import('./action.js')
  await runAction()
}
