// @ts-check
// Runs the committed action the way the GitHub runner does (actions/runner NodeScriptActionHandler):
// node <action>/dist/index.js with cwd = the workspace, INPUT_* for every declared input
// (defaults included), fresh GITHUB_OUTPUT/ENV/STATE/PATH/STEP_SUMMARY files per step, workflow
// commands read from stdout and stderr, then post steps in reverse order with STATE_* and the
// job env. Used by the end-to-end tests, `npm start` and the benchmark.
import { spawn } from 'node:child_process'
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, delimiter } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Pieces of a secret this long or longer count as a leak (as src/api/secrets.ts redacts them). */
export const FRAGMENT = 8

/** @type {string | undefined} */
let vocabulary
/** The text of the action's own code: words it prints whatever the secrets are. */
function actionText() {
  vocabulary ??= readdirSync(join(REPO_ROOT, 'dist'))
    .filter(f => f.endsWith('.js') || f.endsWith('.cjs'))
    .map(f => readFileSync(join(REPO_ROOT, 'dist', f), 'utf8'))
    .join('\n')
  return vocabulary
}

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
 * Parses a file-command file: `name<<DELIM\nvalue\nDELIM` entries and plain `name=value` lines.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseFileCommands(text) {
  /** @type {Record<string, string>} */
  const out = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line) continue
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delim] = heredoc
      const value = []
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i])
      out[name] = value.join('\n')
    } else {
      const eq = line.indexOf('=')
      if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1)
    }
  }
  return out
}

/** Tolerance for the order of a step's two streams (show()). */
const CROSS_STREAM_MS = 50

/** @param {string} text @param {string[]} masks */
function maskWith(text, masks) {
  let out = text
  for (const secret of [...masks].sort((a, b) => b.length - a.length)) out = out.split(secret).join('***')
  return out
}

/** @param {string} s */
const unescapeData = s => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')

/**
 * Workflow commands (`::name key=v::message`) in printed text.
 * @param {string} text
 * @returns {Array<{name: string, properties: string, message: string}>}
 */
export function parseWorkflowCommands(text) {
  /** @type {Array<{name: string, properties: string, message: string}>} */
  const commands = []
  for (const line of text.split(/\r?\n/)) {
    const m = /^::([a-zA-Z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (m) commands.push({ name: m[1], properties: m[2] ?? '', message: unescapeData(m[3]) })
  }
  return commands
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
 * @property {string} shown  both streams as the runner's log shows them: each line masked with the masks registered before it
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
    /** @type {Array<{id: string, inputs: Record<string,string>, stepEnv: Record<string,string>, state: Record<string,string>}>} */
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
   * @param {'main' | 'post' | 'run'} kind @param {string} id @param {string} command @param {string[]} args @param {Record<string, string>} env
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
    const started = Date.now()
    const child = spawn(command, args, {
      cwd: this.workspace,
      env: { ...env, ...fileEnv },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    /** Both streams in the order they arrived, as the runner reads them. @type {Array<{stream: 'stdout' | 'stderr', text: string, at: number}>} */
    const arrivals = []
    child.stdout.on('data', d => {
      stdout += d
      arrivals.push({ stream: 'stdout', text: String(d), at: performance.now() })
    })
    child.stderr.on('data', d => {
      stderr += d
      arrivals.push({ stream: 'stderr', text: String(d), at: performance.now() })
    })
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, this.stepTimeoutMs)
    /** @type {number | null} */
    const exitCode = await new Promise(resolve => child.on('close', code => resolve(code)))
    clearTimeout(timer)
    /** @param {string} f */
    const read = f => readFileSync(files[f], 'utf8')
    const commands = [...parseWorkflowCommands(stdout), ...parseWorkflowCommands(stderr)]
    const shown = this.show(arrivals)
    const exported = parseFileCommands(read('ENV'))
    const added = read('PATH').split(/\r?\n/).filter(Boolean)
    /** @type {StepResult} */
    const result = {
      kind,
      id,
      exitCode,
      timedOut,
      durationMs: Date.now() - started,
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
   * A step's lines as the runner's log shows them. The runner reads stdout and stderr line by
   * line as they arrive (actions/runner: one OutputManager per stream) and a mask hides only what
   * comes after it: nothing printed earlier in the job, or earlier in the same stream. Across the
   * two streams of one step the order of arrival is not exact, so a mask on one stream also
   * covers the other's lines from up to CROSS_STREAM_MS before it. Registers the step's masks.
   * @param {Array<{stream: 'stdout' | 'stderr', text: string, at: number}>} arrivals
   */
  show(arrivals) {
    /** @type {Array<{stream: string, line: string, at: number}>} */
    const lines = []
    /** @type {Record<string, string>} */
    const partial = { stdout: '', stderr: '' }
    for (const { stream, text, at } of arrivals) {
      const parts = (partial[stream] + text).split(/\r?\n/)
      partial[stream] = /** @type {string} */ (parts.pop())
      for (const line of parts) lines.push({ stream, line, at })
    }
    for (const stream of ['stdout', 'stderr'])
      if (partial[stream]) lines.push({ stream, line: partial[stream], at: Infinity })
    const before = new Set(this.masks)
    /** @type {Array<{value: string, stream: string, at: number, index: number}>} */
    const mine = []
    lines.forEach(({ stream, line, at }, index) => {
      const [command] = parseWorkflowCommands(line)
      if (command?.name === 'add-mask' && command.message) mine.push({ value: command.message, stream, at, index })
    })
    /** @type {string[]} */
    const shown = []
    lines.forEach((l, index) => {
      if (l.line.startsWith('::add-mask::')) return
      const masks = [...before]
      for (const m of mine)
        if (m.stream === l.stream ? m.index < index : m.at <= l.at + CROSS_STREAM_MS) masks.push(m.value)
      shown.push(maskWith(l.line, masks))
    })
    for (const m of mine) this.masks.add(m.value)
    return shown.join('\n')
  }

  /**
   * Text as the runner would show it now: every mask registered so far replaced by ***.
   * @param {string} text
   */
  masked(text) {
    return maskWith(text, [...this.masks])
  }

  /**
   * Every appearance of a secret the runner would show, whole or in pieces. The action's own
   * steps (main, post) must never print one, masked or not, nor any piece of one of
   * FRAGMENT characters or more, nor put one in a step summary. A `run:` step may print a
   * secret the runner masks (that is what `flex-insights token` does on stdout), but no piece of
   * one that survives the masking. Outputs and env vars may hold the values listed in
   * `published` (the TT is their purpose) and no other; saved state never holds the
   * `neverSaved` ones. A piece that is also text of the action's own code (a word such as
   * "password") is not evidence of a leak.
   * @param {{ secrets: string[], published?: string[], neverSaved?: string[] }} spec
   */
  leaks(spec) {
    const found = []
    const secrets = spec.secrets.filter(Boolean)
    for (const step of this.steps) {
      const raw = `${step.stdout}\n${step.stderr}`
        .split(/\r?\n/)
        .filter(line => !line.startsWith('::add-mask::'))
        .join('\n')
      const printed = step.kind === 'run' ? step.shown : raw
      const summary = step.kind === 'run' ? step.shownSummary : step.summary
      const published = [...Object.values(step.outputs), ...Object.values(step.env)].join('\n')
      const saved = Object.values(step.state).join('\n')
      for (const s of secrets) {
        const what = (/** @type {string | undefined} */ piece) =>
          piece === s ? 'a secret' : `a piece of a secret (${piece?.length} characters)`
        const shown = this.pieceOf(s, printed)
        if (shown !== undefined) found.push(`${step.kind} ${step.id}: printed output contains ${what(shown)}`)
        const summarised = this.pieceOf(s, summary)
        if (summarised !== undefined) found.push(`${step.kind} ${step.id}: step summary contains ${what(summarised)}`)
        if (!(spec.published ?? []).includes(s) && this.pieceOf(s, published) !== undefined)
          found.push(`${step.kind} ${step.id}: an output or env var contains a secret`)
        if ((spec.neverSaved ?? []).includes(s) && saved.includes(s))
          found.push(`${step.kind} ${step.id}: saved state contains the password`)
      }
    }
    return found
  }

  /**
   * The secret, or its longest piece of FRAGMENT characters or more, if `text` shows it.
   * @param {string} secret @param {string} text
   * @returns {string | undefined}
   */
  pieceOf(secret, text) {
    if (!text) return undefined
    if (text.includes(secret)) return secret
    if (secret.length < FRAGMENT) return undefined
    let longest
    for (let start = 0; start + FRAGMENT <= secret.length; start++) {
      let end = start + FRAGMENT
      if (!text.includes(secret.slice(start, end))) continue
      while (end < secret.length && text.includes(secret.slice(start, end + 1))) end++
      const piece = secret.slice(start, end)
      if (!actionText().includes(piece) && (!longest || piece.length > longest.length)) longest = piece
    }
    return longest
  }

  cleanup() {
    if (existsSync(this.root)) rmSync(this.root, { recursive: true, force: true })
  }
}
