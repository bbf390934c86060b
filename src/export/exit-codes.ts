/**
 * The one exit-code rule of every `flex-insights` command (README.md, "The flex-insights command"
 * shows the same table): what each code means, and which code an error earns. It lives beside the
 * export engine because the engine gives each report its code; the command and the action read it.
 */
import { FlexInsightsError } from '../api/errors.js'
import { SessionEndedError } from '../session/session-store.js'

export const EXIT = { ok: 0, failed: 1, usage: 2, empty: 3, ended: 4, timeout: 5 } as const

/** The rule as every --help ends with it. */
export const EXIT_HELP =
  'Exit codes (every command): 0 success, 1 failure, 2 usage error or a refused target, ' +
  '3 an empty report with --fail-on-empty, 4 the session has ended (run the action again), 5 timed out.'

/** A problem with the arguments or the files they name, found before any request: exit 2. */
export class UsageError extends Error {}

/** The report's --timeout passed; the result may still be fetched later from `resultUrl`. */
export class ExportTimeoutError extends Error {
  constructor(
    timeoutMs: number,
    readonly resultUrl: string
  ) {
    super(`timed out after ${Math.round(timeoutMs / 1000)} s; the result may still be fetched later from ${resultUrl}`)
  }
}

/** The code an error earns, whichever command met it. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError) return EXIT.usage
  if (error instanceof ExportTimeoutError) return EXIT.timeout
  if (error instanceof SessionEndedError) return EXIT.ended
  if (error instanceof FlexInsightsError && (error.kind === 'session-gone' || error.kind === 'unauthorized'))
    return EXIT.ended
  if (error instanceof ExitError) return error.exitCode
  return EXIT.failed
}

/** A failure the command explains itself, with the code it earns (exit 1 unless said). */
export class ExitError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failed
  ) {
    super(message)
  }
}
