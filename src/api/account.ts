/**
 * The account API: login, temporary token, logout, profile deletion (docs/protocol.md). Every
 * token is masked the moment it is parsed and checked before anyone can use it; the profile id
 * is checked before it reaches a URL path. The SST goes in and out of this class only as an
 * argument and a return value: session/session.ts is the one place that keeps it.
 */
import { FlexInsightsError, responseError, type ApiCall } from './errors.js'
import type { Secrets } from './secrets.js'
import { authHeaders, isToken, parseSetCookies, SST_COOKIE, TT_COOKIE, type AuthMode } from './tokens.js'
import type { ApiResponse, Transport } from './transport.js'

export interface LoginAnswer {
  /** Checked with isProfileId unless `problem` says otherwise; never printed unchecked. */
  profileId: string
  sst: string
  /** Present when the login response already carried a TT (one round trip instead of two). */
  tt?: string
  /**
   * The login worked (a usable SST) but something else in the answer is unacceptable: the
   * caller saves the session first, so the post step can still try to end it, then fails.
   */
  problem?: FlexInsightsError
}

export type Challenge = 'tt' | 'sst' | 'other' | 'none'

/** Which token a 401 asks for, from WWW-Authenticate (docs/protocol.md), never from the body. */
export function challengeOf(res: {
  status: number
  headers: Record<string, string | string[] | undefined>
}): Challenge {
  if (res.status !== 401) return 'none'
  const raw = res.headers['www-authenticate']
  const value = Array.isArray(raw) ? raw.join(', ') : (raw ?? '')
  if (value.includes(`cookie=${SST_COOKIE}`)) return 'sst'
  if (value.includes(`cookie=${TT_COOKIE}`)) return 'tt'
  return 'other'
}

/** Profile ids are hex on the real API; anything outside this set never reaches a path or a log. */
export function isProfileId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{1,128}$/.test(value)
}

const HINTS: Partial<Record<ApiCall, Partial<Record<number, string>>>> = {
  login: {
    400: 'The server rejected the login request; check that the login input is an email address',
    401:
      'Check the login and password secrets: the user needs direct (password) access to Flex Insights, ' +
      'a password obtained from Flex Insights Support. Not retried, because repeated invalid logins lock the account',
    403: 'The user may not log in with a password; ask Flex Insights Support to enable direct access',
    404: 'No login endpoint at this address; check the api-url input'
  },
  token: { 404: 'No token endpoint at this address; check the api-url input' },
  logout: { 403: 'The session belongs to another user' },
  'delete-profile': { 403: 'Only the logged-in user can delete their own profile' }
}

function headerValue(res: ApiResponse, name: string): string | undefined {
  const raw = res.headers[name]
  const value = Array.isArray(raw) ? raw[0] : raw
  return value === undefined ? undefined : value.trim()
}

export class AccountClient {
  constructor(
    readonly transport: Transport,
    private readonly secrets: Secrets
  ) {}

  /** A FlexInsightsError for an unexpected status, with the server's message, request id and a hint. */
  httpError(call: ApiCall, res: ApiResponse): FlexInsightsError {
    let hint = HINTS[call]?.[res.status]
    if (!hint && res.status >= 500) hint = 'Flex Insights is having trouble; try again later, or raise max-attempts'
    if (!hint && res.status === 429) hint = 'The API asked to slow down; try again later'
    return responseError(call, res, this.transport.redact, { hint })
  }

  private protocolError(call: ApiCall, res: ApiResponse, what: string, hint?: string): FlexInsightsError {
    return new FlexInsightsError(call, `unexpected response (HTTP ${res.status}): ${what}`, {
      kind: 'protocol',
      status: res.status,
      requestId: res.requestId,
      hint: hint ?? 'Check that api-url points at the Flex Insights API (https://analytics.ytica.com)'
    })
  }

  private parseJson(call: ApiCall, res: ApiResponse): Record<string, unknown> {
    if (!res.body.trim()) return {}
    try {
      const value: unknown = JSON.parse(res.body)
      if (value && typeof value === 'object') return value as Record<string, unknown>
    } catch {
      // reported below, without echoing the body
    }
    throw this.protocolError(call, res, 'the body is not JSON')
  }

  /** A token from the server: masked first, then checked, so a refusal can never print it. */
  private token(
    call: ApiCall,
    res: ApiResponse,
    kind: 'sst' | 'tt',
    candidates: Array<string | undefined>
  ): string | undefined {
    for (const candidate of candidates) this.secrets.add(candidate, kind)
    const value = candidates.find(c => c !== undefined && c !== '')
    if (value !== undefined && !isToken(value)) {
      const name = kind === 'sst' ? 'Super Secured Token' : 'Temporary Token'
      // An SST that cannot be sent cannot be logged out either: say how to end it anyway.
      const hint =
        kind === 'sst'
          ? 'It was not used, so the session it stands for cannot be ended by this action; ' +
            'change the password of this user to end it'
          : undefined
      throw this.protocolError(
        call,
        res,
        `the ${name} contains characters that cannot travel in a header or a cookie ` +
          `(white space, control characters, ; , " or \\)`,
        hint
      )
    }
    return value
  }

  async login(login: string, password: string, authMode: AuthMode): Promise<LoginAnswer> {
    const res = await this.transport.request({
      call: 'login',
      method: 'POST',
      path: '/gdc/account/login',
      body: { postUserLogin: { login, password, remember: 0, verify_level: authMode === 'cookie' ? 0 : 2 } }
    })
    if (res.status !== 200) throw this.httpError('login', res)
    const cookies = parseSetCookies(res.headers['set-cookie'])
    let json: Record<string, unknown> = {}
    let jsonError: unknown
    try {
      json = this.parseJson('login', res)
    } catch (error) {
      jsonError = error
    }
    const userLogin = (json.userLogin ?? {}) as Record<string, unknown>
    const bodySst = typeof userLogin.token === 'string' ? userLogin.token : undefined
    const headerSst = headerValue(res, 'x-gdc-authsst')
    const ssts =
      authMode === 'cookie' ? [cookies[SST_COOKIE], bodySst, headerSst] : [bodySst, headerSst, cookies[SST_COOKIE]]
    const sst = this.token('login', res, 'sst', ssts)
    let tt: string | undefined
    let problem: FlexInsightsError | undefined
    try {
      tt = this.token('login', res, 'tt', [headerValue(res, 'x-gdc-authtt'), cookies[TT_COOKIE]])
    } catch (error) {
      problem = error as FlexInsightsError
    }
    if (jsonError) throw jsonError as Error
    if (!sst) throw this.protocolError('login', res, 'no Super Secured Token in the response')
    const profileUri = [userLogin.profile, userLogin.state].find((v): v is string => typeof v === 'string')
    const profileId = profileUri?.split('/').pop() ?? ''
    if (!isProfileId(profileId)) {
      problem = this.protocolError(
        'login',
        res,
        profileUri === undefined ? 'no profile in the response' : 'the profile id is not letters, digits, - and _'
      )
    }
    return { profileId, sst, tt, problem }
  }

  /**
   * A new TT from the SST. Only the SST challenge (WWW-Authenticate … cookie=GDCAuthSST) means
   * the SST is dead: that is kind `session-gone`, which callers tell apart from a failure.
   */
  async issueToken(sst: string, authMode: AuthMode): Promise<string> {
    const res = await this.transport.request({
      call: 'token',
      method: 'GET',
      path: '/gdc/account/token',
      headers: authHeaders(authMode, { sst })
    })
    if (challengeOf(res) === 'sst') {
      throw new FlexInsightsError('token', 'HTTP 401', {
        kind: 'session-gone',
        status: 401,
        requestId: res.requestId,
        hint: 'The session (SST) is no longer valid: it was logged out or has expired; log in again'
      })
    }
    if (res.status !== 200) throw this.httpError('token', res)
    const cookies = parseSetCookies(res.headers['set-cookie'])
    let bodyTt: string | undefined
    try {
      const userToken = (this.parseJson('token', res).userToken ?? {}) as Record<string, unknown>
      bodyTt = typeof userToken.token === 'string' ? userToken.token : undefined
    } catch (error) {
      this.token('token', res, 'tt', [headerValue(res, 'x-gdc-authtt'), cookies[TT_COOKIE]])
      throw error
    }
    const tt = this.token('token', res, 'tt', [bodyTt, headerValue(res, 'x-gdc-authtt'), cookies[TT_COOKIE]])
    if (!tt) throw this.protocolError('token', res, 'no Temporary Token in the response')
    return tt
  }

  /** DELETE /gdc/account/login/{id}; the raw answer, for session.ts to interpret. */
  logout(profileId: string, sst: string, tt: string, authMode: AuthMode): Promise<ApiResponse> {
    return this.deleteWith('logout', `/gdc/account/login/${profileId}`, profileId, authHeaders(authMode, { sst, tt }))
  }

  /** DELETE /gdc/account/profile/{id}: irreversible; only the logged-in user's own profile. */
  deleteProfile(profileId: string, sst: string, tt: string, authMode: AuthMode): Promise<ApiResponse> {
    return this.deleteWith(
      'delete-profile',
      `/gdc/account/profile/${profileId}`,
      profileId,
      authHeaders(authMode, { sst, tt })
    )
  }

  private deleteWith(
    call: ApiCall,
    path: string,
    profileId: string,
    headers: Record<string, string>
  ): Promise<ApiResponse> {
    if (!isProfileId(profileId)) {
      throw new FlexInsightsError(call, 'the saved profile id is not letters, digits, - and _', { kind: 'protocol' })
    }
    return this.transport.request({ call, method: 'DELETE', path, headers })
  }
}
