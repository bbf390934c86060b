import { spawnSync } from 'node:child_process'
import { describe, expect, it } from '@jest/globals'

describe('npm start', () => {
  it('runs main, a downstream call and post against the emulator, secrets shown as ***', () => {
    const res = spawnSync(process.execPath, ['scripts/start.mjs'], { encoding: 'utf8', timeout: 60_000 })
    expect(res.status).toBe(0)
    expect(res.stdout).toMatch(/token {7}= \*\*\*\n/)
    expect(res.stdout).toMatch(/FLEX_INSIGHTS_COOKIE {10}= \*\*\*\n/)
    expect(res.stdout).toContain('HTTP 200, profile of demo@flex-insights.example')
    expect(res.stdout).toContain('Logged out of Flex Insights')
    expect(res.stdout).toMatch(/✔ Success: .*\(3 HTTP requests to the emulator, which confirms the session is dead\)\.\n$/)
    expect(res.stdout).not.toContain('demo-password-not-a-secret')
  })

  it('refuses a real host without credentials in the environment', () => {
    const env = { ...process.env }
    delete env.FLEX_INSIGHTS_LOGIN
    delete env.FLEX_INSIGHTS_PASSWORD
    const res = spawnSync(process.execPath, ['scripts/start.mjs', '--api-url', 'https://analytics.ytica.com'], { encoding: 'utf8', env })
    expect(res.status).toBe(1)
    expect(res.stderr).toContain('set FLEX_INSIGHTS_LOGIN and FLEX_INSIGHTS_PASSWORD')
  })
})
