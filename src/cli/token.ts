/**
 * `flex-insights token` and `cookie`: a TT that stays valid for the next request, the cached one
 * while it is fresh (fast-path.ts answers that without loading this), else a refreshed one.
 */
import { ttCookie } from '../api/tokens.js'
import { MAX_MIN_VALIDITY_S, parseMinValidity } from '../session/token-times.js'
import {
  SESSION_HELP,
  SESSION_OPTIONS,
  stringOption,
  type Command,
  type Values,
  type CommandContext,
  withSession
} from './context.js'
import { EXIT, EXIT_HELP, ExitError, UsageError } from '../export/exit-codes.js'
import { inActions, maskForRunner } from './io.js'

const OPTIONS = { ...SESSION_OPTIONS, 'min-validity': { type: 'string' } } as const

function minValidity(values: Values): number | undefined {
  const raw = stringOption(values, 'min-validity')
  if (raw === undefined) return undefined
  const ms = parseMinValidity(raw)
  if (ms === undefined) throw new UsageError(`--min-validity must be whole seconds from 0 to ${MAX_MIN_VALIDITY_S}`)
  return ms
}

async function print(values: Values, context: CommandContext, form: (tt: string) => string): Promise<number> {
  const wanted = minValidity(values)
  return withSession(values, context, async session => {
    const tt = await session.token(wanted)
    if (!session.ttMasked && inActions(context.io)) {
      const refused = maskForRunner(context.io, tt)
      if (refused) throw new ExitError(refused)
      await session.markMasked(tt)
    }
    context.io.stdout.write(`${form(tt)}\n`)
    return EXIT.ok
  })
}

export const tokenCommand: Command = {
  name: 'token',
  summary: 'print a Temporary Token valid for at least 60 more seconds',
  options: OPTIONS,
  positionals: false,
  help: `Usage: flex-insights token [--min-validity SECONDS] [--session FILE | --prefix P]

Prints a Temporary Token (TT) that stays valid for at least --min-validity seconds (default 60,
at most ${MAX_MIN_VALIDITY_S}): the cached one while it is, otherwise a fresh one from the API, saved for the next
call. Only the token goes to stdout, so this works:

  curl -H "X-GDC-AuthTT: $(flex-insights token)" "$FLEX_INSIGHTS_API_URL/gdc/account/profile/$FLEX_INSIGHTS_PROFILE_ID"

${SESSION_HELP}

Inside GitHub Actions a token the runner has not yet been told to mask (a refreshed one) is
masked first, with ::add-mask:: on stderr; if stderr is redirected to a file or /dev/null, that
mask could not reach the runner, so the token is not printed (exit 1, with what to do).
${EXIT_HELP}
`,
  run: (values, _positionals, context) => print(values, context, tt => tt)
}

export const cookieCommand: Command = {
  name: 'cookie',
  summary: 'print it as a cookie: GDCAuthTT=<token>',
  options: OPTIONS,
  positionals: false,
  help: `Usage: flex-insights cookie [--min-validity SECONDS] [--session FILE | --prefix P]

Like "flex-insights token", printed as a cookie for curl -b:

  curl -b "$(flex-insights cookie)" "$FLEX_INSIGHTS_API_URL/gdc/account/profile/$FLEX_INSIGHTS_PROFILE_ID"

${SESSION_HELP}

${EXIT_HELP}
`,
  run: (values, _positionals, context) => print(values, context, ttCookie)
}
