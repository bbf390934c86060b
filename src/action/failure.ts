/**
 * How a step reports: its log lines go through @actions/core (the API layer writes to a Logger,
 * knowing nothing of Actions), and what went wrong is one line. Errors the action expects (API
 * errors, input errors, failed exports) keep their own message; anything else is one line, never
 * a stack trace (debug logs may be public), with known secrets removed. The main step fails with
 * that line; the post step only ever warns with it.
 */
import * as core from '@actions/core'
import { FlexInsightsError } from '../api/errors.js'
import type { Logger } from '../api/logger.js'
import { InputError } from './inputs.js'

export const coreLogger: Logger = { debug: core.debug, info: core.info, warning: core.warning }

/** Some reports of the `reports` input could not be exported (each was attempted). */
export class ExportsFailedError extends Error {}

export function describeError(error: unknown, redact: (text: string) => string = text => text): string {
  if (error instanceof FlexInsightsError || error instanceof InputError || error instanceof ExportsFailedError)
    return error.message
  return redact(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`)
}
