import { describe, expect, it } from '@jest/globals'
import { pollWaitMs, scheduledWaitMs, serverWaitMs } from '../../../src/export/schedule.js'
import { T0 } from '../../fixtures.js'

describe('poll schedule', () => {
  it('1, 2, 4, 8, then 10 s for good, each within ±20 %', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(n => scheduledWaitMs(n, () => 0.5))).toEqual([
      1000, 2000, 4000, 8000, 10_000, 10_000, 10_000
    ])
    expect(scheduledWaitMs(1, () => 0)).toBe(800)
    expect(scheduledWaitMs(5, () => 1)).toBe(12_000)
  })

  it('the server hint (Retry-After or Refresh) wins when longer', () => {
    expect(serverWaitMs({ refresh: '3' }, T0)).toBe(3000)
    expect(serverWaitMs({ refresh: '2; url=/gdc/x' }, T0)).toBe(2000)
    expect(serverWaitMs({ 'retry-after': '5', refresh: '2' }, T0)).toBe(5000)
    expect(serverWaitMs({}, T0)).toBeUndefined()
    expect(pollWaitMs(1, { 'retry-after': '30' }, T0, () => 0.5)).toBe(30_000)
    expect(pollWaitMs(4, { refresh: '1' }, T0, () => 0.5)).toBe(8000)
  })
})
