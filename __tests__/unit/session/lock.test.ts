import { existsSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { privateFolder } from '../../fixtures.js'

const { withLock, isRunning } = await import('../../../src/session/lock.js')
const { systemClock } = await import('../../../src/api/clock.js')

let temp: string
afterEach(() => rmSync(temp, { recursive: true, force: true }))

describe('withLock', () => {
  it('holds <file>.lock with its pid while running, and removes it after', async () => {
    temp = privateFolder()
    const file = join(temp, 'session.json')
    const inside = await withLock(file, { staleMs: 60_000 }, async () => readFileSync(`${file}.lock`, 'utf8'))
    expect(inside).toBe(String(process.pid))
    expect(existsSync(`${file}.lock`)).toBe(false)
  })

  it('takes over at once a lock whose holder is gone', async () => {
    temp = privateFolder()
    const file = join(temp, 'session.json')
    writeFileSync(`${file}.lock`, '999999')
    let slept = 0
    await withLock(
      file,
      { staleMs: 3_600_000, alive: () => false, clock: { ...systemClock, sleep: async () => void slept++ } },
      async () => undefined
    )
    expect(slept).toBe(0)
  })

  it('waits for a live holder, and takes over a lock older than staleMs whatever its pid says', async () => {
    temp = privateFolder()
    const file = join(temp, 'session.json')
    writeFileSync(`${file}.lock`, String(process.pid))
    const now = Date.now()
    let slept = 0
    const clock = {
      now: () => now,
      random: () => 0.5,
      sleep: async () => {
        slept++
        if (slept === 3) utimesSync(`${file}.lock`, new Date(now - 120_000), new Date(now - 120_000))
      }
    }
    await withLock(file, { staleMs: 60_000, alive: () => true, clock }, async () => undefined)
    expect(slept).toBe(3)
  })

  it('releases the lock when the work fails', async () => {
    temp = privateFolder()
    const file = join(temp, 'session.json')
    await expect(withLock(file, { staleMs: 1000 }, async () => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom'
    )
    expect(existsSync(`${file}.lock`)).toBe(false)
  })

  it('isRunning tells a live pid from a dead one', () => {
    expect(isRunning(process.pid)).toBe(true)
    expect(isRunning(2 ** 22 + 12345)).toBe(false)
  })
})
