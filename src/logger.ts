/**
 * The few log levels the HTTP layer and the flows need. The action passes @actions/core's
 * functions; the `flex-insights` command passes a stderr logger so that it never has to load
 * @actions/core (start-up time matters there, see BENCHMARKS.md).
 */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
}

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined
}

/** Registers a secret with whatever masks output (the runner via ::add-mask::). */
export type MaskSecret = (secret: string) => void

/** Wraps a mask function so each value is registered once, however many paths see it. */
export function maskOnce(mask: MaskSecret): MaskSecret {
  const seen = new Set<string>()
  return secret => {
    if (!secret || seen.has(secret)) return
    seen.add(secret)
    mask(secret)
  }
}
