/**
 * The first network call of each step, started before @actions/core is loaded. Loading core
 * and the rest of the action takes 10-20 ms even with undici deferred (lazy-http-client.ts);
 * the login or logout round trip overlaps it instead of following it. Nothing here needs core:
 * inputs and state come from the env exactly as core reads them, masks are printed exactly as
 * core.setSecret prints them, and log lines wait in a buffer until core can print them.
 */
import { AuthSession, type EndOutcome } from './auth-session.js'
import { FlexInsightsClient, type LoginResult } from './flex-insights-client.js'
import { HttpSession, settingsOf, type SessionDeps } from './http-session.js'
import { parseInputs, type ActionInputs } from './inputs.js'
import { BufferedLogger, maskOnce, stdoutMask, type MaskSecret } from './logger.js'
import { planPost, type PostPlan } from './post-plan.js'
import { readState } from './state.js'

/** core.getInput without core: the runner passes INPUT_<NAME> (spaces to _, upper-cased); core trims. */
export const readInputFromEnv = (name: string): string => (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim()

/** The runner hands the post step the state the main step saved, isPost included. */
export const isPostStep = (): boolean => !!process.env.STATE_isPost

export type EarlyMain =
  | { ok: false; mask: MaskSecret; error: unknown }
  | {
      ok: true
      mask: MaskSecret
      inputs: ActionInputs
      logs: BufferedLogger
      http: HttpSession
      client: FlexInsightsClient
      loginSentAt: number
      login: Promise<LoginResult>
      written: Promise<void>
    }

export function startMain(deps: SessionDeps = {}): EarlyMain {
  const mask = maskOnce(stdoutMask)
  let inputs: ActionInputs
  try {
    inputs = parseInputs(readInputFromEnv, mask)
  } catch (error) {
    return { ok: false, mask, error }
  }
  const logs = new BufferedLogger()
  const { written, onRequestWritten } = writeSignal()
  const http = new HttpSession(settingsOf(inputs), { ...deps, logger: logs, onRequestWritten })
  const client = new FlexInsightsClient(http, mask)
  const loginSentAt = (deps.now ?? Date.now)()
  const login = client.login(inputs.login, inputs.password, inputs.authMode)
  // main awaits it; this only stops Node from calling a failure unhandled in the meantime
  login.then(onRequestWritten, onRequestWritten)
  return { ok: true, mask, inputs, logs, http, client, loginSentAt, login, written }
}

export interface EarlyPost {
  plan: PostPlan
  sessionFile?: string
  logs: BufferedLogger
  http?: HttpSession
  outcome?: Promise<EndOutcome>
  written?: Promise<void>
}

/**
 * Resolves once the first request is on the wire. Node 22+ loads ES modules without yielding
 * to the event loop, so index.ts waits for this before loading core: otherwise the request
 * would only be written after the loading and nothing would overlap.
 */
function writeSignal(): { written: Promise<void>; onRequestWritten: () => void } {
  let onRequestWritten!: () => void
  const written = new Promise<void>(resolve => (onRequestWritten = resolve))
  return { written, onRequestWritten }
}

export function startPost(deps: SessionDeps = {}): EarlyPost {
  const state = readState()
  const plan = planPost(state)
  const logs = new BufferedLogger()
  const early: EarlyPost = { plan, sessionFile: state.sessionFile, logs }
  if (plan.kind !== 'logout' && plan.kind !== 'kept') return early
  // A new process: register the masks again in case anything below ever echoes them.
  const mask = maskOnce(stdoutMask)
  mask(plan.record.sst)
  if (plan.record.tt) mask(plan.record.tt)
  if (plan.kind === 'kept') return early
  const { record } = plan
  const { written, onRequestWritten } = writeSignal()
  early.written = written
  early.http = new HttpSession(settingsOf(record), { ...deps, logger: logs, onRequestWritten })
  early.outcome = new AuthSession(new FlexInsightsClient(early.http, mask), record, deps.now).logout()
  early.outcome.then(onRequestWritten, onRequestWritten)
  return early
}
