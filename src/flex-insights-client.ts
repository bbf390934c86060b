/**
 * The Flex Insights (GoodData platform) account API: login, temporary token, logout, profile.
 * Request and response shapes follow protocol.md §2–§7. Every token is handed to `mask` the
 * moment it is parsed, before this module returns it to anyone.
 */
import type { IncomingHttpHeaders } from 'node:http'
import { FlexInsightsError, describeErrorBody, responseError, type ApiCall } from './api-error.js'
import type { HttpSession, ApiResponse } from './http-session.js'
import type { MaskSecret } from './logger.js'

/** `header`: verify_level 2, tokens in X-GDC-Auth* headers. `cookie`: verify_level 0, tokens in cookies. */
export type AuthMode = 'header' | 'cookie'

export const TT_COOKIE = 'GDCAuthTT'
export const SST_COOKIE = 'GDCAuthSST'

export interface LoginResult {
  profileId: string
  sst: string
  /** Present when the login response already carried a TT (one round trip instead of two). */
  tt?: string
}

export type Challenge = 'tt' | 'sst' | 'other' | 'none'

/** Which token a 401 asks for, from WWW-Authenticate (protocol.md §7.2), never from the body. */
export function challengeOf(res: ApiResponse): Challenge {
  if (res.status !== 401) return 'none'
  const raw = res.headers['www-authenticate']
  const value = Array.isArray(raw) ? raw.join(', ') : (raw ?? '')
  if (value.includes(`cookie=${SST_COOKIE}`)) return 'sst'
  if (value.includes(`cookie=${TT_COOKIE}`)) return 'tt'
  return 'other'
}

/** Cookie values from Set-Cookie headers; cleared cookies (empty value) are skipped. */
export function parseSetCookies(headers: IncomingHttpHeaders): Record<string, string> {
  const jar: Record<string, string> = {}
  for (const line of headers['set-cookie'] ?? []) {
    const pair = line.split(';', 1)[0]
    const eq = pair.indexOf('=')
    if (eq < 1) continue
    const value = pair.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1')
    if (value) jar[pair.slice(0, eq).trim()] = value
  }
  return jar
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const raw = headers[name]
  const value = Array.isArray(raw) ? raw[0] : raw
  return value ? value.trim() : undefined
}

const HINTS: Partial<Record<ApiCall, Partial<Record<number, string>>>> = {
  login: {
    400: 'The server rejected the login request; check that the login input is an email address',
    401: 'Check the login and password secrets: the user needs direct (password) access to Flex Insights, a password obtained from Flex Insights Support. Not retried, because repeated invalid logins lock the account',
    403: 'The user may not log in with a password; ask Flex Insights Support to enable direct access',
    404: 'No login endpoint at this address; check the api-url input'
  },
  token: {
    404: 'No token endpoint at this address; check the api-url input'
  },
  logout: {
    403: 'The session belongs to another user'
  },
  'delete-profile': {
    403: 'Only the logged-in user can delete their own profile'
  }
}

/** A FlexInsightsError for an unexpected HTTP status, with the server's message and request id. */
export function httpError(call: ApiCall, res: ApiResponse): FlexInsightsError {
  let hint = HINTS[call]?.[res.status]
  if (!hint && res.status >= 500) hint = 'Flex Insights is having trouble; try again later, or raise max-attempts'
  if (!hint && res.status === 429) hint = 'The API asked to slow down; try again later'
  return responseError(call, res, { hint })
}

function protocolError(call: ApiCall, res: ApiResponse, what: string): FlexInsightsError {
  return new FlexInsightsError(call, `unexpected response (HTTP ${res.status}): ${what}`, {
    kind: 'protocol',
    status: res.status,
    requestId: res.requestId,
    hint: 'Check that api-url points at the Flex Insights API (https://analytics.ytica.com)'
  })
}

function parseJson(call: ApiCall, res: ApiResponse): Record<string, unknown> {
  if (!res.body.trim()) return {}
  try {
    const value: unknown = JSON.parse(res.body)
    if (value && typeof value === 'object') return value as Record<string, unknown>
  } catch {
    // fall through: reported below without echoing the body
  }
  throw protocolError(call, res, describeErrorBody(res.body, headerValue(res.headers, 'content-type')).message ?? 'not JSON')
}

function stringAt(obj: Record<string, unknown>, ...path: string[]): string | undefined {
  let cur: unknown = obj
  for (const key of path) {
    if (!cur || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[key]
  }
  return typeof cur === 'string' && cur ? cur : undefined
}

export class FlexInsightsClient {
  constructor(
    private readonly http: HttpSession,
    private readonly mask: MaskSecret
  ) {}

  /** Masks the TT and every derived form a later step or log could show. */
  private maskTt(tt: string): void {
    this.mask(tt)
    this.mask(`${TT_COOKIE}=${tt}`)
  }

  private sstHeaders(sst: string, mode: AuthMode, tt?: string): Record<string, string> {
    const cookies: string[] = []
    const headers: Record<string, string> = {}
    if (mode === 'cookie') cookies.push(`${SST_COOKIE}=${sst}`)
    else headers['X-GDC-AuthSST'] = sst
    if (tt) cookies.push(`${TT_COOKIE}=${tt}`)
    if (cookies.length) headers.Cookie = cookies.join('; ')
    return headers
  }

  async login(login: string, password: string, mode: AuthMode): Promise<LoginResult> {
    const res = await this.http.request({
      call: 'login',
      method: 'POST',
      path: '/gdc/account/login',
      body: { postUserLogin: { login, password, remember: 0, verify_level: mode === 'cookie' ? 0 : 2 } }
    })
    if (res.status !== 200) throw httpError('login', res)
    // Mask before parsing anything else, so no later failure can print an unmasked token.
    const cookies = parseSetCookies(res.headers)
    const json = parseJson('login', res)
    const bodySst = stringAt(json, 'userLogin', 'token')
    const headerSst = headerValue(res.headers, 'x-gdc-authsst')
    for (const candidate of [bodySst, headerSst, cookies[SST_COOKIE]]) if (candidate) this.mask(candidate)
    const tt = headerValue(res.headers, 'x-gdc-authtt') ?? cookies[TT_COOKIE]
    if (tt) this.maskTt(tt)

    const sst = mode === 'cookie' ? (cookies[SST_COOKIE] ?? bodySst ?? headerSst) : (bodySst ?? headerSst ?? cookies[SST_COOKIE])
    if (!sst) throw protocolError('login', res, 'no Super Secured Token in the response')
    const profileUri = stringAt(json, 'userLogin', 'profile') ?? stringAt(json, 'userLogin', 'state')
    const profileId = profileUri?.split('/').filter(Boolean).pop()
    if (!profileId) throw protocolError('login', res, 'no profile in the response')
    return { profileId, sst, tt }
  }

  /**
   * A new TT from the SST. A 401 here means the SST itself is dead (logged out or expired):
   * reported as kind `session-gone` so callers can tell "already logged out" from a failure.
   */
  async issueToken(sst: string, mode: AuthMode): Promise<string> {
    const res = await this.http.request({
      call: 'token',
      method: 'GET',
      path: '/gdc/account/token',
      headers: this.sstHeaders(sst, mode)
    })
    if (res.status === 401) {
      throw new FlexInsightsError('token', 'HTTP 401', {
        kind: 'session-gone',
        status: 401,
        requestId: res.requestId,
        hint: 'The session (SST) is no longer valid: it was logged out or has expired; log in again'
      })
    }
    if (res.status !== 200) throw httpError('token', res)
    const cookies = parseSetCookies(res.headers)
    const json = parseJson('token', res)
    const bodyTt = stringAt(json, 'userToken', 'token')
    const headerTt = headerValue(res.headers, 'x-gdc-authtt')
    for (const candidate of [bodyTt, headerTt, cookies[TT_COOKIE]]) if (candidate) this.maskTt(candidate)
    const tt = bodyTt ?? headerTt ?? cookies[TT_COOKIE]
    if (!tt) throw protocolError('token', res, 'no Temporary Token in the response')
    return tt
  }

  /** DELETE /gdc/account/login/{id}; the raw answer, for AuthSession to interpret. */
  logout(profileId: string, sst: string, tt: string, mode: AuthMode): Promise<ApiResponse> {
    return this.http.request({
      call: 'logout',
      method: 'DELETE',
      path: `/gdc/account/login/${encodeURIComponent(profileId)}`,
      headers: this.sstHeaders(sst, mode, tt)
    })
  }

  /** DELETE /gdc/account/profile/{id}: irreversible; only the logged-in user's own profile. */
  deleteProfile(profileId: string, sst: string, tt: string, mode: AuthMode): Promise<ApiResponse> {
    return this.http.request({
      call: 'delete-profile',
      method: 'DELETE',
      path: `/gdc/account/profile/${encodeURIComponent(profileId)}`,
      headers: this.sstHeaders(sst, mode, tt)
    })
  }
}
