/**
 * How a step reports what went wrong: errors the action expects (API errors, input errors,
 * failed exports) as their own message; anything else as one line, never a stack trace (debug
 * logs may be public), with known secrets removed. The main step fails with that line; the post
 * step only ever warns with it.
 */
import { FlexInsightsError } from '../api/errors.js'
import { InputError } from './inputs.js'

/** Some reports of the `reports` input could not be exported (each was attempted). */
export class ExportsFailed extends Error {}

export function describeError(error: unknown, redact: (text: string) => string = text => text): string {
  if (error instanceof FlexInsightsError || error instanceof InputError || error instanceof ExportsFailed)
    return error.message
  return redact(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`)
}
