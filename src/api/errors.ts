/**
 * Errors of the Flex Insights API as one readable line: which call failed, the HTTP status, the
 * server's own message and the request id, then what to do about it. Raw bodies, HTML pages
 * and stack traces never reach the message, and server text loses every known secret before it
 * is collapsed or cut (secrets.ts).
 */
import { randomBytes } from 'node:crypto'

// Matching control characters is the point of this expression.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f-\x9f]+/g

/**
 * The one rule for showing server text: control characters (terminal escapes, and line breaks
 * that could start a forged workflow command such as ::warning::) become a space. Used by error
 * messages, listings, `flex-insights api --include` and step summaries.
 */
export const printable = (text: string): string => text.replace(CONTROL, ' ')

/**
 * Request ids (X-GDC-REQUEST): a fresh id on every request, which the server echoes with a suffix of its own
 * and quotes in error bodies, so Flex Insights Support can find the request.
 */
export function newRequestId(): string {
  return `flex-insights-auth:${randomBytes(12).toString('base64url')}`
}

/** The server's echo of our request id, if it is a plausible one (it is quoted in messages). */
export function echoedRequestId(echoed: string | string[] | undefined, sent: string): string {
  const value = Array.isArray(echoed) ? echoed[0] : echoed
  return value && value.length <= 256 && /^[\x21-\x7e]+$/.test(value) ? value : sent
}

/** The calls this project makes; used to say which one failed. */
export type ApiCall =
  | 'login'
  | 'token'
  | 'logout'
  | 'delete-profile'
  | 'identifiers'
  | 'export'
  | 'poll'
  | 'download'
  | 'workspaces'
  | 'reports'
  | 'labels'
  | 'values'
  | 'api'

export type FailureKind =
  | 'http' // the server answered with an error status
  | 'network' // no answer: connection refused/reset, DNS, TLS
  | 'timeout' // no complete answer within request-timeout
  | 'protocol' // an answer we cannot use (broken JSON, missing or malformed value)
  | 'locked-out' // 429 with a Retry-After longer than max-retry-wait
  | 'session-gone' // the server says the SST is dead: logged out or expired
  | 'unauthorized' // the server refused a freshly issued TT

export interface FailureDetails {
  kind: FailureKind
  status?: number
  serverMessage?: string
  requestId?: string
  attempts?: number
  retryAfterSeconds?: number
  hint?: string
  /** A transfer that broke on the way (network, timeout): fetching it again may work. */
  retryable?: boolean
}

export class FlexInsightsError extends Error {
  readonly call: ApiCall
  readonly details: FailureDetails
  /** What failed, before the call, the details and the hint are added (the message has them all). */
  readonly summary: string

  constructor(call: ApiCall, summary: string, details: FailureDetails) {
    super(composeMessage(call, summary, details))
    this.name = 'FlexInsightsError'
    this.call = call
    this.summary = summary
    this.details = details
  }

  /** The same failure, told again with more details (the attempts a download took, say). */
  with(details: Partial<FailureDetails>): FlexInsightsError {
    return new FlexInsightsError(this.call, this.summary, { ...this.details, ...details })
  }

  get kind(): FailureKind {
    return this.details.kind
  }
}

function composeMessage(call: ApiCall, summary: string, d: FailureDetails): string {
  let text = `Flex Insights ${call} failed: ${summary}`
  if (d.serverMessage) text += `: ${d.serverMessage}`
  if (d.attempts && d.attempts > 1) text += ` (after ${d.attempts} attempts)`
  if (d.requestId) text += ` [request id ${d.requestId}]`
  if (d.hint) text += `. ${d.hint}`
  return text
}

/** What an error needs from an HTTP answer. */
export interface ErrorSource {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
  requestId: string
  attempts: number
}

export type Redact = (text: string) => string

/** A FlexInsightsError for an HTTP answer: its status, the server's own message, the request id. */
export function responseError(
  call: ApiCall,
  res: ErrorSource,
  redact: Redact,
  details: Partial<FailureDetails> = {}
): FlexInsightsError {
  const contentType = res.headers['content-type']
  const body = describeErrorBody(res.body, (Array.isArray(contentType) ? contentType[0] : contentType) ?? '', redact)
  return new FlexInsightsError(call, `HTTP ${res.status}`, {
    kind: 'http',
    status: res.status,
    serverMessage: body.message,
    // The body's id names the sub-request Support looks up; the header's is the outer one.
    requestId: body.requestId ?? res.requestId,
    attempts: res.attempts,
    ...details
  })
}

const MAX_MESSAGE = 300
/** Server text beyond this is never looked at: it bounds the redaction work, not the message. */
const MAX_SCANNED = 4096

/**
 * The server asked (Retry-After) to wait longer than max-retry-wait: when to try again, and on a
 * login, that too many invalid logins locked the account.
 */
export function lockedOut(
  call: ApiCall,
  res: ErrorSource,
  seconds: number,
  context: { clock: { now: () => number }; settings: { maxRetryWaitMs: number }; redact: Redact }
): FlexInsightsError {
  const until = new Date(context.clock.now() + seconds * 1000).toISOString()
  const maxWait = Math.round(context.settings.maxRetryWaitMs / 1000)
  const why =
    res.status === 429 && call === 'login'
      ? 'Too many invalid logins: check the login and password secrets before trying again.'
      : 'The server asked to wait longer than this action will.'
  return responseError(call, res, context.redact, {
    kind: 'locked-out',
    retryAfterSeconds: seconds,
    hint:
      `${why} The server asks to wait ${seconds} s (until ${until}), more than max-retry-wait (${maxWait} s); ` +
      `try again after that time, or raise max-retry-wait to wait it out`
  })
}

/** printf-style rendering as GoodData's clients do: `%s`/`%d` filled from `parameters`. */
export function renderTemplate(template: string, parameters: unknown): string {
  const params = Array.isArray(parameters) ? [...parameters] : []
  return template.replace(/%%|%[sdif]/g, token => {
    if (token === '%%') return '%'
    if (params.length === 0) return token
    const value = params.shift()
    return typeof value === 'string' ? value : JSON.stringify(value)
  })
}

/**
 * Server text made safe to quote: known secrets removed first, then control characters and
 * line breaks (which could forge workflow commands) collapsed, then cut to one short line.
 */
export function quoteServerText(text: string, redact: Redact): string {
  const clean = printable(redact(text.slice(0, MAX_SCANNED)))
    .replace(/\s+/g, ' ')
    .trim()
  return clean.length > MAX_MESSAGE ? `${clean.slice(0, MAX_MESSAGE)}…` : clean
}

export interface ParsedErrorBody {
  message?: string
  /** The body's `requestId`, when it is a plausible id (it is quoted in messages). */
  requestId?: string
}

const plausibleId = (value: unknown, redact: Redact): string | undefined =>
  typeof value === 'string' && /^[\x21-\x7e]{1,256}$/.test(value) && redact(value) === value ? value : undefined

/**
 * The server's message from any of the error-body shapes (docs/protocol.md, "Error bodies"):
 * `{"error":{"message","parameters"}}`, the auth proxy's `{"error":{"code","message"}}`,
 * the bare login error `{"component","message","parameters"}`, an empty body, or an HTML page.
 */
export function describeErrorBody(body: string, contentType: string, redact: Redact): ParsedErrorBody {
  const text = body.trim()
  if (!text) return { message: 'empty response body' }
  if (/html/i.test(contentType) || /^<(!doctype|html|head|body|\?xml)/i.test(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text.slice(0, MAX_SCANNED))?.[1]
    return { message: title ? `HTML error page "${quoteServerText(title, redact)}"` : 'HTML error page' }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    if (/json/i.test(contentType) || /^[[{]/.test(text))
      return { message: `malformed JSON body (${Buffer.byteLength(text)} bytes)` }
    return { message: `"${quoteServerText(text, redact)}"` }
  }
  if (json && typeof json === 'object') {
    const outer = json as Record<string, unknown>
    const inner = outer.error && typeof outer.error === 'object' ? (outer.error as Record<string, unknown>) : outer
    const requestId = plausibleId(inner.requestId, redact) ?? plausibleId(outer.requestId, redact)
    if (typeof inner.message === 'string') {
      return { message: `"${quoteServerText(renderTemplate(inner.message, inner.parameters), redact)}"`, requestId }
    }
    return { message: 'JSON body without a message', requestId }
  }
  return { message: `"${quoteServerText(text, redact)}"` }
}

/** The JSON object of a 200 answer; a 404 says `notFound`; anything else is the server's error. */
export function jsonBody(
  call: ApiCall,
  res: ErrorSource & { status: number },
  notFound: string,
  redact: Redact
): Record<string, unknown> {
  if (res.status === 404) throw responseError(call, res, redact, { hint: notFound })
  if (res.status !== 200) throw responseError(call, res, redact)
  try {
    const value: unknown = JSON.parse(res.body)
    if (value && typeof value === 'object') return value as Record<string, unknown>
  } catch {
    // reported below
  }
  throw new FlexInsightsError(call, `unexpected response (HTTP ${res.status}): the body is not JSON`, {
    kind: 'protocol',
    requestId: res.requestId
  })
}
