#!/usr/bin/env node
// @ts-check
// `npm start`: runs the committed dist/ bundle exactly as the GitHub runner would (main step, an
// export and an API call in later steps, post step) and shows what a workflow sees, secrets
// masked as ***. Against the built-in emulator by default; against a real API with --api-url.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { startEmulator, DEMO_LOGIN, DEMO_PASSWORD, DEMO_WORKSPACE } from './emulator.mjs'
import { RunnerJob, REPO_ROOT } from './runner.mjs'

const HELP = `Usage: npm start -- [--api-url URL] [--login EMAIL] [--password] [--auth-mode header|cookie]
                    [--workspace WS --report ID]

Runs the bundled action end to end as the GitHub runner would: the main step (log in), a step
that exports a report with flex-insights export, a step that calls the API with the token, then
the post step (log out). Masked values (password, SST, token, cookie) show as ***.

Without --api-url it starts the built-in Flex Insights emulator and uses its demo account.

Options:
  --api-url URL       a real API, e.g. https://analytics.ytica.com, or an emulator started with
                      npm run emulator (http://127.0.0.1:8089)
  --login EMAIL       log in as this user (default: $FLEX_INSIGHTS_LOGIN, or the demo account)
  --password          ask for the password (not shown as you type), or take $FLEX_INSIGHTS_PASSWORD;
                      never on the command line. Against the emulator, a wrong one shows the
                      errors of the README's Troubleshooting table (five in a row lock the account)
  --auth-mode MODE    header (default) or cookie
  --workspace WS --report ID
                      the report to export (default: the emulator's demo report 1001)

Examples:
  npm start
  npm start -- --password
  FLEX_INSIGHTS_LOGIN=you@example.com npm start -- --api-url https://analytics.ytica.com --password
`

/** @param {string[]} argv */
function parseArgs(argv) {
  /**
   * @type {{ help?: boolean, apiUrl?: string, login?: string, askPassword?: boolean, authMode?: string,
   *   workspace?: string, report?: string }}
   */
  const opts = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = () => {
      const v = argv[++i]
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value (see --help)`)
      return v
    }
    if (arg === '--help' || arg === '-h') opts.help = true
    else if (arg === '--api-url') opts.apiUrl = value()
    else if (arg === '--login') opts.login = value()
    else if (arg === '--password') opts.askPassword = true
    else if (arg === '--auth-mode') opts.authMode = value()
    else if (arg === '--workspace') opts.workspace = value()
    else if (arg === '--report') opts.report = value()
    else if (arg === '--') continue
    else throw new Error(`unknown option ${arg} (see --help)`)
  }
  return opts
}

/** The password from the terminal, not echoed. @param {string} prompt @returns {Promise<string>} */
function askHidden(prompt) {
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true })
    const output = /** @type {{ _writeToOutput?: (s: string) => void }} */ (/** @type {unknown} */ (rl))
    output._writeToOutput = s => {
      if (s.includes(prompt)) process.stdout.write(prompt)
    }
    rl.question(prompt, answer => {
      rl.close()
      process.stdout.write('\n')
      resolve(answer)
    })
    rl.on('SIGINT', () => reject(new Error('cancelled')))
  })
}

/** @param {{ apiUrl?: string, login?: string, askPassword?: boolean }} opts @param {boolean} local */
async function credentials(opts, local) {
  const login = opts.login ?? process.env.FLEX_INSIGHTS_LOGIN ?? (local ? DEMO_LOGIN : undefined)
  if (!login) throw new Error('with --api-url, give --login EMAIL or set FLEX_INSIGHTS_LOGIN')
  let password = process.env.FLEX_INSIGHTS_PASSWORD
  if (opts.askPassword && password === undefined) {
    if (!process.stdin.isTTY)
      throw new Error('--password: set FLEX_INSIGHTS_PASSWORD, or run this in a terminal to be asked')
    password = await askHidden(`Password for ${login}: `)
  }
  password ??= local ? DEMO_PASSWORD : undefined
  if (!password) throw new Error('with --api-url, give --password (you will be asked) or set FLEX_INSIGHTS_PASSWORD')
  return { login, password }
}

const bold = (/** @type {string} */ s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s)
const say = (s = '') => void process.stdout.write(`${s}\n`)

/**
 * A step's log as the Actions UI shows it: masked, workflow commands rendered or hidden.
 * @param {RunnerJob} job @param {import('./runner.mjs').StepResult} step
 */
function showLog(job, step) {
  for (const raw of `${step.stdout}${step.stderr}`.split('\n')) {
    if (!raw || raw.startsWith('::add-mask::') || raw.startsWith('::debug::')) continue
    const line = raw.replace(/^::(error|warning|notice)[^:]*::/, (_, level) => `${String(level).toUpperCase()}: `)
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
  const local = !opts.apiUrl || /^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\/?$/.test(opts.apiUrl)
  const { login, password } = await credentials(opts, local)
  // The demo rows end today, so the export of yesterday's rows (the Quick start's) has some.
  const firstDay = new Date(Date.now() - 27 * 86_400_000).toISOString().slice(0, 10)
  const emulator = opts.apiUrl ? undefined : await startEmulator({ exportPending: 2, firstDay })
  const apiUrl = opts.apiUrl ?? /** @type {NonNullable<typeof emulator>} */ (emulator).url
  const workspace = opts.workspace ?? (local ? DEMO_WORKSPACE : undefined)
  const report = opts.report ?? (local ? '1001' : undefined)
  const job = new RunnerJob()
  try {
    say(bold('Flex Insights Auth: a local run of dist/index.js, as the GitHub runner runs it'))
    say(`API: ${apiUrl}${emulator ? ' (the built-in emulator)' : ''}, login ${login}`)
    say()

    say(bold('▶ main step: uses: flex-insights-auth/flex-insights-auth@v1'))
    /** @type {Record<string, string>} */
    const inputs = { login, password, 'api-url': apiUrl }
    if (opts.authMode) inputs['auth-mode'] = opts.authMode
    if (workspace) inputs.workspace = workspace
    const main = await job.uses({ id: 'flex', with: inputs })
    showLog(job, main)
    if (main.exitCode !== 0) {
      await job.runPosts()
      say()
      say(
        `✖ The main step failed (exit ${main.exitCode}): the error above is what a workflow shows; see the ` +
          `README's Troubleshooting.`
      )
      return 1
    }
    say('  outputs (steps.flex.outputs.*):')
    for (const [name, value] of Object.entries(main.outputs)) say(`    ${name.padEnd(12)} = ${job.masked(value)}`)
    say('  env vars for later steps:')
    for (const [name, value] of Object.entries(main.env)) say(`    ${name.padEnd(29)} = ${job.masked(value)}`)
    const masked = [...job.masks].length
    say(
      `  masked (${masked} values, shown as ***): the password, the session token (SST), the temporary token ` +
        `(TT) and its cookie form`
    )
    say()

    let exported = true
    if (workspace && report) {
      // Yesterday in UTC, the command's default time zone: the day the file is named by.
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
      say(
        bold(
          `▶ next step: flex-insights export ${report} --date yesterday -D exports   (RUNNER_DEBUG=1 shows requests)`
        )
      )
      const run = await job.run(`flex-insights export ${report} -w "${workspace}" --date yesterday -D exports`, {
        env: { RUNNER_DEBUG: '1' }
      })
      showLog(job, run)
      exported = run.exitCode === 0
      const name = `report-${report}-${yesterday}.csv`
      const file = join(job.workspace, 'exports', name)
      if (exported && existsSync(file)) {
        const lines = readFileSync(file, 'utf8').split('\r\n')
        say(`  exports/${name} (yesterday's rows only), first lines:`)
        for (const line of lines.slice(0, 3)) say(`    ${line}`)
      }
      if (run.summary) say(`  step summary:\n${run.summary.trim().replace(/^/gm, '    ')}`)
      say()
    }

    say(bold('▶ next step: flex-insights api /gdc/account/profile/$FLEX_INSIGHTS_PROFILE_ID'))
    const call = await job.run('flex-insights api "/gdc/account/profile/$FLEX_INSIGHTS_PROFILE_ID" | head -c 160; echo')
    showLog(job, call)
    say()

    say(bold('▶ post step'))
    const [post] = await job.runPosts()
    showLog(job, post)
    say()

    if (!exported || call.exitCode !== 0) {
      say('✖ A later step failed: see its output above.')
      return 1
    }
    if (emulator && emulator.liveSessions().length > 0) {
      say('✖ The post step did not end the session.')
      return 1
    }
    const requests = emulator
      ? ` (${emulator.log.length} HTTP requests to the emulator, which confirms the session is dead)`
      : ''
    say(`✔ Success: logged in, exported yesterday's rows, used the token in a later step, logged out${requests}.`)
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
