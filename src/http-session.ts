/**
 * The one HTTP layer every feature uses (login, token refresh, logout, and later report
 * exports): constant User-Agent, a fresh X-GDC-REQUEST id per request, a hard per-request
 * timeout, and bounded retries for transient failures only.
 *
 * Requests go through node:http(s) with agents from ./agents.ts, which honours https_proxy /
 * no_proxy through @actions/http-client the way every other action does. We do not use
 * HttpClient.request itself because it cannot abort a request in flight: its socket timeout
 * only half-closes the socket, which can keep a post step alive against a server that never
 * answers.
 */
import http from 'node:http'
import https from 'node:https'
import { randomBytes } from 'node:crypto'
import { Agents } from './agents.js'
import { FlexInsightsError, responseError, type ApiCall } from './api-error.js'
import { silentLogger, type Logger } from './logger.js'
import { USER_AGENT } from './version.js'

export interface SessionSettings {
  /** Normalised base URL, no trailing slash. */
  apiUrl: string
  timeoutMs: number
  maxAttempts: number
  maxRetryWaitMs: number
}

/** The settings out of anything that carries them (parsed inputs, a saved session). */
export function settingsOf(source: SessionSettings): SessionSettings {
  const { apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs } = source
  return { apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs }
}

export interface SessionDeps {
  logger?: Logger
  /** Injectable so tests run backoff and Retry-After without waiting. */
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  now?: () => number
  /** Called once a request has been handed to the OS (or failed): early-start.ts waits for it. */
  onRequestWritten?: () => void
}

export interface ApiRequest {
  call: ApiCall
  method: 'GET' | 'POST' | 'DELETE'
  path: string
  headers?: Record<string, string>
  body?: unknown
}

export interface ApiResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
  /** The id the server echoed (with its suffix), else the one we sent. */
  requestId: string
  attempts: number
}

/** Auth answers are tiny; a cap keeps a misbehaving server from filling memory. */
const MAX_BODY_BYTES = 4 * 1024 * 1024
const BACKOFF_BASE_MS = 1000
const BACKOFF_CAP_MS = 20_000
const TRANSIENT_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'UND_ERR_SOCKET'
])

class AttemptTimeout extends Error {}
class BodyTooLarge extends Error {}

export const defaultSleep = (ms: number): Promise<void> =>
  new Promise(resolve => setTimeout(resolve, ms))

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value
  if (!raw) return undefined
  const trimmed = raw.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, Math.ceil((date - now) / 1000))
}

export function newRequestId(): string {
  return `flex-insights-auth:${randomBytes(12).toString('base64url')}`
}

export class HttpSession {
  readonly settings: SessionSettings
  private readonly logger: Logger
  private readonly sleep: (ms: number) => Promise<void>
  private readonly random: () => number
  private readonly now: () => number
  private readonly onRequestWritten: () => void
  private readonly agents = new Agents()
  /** Requests actually sent, retries included (reported in logs and by the benchmark). */
  requestCount = 0

  constructor(settings: SessionSettings, deps: SessionDeps = {}) {
    this.settings = settings
    this.logger = deps.logger ?? silentLogger
    this.sleep = deps.sleep ?? defaultSleep
    this.random = deps.random ?? Math.random
    this.now = deps.now ?? Date.now
    this.onRequestWritten = deps.onRequestWritten ?? (() => undefined)
  }

  /** Releases pooled sockets so the process can exit at once. */
  close(): void {
    this.agents.close()
  }

  /**
   * Sends the request, retrying network errors, timeouts, 408, 429 and 5xx up to maxAttempts.
   * Any other status (400/401/403/404 above all: invalid logins lock the account) is returned
   * after exactly one request, for the caller to interpret.
   */
  async request(req: ApiRequest): Promise<ApiResponse> {
    const { maxAttempts, maxRetryWaitMs } = this.settings
    for (let attempt = 1; ; attempt++) {
      const requestId = newRequestId()
      const started = this.now()
      let waitMs: number
      try {
        const res = await this.send(req, requestId)
        res.attempts = attempt
        this.logger.debug(
          `${req.method} ${req.path} -> HTTP ${res.status} in ${this.now() - started} ms (attempt ${attempt}/${maxAttempts}, request id ${res.requestId})`
        )
        if (!isRetryableStatus(res.status)) return res
        const retryAfter = parseRetryAfter(res.headers['retry-after'], this.now())
        if (retryAfter !== undefined && retryAfter * 1000 > maxRetryWaitMs) {
          throw this.retryAfterTooLong(req.call, res, retryAfter)
        }
        if (attempt >= maxAttempts) return res
        waitMs = retryAfter !== undefined ? retryAfter * 1000 : this.backoff(attempt)
        this.logger.info(
          `Flex Insights ${req.call}: HTTP ${res.status}, retrying in ${(waitMs / 1000).toFixed(1)} s (attempt ${attempt + 1}/${maxAttempts})`
        )
      } catch (error) {
        if (error instanceof FlexInsightsError) throw error
        const failure = this.describeFailure(error)
        this.logger.debug(`${req.method} ${req.path} -> ${failure.text} (attempt ${attempt}/${maxAttempts}, request id ${requestId})`)
        if (!failure.retryable || attempt >= maxAttempts) {
          throw new FlexInsightsError(req.call, failure.text, {
            kind: failure.kind,
            requestId,
            attempts: attempt,
            hint: failure.hint
          })
        }
        waitMs = this.backoff(attempt)
        this.logger.info(
          `Flex Insights ${req.call}: ${failure.text}, retrying in ${(waitMs / 1000).toFixed(1)} s (attempt ${attempt + 1}/${maxAttempts})`
        )
      }
      await this.sleep(waitMs)
    }
  }

  /** Exponential backoff with "equal jitter": never zero, never more than the cap. */
  private backoff(attempt: number): number {
    const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1))
    return Math.round(ceiling / 2 + this.random() * (ceiling / 2))
  }

  private retryAfterTooLong(call: ApiCall, res: ApiResponse, seconds: number): FlexInsightsError {
    const until = new Date(this.now() + seconds * 1000).toISOString()
    const maxWait = Math.round(this.settings.maxRetryWaitMs / 1000)
    const why =
      res.status === 429 && call === 'login'
        ? 'Too many invalid logins: check the login and password secrets before trying again.'
        : 'The server asked to wait longer than this action will.'
    return responseError(call, res, {
      kind: 'locked-out',
      retryAfterSeconds: seconds,
      hint: `${why} The server asks to wait ${seconds} s (until ${until}), more than max-retry-wait (${maxWait} s); try again after that time, or raise max-retry-wait to wait it out`
    })
  }

  private describeFailure(error: unknown): { text: string; kind: 'network' | 'timeout'; retryable: boolean; hint?: string } {
    const host = new URL(this.settings.apiUrl).host
    if (error instanceof AttemptTimeout) {
      return {
        text: `no complete response within ${this.settings.timeoutMs / 1000} s`,
        kind: 'timeout',
        retryable: true,
        hint: `${host} did not answer in time; raise request-timeout if the API is just slow`
      }
    }
    if (error instanceof BodyTooLarge) {
      return { text: `response larger than ${MAX_BODY_BYTES} bytes`, kind: 'network', retryable: false }
    }
    const code = (error as NodeJS.ErrnoException)?.code ?? ''
    const message = (error as Error)?.message ?? String(error)
    const text = code ? `network error ${code} talking to ${host}` : `network error talking to ${host}: ${message}`
    if (code === 'ENOTFOUND') {
      return { text, kind: 'network', retryable: false, hint: 'Check the api-url input (the host name does not resolve) and any proxy settings' }
    }
    if (/CERT|SSL|TLS/i.test(code)) {
      return { text, kind: 'network', retryable: false, hint: 'The TLS certificate was rejected; check api-url and NODE_EXTRA_CA_CERTS for a corporate proxy' }
    }
    return {
      text,
      kind: 'network',
      retryable: TRANSIENT_NETWORK_CODES.has(code) || !code,
      hint: 'Check that the API is reachable from the runner (api-url, https_proxy/no_proxy)'
    }
  }

  /** One attempt, bounded by timeoutMs from the first byte sent to the last byte read. */
  private async send(req: ApiRequest, requestId: string): Promise<ApiResponse> {
    const url = new URL(this.settings.apiUrl + req.path)
    const payload = req.body === undefined ? undefined : JSON.stringify(req.body)
    const headers: Record<string, string> = {
      'User-Agent': USER_AGENT,
      Accept: 'application/json',
      'X-GDC-REQUEST': requestId,
      ...req.headers
    }
    if (payload !== undefined) {
      headers['Content-Type'] = 'application/json'
      headers['Content-Length'] = String(Buffer.byteLength(payload))
    }
    const transport = url.protocol === 'https:' ? https : http
    const agent = await this.agents.agentFor(url)
    this.requestCount++
    return new Promise<ApiResponse>((resolve, reject) => {
      const request = transport.request(url, { method: req.method, headers, agent })
      const timer = setTimeout(() => request.destroy(new AttemptTimeout()), this.settings.timeoutMs)
      const fail = (error: unknown): void => {
        clearTimeout(timer)
        this.onRequestWritten()
        reject(error)
      }
      request.on('finish', this.onRequestWritten)
      request.on('error', fail)
      request.on('response', res => {
        const chunks: Buffer[] = []
        let size = 0
        res.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size > MAX_BODY_BYTES) request.destroy(new BodyTooLarge())
          else chunks.push(chunk)
        })
        res.on('error', fail)
        res.on('aborted', () => fail(Object.assign(new Error('response aborted'), { code: 'ECONNRESET' })))
        res.on('end', () => {
          clearTimeout(timer)
          const echoed = res.headers['x-gdc-request']
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            requestId: (Array.isArray(echoed) ? echoed[0] : echoed) || requestId,
            attempts: 1
          })
        })
      })
      request.end(payload)
    })
  }
}
