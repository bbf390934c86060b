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

/**
 * The URL for a path under the base URL, or undefined when `path` would leave it: another
 * origin (`//host`, `@host`), another scheme, or a path outside the base path.
 */
export function urlUnder(apiUrl: string, path: string): URL | undefined {
  if (!path.startsWith('/') || path.startsWith('//') || /[\s\\]/.test(path)) return undefined
  const base = new URL(apiUrl)
  let url: URL
  try {
    url = new URL(apiUrl + path)
  } catch {
    return undefined
  }
  if (url.origin !== base.origin || url.username || url.password) return undefined
  if (!url.pathname.startsWith(`${base.pathname.replace(/\/+$/, '')}/`)) return undefined
  return url
}

/**
 * A path the server handed us (a result URI, a paging link) as a path under the base URL:
 * a path, or an absolute URL on the same origin. Anything else is refused (undefined).
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
