import { rmSync } from 'node:fs'
import { afterEach, describe, expect, it } from '@jest/globals'
import { fileContent, privateFolder, WORKSPACE } from '../../fixtures.js'

const { parseInputs, passwordOf, InputError, DEFAULTS } = await import('../../../src/action/inputs.js')
const { Secrets } = await import('../../../src/api/secrets.js')
const { createSessionFolder, writeSessionFile } = await import('../../../src/session/session-file.js')

const read = (inputs: Record<string, string>) => (name: string, raw?: boolean) =>
  raw ? (inputs[name] ?? '') : (inputs[name] ?? '').trim()
const base = { login: 'ana@example.com', password: 'pw' }

function problems(inputs: Record<string, string>, env?: NodeJS.ProcessEnv): string[] {
  try {
    parseInputs(read({ ...base, ...inputs }), new Secrets(), env)
    return []
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as InstanceType<typeof InputError>).problems
  }
}

let temp: string | undefined
afterEach(() => {
  if (temp) rmSync(temp, { recursive: true, force: true })
  temp = undefined
})

describe('parseInputs', () => {
  it('defaults mirror action.yml', () => {
    const inputs = parseInputs(read(base), new Secrets())
    expect(inputs).toMatchObject({
      apiUrl: DEFAULTS['api-url'],
      envPrefix: 'FLEX_INSIGHTS',
      exportEnv: true,
      logout: true,
      authMode: 'header',
      ttLifetimeMs: 600_000,
      timeoutMs: 30_000,
      maxAttempts: 3,
      maxRetryWaitMs: 60_000,
      reports: [],
      outputDir: 'flex-insights-exports',
      listReports: false
    })
  })

  it('masks the password before anything else, and sends it as given but for trailing line breaks', () => {
    const masked: string[] = []
    const inputs = parseInputs(read({ ...base, password: '  spaced pass  \r\n' }), new Secrets(v => masked.push(v)))
    expect(inputs.password).toBe('  spaced pass  ')
    expect(masked[0]).toBe('  spaced pass  ')
    expect(passwordOf('a b\n\n')).toBe('a b')
    expect(passwordOf(' x ')).toBe(' x ')
  })

  it('reports every problem at once, naming each input', () => {
    const found = problems({
      password: '',
      login: '',
      'api-url': 'http://example.com',
      'env-prefix': 'lower',
      'request-timeout': 'soon',
      'max-attempts': '0',
      logout: 'yes',
      'auth-mode': 'both',
      'token-lifetime': '1.5'
    })
    expect(found.map(p => /^Input "([^"]+)"/.exec(p)?.[1])).toEqual([
      'password',
      'login',
      'api-url',
      'env-prefix',
      'auth-mode',
      'logout',
      'token-lifetime',
      'request-timeout',
      'max-attempts'
    ])
  })

  it('reports: every form, each needing a workspace', () => {
    const inputs = parseInputs(
      read({ ...base, workspace: WORKSPACE, reports: `248\n\n  b08a2c8ca8f4  \n/gdc/md/${WORKSPACE}/obj/9\n` }),
      new Secrets()
    )
    expect(inputs.reports.map(({ ref: r }) => [r.objectId ?? r.identifier, r.workspace])).toEqual([
      ['248', WORKSPACE],
      ['b08a2c8ca8f4', WORKSPACE],
      ['9', WORKSPACE]
    ])
    expect(problems({ reports: '248' })).toEqual([
      'Input "reports": 248 needs a workspace; set the "workspace" input, or give the report as ' +
        '/gdc/md/<workspace>/obj/<id>'
    ])
    expect(problems({ workspace: WORKSPACE, reports: 'not/a/report' })[0]).toMatch(
      /^Input "reports": "not\/a\/report" is not a report/
    )
    expect(problems({ workspace: WORKSPACE, reports: '248 stray words' })[0]).toMatch(
      /^Input "reports": line "248 stray words": Unexpected argument 'stray'/
    )
    expect(problems({ workspace: 'bad ws' })[0]).toMatch(/^Input "workspace" must be a workspace id/)
    expect(problems({ 'list-reports': 'true' })).toEqual([
      'Input "list-reports" needs the "workspace" input: the reports of which workspace?'
    ])
  })

  it('refuses an env-prefix whose earlier session in this job is still open (main step only)', () => {
    temp = privateFolder()
    const { file } = createSessionFolder(temp)
    writeSessionFile(file, fileContent())
    const env = { FLEX_INSIGHTS_SESSION_FILE: file }
    expect(problems({}, env)[0]).toMatch(
      new RegExp(
        String.raw`^Input "env-prefix": FLEX_INSIGHTS is already used by an earlier Flex Insights Auth step in ` +
          String.raw`this job whose session is still open`
      )
    )
    expect(problems({ 'env-prefix': 'FI_TWO' }, env)).toEqual([])
    expect(problems({}, undefined)).toEqual([])
    expect(problems({ 'export-env': 'false' }, env)).toEqual([])
    writeSessionFile(file, fileContent({ loggedOut: true }))
    expect(problems({}, env)).toEqual([])
  })

  it('reports lines take the options that shape a report, over export-options; anything else names the line', () => {
    const inputs = parseInputs(
      read({
        ...base,
        workspace: WORKSPACE,
        'time-zone': 'America/Chicago',
        'export-options': '--date 2026-01-03 --filter label.conversations.queue=queue-1',
        reports: [
          '248',
          '249 --from 2026-01-01 --to 2026-01-03 --split-by day',
          '250 --filter "label.conversations.agent=agent 7"'
        ].join('\n')
      }),
      new Secrets()
    )
    const [first, second, third] = inputs.reports
    expect(first.shape).toMatchObject({
      files: [{ range: { from: '2026-01-03', to: '2026-01-03' } }],
      valueFilters: [{ label: 'label.conversations.queue', values: ['queue-1'] }]
    })
    expect(second.shape.files.map(f => f.range)).toEqual([
      { from: '2026-01-01', to: '2026-01-01' },
      { from: '2026-01-02', to: '2026-01-02' },
      { from: '2026-01-03', to: '2026-01-03' }
    ])
    // A line's own option replaces export-options' one of the same name.
    expect(third.shape.valueFilters).toEqual([{ label: 'label.conversations.agent', values: ['agent 7'] }])
    expect(inputs.timeZone).toBe('America/Chicago')
    expect(problems({ workspace: WORKSPACE, reports: '248 -o x.csv' })[0]).toMatch(
      /^Input "reports": line "248 -o x.csv": Unknown option '-o'; only --date, --from, .* shape a report here/
    )
    expect(problems({ workspace: WORKSPACE, reports: "248 --filter 'unclosed" })[0]).toContain('is not closed')
    expect(problems({ 'time-zone': 'Mars/Olympus' })[0]).toMatch(/^Input "time-zone" must be an IANA time zone/)
    expect(problems({ workspace: WORKSPACE, 'export-options': '--last 0' })[0]).toMatch(
      /^Input "export-options": --last "0" must be a whole number/
    )
  })
})
