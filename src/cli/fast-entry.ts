// Entry of the `flex-insights` shim, bundled as CommonJS (dist/cli.cjs): Node starts a CJS file
// faster than an ES module (the bench row "flex-insights token (cached)"), and printing a cached
// token is the hot path of long export loops. Everything else is handed to the full command in dist/index.js.
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { cachedAnswer, CLI_FLAG, writeToFd } from './fast-path.js'

const answer = cachedAnswer(process.argv.slice(2), process.env, Date.now())
if (answer !== undefined) {
  writeToFd(1, `${answer.text}\n`)
} else {
  process.argv.splice(2, 0, CLI_FLAG)
  const full = pathToFileURL(join(dirname(process.argv[1]), 'index.js')).href
  import(/* webpackIgnore: true */ full).catch((error: Error) => {
    process.stderr.write(`flex-insights: ${error.message}\n`)
    process.exitCode = 1
  })
}
