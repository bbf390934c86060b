/**
 * The main step's summary: where it logged in, until when the token is valid, whether logout is
 * scheduled, and the reports of a workspace. Every cell is escaped (export/summary.ts), so nothing from the
 * server or an input can add markup.
 */
import { cell, tableRow } from '../export/summary.js'
import type { ReportEntry } from '../api/metadata.js'

export interface LoginFacts {
  apiUrl: string
  profileId: string
  expiresAt: Date
  logout: boolean
}

export function loginSummary(facts: LoginFacts): string {
  return [
    '### Flex Insights Auth',
    '',
    '| API URL | Profile id | Temporary token expires | Logout at end of job |',
    '|---|---|---|---|',
    tableRow([
      cell(facts.apiUrl),
      cell(facts.profileId),
      facts.expiresAt.toISOString(),
      facts.logout ? 'scheduled' : 'no (logout: false)'
    ]),
    ''
  ].join('\n')
}

export function reportsSummary(workspace: string, reports: ReportEntry[]): string {
  const rows = reports.map(r => tableRow([r.objectId, cell(r.identifier ?? ''), cell(r.title), cell(r.updated ?? '')]))
  return [
    `### Reports of workspace ${cell(workspace)}`,
    '',
    'Use the id or the identifier in the `reports` input or with `flex-insights export`.',
    '',
    '| id | identifier | title | updated |',
    '|---:|---|---|---|',
    ...(rows.length ? rows : ['| | | (no reports) | |']),
    ''
  ].join('\n')
}
