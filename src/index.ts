// dist/index.js: the action's main and post steps, and the full `flex-insights` command
// (dist/cli.cjs passes CLI_FLAG). Each step sends its first request before @actions/core loads
// (action/early.ts explains why); FLEX_INSIGHTS_AUTH_EARLY_START=off turns that off, for the
// benchmark's comparison (see CONTRIBUTING.md).
import { earlySources, startMain, startPost } from './action/early.js'
import { CLI_FLAG } from './cli/flag.js'

if (process.argv[2] === CLI_FLAG) {
  const { runCli } = await import('./cli/command.js')
  process.exitCode = await runCli(process.argv.slice(3))
} else if (process.env.FLEX_INSIGHTS_AUTH_EARLY_START === 'off') {
  const { run } = await (process.env.STATE_isPost ? import('./action/post.js') : import('./action/main.js'))
  await run()
} else {
  const sources = earlySources()
  const start = process.env.STATE_isPost ? startPost(sources) : startMain(sources)
  // Node 22+ loads ES modules without yielding to the event loop: wait until the request is on
  // the wire, or it would only be written after the loading and nothing would overlap.
  await start.transport?.written
  // Each step loads only its own module: the post step never loads the export engine.
  if (start.step === 'main') await (await import('./action/main.js')).runMain(start)
  else await (await import('./action/post.js')).runPost(start)
}
