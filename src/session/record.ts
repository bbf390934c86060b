/**
 * The session record, what survives between processes in the session file, and the check every
 * saved record passes before use: anything out of shape would otherwise reach a header or a path.
 */
import { isProfileId } from '../api/account.js'
import { isToken, type AuthMode } from '../api/tokens.js'
import { SessionFileError } from './session-file.js'
import { TT_LIFETIME_MS } from './token-times.js'

/** What survives between processes (the session file). */
export interface SessionRecord {
  profileId: string
  sst: string
  authMode: AuthMode
  /** The login the session belongs to; delete-profile asks for it as confirmation. */
  login: string
  tt?: string
  /** Epoch ms, taken just before the request that returned the TT (errs on the safe side). */
  ttIssuedAt?: number
  /** How long the server keeps a TT valid (token-lifetime input). */
  ttLifetimeMs?: number
}

/** A saved record, field by field: anything out of shape would otherwise reach a header or a path. */
export function checkRecord(saved: unknown): SessionRecord {
  const r = (saved ?? {}) as Record<string, unknown>
  const problem = (what: string): never => {
    throw new SessionFileError(`the saved session is not usable: ${what}`)
  }
  if (!isProfileId(r.profileId)) problem('its profile id is not letters, digits, - and _')
  if (!isToken(r.sst)) problem('its session token is missing or malformed')
  // `mode` is what files of 1.x called it.
  const authMode = r.authMode ?? r.mode
  if (authMode !== 'header' && authMode !== 'cookie') problem('its auth mode is neither header nor cookie')
  if (typeof r.login !== 'string') problem('it has no login')
  const record: SessionRecord = {
    profileId: r.profileId as string,
    sst: r.sst as string,
    authMode: authMode as AuthMode,
    login: r.login as string
  }
  const lifetime = Number(r.ttLifetimeMs ?? TT_LIFETIME_MS)
  record.ttLifetimeMs = Number.isFinite(lifetime) && lifetime > 0 ? lifetime : TT_LIFETIME_MS
  // A bad cached TT is dropped, not fatal: the SST can always issue a new one.
  if (isToken(r.tt) && Number.isFinite(r.ttIssuedAt)) Object.assign(record, { tt: r.tt, ttIssuedAt: r.ttIssuedAt })
  return record
}
