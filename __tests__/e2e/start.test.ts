// `npm start` as a newcomer runs it: the bundled action end to end on the built-in emulator.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from '@jest/globals'

const start = (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const clean = { ...process.env }
  delete clean.FLEX_INSIGHTS_LOGIN
  delete clean.FLEX_INSIGHTS_PASSWORD
  return spawnSync(process.execPath, ['scripts/start.mjs', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...clean, ...env }
  })
}

describe('npm start', () => {
  it("logs in, exports yesterday's rows, calls the API and logs out; every secret shown as ***", () => {
    const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
    const before = yesterday()
    const res = start([])
    const days = new Set([before, yesterday()]) // the run may cross midnight
    expect(res.status).toBe(0)
    expect(res.stdout).toMatch(/token {8}= \*\*\*\n/)
    expect(res.stdout).toMatch(/FLEX_INSIGHTS_COOKIE {10}= \*\*\*\n/)
    expect(res.stdout).toContain(
      'masked (4 values, shown as ***): the password, the session token (SST), the temporary token (TT) and ' +
        'its cookie form'
    )
    expect(res.stdout).toMatch(/-> HTTP 202 in \d+ ms/)
    // 250 rows over 28 days ending today: rows 26, 54, … 222 (8 rows) fall on yesterday.
    const line = [...days].map(d => `flex-insights: report 1001: exports/report-1001-${d}.csv: 8 rows`)
    expect(line.some(l => res.stdout.includes(l))).toBe(true)
    const first = /exports\/report-1001-(\S+)\.csv \(yesterday's rows only\), first lines:\n.*\n {4}"(\S+) /.exec(
      res.stdout
    )
    expect(first?.[2]).toBe(first?.[1])
    expect(res.stdout).toContain('"accountSetting":{"login":"demo@flex-insights.example"')
    expect(res.stdout).toContain('Logged out of Flex Insights')
    expect(res.stdout).toMatch(
      /✔ Success: .*\(\d+ HTTP requests to the emulator, which confirms the session is dead\)\.\n$/
    )
    expect(res.stdout + res.stderr).not.toContain('demo-password-not-a-secret')
  })

  it('--password with a wrong one shows the error a workflow would show', () => {
    const res = start(['--password'], { FLEX_INSIGHTS_PASSWORD: 'not-the-password' })
    expect(res.status).toBe(1)
    expect(res.stdout).toContain('ERROR: Flex Insights login failed: HTTP 401: "Bad Login or Password!"')
    expect(res.stdout).not.toContain('not-the-password')
  })

  it('--help works as printed; a real host without credentials says what to set', () => {
    const help = start(['--', '--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^Usage: npm start -- \[--api-url URL\]/)
    const real = start(['--api-url', 'https://analytics.ytica.com'])
    expect(real.status).toBe(1)
    expect(real.stderr).toContain('with --api-url, give --login EMAIL or set FLEX_INSIGHTS_LOGIN')
    const noPassword = start(['--api-url', 'https://analytics.ytica.com', '--login', 'a@b.c'])
    expect(noPassword.stderr).toContain('give --password (you will be asked) or set FLEX_INSIGHTS_PASSWORD')
  })
})
