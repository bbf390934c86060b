/**
 * Errors of the Flex Insights API, rendered as one readable line: which call failed, the HTTP
 * status, the server's own message and the request id, followed by what to do about it.
 * Raw bodies, HTML pages and stack traces never reach the message.
 */

/** The calls the action makes; used to say which one failed. */
export type ApiCall = 'login' | 'token' | 'logout' | 'profile' | 'delete-profile'

export type FailureKind =
  | 'http' // the server answered with an error status
  | 'network' // no answer: connection refused/reset, DNS, TLS
  | 'timeout' // no complete answer within request-timeout
  | 'protocol' // a 2xx answer we cannot use (broken JSON, missing token)
  | 'locked-out' // 429 with a Retry-After longer than max-retry-wait
  | 'session-gone' // the SST is dead: logged out or expired

export interface FailureDetails {
  kind: FailureKind
  status?: number
  serverMessage?: string
  requestId?: string
  attempts?: number
  retryAfterSeconds?: number
  hint?: string
}

export class FlexInsightsError extends Error {
  readonly call: ApiCall
  readonly details: FailureDetails

  constructor(call: ApiCall, summary: string, details: FailureDetails) {
    super(composeMessage(call, summary, details))
    this.name = 'FlexInsightsError'
    this.call = call
    this.details = details
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

/** What an error needs from an HTTP answer (an ApiResponse, without importing the HTTP layer). */
export interface ErrorSource {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
  requestId: string
  attempts: number
}

/** A FlexInsightsError for an HTTP answer: its status, the server's own message, the request id. */
export function responseError(call: ApiCall, res: ErrorSource, details: Partial<FailureDetails> = {}): FlexInsightsError {
  const contentType = res.headers['content-type']
  const body = describeErrorBody(res.body, (Array.isArray(contentType) ? contentType[0] : contentType) ?? '')
  return new FlexInsightsError(call, `HTTP ${res.status}`, {
    kind: 'http',
    status: res.status,
    serverMessage: body.message,
    requestId: body.requestId ?? res.requestId,
    attempts: res.attempts,
    ...details
  })
}

const MAX_MESSAGE = 300

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

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > MAX_MESSAGE ? `${flat.slice(0, MAX_MESSAGE)}…` : flat
}

interface ParsedErrorBody {
  message?: string
  requestId?: string
}

/**
 * The server's message from any of the error-body shapes of protocol.md §7.1:
 * `{"error":{"message","parameters","requestId"}}`, the auth proxy's `{"error":{"code","message"}}`,
 * the bare login error `{"component","message","parameters"}`, an empty body, or an HTML page.
 */
export function describeErrorBody(body: string, contentType = ''): ParsedErrorBody {
  const text = body.trim()
  if (!text) return { message: 'empty response body' }
  if (/html/i.test(contentType) || /^<(!doctype|html|head|body|\?xml)/i.test(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]
    return { message: title ? `HTML error page "${oneLine(title)}"` : 'HTML error page' }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    if (/json/i.test(contentType) || /^[[{]/.test(text)) {
      return { message: `malformed JSON body (${Buffer.byteLength(text)} bytes)` }
    }
    return { message: `"${oneLine(text)}"` }
  }
  if (json && typeof json === 'object') {
    const outer = json as Record<string, unknown>
    const inner =
      outer.error && typeof outer.error === 'object' ? (outer.error as Record<string, unknown>) : outer
    const requestId = typeof inner.requestId === 'string' ? inner.requestId : undefined
    if (typeof inner.message === 'string') {
      return { message: `"${oneLine(renderTemplate(inner.message, inner.parameters))}"`, requestId }
    }
    return { message: 'JSON body without a message', requestId }
  }
  return { message: `"${oneLine(text)}"` }
}
