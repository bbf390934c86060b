/**
 * `run(main, post)` as in docker/actions-toolkit: one bundle serves both steps, the runner
 * gives the post step the state the main step saved, and STATE_isPost tells them apart. The
 * main step fails with one line; the post step only ever warns.
 */
import * as core from '@actions/core'
import { FlexInsightsError } from '../api/errors.js'
import { ExportsFailed } from './exports.js'
import { InputError } from './inputs.js'
import { finishMain } from './main.js'
import { finishPost } from './post.js'
import { STATE } from './state.js'
import type { MainStart, PostStart } from './early.js'

export function describeError(error: unknown, redact: (text: string) => string = text => text): string {
  if (error instanceof FlexInsightsError || error instanceof InputError || error instanceof ExportsFailed)
    return error.message
  // Unexpected: the message only, never the stack (debug logs may be public), and no secret.
  return redact(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`)
}

export async function runMain(start: MainStart): Promise<void> {
  core.saveState(STATE.isPost, 'true')
  try {
    await finishMain(start)
  } catch (error) {
    core.setFailed(describeError(error, text => start.secrets.redact(text)))
  }
}

export async function runPost(start: PostStart): Promise<void> {
  try {
    await finishPost(start)
  } catch (error) {
    core.warning(`Flex Insights post step: ${describeError(error)}`)
  }
}

export const runStep = (start: MainStart | PostStart): Promise<void> =>
  start.step === 'main' ? runMain(start) : runPost(start)
