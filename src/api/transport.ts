/**
 * The one HTTP engine every call uses: a constant User-Agent, JSON Accept/Content-Type, a fresh
 * X-GDC-REQUEST id per request, gzip/deflate answers decoded, every request bounded by a
 * timeout, and retries for transient failures only (retry.ts). It refuses any URL that would
 * leave the configured API origin (origin.ts), so no token can be sent anywhere else.
 *
 * Requests go through node:http(s) (node-request.ts) with agents from agents.ts (https_proxy /
 * no_proxy honoured as @actions/http-client does); streamed GETs straight to the API go through
 * socket-get.ts, which reads into one reused buffer. HttpClient.request itself cannot abort a
 * request in flight, which could keep a post step alive against a server that never answers. Transfer failures
 * (retry.ts's TransportError) end here: callers, and a streamed body, see a FlexInsightsError.
 */
import type { Readable } from 'node:stream'
import { Agents } from './agents.js'
import { decodeBody, readText } from './body.js'
import { sendRequest } from './node-request.js'
import { Spare } from './engine-socket.js'
import { socketGet } from './socket-get.js'
import { streamedAnswer, type StreamedResponse } from './streamed-answer.js'
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

/** `npm run bench` turns the socket engine off to compare, and nock-based tests (node:http only). */
const socketOff = (): boolean => process.env.FLEX_INSIGHTS_AUTH_SOCKET === 'off'

export class Transport {
  readonly settings: TransportSettings
  readonly logger: Logger
  readonly clock: Clock
  readonly redact: Redact
  /** Requests sent, retries included (reported in logs and by the benchmark). */
  requestCount = 0
  private readonly agents = new Agents()
  private readonly spare = new Spare()

  constructor(settings: TransportSettings, deps: TransportDeps = {}) {
    this.settings = settings
    this.logger = deps.logger ?? silentLogger
    this.clock = deps.clock ?? systemClock
    this.redact = deps.redact ?? (text => text)
  }

  /** Releases pooled sockets so the process can exit at once. */
  close(): void {
    this.agents.close()
    this.spare.close()
  }

  /**
   * A streamed GET will follow soon (an export's result, after the POST that starts it): opens
   * its connection now, so its handshakes overlap the POST. Kept for SPARE_MS; one at a time.
   */
  preconnect(): void {
    const url = new URL(this.settings.apiUrl)
    if (!socketOff() && !this.agents.usesProxy(url)) this.spare.open(url, this.clock.now())
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
    // A streamed GET straight to the API (a download, a poll) reads into one reused buffer.
    const bySocket =
      limit === 'idle' && req.method === 'GET' && !req.upload && !socketOff() && !this.agents.usesProxy(url)
    const agent = bySocket ? undefined : await this.agents.agentFor(url)
    const started = this.clock.now()
    const shown = `${req.method} ${url.pathname}`
    const of = req.once ? 1 : this.settings.maxAttempts
    this.requestCount++
    try {
      if (!agent) return await this.socketAttempt(url, req, headers, { shown, started, n, of, requestId })
      const res = await sendRequest(
        url,
        { method: req.method, upload: req.upload, headers, agent, payload },
        limit,
        this.settings.timeoutMs
      )
      const status = res.statusCode ?? 0
      const echoed = echoedRequestId(res.headers['x-gdc-request'], requestId)
      this.logger.debug(
        `${shown} -> HTTP ${status} in ${this.clock.now() - started} ms (attempt ${n}/${of}, request id ${echoed})`
      )
      return {
        status,
        headers: res.headers,
        // A whole read is retried here (a TransportError); a streamed body is the caller's.
        body: decodeBody(res, res.headers, error =>
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

  /** One streamed GET through socket-get.ts: its body as a stream, or, uncompressed, by pipeTo. */
  private async socketAttempt(
    url: URL,
    req: ApiRequest,
    headers: Record<string, string>,
    at: { shown: string; started: number; n: number; of: number; requestId: string }
  ): Promise<StreamedResponse> {
    const opened = this.spare.take(url, this.clock.now())
    const res = await socketGet(url, headers, this.settings.timeoutMs, opened).catch((error: unknown) => {
      // The server may have dropped the connection opened ahead just as the GET went out: one fresh try.
      if (!opened || error instanceof AttemptTimeoutError) throw error
      return socketGet(url, headers, this.settings.timeoutMs)
    })
    const echoed = echoedRequestId(res.headers['x-gdc-request'], at.requestId)
    this.logger.debug(
      `${at.shown} -> HTTP ${res.status} in ${this.clock.now() - at.started} ms ` +
        `(attempt ${at.n}/${at.of}, request id ${echoed})`
    )
    const failed = (error: unknown): FlexInsightsError => this.translated(req, this.classify(error), echoed)
    // Not spread: that would read the body getter, which chooses the stream over pipeTo.
    return Object.assign(streamedAnswer(res, failed), { requestId: echoed, attempts: at.n })
  }
}
