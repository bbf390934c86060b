// One bundle, three entry points: the action's main and post steps, and the `flex-insights`
// command (its shim passes CLI_FLAG). Each part is imported lazily, so a cached
// `flex-insights token` never loads @actions/core or the HTTP stack.
import { CLI_FLAG } from './command-shim.js'

if (process.argv[2] === CLI_FLAG) {
  const { runCli } = await import('./cli.js')
  process.exitCode = await runCli(process.argv.slice(3))
} else {
  const { runAction } = await import('./action.js')
  await runAction()
}
