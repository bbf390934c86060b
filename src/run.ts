/**
 * `run(main, post)` wiring, as in docker/actions-toolkit: one bundle serves both steps. The
 * runner gives the post step the state the main step saved, so STATE_isPost tells them apart.
 */
import * as core from '@actions/core'
import { FlexInsightsError } from './api-error.js'
import { isPostStep } from './early-start.js'
import { InputError } from './inputs.js'

export function describeError(error: unknown): string {
  if (error instanceof FlexInsightsError || error instanceof InputError) return error.message
  // Unexpected: keep the message, never the stack (debug logs may be public).
  return `Unexpected error: ${error instanceof Error ? error.message : String(error)}`
}

export async function run(main: () => Promise<void>, post: () => Promise<void>): Promise<void> {
  if (!isPostStep()) {
    core.saveState('isPost', 'true')
    try {
      await main()
    } catch (error) {
      core.setFailed(describeError(error))
    }
    return
  }
  try {
    await post()
  } catch (error) {
    core.warning(`Flex Insights post step: ${describeError(error)}`)
  }
}
