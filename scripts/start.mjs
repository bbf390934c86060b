#!/usr/bin/env node
// `npm start`: runs the committed dist/ bundle exactly as the GitHub runner would (main step,
// one downstream API call with the exported cookie, post step), and shows what a workflow sees,
// secrets masked as ***. Against the built-in emulator by default; with --api-url and
// FLEX_INSIGHTS_LOGIN / FLEX_INSIGHTS_PASSWORD it checks real credentials before they go into
// repository secrets.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { startEmulator, DEMO_LOGIN, DEMO_PASSWORD } from './emulator.mjs'
import { RunnerJob, REPO_ROOT } from './runner.mjs'

const HELP = `Usage: npm start [-- --api-url URL] [-- --auth-mode header|cookie]

Runs the bundled action end to end as the GitHub runner would: main step, a downstream call
with the exported cookie, then the post step (logout).

Without --api-url it starts the built-in Flex Insights emulator and uses its demo account.
With --api-url (e.g. https://analytics.ytica.com) it reads the credentials from the
FLEX_INSIGHTS_LOGIN and FLEX_INSIGHTS_PASSWORD environment variables.
`

function parseArgs(argv) {
  const opts = {}
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--help' || argv[i] === '-h') opts.help = true
    else if (argv[i] === '--api-url') opts.apiUrl = argv[++i]
    else if (argv[i] === '--auth-mode') opts.authMode = argv[++i]
    else throw new Error(`unknown option ${argv[i]} (see --help)`)
  }
  return opts
}

const bold = s => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s)
const say = (s = '') => process.stdout.write(`${s}\n`)

/** Shows a step's log as the Actions UI would: masked, workflow commands rendered or hidden. */
function showLog(job, step) {
  for (const raw of `${step.stdout}${step.stderr}`.split('\n')) {
    if (!raw || raw.startsWith('::add-mask::') || raw.startsWith('::debug::')) continue
    const line = raw.replace(/^::(error|warning|notice)[^:]*::/, (_, level) => `${level.toUpperCase()}: `)
    say(`  | ${job.masked(line)}`)
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2))
  if (opts.help) {
    process.stdout.write(HELP)
    return 0
  }
  if (!existsSync(join(REPO_ROOT, 'dist', 'index.js'))) throw new Error('dist/index.js is missing: run npm run bundle')

  let emulator
  let login = DEMO_LOGIN
  let password = DEMO_PASSWORD
  let apiUrl = opts.apiUrl
  if (apiUrl) {
    login = process.env.FLEX_INSIGHTS_LOGIN ?? ''
    password = process.env.FLEX_INSIGHTS_PASSWORD ?? ''
    if (!login || !password)
      throw new Error('with --api-url, set FLEX_INSIGHTS_LOGIN and FLEX_INSIGHTS_PASSWORD in the environment')
  } else {
    emulator = await startEmulator()
    apiUrl = emulator.url
  }

  const job = new RunnerJob()
  try {
    say(bold('Flex Insights Auth: local run of dist/index.js, as the GitHub runner runs it'))
    say(`API: ${apiUrl}${emulator ? ` (built-in emulator, demo account ${login})` : ` (login ${login})`}`)
    say()

    say(bold('▶ main step'))
    const inputs = { login, password, 'api-url': apiUrl }
    if (opts.authMode) inputs['auth-mode'] = opts.authMode
    const main = await job.uses({ id: 'flex', with: inputs })
    showLog(job, main)
    if (main.exitCode !== 0) {
      say()
      await job.runPosts()
      say(`✖ The main step failed (exit ${main.exitCode}); see the error above.`)
      return 1
    }
    say('  outputs (steps.flex.outputs.*):')
    for (const [name, value] of Object.entries(main.outputs)) say(`    ${name.padEnd(11)} = ${job.masked(value)}`)
    say('  env vars for later steps:')
    for (const [name, value] of Object.entries(main.env)) say(`    ${name.padEnd(29)} = ${job.masked(value)}`)
    say()

    say(
      bold(
        '▶ next step: GET $FLEX_INSIGHTS_API_URL/gdc/account/profile/$FLEX_INSIGHTS_PROFILE_ID with Cookie: $FLEX_INSIGHTS_COOKIE'
      )
    )
    const call = await job.run(`node -e '
      const base = process.env.FLEX_INSIGHTS_API_URL, id = process.env.FLEX_INSIGHTS_PROFILE_ID
      fetch(base + "/gdc/account/profile/" + id, { headers: { Cookie: process.env.FLEX_INSIGHTS_COOKIE, Accept: "application/json" } })
        .then(async r => { const b = await r.json().catch(() => ({})); console.log("HTTP " + r.status + ", profile of " + ((b.accountSetting && b.accountSetting.login) || "?")); process.exit(r.ok ? 0 : 1) })
        .catch(e => { console.log("request failed: " + e.message); process.exit(1) })'`)
    showLog(job, call)
    say()

    say(bold('▶ post step'))
    const [post] = await job.runPosts()
    showLog(job, post)
    say()

    if (call.exitCode !== 0) {
      say('✖ The exported cookie did not work for the downstream call.')
      return 1
    }
    if (emulator && emulator.liveSessions().length > 0) {
      say('✖ The post step did not end the session.')
      return 1
    }
    const requests = emulator
      ? ` (${emulator.log.length} HTTP requests to the emulator, which confirms the session is dead)`
      : ''
    say(`✔ Success: logged in, used the token in a later step, logged out${requests}.`)
    return 0
  } finally {
    job.cleanup()
    await emulator?.close()
  }
}

main().then(
  code => process.exit(code),
  error => {
    process.stderr.write(`npm start: ${error.message}\n`)
    process.exit(1)
  }
)
