/**
 * How a step starts. Each step's first request (the login, the logout) can be sent before
 * @actions/core and the rest of the action have loaded, so the round trip overlaps the loading
 * instead of following it: BENCHMARKS.md shows what that saves. What the start needs from the
 * runner comes through StepSources: early, the env read the way core reads it, masks printed
 * the way core.setSecret prints them and log lines held until core can print them; late (as
 * under @github/local-action, which replaces core), core itself.
 */
import { existsSync } from 'node:fs'
import { AccountClient, type LoginAnswer } from '../api/account.js'
import type { Clock } from '../api/retry.js'
import { Secrets, type MaskSink } from '../api/secrets.js'
import type { Logger } from '../api/logger.js'
import { Transport } from '../api/transport.js'
import { readSessionFile } from '../session/session-file.js'
import { checkRecord, Session, type LogoutOutcome, type SessionRecord } from '../session/session.js'
import { parseInputs, type ActionInputs, type ReadInput } from './inputs.js'
import { readState, type ReadState } from './state.js'

export interface StepSources {
  input: ReadInput
  state: ReadState
  mask: MaskSink
  logger: Logger
  env: NodeJS.ProcessEnv
  clock?: Clock
}

/** `::add-mask::`, byte for byte what core.setSecret prints. */
export function printMask(value: string): void {
  process.stdout.write(`::add-mask::${value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`)
}

/** Holds log lines until the real logger exists, then forwards them, and everything after, in order. */
export class BufferedLogger implements Logger {
  private lines: Array<[keyof Logger, string]> = []
  private target?: Logger

  debug(message: string): void {
    this.emit('debug', message)
  }

  info(message: string): void {
    this.emit('info', message)
  }

  warning(message: string): void {
    this.emit('warning', message)
  }

  attach(target: Logger): void {
    this.target = target
    for (const [level, message] of this.lines) target[level](message)
    this.lines = []
  }

  private emit(level: keyof Logger, message: string): void {
    if (this.target) this.target[level](message)
    else this.lines.push([level, message])
  }
}

/** The runner's inputs and state straight from the env, exactly as @actions/core reads them. */
export function earlySources(env: NodeJS.ProcessEnv = process.env): StepSources & { logger: BufferedLogger } {
  return {
    input: (name, raw) => {
      const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || ''
      return raw ? value : value.trim()
    },
    state: name => env[`STATE_${name}`] || '',
    mask: printMask,
    logger: new BufferedLogger(),
    env
  }
}

export const nowOf =
  (sources: StepSources): (() => number) =>
  () =>
    (sources.clock ?? Date).now()

function transportFor(inputs: ActionInputs, secrets: Secrets, sources: StepSources): Transport {
  const { apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs } = inputs
  return new Transport(
    { apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs },
    { logger: sources.logger, clock: sources.clock, redact: text => secrets.redact(text) }
  )
}

export interface MainStart {
  step: 'main'
  sources: StepSources
  secrets: Secrets
  /** Set when the inputs were valid and the login was sent. */
  inputs?: ActionInputs
  error?: unknown
  transport?: Transport
  account?: AccountClient
  sentAt?: number
  login?: Promise<LoginAnswer>
}

/** Checks the inputs and sends the login; main.ts finishes the step. */
export function startMain(sources: StepSources): MainStart {
  const secrets = new Secrets(sources.mask)
  const start: MainStart = { step: 'main', sources, secrets }
  try {
    start.inputs = parseInputs(sources.input, secrets, sources.env)
  } catch (error) {
    start.error = error
    return start
  }
  const { inputs } = start
  start.transport = transportFor(inputs, secrets, sources)
  start.account = new AccountClient(start.transport, secrets)
  start.sentAt = nowOf(sources)()
  start.login = start.account.login(inputs.login, inputs.password, inputs.authMode)
  start.login.catch(() => undefined) // awaited by main; this only stops an early "unhandled" report
  return start
}

export type PostPlan =
  /** No login succeeded: nothing to end. */
  | { kind: 'nothing' }
  | { kind: 'ended-by-command'; profileId: string }
  | { kind: 'kept'; profileId: string }
  /** A session may exist but nothing usable says how to end it. */
  | { kind: 'unusable'; reason: string }
  | { kind: 'logout'; profileId: string }

export interface PostStart {
  step: 'post'
  sources: StepSources
  plan: PostPlan
  sessionFile?: string
  transport?: Transport
  outcome?: Promise<LogoutOutcome>
}

/**
 * The session to end, from the private session file (the only place the SST is kept). A file
 * that is gone or unusable leaves the SST alive: a warning that says so. The API URL is always
 * this step's own api-url input, never one read from the file.
 */
export function startPost(sources: StepSources): PostStart {
  const state = readState(sources.state)
  const start: PostStart = { step: 'post', sources, plan: { kind: 'nothing' }, sessionFile: state.sessionFile }
  const secrets = new Secrets(sources.mask)
  if (!state.sessionFile) return start
  let record: SessionRecord
  try {
    const content = readSessionFile(state.sessionFile)
    record = checkRecord(content)
    if (content.loggedOut) {
      start.plan = { kind: 'ended-by-command', profileId: record.profileId }
      return start
    }
  } catch (error) {
    const reason = existsSync(state.sessionFile)
      ? `the session file: ${(error as Error).message}`
      : `its private session file ${state.sessionFile} is gone (did a later step delete it, or RUNNER_TEMP?), ` +
        'and the SST was kept nowhere else'
    start.plan = { kind: 'unusable', reason }
    return start
  }
  secrets.add(record.sst, 'sst')
  secrets.add(record.tt, 'tt')
  if (!state.logout) {
    start.plan = { kind: 'kept', profileId: record.profileId }
    return start
  }
  let inputs: ActionInputs
  try {
    inputs = parseInputs(sources.input, secrets)
  } catch (error) {
    start.plan = { kind: 'unusable', reason: `the inputs: ${(error as Error).message}` }
    return start
  }
  start.plan = { kind: 'logout', profileId: record.profileId }
  start.transport = transportFor(inputs, secrets, sources)
  start.outcome = Session.restore(new AccountClient(start.transport, secrets), record, nowOf(sources)).logout()
  return start
}
