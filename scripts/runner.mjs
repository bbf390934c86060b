// @ts-check
// Runs the committed action the way the GitHub runner does (actions/runner NodeScriptActionHandler):
// node <action>/dist/index.js with cwd = the workspace, INPUT_* for every declared input
// (defaults included), fresh GITHUB_OUTPUT/ENV/STATE/PATH/STEP_SUMMARY files per step, workflow
// commands read from stdout and stderr, then post steps in reverse order with STATE_* and the
// job env. Used by the end-to-end tests, `npm start` and the benchmark.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, delimiter } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { findLeaks, maskWith, parseFileCommands, parseWorkflowCommands, showLines } from './runner/log.mjs'
import { runProcess } from './runner/process.mjs'

export { FRAGMENT, parseFileCommands, parseWorkflowCommands } from './runner/log.mjs'

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Makes the session file's TT look issued an hour ago, as if the job had run that long: the next
 * use refreshes it. (The emulator's expireTts() makes the server agree.)
 * @param {string} file
 */
export function ageSession(file) {
  const content = JSON.parse(readFileSync(file, 'utf8'))
  writeFileSync(file, JSON.stringify({ ...content, ttIssuedAt: Date.now() - 3_600_000 }))
}

/**
 * @typedef {object} StepResult
 * @property {string} kind  'main' | 'post' | 'run'
 * @property {string} id
 * @property {number|null} exitCode
 * @property {boolean} timedOut
 * @property {number} durationMs
 * @property {string} stdout
 * @property {string} stderr
 * @property {string} shown  both streams as the runner's log shows them: each line masked with the
 *   masks registered before it
 * @property {string} shownSummary  the step summary masked with the masks known when the step ended
 * @property {Record<string,string>} outputs
 * @property {Record<string,string>} env  variables the step exported
 * @property {Record<string,string>} state
 * @property {string[]} path  folders the step added to PATH
 * @property {string} summary
 * @property {Array<{name: string, properties: string, message: string}>} commands
 * @property {string[]} errors
 * @property {string[]} warnings
 */

export class RunnerJob {
  /**
   * @param {object} [options]
   * @param {string} [options.actionDir]  the action's folder (default: this repository)
   * @param {Record<string,string>} [options.env]  job-level env (e.g. RUNNER_DEBUG)
   * @param {number} [options.stepTimeoutMs]  kill a step after this long
   * @param {string} [options.node]  node binary for the action (default: this one)
   * @param {string[]} [options.nodeArgs]  node flags for the action's steps
   */
  constructor(options = {}) {
    this.actionDir = options.actionDir ?? REPO_ROOT
    this.node = options.node ?? process.execPath
    /** Extra node flags for the action's steps (profiling, instrumentation). */
    this.nodeArgs = options.nodeArgs ?? []
    this.stepTimeoutMs = options.stepTimeoutMs ?? 120_000
    this.root = mkdtempSync(join(tmpdir(), 'runner-job-'))
    this.workspace = join(this.root, 'workspace')
    this.runnerTemp = join(this.root, 'temp')
    mkdirSync(this.workspace)
    mkdirSync(this.runnerTemp)
    this.meta = parseYaml(readFileSync(join(this.actionDir, 'action.yml'), 'utf8'))
    /** Env every step sees; grows with GITHUB_ENV. @type {Record<string, string>} */
    this.jobEnv = { ...options.env }
    /** PATH entries added with GITHUB_PATH, newest first. @type {string[]} */
    this.paths = []
    /**
     * @type {Array<{id: string, inputs: Record<string,string>, stepEnv: Record<string,string>,
     *   state: Record<string,string>}>}
     */
    this.postQueue = []
    /** @type {StepResult[]} */
    this.steps = []
    /** @type {Set<string>} */
    this.masks = new Set()
    this.counter = 0
  }

  /**
   * The runner's INPUT_* mapping: upper-case, spaces to '_', hyphens kept; defaults filled in.
   * @param {Record<string, string>} given
   */
  inputEnv(given) {
    /** @type {Record<string, string>} */
    const env = {}
    for (const [name, spec] of Object.entries(this.meta.inputs ?? {})) {
      const value = given[name] ?? (spec && spec.default !== undefined ? String(spec.default) : '')
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
    }
    for (const name of Object.keys(given)) {
      if (!(name in (this.meta.inputs ?? {}))) throw new Error(`input "${name}" is not declared in action.yml`)
    }
    return env
  }

  /** @param {Record<string, string>} stepEnv @returns {Record<string, string>} */
  baseEnv(stepEnv) {
    const keep = ['HOME', 'LANG', 'TMPDIR', 'SYSTEMROOT', 'NODE_V8_COVERAGE']
    /** @type {Record<string, string>} */
    const env = {}
    for (const k of keep) if (process.env[k] !== undefined) env[k] = /** @type {string} */ (process.env[k])
    const path = [...this.paths, process.env.PATH ?? ''].join(delimiter)
    return {
      ...env,
      ...this.jobEnv,
      ...stepEnv,
      PATH: path,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: this.workspace,
      RUNNER_TEMP: this.runnerTemp,
      RUNNER_OS: 'Linux'
    }
  }

  /**
   * @param {'main' | 'post' | 'run'} kind
   * @param {string} id
   * @param {string} command
   * @param {string[]} args
   * @param {Record<string, string>} env
   * @returns {Promise<StepResult>}
   */
  async execute(kind, id, command, args, env) {
    const n = ++this.counter
    /** @type {Record<string, string>} */
    const files = {}
    for (const f of ['OUTPUT', 'ENV', 'STATE', 'PATH', 'STEP_SUMMARY']) {
      files[f] = join(this.runnerTemp, `_runner_file_commands_${n}_${f.toLowerCase()}`)
      writeFileSync(files[f], '')
    }
    const fileEnv = Object.fromEntries(Object.entries(files).map(([f, p]) => [`GITHUB_${f}`, p]))
    const { exitCode, timedOut, durationMs, stdout, stderr, arrivals } = await runProcess(command, args, {
      cwd: this.workspace,
      env: { ...env, ...fileEnv },
      timeoutMs: this.stepTimeoutMs
    })
    /** @param {string} f */
    const read = f => readFileSync(files[f], 'utf8')
    const commands = [...parseWorkflowCommands(stdout), ...parseWorkflowCommands(stderr)]
    const shown = showLines(arrivals, this.masks)
    const exported = parseFileCommands(read('ENV'))
    const added = read('PATH').split(/\r?\n/).filter(Boolean)
    /** @type {StepResult} */
    const result = {
      kind,
      id,
      exitCode,
      timedOut,
      durationMs,
      stdout,
      stderr,
      shown,
      shownSummary: maskWith(read('STEP_SUMMARY'), [...this.masks]),
      outputs: parseFileCommands(read('OUTPUT')),
      env: exported,
      state: parseFileCommands(read('STATE')),
      path: added,
      summary: read('STEP_SUMMARY'),
      commands,
      errors: commands.filter(c => c.name === 'error').map(c => c.message),
      warnings: commands.filter(c => c.name === 'warning').map(c => c.message)
    }
    Object.assign(this.jobEnv, exported)
    this.paths.unshift(...[...added].reverse())
    this.steps.push(result)
    return result
  }

  /**
   * A `uses:` step of this action: runs main and registers its post step.
   * @param {{ id?: string, with?: Record<string,string>, env?: Record<string,string> }} [step]
   */
  async uses(step = {}) {
    const id = step.id ?? `action${this.postQueue.length + 1}`
    const inputs = this.inputEnv(step.with ?? {})
    const stepEnv = { ...(step.env ?? {}) }
    const main = join(this.actionDir, this.meta.runs.main)
    const result = await this.execute('main', id, this.node, [...this.nodeArgs, main], {
      ...this.baseEnv(stepEnv),
      ...inputs
    })
    if (this.meta.runs.post) this.postQueue.push({ id, inputs: step.with ?? {}, stepEnv, state: result.state })
    return result
  }

  /**
   * A `run:` step (bash, -e), seeing the job env and PATH.
   * @param {string} script @param {{ id?: string, env?: Record<string, string> }} [options]
   */
  async run(script, options = {}) {
    return this.execute(
      'run',
      options.id ?? `run${this.counter + 1}`,
      'bash',
      ['-e', '-c', script],
      this.baseEnv(options.env ?? {})
    )
  }

  /**
   * Runs a program directly (no shell), as a step would, seeing the job env and PATH.
   * @param {string} file @param {string[]} [args] @param {{ id?: string, env?: Record<string, string> }} [options]
   */
  async exec(file, args = [], options = {}) {
    return this.execute('run', options.id ?? `exec${this.counter + 1}`, file, args, this.baseEnv(options.env ?? {}))
  }

  /** The post steps of every `uses:` step, last first, as the runner orders them. */
  async runPosts() {
    const results = []
    const post = join(this.actionDir, this.meta.runs.post)
    for (const pending of [...this.postQueue].reverse()) {
      const stateEnv = Object.fromEntries(Object.entries(pending.state).map(([k, v]) => [`STATE_${k}`, v]))
      const env = { ...this.baseEnv(pending.stepEnv), ...this.inputEnv(pending.inputs), ...stateEnv }
      results.push(await this.execute('post', pending.id, this.node, [...this.nodeArgs, post], env))
    }
    this.postQueue = []
    return results
  }

  /**
   * Text as the runner would show it now: every mask registered so far replaced by ***.
   * @param {string} text
   */
  masked(text) {
    return maskWith(text, [...this.masks])
  }

  /**
   * Every appearance of a secret the runner would show, whole or in pieces (runner/log.mjs).
   * @param {{ secrets: string[], published?: string[], neverSaved?: string[] }} spec
   */
  leaks(spec) {
    return findLeaks(this.steps, spec, this.actionDir)
  }

  cleanup() {
    if (existsSync(this.root)) rmSync(this.root, { recursive: true, force: true })
  }
}
