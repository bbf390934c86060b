// @ts-check
// What the runner makes of a step's output, for the runner simulator (scripts/runner.mjs): file
// commands and workflow commands parsed as the runner parses them, each line shown with the masks
// registered before it, and the leak scan over everything a job printed, summarised, published
// and saved.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Pieces of a secret this long or longer count as a leak (as src/api/secrets.ts redacts them). */
export const FRAGMENT = 8

/** @type {Map<string, string>} */
const vocabulary = new Map()
/**
 * The text of the action's own code: words it prints whatever the secrets are.
 * @param {string} root
 */
function actionText(root) {
  let text = vocabulary.get(root)
  if (text === undefined) {
    text = readdirSync(join(root, 'dist'))
      .filter(f => f.endsWith('.js') || f.endsWith('.cjs'))
      .map(f => readFileSync(join(root, 'dist', f), 'utf8'))
      .join('\n')
    vocabulary.set(root, text)
  }
  return text
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
export function maskWith(text, masks) {
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
 * A step's lines as the runner's log shows them. The runner reads stdout and stderr line by
 * line as they arrive (actions/runner: one OutputManager per stream) and a mask hides only what
 * comes after it: nothing printed earlier in the job, or earlier in the same stream. Across the
 * two streams of one step the order of arrival is not exact, so a mask on one stream also
 * covers the other's lines from up to CROSS_STREAM_MS before it. Adds the step's masks to `known`.
 * @param {Array<{stream: 'stdout' | 'stderr', text: string, at: number}>} arrivals
 * @param {Set<string>} known  the masks registered so far in the job
 */
export function showLines(arrivals, known) {
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
  const before = new Set(known)
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
  for (const m of mine) known.add(m.value)
  return shown.join('\n')
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
 * @param {import('../runner.mjs').StepResult[]} steps
 * @param {{ secrets: string[], published?: string[], neverSaved?: string[] }} spec
 * @param {string} root  the action's folder, whose dist/ text is not evidence of a leak
 */
export function findLeaks(steps, spec, root) {
  const found = []
  const secrets = spec.secrets.filter(Boolean)
  for (const step of steps) {
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
      const shown = pieceOf(s, printed, root)
      if (shown !== undefined) found.push(`${step.kind} ${step.id}: printed output contains ${what(shown)}`)
      const summarised = pieceOf(s, summary, root)
      if (summarised !== undefined) found.push(`${step.kind} ${step.id}: step summary contains ${what(summarised)}`)
      if (!(spec.published ?? []).includes(s) && pieceOf(s, published, root) !== undefined)
        found.push(`${step.kind} ${step.id}: an output or env var contains a secret`)
      if ((spec.neverSaved ?? []).includes(s) && saved.includes(s))
        found.push(`${step.kind} ${step.id}: saved state contains the password`)
    }
  }
  return found
}

/**
 * The secret, or its longest piece of FRAGMENT characters or more, if `text` shows it.
 * @param {string} secret @param {string} text @param {string} root
 * @returns {string | undefined}
 */
export function pieceOf(secret, text, root) {
  if (!text) return undefined
  if (text.includes(secret)) return secret
  if (secret.length < FRAGMENT) return undefined
  let longest
  for (let start = 0; start + FRAGMENT <= secret.length; start++) {
    let end = start + FRAGMENT
    if (!text.includes(secret.slice(start, end))) continue
    while (end < secret.length && text.includes(secret.slice(start, end + 1))) end++
    const piece = secret.slice(start, end)
    if (!actionText(root).includes(piece) && (!longest || piece.length > longest.length)) longest = piece
  }
  return longest
}
