/**
 * Exports with a session read from its file: what `flex-insights export` and the action's
 * `reports` input both run. Each report gets its own view of the session's API (to count the
 * token renewals it needed) over one shared token source.
 */
import { AuthorizedApi } from '../api/authorized.js'
import { MetadataClient } from '../api/metadata.js'
import type { StoredSession } from '../session/stored-session.js'
import { exportAll } from './batch.js'
import type { ExportJob, ExportLog, ExportResult } from './job.js'
import { ProgressBoard } from './progress.js'

export function runExports(
  jobs: ExportJob[],
  session: StoredSession,
  parallel: number,
  log: ExportLog,
  showProgress: (line: string) => void
): Promise<ExportResult[]> {
  const { clock } = session.transport
  const progress = new ProgressBoard(() => clock.now())
  const depsOf = () => {
    const api = new AuthorizedApi(session.transport, session)
    return { api, metadata: new MetadataClient(api), clock, log, progress }
  }
  return exportAll(jobs, depsOf, progress, parallel, showProgress)
}
