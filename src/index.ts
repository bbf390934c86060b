// dist/index.js: the action's main and post steps, and the full `flex-insights` command
// (dist/cli.cjs passes CLI_FLAG). It only routes: each loads its own module, so the post step
// never loads the export engine and the command never loads @actions/core.
import { CLI_FLAG } from './cli/fast-path.js'

if (process.argv[2] === CLI_FLAG) {
  const { runCli } = await import('./cli/command.js')
  process.exitCode = await runCli(process.argv.slice(3))
} else if (process.env.STATE_isPost) {
  await (await import('./action/post.js')).run()
} else {
  await (await import('./action/main.js')).run()
}
