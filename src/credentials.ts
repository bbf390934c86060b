/**
 * The one place that publishes credentials: it masks first, then sets outputs and env vars,
 * so no order of calls elsewhere can print a token before the runner knows to hide it.
 */
import { TT_COOKIE } from './flex-insights-client.js'

export interface Publisher {
  setSecret(secret: string): void
  setOutput(name: string, value: string): void
  exportVariable(name: string, value: string): void
}

export interface IssuedCredentials {
  tt: string
  apiUrl: string
  profileId: string
  expiresAt: Date
  /** Private file the `flex-insights` command refreshes from (holds the SST: never printed). */
  sessionFile?: string
}

export interface ExportOptions {
  exportEnv: boolean
  envPrefix: string
}

export function exportCredentials(publisher: Publisher, creds: IssuedCredentials, options: ExportOptions): void {
  const cookie = `${TT_COOKIE}=${creds.tt}`
  publisher.setSecret(creds.tt)
  publisher.setSecret(cookie)

  const expiresAt = creds.expiresAt.toISOString()
  publisher.setOutput('token', creds.tt)
  publisher.setOutput('cookie', cookie)
  publisher.setOutput('profile-id', creds.profileId)
  publisher.setOutput('expires-at', expiresAt)
  publisher.setOutput('api-url', creds.apiUrl)
  if (creds.sessionFile) publisher.setOutput('session-file', creds.sessionFile)

  if (!options.exportEnv) return
  const p = options.envPrefix
  publisher.exportVariable(`${p}_TT`, creds.tt)
  publisher.exportVariable(`${p}_COOKIE`, cookie)
  publisher.exportVariable(`${p}_API_URL`, creds.apiUrl)
  publisher.exportVariable(`${p}_PROFILE_ID`, creds.profileId)
  publisher.exportVariable(`${p}_TT_EXPIRES_AT`, expiresAt)
  if (creds.sessionFile) publisher.exportVariable(`${p}_SESSION_FILE`, creds.sessionFile)
}
