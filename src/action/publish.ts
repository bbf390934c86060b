/**
 * The one place that publishes credentials: it masks first, then sets outputs and env vars,
 * so no order of calls elsewhere can print a token before the runner knows to hide it.
 */
import type { Secrets } from '../api/secrets.js'
import { ttCookie } from '../api/tokens.js'
import { envName, type EnvSuffix } from '../session/env-names.js'

export interface Publisher {
  setOutput(name: string, value: string): void
  exportVariable(name: string, value: string): void
}

export interface IssuedCredentials {
  tt: string
  apiUrl: string
  profileId: string
  expiresAt: Date
  /** Private file the `flex-insights` command refreshes from (holds the SST: never printed). */
  sessionFile: string
  workspace?: string
  /** The time-zone input: the command's default for today and yesterday. */
  timeZone?: string
}

export function publishCredentials(
  secrets: Secrets,
  publisher: Publisher,
  creds: IssuedCredentials,
  env: { exportEnv: boolean; envPrefix: string }
): void {
  secrets.add(creds.tt, 'tt')
  const cookie = ttCookie(creds.tt)
  const values: Array<[string, EnvSuffix, string | undefined]> = [
    ['token', 'TT', creds.tt],
    ['cookie', 'COOKIE', cookie],
    ['profile-id', 'PROFILE_ID', creds.profileId],
    ['expires-at', 'TT_EXPIRES_AT', creds.expiresAt.toISOString()],
    ['api-url', 'API_URL', creds.apiUrl],
    ['session-file', 'SESSION_FILE', creds.sessionFile],
    ['', 'WORKSPACE', creds.workspace],
    ['', 'TIME_ZONE', creds.timeZone]
  ]
  for (const [output, , value] of values) if (output && value !== undefined) publisher.setOutput(output, value)
  if (!env.exportEnv) return
  for (const [, suffix, value] of values)
    if (value !== undefined) publisher.exportVariable(envName(env.envPrefix, suffix), value)
}
