// Finding ids and calling any endpoint: `flex-insights workspaces`, `reports` and `api` in run
// steps, against the emulator's listings (paged as the platform pages them).
import { describe, expect, it } from '@jest/globals'
import { ageSession, count, DEMO_WORKSPACE, inputs, perTest } from './harness.js'

const fresh = perTest()

const WS = DEMO_WORKSPACE

async function loggedIn(options: Parameters<typeof fresh>[0] = {}) {
  const env = await fresh(options)
  const main = await env.job.uses({ with: inputs(env) })
  expect(main.exitCode).toBe(0)
  return { env, main }
}

describe('flex-insights workspaces', () => {
  it('every page of the listing, tab-separated; --json gives the server entries', async () => {
    const workspaces = Array.from({ length: 5 }, (_, i) => ({ id: `ws${i}`, title: `Workspace ${i}` }))
    const { env } = await loggedIn({ pageSize: 2, workspaces })
    const run = await env.job.run('flex-insights workspaces; flex-insights workspaces --json | head -1')
    const lines = run.stdout.trim().split('\n')
    expect(lines.slice(0, 5)).toEqual(workspaces.map(w => `${w.id}\tENABLED\t${w.title}`))
    expect(JSON.parse(lines[5]).project.links.self).toBe('/gdc/projects/ws0')
    expect(env.emu.log.filter(e => e.path.endsWith('/projects')).length).toBe(6)
    await env.job.runPosts()
  })

  it('an empty list is no output, exit 0', async () => {
    const { env } = await loggedIn({ workspaces: [] })
    const run = await env.job.run('flex-insights workspaces; echo "rc=$?"')
    expect(run.stdout).toBe('rc=0\n')
    await env.job.runPosts()
  })

  it('a TT the server no longer accepts is renewed once', async () => {
    const { env } = await loggedIn()
    env.emu.expireTts()
    const run = await env.job.run('flex-insights workspaces')
    expect(run.stdout).toBe(`${WS}\tENABLED\tFlex Insights (demo)\n`)
    expect(count(env, 'GET /gdc/account/token')).toBe(1)
    await env.job.runPosts()
  })

  it('a dead session: exit 4 with what to do', async () => {
    const { env, main } = await loggedIn()
    env.emu.expireSessions()
    ageSession(main.env.FLEX_INSIGHTS_SESSION_FILE)
    const run = await env.job.run('set +e; flex-insights workspaces; echo "rc=$?"')
    expect(run.stdout).toBe('rc=4\n')
    expect(run.stderr).toContain(
      'the session has ended (logged out or expired); run the Flex Insights Auth action again'
    )
    await env.job.runPosts()
  })
})

describe('flex-insights reports', () => {
  it('ids and identifiers export accepts, --search, and from $FLEX_INSIGHTS_WORKSPACE', async () => {
    const env = await fresh()
    await env.job.uses({ with: inputs(env, { workspace: WS }) })
    const run = await env.job.run(
      'flex-insights reports; echo; flex-insights reports -w "$FLEX_INSIGHTS_WORKSPACE" --search QUEUE'
    )
    expect(run.stdout).toBe(
      [
        '1001\taBcDeFgH1001\t2026-10-15 12:30:00\tAgent performance',
        '1002\taBcDeFgH1002\t2026-10-15 12:30:00\tQueue statistics',
        '1003\taBcDeFgH1003\t2026-10-15 12:30:00\tAbandoned conversations',
        '',
        '1002\taBcDeFgH1002\t2026-10-15 12:30:00\tQueue statistics',
        ''
      ].join('\n')
    )
    const exported = await env.job.run('flex-insights export aBcDeFgH1002 -o - | head -1')
    expect(exported.stdout).toBe('"Date","Agent","Queue","Conversations","Handle time"\r\n')
    await env.job.runPosts()
  })

  it('an empty workspace; a workspace that does not exist: exit 1, the message, the request id', async () => {
    const { env } = await loggedIn({ workspaces: [{ id: 'empty1', reports: [] }] })
    const run = await env.job.run(
      'set +e; flex-insights reports -w empty1; echo "rc=$?"; flex-insights reports -w nope1; echo "rc=$?"'
    )
    expect(run.stdout).toBe('rc=0\nrc=1\n')
    expect(run.stderr).toMatch(
      new RegExp(
        String.raw`Flex Insights reports failed: HTTP 404: "Project nope1 not found" \[request id ` +
          String.raw`flex-insights-auth:\S+\]\. Workspace nope1 was not found`
      )
    )
    await env.job.runPosts()
  })
})

describe('flex-insights api', () => {
  it('GET and POST with the fresh TT added; the body streamed to stdout', async () => {
    const { env, main } = await loggedIn()
    const profile = main.outputs['profile-id']
    const run = await env.job.run(
      `flex-insights api "/gdc/account/profile/${profile}" | jq -r .accountSetting.login; ` +
        `flex-insights api -X POST "/gdc/md/${WS}/identifiers" -d '{"identifierToUri":["aBcDeFgH1001"]}' | jq -c .`
    )
    expect(run.stdout).toBe(
      `demo@flex-insights.example\n{"identifiers":[{"identifier":"aBcDeFgH1001","uri":"/gdc/md/${WS}/obj/1001"}]}\n`
    )
    const sent = env.emu.log.slice(-2)
    expect(sent.map(e => e.method)).toEqual(['GET', 'POST'])
    for (const e of sent) expect(e.headers['x-gdc-authtt']).toBeTruthy()
    await env.job.runPosts()
  })

  it.each(['PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'])(
    '-X %s is sent as asked; an HTTP error exits 1 with status and request id',
    async method => {
      const { env } = await loggedIn()
      const run = await env.job.run(
        `set +e; flex-insights api -X ${method} "/gdc/md/${WS}/query/reports"; echo "rc=$?"`
      )
      expect(env.emu.log.at(-1)?.method).toBe(method)
      expect(run.stdout).toBe('rc=1\n')
      expect(run.stderr).toMatch(/Flex Insights api failed: HTTP 40\d.*\[request id flex-insights-auth:\S+\]/)
      await env.job.runPosts()
    }
  )

  it('an absolute URL, another host or a path outside /gdc/ is refused before any request', async () => {
    const { env } = await loggedIn()
    const before = env.emu.log.length
    const run = await env.job.run(
      'set +e; for p in "https://evil.example.com/gdc/x" "//evil.example.com/gdc/x" "/other/x" ' +
        '"/gdc/../other"; do flex-insights api "$p" 2>/dev/null; echo "rc=$?"; done'
    )
    expect(run.stdout).toBe('rc=2\nrc=2\nrc=2\nrc=2\n')
    expect(env.emu.log.length).toBe(before)
    await env.job.runPosts()
  })

  it('--include shows the status and headers, never cookies or tokens', async () => {
    const { env } = await loggedIn()
    env.emu.expireTts()
    const run = await env.job.run(`flex-insights api --include /gdc/account/token`)
    expect(run.stdout).toMatch(/^HTTP 401\n/)
    expect(run.stdout).toContain('set-cookie: (hidden)\n')
    expect(run.stdout).not.toMatch(/GDCAuth(TT|SST)=/)
    await env.job.runPosts()
  })
})

describe('flex-insights labels and values', () => {
  it('the labels of a workspace, and the values of one, paged; both what export --filter takes', async () => {
    const { env } = await loggedIn()
    const labels = await env.job.run(`flex-insights labels -w ${WS}; flex-insights labels -w ${WS} --search queue`)
    expect(labels.exitCode).toBe(0)
    const lines = labels.stdout.trim().split('\n')
    expect(lines.slice(0, 3)).toEqual([
      '2001\tdate.date.mmddyyyy\tDate (mm/dd/yyyy)\tDate',
      '2101\tlabel.conversations.queue\tQueue\tQueue',
      '2102\tlabel.conversations.agent\tAgent\tAgent'
    ])
    expect(lines.slice(3)).toEqual(['2101\tlabel.conversations.queue\tQueue\tQueue'])
    const values = await env.job.run(
      `flex-insights values -w ${WS} label.conversations.agent --limit 150 | wc -l; ` +
        `flex-insights values -w ${WS} 2101 --search UE-3; flex-insights values -w ${WS} 2102 --search night --json`
    )
    expect(values.exitCode).toBe(0)
    const [count, queue, json] = values.stdout.trim().split('\n')
    // 98 values over a page of 100: two requests would be one too many; the line break is a space here.
    expect(count.trim()).toBe('98')
    expect(queue).toBe('queue-3')
    expect(JSON.parse(json).element.title).toBe('agent-0042\nnight shift')
    const missing = await env.job.run(`set +e; flex-insights values -w ${WS} no.such.label; echo "rc=$?"`)
    expect(missing.stdout).toBe('rc=1\n')
    expect(missing.stderr).toContain(`workspace ${WS} has no label no.such.label`)
    await env.job.runPosts()
  })
})
