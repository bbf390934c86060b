/**
 * A step's sources (early.ts) once @actions/core is loaded: core's own inputs, state, masks and
 * log, so under @github/local-action, which replaces core, everything goes through its stand-in.
 */
import * as core from '@actions/core'
import type { Logger } from '../api/logger.js'
import type { StepSources } from './early.js'

export const coreLogger: Logger = { debug: core.debug, info: core.info, warning: core.warning }

export function coreSources(): StepSources {
  return {
    input: (name, raw) => core.getInput(name, { trimWhitespace: !raw }),
    state: name => core.getState(name),
    mask: value => core.setSecret(value),
    logger: coreLogger,
    env: process.env
  }
}
