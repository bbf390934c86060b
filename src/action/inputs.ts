/**
 * Reads and validates every input before any network call. Each problem names the input and
 * what is expected; all problems are reported together so one run fixes them all.
 */
import * as core from '@actions/core'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { isWorkspaceId } from '../api/metadata.js'
import { normaliseApiUrl, OriginError } from '../api/origin.js'
import type { Secrets } from '../api/secrets.js'
import type { AuthMode } from '../api/tokens.js'
import { envName, isPrefix } from '../session/env-names.js'
import { SETTINGS } from '../session/session-file.js'
import { isTimeZone } from '../export/dates.js'
import { targetPath } from '../export/job.js'
import { reportLines, type ReportLine } from '../export/report-lines.js'
import { checkTarget } from '../export/targets.js'

export interface ActionInputs {
  login: string
  password: string
  apiUrl: string
  exportEnv: boolean
  envPrefix: string
  logout: boolean
  authMode: AuthMode
  ttLifetimeMs: number
  timeoutMs: number
  maxAttempts: number
  maxRetryWaitMs: number
  workspace?: string
  reports: ReportLine[]
  timeZone?: string
  outputDir: string
  listReports: boolean
}

/** Defaults mirror action.yml (the runner fills those in; local runs and tests may not). */
export const DEFAULTS = {
  'api-url': 'https://analytics.ytica.com',
  'export-env': 'true',
  'env-prefix': 'FLEX_INSIGHTS',
  logout: 'true',
  'auth-mode': 'header',
  'token-lifetime': String(SETTINGS['token-lifetime'].default),
  'request-timeout': String(SETTINGS['request-timeout'].default),
  'max-attempts': String(SETTINGS['max-attempts'].default),
  'max-retry-wait': String(SETTINGS['max-retry-wait'].default),
  'output-dir': 'flex-insights-exports',
  'list-reports': 'false'
} as const

export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `Invalid inputs:\n- ${problems.join('\n- ')}`)
    this.name = 'InputError'
  }
}

/** An input as the runner passes it; `raw` asks for it untrimmed (core.getInput trims). */
export type ReadInput = (name: string, raw?: boolean) => string

export const readInput: ReadInput = (name, raw) => core.getInput(name, { trimWhitespace: !raw })

function parseBoolean(name: string, raw: string, problems: string[]): boolean {
  if (/^true$/i.test(raw)) return true
  if (/^false$/i.test(raw)) return false
  problems.push(`Input "${name}" must be true or false; got "${raw}"`)
  return false
}

/** A setting from its input, within the bounds of session/session-file.ts, in ms (or a count). */
function parseSetting(name: keyof typeof SETTINGS, raw: string, problems: string[]): number {
  const { min, max, unit, integer } = SETTINGS[name]
  const value = Number(raw)
  if (!/^\d+(\.\d+)?$/.test(raw) || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    problems.push(
      `Input "${name}" must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}; got "${raw}"`
    )
    return min * unit
  }
  if (value < min || value > max) {
    problems.push(`Input "${name}" must be from ${min} to ${max}; got ${raw}`)
    return min * unit
  }
  return value * unit
}

/**
 * The password exactly as given, but for trailing line breaks (the usual paste mistake): spaces
 * are part of a password, and a trimmed one that fails counts as an invalid login.
 */
export const passwordOf = (raw: string): string => raw.replace(/[\r\n]+$/, '')

/**
 * An earlier invocation in this job that used the same env-prefix and whose session is still
 * open: its env vars would be overwritten, and its session file with them.
 */
function prefixInUse(prefix: string, env: NodeJS.ProcessEnv): boolean {
  const file = env[envName(prefix, 'SESSION_FILE')]
  if (!file || !existsSync(file)) return false
  try {
    return !JSON.parse(readFileSync(file, 'utf8')).loggedOut
  } catch {
    return false
  }
}

/** output-dir must be a folder (or not exist yet) and hold no target that is not a regular file. */
function checkOutputDir(outputDir: string, reports: ReportLine[], env: NodeJS.ProcessEnv, problems: string[]): void {
  const dir = resolve(env.GITHUB_WORKSPACE || process.cwd(), outputDir)
  const stats = statSync(dir, { throwIfNoEntry: false })
  if (stats && !stats.isDirectory()) {
    problems.push(`Input "output-dir" (${outputDir}) is not a folder: give a folder for the exports`)
    return
  }
  for (const { ref, shape } of reports) {
    if (!ref.objectId) continue
    try {
      for (const { range } of shape.files)
        checkTarget(targetPath({ dir }, ref.objectId, { ref, range, name: shape.name }) as string, true)
    } catch (error) {
      problems.push(`Input "output-dir": ${(error as Error).message.replace(/; choose another -o or -D.*$/, '')}`)
    }
  }
}

/**
 * All inputs, checked. `env` (the main step's) also checks that no open session of this job
 * already uses env-prefix; the post step passes none, as its own session is that one.
 */
export function parseInputs(read: ReadInput, secrets: Secrets, env?: NodeJS.ProcessEnv): ActionInputs {
  const get = (name: keyof typeof DEFAULTS): string => read(name) || DEFAULTS[name]
  const problems: string[] = []

  // Mask first: nothing below may print it, but a mistake elsewhere must not be able to either.
  const password = passwordOf(read('password', true))
  secrets.add(password, 'password')
  if (!password)
    problems.push(
      'Input "password" is required: pass the Flex Insights password from a secret, ' +
        'e.g. ${{ secrets.FLEX_INSIGHTS_PASSWORD }}'
    )
  const login = read('login')
  if (!login)
    problems.push('Input "login" is required: the email of a Flex Insights user with direct (password) access')

  let apiUrl = DEFAULTS['api-url'] as string
  try {
    apiUrl = normaliseApiUrl(get('api-url'))
  } catch (error) {
    if (!(error instanceof OriginError)) throw error
    problems.push(`Input "api-url" ${error.message}`)
  }

  const exportEnv = parseBoolean('export-env', get('export-env'), problems)
  const envPrefix = get('env-prefix')
  if (!isPrefix(envPrefix)) {
    problems.push(
      `Input "env-prefix" must be upper-case letters, digits and underscores, starting with a letter ` +
        `(e.g. FLEX_INSIGHTS); got "${envPrefix}"`
    )
  } else if (env && exportEnv && prefixInUse(envPrefix, env)) {
    problems.push(
      `Input "env-prefix": ${envPrefix} is already used by an earlier Flex Insights Auth step in this job ` +
        `whose session is still open; give this one its own env-prefix (e.g. ${envPrefix}_2), ` +
        `or end the first with "flex-insights logout --prefix ${envPrefix}"`
    )
  }
  const authMode = get('auth-mode').toLowerCase()
  if (authMode !== 'header' && authMode !== 'cookie')
    problems.push(`Input "auth-mode" must be header or cookie; got "${get('auth-mode')}"`)

  const workspace = read('workspace') || undefined
  if (workspace !== undefined && !isWorkspaceId(workspace)) {
    problems.push(
      `Input "workspace" must be a workspace id ` +
        `(letters and digits, as in the Analytics Portal URL); got "${String(workspace)}"`
    )
  }
  const timeZone = read('time-zone') || undefined
  if (timeZone !== undefined && !isTimeZone(timeZone))
    problems.push(`Input "time-zone" must be an IANA time zone such as UTC or America/Chicago; got "${timeZone}"`)
  const defaults = { timeZone, now: Date.now() }
  const reports = reportLines(read('reports'), read('export-options'), { workspace, defaults }, problems)
  if (env && reports.length) checkOutputDir(get('output-dir'), reports, env, problems)

  const listReports = parseBoolean('list-reports', get('list-reports'), problems)
  if (listReports && !workspace)
    problems.push('Input "list-reports" needs the "workspace" input: the reports of which workspace?')

  const inputs: ActionInputs = {
    login,
    password,
    apiUrl,
    envPrefix,
    authMode: authMode as AuthMode,
    exportEnv,
    logout: parseBoolean('logout', get('logout'), problems),
    ttLifetimeMs: parseSetting('token-lifetime', get('token-lifetime'), problems),
    timeoutMs: parseSetting('request-timeout', get('request-timeout'), problems),
    maxAttempts: parseSetting('max-attempts', get('max-attempts'), problems),
    maxRetryWaitMs: parseSetting('max-retry-wait', get('max-retry-wait'), problems),
    workspace,
    reports,
    timeZone,
    outputDir: get('output-dir'),
    listReports
  }
  if (problems.length) throw new InputError(problems)
  return inputs
}
