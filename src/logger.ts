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

/**
 * Holds log lines until the real logger exists (@actions/core loads while the first request is
 * already on the wire), then forwards them, and everything after, in order.
 */
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

/** A workflow command line, escaped as @actions/core escapes command data. */
export function addMaskCommand(secret: string): string {
  return `::add-mask::${secret.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`
}

/** `::add-mask::`, byte for byte what core.setSecret prints, for use before core is loaded. */
export function stdoutMask(secret: string): void {
  process.stdout.write(addMaskCommand(secret))
}
