/**
 * Where tokens may be sent: the one rule for an API base URL, applied to the `api-url` input at
 * login and again by the `flex-insights` command to the origin it reads from the session file.
 * https only, except plain http to a loopback host for local testing; no credentials, query or
 * fragment. No imports: the command's fast path can use it.
 */

export class OriginError extends Error {}

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase()
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host)
}

/** The normalised base URL (no trailing slash), or an OriginError that says what is wrong. */
export function normaliseApiUrl(raw: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new OriginError(`must be a URL such as https://analytics.ytica.com; "${raw}" does not parse`)
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new OriginError(
      `must use https:// (http:// is allowed only for loopback hosts: ` +
        `127.0.0.0/8, localhost, [::1]); got "${url.protocol}//${url.host}"`
    )
  }
  if (url.username || url.password) throw new OriginError('must not contain credentials')
  if (url.search || url.hash) throw new OriginError(`must be a base URL without query or fragment; got "${raw}"`)
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

/** How many layers of %-encoding are peeled off before a segment is judged (`%252e` is `%2e` is `.`). */
const DECODE_LAYERS = 4

/** A segment as a front end that decodes it (once or more) would see it, or undefined if it cannot be decoded. */
function decoded(segment: string): string | undefined {
  let text = segment
  for (let i = 0; i < DECODE_LAYERS && text.includes('%'); i++) {
    try {
      const next = decodeURIComponent(text)
      if (next === text) break
      text = next
    } catch {
      return undefined
    }
  }
  return text
}

/**
 * The one path rule for every request, whoever chose the path (the user's `api` path or -w, a
 * result `uri`, a `Location`, a `paging.next`, an identifier lookup): why it may not be sent, or
 * undefined when it may. It must be a /gdc/ path whose segments, decoded as often as a front end
 * might decode them, hold no `/`, `\`, `.` or `..` segment and no empty one; no fragment, no
 * white space or control characters anywhere. Checked on the text, so nothing is normalised away.
 */
export function pathProblem(path: string): string | undefined {
  if (!path.startsWith('/gdc/')) return 'it is not a /gdc/ path'
  // Matching control characters is the point of this expression.
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x20\x7f-\x9f\\#]/.test(path)) return 'it has white space, a control character, a backslash or a #'
  const [pathname] = path.split('?', 1)
  const segments = pathname.split('/').slice(1)
  for (let i = 0; i < segments.length; i++) {
    const segment = decoded(segments[i])
    if (segment === undefined) return 'it has a %-escape that does not decode'
    if (segment === '' && i < segments.length - 1) return 'it has an empty segment (//)'
    if (segment === '.' || segment === '..') return 'it has a dot segment (. or .., in any encoding)'
    if (/[/\\]/.test(segment)) return 'it has an encoded / or \\'
  }
  return undefined
}

/**
 * The URL for a path under the base URL, or undefined when the path breaks the path rule or
 * would leave the base URL's origin or its /gdc/.
 */
export function urlUnder(apiUrl: string, path: string): URL | undefined {
  if (pathProblem(path) !== undefined) return undefined
  const base = new URL(apiUrl)
  let url: URL
  try {
    url = new URL(apiUrl + path)
  } catch {
    return undefined
  }
  if (url.origin !== base.origin || url.username || url.password) return undefined
  if (!url.pathname.startsWith(`${base.pathname.replace(/\/+$/, '')}/gdc/`)) return undefined
  return url
}

/**
 * A path the server handed us (a result URI, a paging link) as a path under the base URL:
 * a path, or an absolute URL on the same origin, that keeps the path rule. Anything else is
 * refused (undefined).
 */
export function serverPath(apiUrl: string, uri: unknown): string | undefined {
  if (typeof uri !== 'string' || !uri || uri.length > 8192) return undefined
  let path = uri
  if (!uri.startsWith('/')) {
    // Verbatim (the query string is opaque), so compare the text and then the parsed origin.
    if (!uri.toLowerCase().startsWith(`${apiUrl.toLowerCase()}/`)) return undefined
    try {
      if (new URL(uri).origin !== new URL(apiUrl).origin) return undefined
    } catch {
      return undefined
    }
    path = uri.slice(apiUrl.length)
  }
  return urlUnder(apiUrl, path) ? path : undefined
}
