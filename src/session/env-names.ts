/**
 * The one home of the env-prefix rule: the names of the env vars through which the action hands
 * a session to later steps and the `flex-insights` command finds it. No imports: the command's
 * fast path uses it.
 */
export const DEFAULT_PREFIX = 'FLEX_INSIGHTS'

export const PREFIX_PATTERN = /^[A-Z][A-Z0-9_]*$/

export const isPrefix = (value: string): boolean => PREFIX_PATTERN.test(value)

/** What the action exports, by suffix: `<PREFIX>_TT`, `<PREFIX>_SESSION_FILE`, … */
export type EnvSuffix =
  | 'TT'
  | 'COOKIE'
  | 'API_URL'
  | 'PROFILE_ID'
  | 'TT_EXPIRES_AT'
  | 'SESSION_FILE'
  | 'WORKSPACE'
  | 'TIME_ZONE'
  | 'DATE_LABEL'

export const envName = (prefix: string, suffix: EnvSuffix): string => `${prefix}_${suffix}`
