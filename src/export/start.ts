/**
 * Stage one of an export: the report's object URI (a global identifier costs one lookup), and
 * the raw export started on it (docs/protocol.md, "Raw export"). Returns the result path to poll,
 * checked by the one path rule (api/origin.ts) before it can be requested.
 */
import type { AuthorizedApi } from '../api/authorized.js'
import { FlexInsightsError, responseError } from '../api/errors.js'
import type { MetadataClient } from '../api/metadata.js'
import { serverPath } from '../api/origin.js'
import { ExitError } from './exit-codes.js'
import { objectUri, type ReportRef } from './report-ref.js'

/** The object URI of the report, looked up when it is named by a global identifier. */
export async function reportUri(ref: ReportRef, workspace: string, metadata: MetadataClient): Promise<string> {
  if (ref.objectId) return objectUri(workspace, ref.objectId)
  const uri = await metadata.objectUri(workspace, ref.identifier as string)
  if (!uri)
    throw new ExitError(
      `unknown identifier ${ref.identifier}: workspace ${workspace} has no object with it; ` +
        `list its reports with: flex-insights reports -w ${workspace}`
    )
  return uri
}

/** A filter of `report_req.context.filters` (docs/protocol.md, "Filters"): a label's URI and a constraint. */
export type ReportFilter = { uri: string; constraint: Record<string, unknown> }

/** POST …/execute/raw (with `filters` in its context, if any): the path of the result to poll. */
export async function startExport(
  api: AuthorizedApi,
  workspace: string,
  uri: string,
  filters: ReportFilter[] = []
): Promise<string> {
  const context = filters.length ? { context: { filters } } : {}
  // The result's GET follows the POST: its connection's handshakes can overlap the POST.
  api.transport.preconnect()
  const res = await api.request({
    call: 'export',
    method: 'POST',
    path: `/gdc/app/projects/${workspace}/execute/raw`,
    body: { report_req: { report: uri, ...context } }
  })
  const hints: Record<number, string> = {
    400: 'The report cannot be exported as it is (is it a table report?)',
    403: `This user may not export from workspace ${workspace}`,
    404:
      `Workspace ${workspace} or report ${uri} was not found; ` +
      `list them with: flex-insights workspaces / flex-insights reports -w ${workspace}`
  }
  if (res.status !== 201 && res.status !== 200 && res.status !== 202) {
    throw responseError('export', res, api.transport.redact, { hint: hints[res.status] })
  }
  let answer: unknown
  try {
    answer = JSON.parse(res.body)?.uri
  } catch {
    answer = undefined
  }
  const path = serverPath(api.transport.settings.apiUrl, answer ?? res.headers.location)
  if (!path) {
    throw new FlexInsightsError(
      'export',
      'unexpected response: the result URI is missing or not on the API URL, so it was not fetched',
      { kind: 'protocol', requestId: res.requestId }
    )
  }
  return path
}
