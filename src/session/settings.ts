/**
 * The one table of the request settings' bounds and defaults: the action's inputs are checked
 * against it (action/inputs.ts), and the values a session file carries are clamped to it, so a
 * tampered file cannot make the command wait for hours or retry without end.
 */
import type { TransportSettings } from '../api/transport.js'

export interface Bound {
  min: number
  max: number
  default: number
  /** Milliseconds per unit of the input (seconds: 1000), 1 for a count. */
  unit: number
  integer: boolean
}

export const SETTINGS = {
  'token-lifetime': { min: 2, max: 3600, default: 600, unit: 1000, integer: true },
  'request-timeout': { min: 1, max: 600, default: 30, unit: 1000, integer: false },
  'max-attempts': { min: 1, max: 10, default: 3, unit: 1, integer: true },
  'max-retry-wait': { min: 0, max: 3600, default: 60, unit: 1000, integer: true }
} as const satisfies Record<string, Bound>

export type SettingName = keyof typeof SETTINGS

/** A saved value in the setting's own unit (ms or a count), or the default when it is out of bounds. */
export function clamped(name: SettingName, value: unknown): number {
  const { min, max, unit } = SETTINGS[name]
  const fallback = SETTINGS[name].default * unit
  return typeof value === 'number' && Number.isFinite(value) && value >= min * unit && value <= max * unit
    ? value
    : fallback
}

/** The request settings a session file carries, each within its bounds; the API URL is checked by the caller. */
export function transportSettings(apiUrl: string, saved: Record<string, unknown>): TransportSettings {
  return {
    apiUrl,
    timeoutMs: clamped('request-timeout', saved.timeoutMs),
    maxAttempts: clamped('max-attempts', saved.maxAttempts),
    maxRetryWaitMs: clamped('max-retry-wait', saved.maxRetryWaitMs)
  }
}
