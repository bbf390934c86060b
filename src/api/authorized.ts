/**
 * Calls that carry the TT (exports, listings, `flex-insights api`): the token comes from a
 * TokenSource, and when the server answers with the TT challenge the source refreshes it (once
 * for any number of parallel callers) and the same request is sent again, once.
 */
import { challengeOf } from './account.js'
import { FlexInsightsError } from './errors.js'
import { authHeaders, type AuthMode } from './tokens.js'
import type { StreamedResponse } from './streamed-answer.js'
import type { ApiRequest, ApiResponse, Transport } from './transport.js'

export interface TokenSource {
  readonly authMode: AuthMode
  /** A TT with at least a minute to live. */
  token(): Promise<string>
  /** A TT other than `stale`: someone else's fresh one, or a new one. */
  refresh(stale: string): Promise<string>
}

export class AuthorizedApi {
  /** TT challenges answered with a refreshed token (reported in export summaries). */
  refreshes = 0

  constructor(
    readonly transport: Transport,
    private readonly tokens: TokenSource
  ) {}

  request(req: ApiRequest): Promise<ApiResponse> {
    return this.withToken(
      req,
      r => this.transport.request(r),
      () => undefined
    )
  }

  /** The answer with its body streamed; a challenged answer's body is drained before the repeat. */
  stream(req: ApiRequest): Promise<StreamedResponse> {
    return this.withToken(
      req,
      r => this.transport.stream(r),
      res => res.body.resume()
    )
  }

  private async withToken<R extends ApiResponse | StreamedResponse>(
    req: ApiRequest,
    send: (r: ApiRequest) => Promise<R>,
    discard: (res: R) => unknown
  ): Promise<R> {
    const signed = (tt: string): ApiRequest => ({
      ...req,
      headers: { ...req.headers, ...authHeaders(this.tokens.authMode, { tt }) }
    })
    const tt = await this.tokens.token()
    const res = await send(signed(tt))
    if (challengeOf(res) !== 'tt') return res
    discard(res)
    this.refreshes++
    const again = await send(signed(await this.tokens.refresh(tt)))
    if (challengeOf(again) === 'tt') {
      discard(again)
      throw new FlexInsightsError(req.call, 'HTTP 401', {
        kind: 'unauthorized',
        status: 401,
        requestId: again.requestId,
        hint: 'The server refused a freshly issued token; check that the user may use this API, or log in again'
      })
    }
    return again
  }
}
