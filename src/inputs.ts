/**
 * Reads and validates every input before any network call. Each problem names the input and
 * what is expected; all problems are reported together so one run fixes them all.
 */
import type { MaskSecret } from './logger.js'
import type { AuthMode } from './flex-insights-client.js'

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
}

/** Defaults mirror action.yml (the runner fills those in; local runs and tests may not). */
export const DEFAULTS = {
  'api-url': 'https://analytics.ytica.com',
  'export-env': 'true',
  'env-prefix': 'FLEX_INSIGHTS',
  logout: 'true',
  'auth-mode': 'header',
  'token-lifetime': '600',
  'request-timeout': '30',
  'max-attempts': '3',
  'max-retry-wait': '60'
} as const

export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `Invalid inputs:\n- ${problems.join('\n- ')}`)
    this.name = 'InputError'
  }
}

export type ReadInput = (name: string) => string

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase()
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host)
}

/** Returns the normalised base URL (no trailing slash) or throws a message for the problem list. */
export function normaliseApiUrl(raw: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`Input "api-url" must be a URL such as https://analytics.ytica.com; "${raw}" does not parse`)
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new Error(
      `Input "api-url" must use https:// (http:// is allowed only for loopback hosts: 127.0.0.0/8, localhost, [::1]); got "${url.protocol}//${url.host}"`
    )
  }
  if (url.username || url.password) {
    throw new Error('Input "api-url" must not contain credentials; pass them in the login and password inputs')
  }
  if (url.search || url.hash) {
    throw new Error(`Input "api-url" must be a base URL without query or fragment; got "${raw}"`)
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

function parseBoolean(name: string, raw: string, problems: string[]): boolean {
  if (/^true$/i.test(raw)) return true
  if (/^false$/i.test(raw)) return false
  problems.push(`Input "${name}" must be true or false; got "${raw}"`)
  return false
}

function parseNumber(name: string, raw: string, min: number, max: number, integer: boolean, problems: string[]): number {
  const value = Number(raw)
  if (!/^\d+(\.\d+)?$/.test(raw) || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    problems.push(`Input "${name}" must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}; got "${raw}"`)
    return min
  }
  if (value < min || value > max) {
    problems.push(`Input "${name}" must be from ${min} to ${max}; got ${raw}`)
    return min
  }
  return value
}

export function parseInputs(read: ReadInput, mask: MaskSecret): ActionInputs {
  const get = (name: keyof typeof DEFAULTS): string => read(name) || DEFAULTS[name]
  const problems: string[] = []

  // Mask first: nothing below may print it, but a mistake elsewhere must not be able to either.
  const password = read('password')
  if (password) mask(password)
  if (!password) problems.push('Input "password" is required: pass the Flex Insights password from a secret, e.g. ${{ secrets.FLEX_INSIGHTS_PASSWORD }}')
  const login = read('login')
  if (!login) problems.push('Input "login" is required: the email of a Flex Insights user with direct (password) access')

  let apiUrl = DEFAULTS['api-url'] as string
  try {
    apiUrl = normaliseApiUrl(get('api-url'))
  } catch (error) {
    problems.push((error as Error).message)
  }

  const envPrefix = get('env-prefix')
  if (!/^[A-Z][A-Z0-9_]*$/.test(envPrefix)) {
    problems.push(`Input "env-prefix" must be upper-case letters, digits and underscores, starting with a letter (e.g. FLEX_INSIGHTS); got "${envPrefix}"`)
  }
  const authMode = get('auth-mode').toLowerCase()
  if (authMode !== 'header' && authMode !== 'cookie') {
    problems.push(`Input "auth-mode" must be header or cookie; got "${get('auth-mode')}"`)
  }

  const inputs: ActionInputs = {
    login,
    password,
    apiUrl,
    envPrefix,
    authMode: authMode as AuthMode,
    exportEnv: parseBoolean('export-env', get('export-env'), problems),
    logout: parseBoolean('logout', get('logout'), problems),
    ttLifetimeMs: parseNumber('token-lifetime', get('token-lifetime'), 2, 3600, true, problems) * 1000,
    timeoutMs: parseNumber('request-timeout', get('request-timeout'), 1, 600, false, problems) * 1000,
    maxAttempts: parseNumber('max-attempts', get('max-attempts'), 1, 10, true, problems),
    maxRetryWaitMs: parseNumber('max-retry-wait', get('max-retry-wait'), 0, 3600, true, problems) * 1000
  }
  if (problems.length) throw new InputError(problems)
  return inputs
}
