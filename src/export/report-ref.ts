/**
 * The forms a report can be named in (docs/protocol.md, "Finding ids"): an object id, an object
 * URI, a global identifier, or an Analytics Portal URL. Parsing needs no request; a global
 * identifier is resolved later, with one.
 */
import { isIdentifier, isWorkspaceId, OBJECT_URI } from '../api/metadata.js'
import { UsageError } from './exit-codes.js'

export interface ReportRef {
  /** As the user wrote it, for messages and the summary. */
  input: string
  workspace?: string
  /** The numeric object id, when the form carries it. */
  objectId?: string
  /** A global identifier, resolved with POST /gdc/md/<ws>/identifiers. */
  identifier?: string
}

const OBJECT_ID = /^\d{1,18}$/

/** A numeric object id (a report's, a label's): `12345`. */
export const isObjectId = (value: string): boolean => OBJECT_ID.test(value)

/**
 * `defaultWorkspace` (-w, the workspace input) applies to the forms without one; a form that
 * names a different workspace is refused rather than silently preferred.
 */
export function parseReportRef(input: string, defaultWorkspace?: string): ReportRef {
  let ref: ReportRef
  const uri = OBJECT_URI.exec(input)
  if (OBJECT_ID.test(input)) ref = { input, objectId: input }
  else if (uri) ref = { input, workspace: uri[1], objectId: uri[2] }
  else if (/^https?:\/\//i.test(input)) ref = portalUrl(input)
  else if (isIdentifier(input)) ref = { input, identifier: input }
  else {
    throw new UsageError(
      `"${String(input)}" is not a report: ` +
        'give an object id (12345), an object URI (/gdc/md/<workspace>/obj/12345), ' +
        'a global identifier (b08a2c8ca8f4) or an Analytics Portal URL'
    )
  }
  if (ref.workspace && defaultWorkspace && ref.workspace !== defaultWorkspace) {
    throw new UsageError(`"${input}" belongs to workspace ${ref.workspace}, not to ${defaultWorkspace}`)
  }
  return { ...ref, workspace: ref.workspace ?? defaultWorkspace }
}

/**
 * `…#s=/gdc/projects/<ws>|…/obj/<id>…` or `…#s=/gdc/workspaces/<ws>|…`: the workspace from the
 * first, the object from the last `/obj/<id>`. The host is ignored: nothing is fetched from it.
 */
function portalUrl(input: string): ReportRef {
  let fragment: string
  try {
    const url = new URL(input)
    fragment = decodeURIComponent(url.hash || url.pathname)
  } catch {
    throw new UsageError(`"${input}" is not a URL`)
  }
  const workspace = /\/gdc\/(?:projects|workspaces|md)\/([^/|?#&]+)/.exec(fragment)?.[1]
  const objects = [...fragment.matchAll(/\/obj\/(\d{1,18})(?!\d)/g)]
  const objectId = objects.at(-1)?.[1]
  if (!isWorkspaceId(workspace) || !objectId) {
    throw new UsageError(
      `"${input}" is not an Analytics Portal URL of a report: it needs /gdc/projects/<workspace> and /obj/<id>`
    )
  }
  return { input, workspace, objectId }
}

/** The object URI of a parsed reference that carries its object id. */
export const objectUri = (workspace: string, objectId: string): string => `/gdc/md/${workspace}/obj/${objectId}`
