/**
 * The log levels the API layer writes to. The action passes @actions/core's functions, the
 * `flex-insights` command a stderr logger; the API layer knows neither.
 */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
}

export const silentLogger: Logger = { debug: () => undefined, info: () => undefined, warning: () => undefined }
