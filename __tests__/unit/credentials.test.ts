import { describe, expect, it } from '@jest/globals'
import { exportCredentials, type Publisher } from '../../src/credentials.js'

function recorder() {
  const calls: string[] = []
  const publisher: Publisher = {
    setSecret: s => calls.push(`mask ${s}`),
    setOutput: (n, v) => calls.push(`output ${n}=${v}`),
    exportVariable: (n, v) => calls.push(`env ${n}=${v}`)
  }
  return { calls, publisher }
}

const creds = { tt: 'TT1', apiUrl: 'https://analytics.ytica.com', profileId: 'p1', expiresAt: new Date('2026-01-01T00:10:00Z') }

describe('exportCredentials', () => {
  it('masks the TT and its cookie form before publishing anything', () => {
    const { calls, publisher } = recorder()
    exportCredentials(publisher, creds, { exportEnv: true, envPrefix: 'FLEX_INSIGHTS' })
    expect(calls.slice(0, 2)).toEqual(['mask TT1', 'mask GDCAuthTT=TT1'])
    expect(calls.filter(c => c.startsWith('mask'))).toHaveLength(2)
    expect(calls.slice(2)).toEqual([
      'output token=TT1',
      'output cookie=GDCAuthTT=TT1',
      'output profile-id=p1',
      'output expires-at=2026-01-01T00:10:00.000Z',
      'output api-url=https://analytics.ytica.com',
      'env FLEX_INSIGHTS_TT=TT1',
      'env FLEX_INSIGHTS_COOKIE=GDCAuthTT=TT1',
      'env FLEX_INSIGHTS_API_URL=https://analytics.ytica.com',
      'env FLEX_INSIGHTS_PROFILE_ID=p1',
      'env FLEX_INSIGHTS_TT_EXPIRES_AT=2026-01-01T00:10:00.000Z'
    ])
  })

  it('exports no env vars with export-env false, and uses the prefix', () => {
    const off = recorder()
    exportCredentials(off.publisher, creds, { exportEnv: false, envPrefix: 'X' })
    expect(off.calls.some(c => c.startsWith('env'))).toBe(false)
    const other = recorder()
    exportCredentials(other.publisher, { ...creds, sessionFile: '/tmp/s' }, { exportEnv: true, envPrefix: 'EU' })
    expect(other.calls).toContain('env EU_TT=TT1')
    expect(other.calls).toContain('output session-file=/tmp/s')
    expect(other.calls).toContain('env EU_SESSION_FILE=/tmp/s')
  })
})
