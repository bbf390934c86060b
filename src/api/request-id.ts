/**
 * X-GDC-REQUEST: a fresh id on every request, which the server echoes with a suffix of its own
 * and quotes in error bodies, so Flex Insights Support can find the request.
 */
import { randomBytes } from 'node:crypto'

export function newRequestId(): string {
  return `flex-insights-auth:${randomBytes(12).toString('base64url')}`
}

/** The server's echo of our request id, if it is a plausible one (it is quoted in messages). */
export function echoedRequestId(echoed: string | string[] | undefined, sent: string): string {
  const value = Array.isArray(echoed) ? echoed[0] : echoed
  return value && value.length <= 256 && /^[\x21-\x7e]+$/.test(value) ? value : sent
}
