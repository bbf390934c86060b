/**
 * The one home of the masking rule: which forms of a secret get registered with whatever hides
 * output (the runner's `::add-mask::`), and how known secrets are cut out of server text before
 * it is collapsed, truncated or quoted. A server that echoes part of a token, or a message
 * squeezed to one line, must not leave a readable piece behind. Dependency-free except for the
 * cookie form, so the command's fast path can use it.
 */
import { ttCookie } from './tokens.js'

/** Registers one value with whatever masks output. */
export type MaskSink = (value: string) => void

export type SecretKind = 'password' | 'sst' | 'tt'

/** Pieces of a secret this long or longer are removed from server text wherever they appear. */
export const FRAGMENT_LENGTH = 8

const REDACTED = '***'
const collapse = (text: string): string => text.replace(/\s+/g, ' ')

export class Secrets {
  private readonly known = new Set<string>()

  constructor(private readonly sink: MaskSink = () => undefined) {}

  /**
   * Masks a secret and every form a log line could show it in: a TT's cookie form, a
   * password's JSON-escaped and white-space-collapsed forms. Each value is registered once.
   */
  add(value: string | undefined, kind: SecretKind): void {
    if (!value) return
    const forms = [value]
    if (kind === 'tt') forms.push(ttCookie(value))
    if (kind === 'password') {
      forms.push(JSON.stringify(value).slice(1, -1), collapse(value), value.trim())
    }
    for (const form of forms) {
      if (!form || this.known.has(form)) continue
      if (form !== value && form.length < FRAGMENT_LENGTH) continue
      this.known.add(form)
      this.sink(form)
    }
  }

  /** Every registered form, longest first. */
  all(): string[] {
    return [...this.known].sort((a, b) => b.length - a.length)
  }

  /** `text` without any known secret, nor any piece of one FRAGMENT_LENGTH long or more. */
  redact(text: string): string {
    return redact(text, this.all())
  }
}

/**
 * Replaces every occurrence of a secret, and every run of FRAGMENT_LENGTH or more characters
 * shared with one, by `***`. Runs shorter than that are left: they cannot be told from prose.
 */
export function redact(text: string, secrets: readonly string[]): string {
  if (!text || !secrets.length) return text
  const marked = new Uint8Array(text.length)
  for (const secret of secrets) {
    for (const needle of new Set([secret, collapse(secret)])) markRuns(text, needle, marked)
  }
  let out = ''
  for (let i = 0; i < text.length;) {
    if (!marked[i]) {
      out += text[i++]
      continue
    }
    while (i < text.length && marked[i]) i++
    out += REDACTED
  }
  return out
}

function markRuns(text: string, secret: string, marked: Uint8Array): void {
  if (secret.length < FRAGMENT_LENGTH) {
    for (let at = text.indexOf(secret); secret && at >= 0; at = text.indexOf(secret, at + 1)) {
      marked.fill(1, at, at + secret.length)
    }
    return
  }
  for (let start = 0; start + FRAGMENT_LENGTH <= secret.length; start++) {
    const window = secret.slice(start, start + FRAGMENT_LENGTH)
    for (let at = text.indexOf(window); at >= 0; at = text.indexOf(window, at + 1)) {
      let end = at + FRAGMENT_LENGTH
      while (end < text.length && start + (end - at) < secret.length && text[end] === secret[start + (end - at)]) end++
      marked.fill(1, at, end)
    }
  }
}
