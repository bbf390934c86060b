/**
 * When a TT expires and whether a cached one is still good. No imports: the fast path of the
 * `flex-insights` command (dist/cli.cjs) bundles this and must stay tiny.
 */
export const TT_LIFETIME_MS = 10 * 60 * 1000

/** A TT is reused only while it has at least this long to live. */
export const MIN_TT_VALIDITY_MS = 60 * 1000

/** The most `--min-validity` may ask of a 10-minute TT: a fresh one must still satisfy it. */
export const MAX_MIN_VALIDITY_S = 540

/** `--min-validity SECONDS` in ms, or undefined unless whole seconds from 0 to MAX_MIN_VALIDITY_S. */
export function parseMinValidity(raw: string): number | undefined {
  return /^\d+$/.test(raw) && Number(raw) <= MAX_MIN_VALIDITY_S ? Number(raw) * 1000 : undefined
}

export interface TokenTimes {
  tt?: string
  /** Epoch ms, taken just before the request that returned the TT (errs on the safe side). */
  ttIssuedAt?: number
  /** How long the server keeps a TT valid (token-lifetime input; 10 minutes on Flex Insights). */
  ttLifetimeMs?: number
}

export function ttExpiresAt(record: TokenTimes): number {
  return (record.ttIssuedAt ?? 0) + (record.ttLifetimeMs ?? TT_LIFETIME_MS)
}

/**
 * Whether the cached TT still has minValidityMs to live. With a short token-lifetime the
 * margin shrinks to half the lifetime, else no cached token could ever be used.
 */
export function isTtFresh(record: TokenTimes, now: number, minValidityMs = MIN_TT_VALIDITY_MS): boolean {
  const margin = Math.min(minValidityMs, (record.ttLifetimeMs ?? TT_LIFETIME_MS) / 2)
  return !!record.tt && record.ttIssuedAt !== undefined && ttExpiresAt(record) - now >= margin
}
