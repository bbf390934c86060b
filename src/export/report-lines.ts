/**
 * The lines of the action's `reports` input: a report, then the options that shape it
 * (options.ts), split as a shell splits words but with nothing expanded, over export-options.
 */
import { parseArgs } from 'node:util'
import { UsageError } from './exit-codes.js'
import { FILTER_OPTIONS, reportShape, type ReportShape, type ShapeDefaults } from './options.js'
import { parseReportRef, type ReportRef } from './report-ref.js'

type Values = Record<string, unknown>

/**
 * The words of a `reports` input line, split as a shell splits them but with nothing expanded:
 * '…' is literal, "…" keeps spaces (with \" and \\ escaped), a backslash outside quotes
 * escapes the next character. An unclosed quote is a usage error.
 */
export function splitWords(line: string): string[] {
  const words: string[] = []
  let word: string | undefined
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (c === ' ' || c === '\t') {
      if (word !== undefined) words.push(word)
      word = undefined
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1)
      if (end < 0) throw new UsageError("a quote (') is not closed")
      word = (word ?? '') + line.slice(i + 1, end)
      i = end
    } else if (c === '"') {
      let text = ''
      for (i++; i < line.length && line[i] !== '"'; i++) {
        if (line[i] === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\')) i++
        text += line[i]
      }
      if (i >= line.length) throw new UsageError('a quote (") is not closed')
      word = (word ?? '') + text
    } else if (c === '\\' && i + 1 < line.length) {
      word = (word ?? '') + line[++i]
    } else word = (word ?? '') + c
  }
  if (word !== undefined) words.push(word)
  return words
}

/** The shaping options among `words` (only those: -o, -D and the rest belong to the command). */
export function shapeOptions(words: string[]): Values {
  try {
    return parseArgs({ args: words, options: FILTER_OPTIONS, allowPositionals: false, strict: true }).values
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional.*$/s, '')
    throw new UsageError(
      `${message}; only ${Object.keys(FILTER_OPTIONS)
        .map(o => `--${o}`)
        .join(', ')} shape a report here`
    )
  }
}

const DATE_OPTIONS = ['date', 'from', 'to', 'last']

/** A line's options over export-options: each wins by name, and a line's dates replace all of the common ones. */
function merged(base: Values, own: Values): Values {
  const ownDates = DATE_OPTIONS.some(o => own[o] !== undefined)
  const kept = Object.fromEntries(Object.entries(base).filter(([k]) => !(ownDates && DATE_OPTIONS.includes(k))))
  return { ...kept, ...own }
}

/** A line of the action's `reports` input: the report and the shape its options (and export-options) give it. */
export interface ReportLine {
  ref: ReportRef
  shape: ReportShape
}

/**
 * The lines of a `reports` input: a report, then options that shape it (shell-like quoting, no
 * expansion), over `common` (export-options; a line's own options win). Problems are collected,
 * each naming its line; the same report with the same shape twice, in any two forms, is one.
 */
export function reportLines(
  text: string,
  common: string,
  context: { workspace?: string; defaults: ShapeDefaults },
  problems: string[]
): ReportLine[] {
  const lines: ReportLine[] = []
  let base: Values = {}
  try {
    base = shapeOptions(splitWords(common))
    reportShape(base, context.defaults) // checked on its own, whatever the lines say
  } catch (error) {
    problems.push(`Input "export-options": ${(error as Error).message}`)
  }
  const seen = new Map<string, string>()
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line) continue
    let entry: ReportLine
    try {
      const [report, ...words] = splitWords(line)
      const ref = parseReportRef(report, context.workspace)
      entry = { ref, shape: reportShape(merged(base, shapeOptions(words)), context.defaults) }
    } catch (error) {
      problems.push(`Input "reports": ${line.includes(' ') ? `line "${line}": ` : ''}${(error as Error).message}`)
      continue
    }
    const { ref, shape } = entry
    if (!ref.workspace)
      problems.push(
        `Input "reports": ${ref.input} needs a workspace; ` +
          `set the "workspace" input, or give the report as /gdc/md/<workspace>/obj/<id>`
      )
    const key = `${ref.workspace}/${ref.objectId ?? `identifier ${ref.identifier}`} ${JSON.stringify(shape)}`
    const first = seen.get(key)
    if (first !== undefined)
      problems.push(
        `Input "reports": ${ref.input} is the same report as ${first} ` +
          `(${ref.objectId ? `object ${ref.objectId}` : ref.identifier} of workspace ${ref.workspace}); list it once`
      )
    else seen.set(key, ref.input)
    lines.push(entry)
  }
  return lines
}
