/**
 * How the two tokens travel (docs/protocol.md, "Tokens on the wire"): the one home of the
 * cookie form, the auth headers of each mode and the rule for what a token may contain.
 * No imports: the command's fast path (dist/cli.cjs) bundles this file.
 */

/** `header`: verify_level 2, tokens in X-GDC-Auth* headers. `cookie`: verify_level 0, tokens in cookies. */
export type AuthMode = 'header' | 'cookie'

export const TT_COOKIE = 'GDCAuthTT'
export const SST_COOKIE = 'GDCAuthSST'

/** The TT as later steps send it: `GDCAuthTT=<TT>`. */
export const ttCookie = (tt: string): string => `${TT_COOKIE}=${tt}`

/**
 * A token we are willing to put into a header or a cookie: printable ASCII without white space,
 * `;`, `,`, `"` or `\`. Anything else could split a header (CR/LF) or smuggle a second cookie
 * (`x; GDCAuthTT=forged`), so it is refused rather than escaped.
 */
export function isToken(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= 4096 &&
    /^[\x21-\x7e]+$/.test(value) &&
    !/[;,"\\]/.test(value)
  )
}

export interface Tokens {
  sst?: string
  tt?: string
}

/**
 * Headers that carry the tokens. Header mode sends the TT both as X-GDC-AuthTT (what GoodData's
 * own clients send, recorded) and as the GDCAuthTT cookie (what Twilio's documentation shows).
 */
export function authHeaders(authMode: AuthMode, tokens: Tokens): Record<string, string> {
  const headers: Record<string, string> = {}
  const cookies: string[] = []
  if (tokens.sst) {
    if (authMode === 'cookie') cookies.push(`${SST_COOKIE}=${tokens.sst}`)
    else headers['X-GDC-AuthSST'] = tokens.sst
  }
  if (tokens.tt) {
    if (authMode === 'header') headers['X-GDC-AuthTT'] = tokens.tt
    cookies.push(ttCookie(tokens.tt))
  }
  if (cookies.length) headers.Cookie = cookies.join('; ')
  return headers
}

/** Cookie values from Set-Cookie headers; cleared cookies (empty value) are skipped. */
export function parseSetCookies(setCookie: string[] | undefined): Record<string, string> {
  const jar: Record<string, string> = {}
  for (const line of setCookie ?? []) {
    const pair = line.split(';', 1)[0]
    const eq = pair.indexOf('=')
    if (eq < 1) continue
    const value = pair
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1')
    if (value) jar[pair.slice(0, eq).trim()] = value
  }
  return jar
}
