/**
 * What went wrong when a request got no usable answer, as a TransportFailure: one line that names
 * the host, whether another attempt may help (retry.ts), and what to check.
 */
import { TransportFailure } from './retry.js'

/** The engine's own timeout (transport.ts, body.ts); classified below. */
export class AttemptTimeout extends Error {}

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

export function classifyFailure(error: unknown, apiUrl: string, timeoutMs: number): TransportFailure {
  const host = new URL(apiUrl).host
  if (error instanceof TransportFailure) return error
  if (error instanceof AttemptTimeout) {
    return new TransportFailure(
      `no complete response within ${timeoutMs / 1000} s`,
      'timeout',
      true,
      `${host} did not answer in time; raise request-timeout if the API is just slow`
    )
  }
  const code = (error as NodeJS.ErrnoException)?.code ?? ''
  if (code.startsWith('Z_') || code === 'ERR_ZLIB') {
    return new TransportFailure(`broken compressed response from ${host}`, 'network', true)
  }
  const text = code
    ? `network error ${code} talking to ${host}`
    : `network error talking to ${host}: ${(error as Error)?.message ?? String(error)}`
  if (code === 'ENOTFOUND')
    return new TransportFailure(
      text,
      'network',
      false,
      'Check the api-url input (the host name does not resolve) and any proxy settings'
    )
  if (/CERT|SSL|TLS/i.test(code)) {
    return new TransportFailure(
      text,
      'network',
      false,
      'The TLS certificate was rejected; check api-url and NODE_EXTRA_CA_CERTS for a corporate proxy'
    )
  }
  return new TransportFailure(
    text,
    'network',
    TRANSIENT_CODES.has(code) || !code,
    'Check that the API is reachable from the runner (api-url, https_proxy/no_proxy)'
  )
}
