/**
 * The one HTTP engine every call uses: a constant User-Agent, JSON Accept/Content-Type, a fresh
 * X-GDC-REQUEST id per request, gzip/deflate answers decoded, every request bounded by a
 * timeout, and retries for transient failures only (retry.ts). It refuses any URL that would
 * leave the configured API origin (origin.ts), so no token can be sent anywhere else.
 *
 * Requests go through node:http(s) with agents from agents.ts (https_proxy / no_proxy honoured
 * as @actions/http-client does). HttpClient.request itself cannot abort a request in flight,
 * which could keep a post step alive against a server that never answers. Transfer failures
 * (retry.ts's TransportError) end here: callers, and a streamed body, see a FlexInsightsError.
 */
import http from 'node:http'
import https from 'node:https'
import type { Readable } from 'node:stream'
import { Agents } from './agents.js'
import { decodeBody, readText, watchIdle } from './body.js'
import { echoedRequestId, FlexInsightsError, lockedOut, newRequestId, type ApiCall, type Redact } from './errors.js'
import { AttemptTimeoutError, classifyFailure } from './failures.js'
import { type Logger, silentLogger } from './logger.js'
import { urlUnder } from './origin.js'
import { systemClock, type Clock } from './clock.js'
import { RetryAfterTooLongError, TransportError, withRetries, type Answer, type RetrySettings } from './retry.js'
import { USER_AGENT } from './version.js'

export interface TransportSettings extends RetrySettings {
  /** Normalised base URL, no trailing slash (origin.ts). */
  apiUrl: string
  timeoutMs: number
}

export interface TransportDeps {
  logger?: Logger
  clock?: Clock
  /** Removes known secrets from server text before it is quoted in an error (secrets.ts). */
  redact?: Redact
}

export interface ApiRequest {
  call: ApiCall
  method: string
  path: string
  headers?: Record<string, string>
  /** Sent as JSON. */
  body?: unknown
  /** Sent as is (a file for `flex-insights api --input`): a fresh stream per attempt. */
  upload?: () => Readable
  /** One attempt only (requests that are not safe to repeat). */
  once?: boolean
}

export interface ApiResponse extends Answer {
  body: string
  /** The id the server echoed (with its suffix) when it looks like one, else the one we sent. */
  requestId: string
}

export interface StreamedResponse extends Answer {
  /**
   * The decoded body; it fails with a FlexInsightsError (details.retryable) if the connection
   * drops or stays idle for request-timeout.
   */
  body: Readable
  requestId: string
}

export class Transport {
  readonly settings: TransportSettings
  readonly logger: Logger
  readonly clock: Clock
  readonly redact: Redact
  /** Requests sent, retries included (reported in logs and by the benchmark). */
  requestCount = 0
  private readonly agents = new Agents()

  constructor(settings: TransportSettings, deps: TransportDeps = {}) {
    this.settings = settings
    this.logger = deps.logger ?? silentLogger
    this.clock = deps.clock ?? systemClock
    this.redact = deps.redact ?? (text => text)
  }

  /** Releases pooled sockets so the process can exit at once. */
  close(): void {
    this.agents.close()
  }

  /**
   * Sends the request and reads the whole answer, retrying transient failures. Any other
   * status (400/401/403/404 above all: invalid logins lock the account) is returned after
   * exactly one request, for the caller to interpret. Each attempt is bounded by
   * request-timeout from the first byte sent to the last byte read.
   */
  request(req: ApiRequest): Promise<ApiResponse> {
    return this.retried(req, async (requestId, n) => {
      const res = await this.attempt(req, requestId, n, 'whole')
      return { ...res, body: await readText(res.body) }
    })
  }

  /**
   * Like request(), but hands back the answer once its headers arrive, the body streamed; the
   * body then fails if the connection drops or stays idle for request-timeout.
   */
  stream(req: ApiRequest): Promise<StreamedResponse> {
    return this.retried(req, (requestId, n) => this.attempt(req, requestId, n, 'idle'))
  }

  private async retried<R extends Answer & { requestId: string; body: string | Readable }>(
    req: ApiRequest,
    attempt: (requestId: string, n: number) => Promise<R>
  ): Promise<R> {
    let requestId = ''
    const settings = req.once ? { ...this.settings, maxAttempts: 1 } : this.settings
    try {
      return await withRetries(settings, this.clock, n => attempt((requestId = newRequestId()), n), {
        retrying: (reason, waitMs, next) =>
          this.logger.info(
            `Flex Insights ${req.call}: ${reason}, retrying in ` +
              `${(waitMs / 1000).toFixed(1)} s (attempt ${next}/${settings.maxAttempts})`
          ),
        discard: answer => {
          if (typeof answer.body !== 'string') answer.body.resume()
        }
      })
    } catch (error) {
      if (error instanceof RetryAfterTooLongError) {
        const answer = error.answer as R
        const body =
          typeof answer.body === 'string' ? answer.body : await readText(answer.body, 64 * 1024).catch(() => '')
        throw lockedOut(req.call, { ...answer, body }, error.seconds, this)
      }
      if (!(error instanceof TransportError)) throw error
      throw this.translated(req, error, requestId)
    }
  }

  /** A transfer failure as the error of its call: what went wrong, where, and whether a retry may help. */
  private translated(req: ApiRequest, error: TransportError, requestId: string): FlexInsightsError {
    return new FlexInsightsError(req.call, error.message, {
      kind: error.kind,
      requestId,
      attempts: error.attempts,
      hint: error.hint,
      retryable: error.retryable
    })
  }

  private classify(error: unknown): TransportError {
    return classifyFailure(error, this.settings.apiUrl, this.settings.timeoutMs)
  }

  /**
   * One attempt; resolves with the headers. `whole`: request-timeout bounds the attempt from the
   * first byte sent to the last byte read. `idle`: it bounds the wait for the headers and then
   * each gap in the body, however long the whole download takes.
   */
  private async attempt(
    req: ApiRequest,
    requestId: string,
    n: number,
    limit: 'whole' | 'idle'
  ): Promise<StreamedResponse> {
    const url = urlUnder(this.settings.apiUrl, req.path)
    if (!url) {
      throw new FlexInsightsError(req.call, 'refusing to send a request outside the API URL', {
        kind: 'protocol',
        hint: `The path must lie under ${this.settings.apiUrl}`
      })
    }
    const payload = req.body === undefined ? undefined : JSON.stringify(req.body)
    const headers: Record<string, string> = {
      'User-Agent': USER_AGENT,
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'Accept-Encoding': 'gzip, deflate',
      'X-GDC-REQUEST': requestId,
      ...req.headers
    }
    if (payload !== undefined) headers['Content-Length'] = String(Buffer.byteLength(payload))
    const agent = await this.agents.agentFor(url)
    const started = this.clock.now()
    const shown = `${req.method} ${url.pathname}`
    const of = req.once ? 1 : this.settings.maxAttempts
    this.requestCount++
    try {
      const res = await this.send(url, req, headers, agent, payload, limit)
      const status = res.statusCode ?? 0
      const echoed = echoedRequestId(res.headers['x-gdc-request'], requestId)
      this.logger.debug(
        `${shown} -> HTTP ${status} in ${this.clock.now() - started} ms (attempt ${n}/${of}, request id ${echoed})`
      )
      return {
        status,
        headers: res.headers,
        // A whole read is retried here (a TransportError); a streamed body is the caller's.
        body: decodeBody(res, error =>
          limit === 'whole' ? this.classify(error) : this.translated(req, this.classify(error), echoed)
        ),
        requestId: echoed,
        attempts: n
      }
    } catch (error) {
      const failure = this.classify(error)
      this.logger.debug(`${shown} -> ${failure.message} (attempt ${n}/${of}, request id ${requestId})`)
      throw failure
    }
  }

  private send(
    url: URL,
    req: ApiRequest,
    headers: Record<string, string>,
    agent: http.Agent,
    payload: string | undefined,
    limit: 'whole' | 'idle'
  ): Promise<http.IncomingMessage> {
    const transport = url.protocol === 'https:' ? https : http
    return new Promise((resolve, reject) => {
      const request = transport.request(url, { method: req.method, headers, agent })
      let response: http.IncomingMessage | undefined
      const timer = setTimeout(() => (response ?? request).destroy(new AttemptTimeoutError()), this.settings.timeoutMs)
      request.on('error', error => {
        clearTimeout(timer)
        reject(error)
      })
      request.on('response', res => {
        response = res
        if (limit === 'whole') {
          res.on('close', () => clearTimeout(timer))
        } else {
          clearTimeout(timer)
          watchIdle(res, this.settings.timeoutMs)
        }
        resolve(res)
      })
      if (req.upload)
        req
          .upload()
          .on('error', error => request.destroy(error))
          .pipe(request)
      else request.end(payload)
    })
  }
}
