/**
 * What went wrong when a request got no usable answer, as a TransportError: one line that names
 * the host, whether another attempt may help (retry.ts), and what to check.
 */
import { TransportError } from './retry.js'

/** The engine's own timeout (transport.ts, body.ts); classified below. */
export class AttemptTimeoutError extends Error {}

const TRANSIENT_CODES = new Set([
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

export function classifyFailure(error: unknown, apiUrl: string, timeoutMs: number): TransportError {
  const host = new URL(apiUrl).host
  if (error instanceof TransportError) return error
  if (error instanceof AttemptTimeoutError) {
    return new TransportError(
      `no complete response within ${timeoutMs / 1000} s`,
      'timeout',
      true,
      `${host} did not answer in time; raise request-timeout if the API is just slow`
    )
  }
  const code = (error as NodeJS.ErrnoException)?.code ?? ''
  if (code.startsWith('Z_') || code === 'ERR_ZLIB') {
    return new TransportError(`broken compressed response from ${host}`, 'network', true)
  }
  const text = code
    ? `network error ${code} talking to ${host}`
    : `network error talking to ${host}: ${(error as Error)?.message ?? String(error)}`
  if (code === 'ENOTFOUND')
    return new TransportError(
      text,
      'network',
      false,
      'Check the api-url input (the host name does not resolve) and any proxy settings'
    )
  if (/CERT|SSL|TLS/i.test(code)) {
    return new TransportError(
      text,
      'network',
      false,
      'The TLS certificate was rejected; check api-url and NODE_EXTRA_CA_CERTS for a corporate proxy'
    )
  }
  return new TransportError(
    text,
    'network',
    TRANSIENT_CODES.has(code) || !code,
    'Check that the API is reachable from the runner (api-url, https_proxy/no_proxy)'
  )
}
