/**
 * `flex-insights api`: one authenticated request to the configured API, like `gh api`. The
 * command adds a fresh TT; the path must be a /gdc/ path on the API URL (nothing else can be
 * reached with the session's tokens); the answer is streamed to stdout.
 */
import { createReadStream } from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { responseError } from '../api/errors.js'
import { pathProblem, urlUnder } from '../api/origin.js'
import { printable } from '../api/errors.js'
import { readMessage, readText } from '../api/body.js'
import type { ApiRequest } from '../api/transport.js'
import { SESSION_HELP, SESSION_OPTIONS, stringOption, type Command, type Values, withSession } from './context.js'
import { type CliIo } from './io.js'
import { EXIT, EXIT_HELP, ExitError, UsageError } from '../export/exit-codes.js'

const METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE']
/** Safe to send again after a transient failure; the others are sent once. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'])
/** Headers the command owns: the tokens, and what HTTP itself must get right. */
const RESERVED = new Set([
  'cookie',
  'authorization',
  'x-gdc-authtt',
  'x-gdc-authsst',
  'host',
  'content-length',
  'transfer-encoding',
  'connection'
])
/** Response headers never printed with --include. */
const HIDDEN = new Set(['set-cookie', 'x-gdc-authtt', 'x-gdc-authsst'])

const HELP = `Usage: flex-insights api <path> [-X METHOD] [-d JSON | --input FILE] [-H 'Name: value']...
                         [--include] [--session FILE | --prefix P]

Sends one request to the API URL of the session with a fresh Temporary Token and prints the
answer's body to stdout, streamed. <path> must start with /gdc/ (no other host can be reached).

Options:
  -X, --method METHOD        GET (default; POST with a body), HEAD, OPTIONS, POST, PUT, PATCH, DELETE
  -d, --data JSON            request body (JSON)
      --input FILE           request body from FILE ("-" for stdin)
  -H, --header 'Name: value' an extra request header (not Cookie or the X-GDC-Auth* headers)
  -i, --include              print the status line and headers first (never cookies or tokens)
${SESSION_HELP}

Examples:
  flex-insights api "/gdc/account/profile/$FLEX_INSIGHTS_PROFILE_ID" | jq .accountSetting.login
  flex-insights api -X POST "/gdc/md/$WORKSPACE_ID/identifiers" -d '{"identifierToUri":["b08a2c8ca8f4"]}'

GET, HEAD, OPTIONS, PUT and DELETE are retried on network errors and 5xx (max-attempts);
POST and PATCH are sent once.
An answer that is not 2xx is a failure (status, server message and request id on stderr).
${EXIT_HELP}
`

function request(values: Values, positionals: string[], io: CliIo, apiUrl: string): ApiRequest {
  if (positionals.length !== 1) throw new UsageError('give exactly one <path>, such as /gdc/account/profile/<id>')
  const path = positionals[0]
  const problem = pathProblem(path)
  if (problem !== undefined || !urlUnder(apiUrl, path)) {
    throw new UsageError(
      `"${printable(path)}" cannot be sent: ${problem ?? 'it leaves the API URL'}. ` +
        'Give a path such as /gdc/md/<workspace>/query/reports, not a URL'
    )
  }
  if (values.data !== undefined && values.input !== undefined) throw new UsageError('-d and --input do not go together')
  const body = values.data !== undefined || values.input !== undefined
  const method = (stringOption(values, 'method') ?? (body ? 'POST' : 'GET')).toUpperCase()
  if (!METHODS.includes(method)) throw new UsageError(`-X must be one of ${METHODS.join(', ')}`)
  const headers: Record<string, string> = {}
  for (const raw of (values.header as string[] | undefined) ?? []) {
    const match = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*([\x20-\x7e\t]*)$/.exec(raw)
    if (!match) throw new UsageError(`-H "${raw}" is not 'Name: value' (printable characters, one line)`)
    if (RESERVED.has(match[1].toLowerCase()))
      throw new UsageError(`-H ${match[1]}: the command sets that header itself`)
    headers[match[1]] = match[2]
  }
  const req: ApiRequest = { call: 'api', method, path, headers, once: !IDEMPOTENT.has(method) }
  if (typeof values.data === 'string') {
    try {
      req.body = JSON.parse(values.data)
    } catch {
      throw new UsageError('-d must be JSON')
    }
  } else if (typeof values.input === 'string') {
    req.upload = values.input === '-' ? stdinOnce(io) : () => createReadStream(values.input as string)
  }
  return req
}

/** stdin can be read once; it is kept so the request can be sent again after a token refresh. */
function stdinOnce(io: CliIo): () => Readable {
  let kept: Promise<Buffer> | undefined
  return () => {
    kept ??= readText(Readable.from(io.stdin ?? []), 64 * 1024 * 1024).then(text => Buffer.from(text))
    return Readable.from(
      (async function* () {
        yield await kept
      })()
    )
  }
}

export const apiCommand: Command = {
  name: 'api',
  summary: 'send one authenticated request to a /gdc/ path and print the answer',
  options: {
    ...SESSION_OPTIONS,
    method: { type: 'string', short: 'X' },
    data: { type: 'string', short: 'd' },
    input: { type: 'string' },
    header: { type: 'string', short: 'H', multiple: true },
    include: { type: 'boolean', short: 'i' }
  },
  positionals: true,
  help: HELP,
  async run(values, positionals, context) {
    return withSession(values, context, async session => {
      const req = request(values, positionals, context.io, session.transport.settings.apiUrl)
      const res = await session.api().stream(req)
      if (values.include) {
        const lines = [`HTTP ${res.status}`]
        for (const [name, value] of Object.entries(res.headers)) {
          // Any header may echo a token (WWW-Authenticate, a debug header): every known secret is cut.
          const shown = HIDDEN.has(name)
            ? '(hidden)'
            : printable(context.secrets.redact(Array.isArray(value) ? value.join(', ') : String(value)))
          lines.push(`${name}: ${shown}`)
        }
        context.io.stdout.write(`${lines.join('\n')}\n\n`)
      }
      if (res.status < 200 || res.status > 299) {
        const body = await readMessage(res.body)
        throw new ExitError(responseError('api', { ...res, body }, session.transport.redact).message)
      }
      await pipeline(res.body, context.io.stdout, { end: false })
      return EXIT.ok
    })
  }
}
