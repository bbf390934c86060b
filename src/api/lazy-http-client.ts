/**
 * What `@actions/http-client` resolves to inside this action (tsconfig.json "paths", which ncc
 * follows when it bundles, and jest's moduleNameMapper, so the tests run the same graph).
 *
 * Why: @actions/core imports `HttpClient` at its top level for one function, getIDToken (OIDC),
 * and the real package pulls in undici. Loading it cost every step start-up time (BENCHMARKS.md,
 * "Decisions": undici deferred) for code the action never runs. This stand-in has the same
 * constructor and request methods and loads the real client on the first request, so
 * getIDToken keeps working; everything else in the process never pays for undici.
 *
 * The real package is imported by relative path: its bare name would resolve back to this file.
 */
import type * as Real from '../../node_modules/@actions/http-client/lib/index.js'
import type { RequestHandler, RequestOptions } from '../../node_modules/@actions/http-client/lib/interfaces.js'

export type RealHttpClient = Real.HttpClient

/** The real @actions/http-client module (undici included), loaded once, on demand. */
export function loadHttpClient(): Promise<typeof Real> {
  return import('../../node_modules/@actions/http-client/lib/index.js')
}

/** Every method of the real client that starts a request; each waits for the real client. */
const REQUEST_METHODS = [
  'options',
  'get',
  'del',
  'post',
  'patch',
  'put',
  'head',
  'sendStream',
  'request',
  'getJson',
  'postJson',
  'putJson',
  'patchJson'
] as const
type RequestMethod = (typeof REQUEST_METHODS)[number]

// Declaration merging gives the class the real signatures of the methods installed below.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface HttpClient extends Pick<RealHttpClient, RequestMethod> {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class HttpClient {
  private real?: Promise<RealHttpClient>

  constructor(
    readonly userAgent?: string,
    readonly handlers?: RequestHandler[],
    readonly requestOptions?: RequestOptions
  ) {}

  /** The real client, created with the same arguments on first use. */
  client(): Promise<RealHttpClient> {
    this.real ??= loadHttpClient().then(m => new m.HttpClient(this.userAgent, this.handlers, this.requestOptions))
    return this.real
  }
}

for (const name of REQUEST_METHODS) {
  ;(HttpClient.prototype as unknown as Record<string, unknown>)[name] = async function (
    this: HttpClient,
    ...args: unknown[]
  ) {
    const real = (await this.client()) as unknown as Record<RequestMethod, (...a: unknown[]) => Promise<unknown>>
    return real[name](...args)
  }
}
