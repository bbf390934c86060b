import { rmSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { fileContent, privateFolder, T0, TT } from '../../fixtures.js'

const { cachedAnswer, writeToFd } = await import('../../../src/cli/fast-path.js')
const { createSessionFolder, writeSessionFile } = await import('../../../src/session/session-file.js')

let temp: string
let file: string
beforeEach(() => {
  temp = privateFolder()
  file = createSessionFolder(temp).file
  writeSessionFile(file, fileContent())
})
afterEach(() => rmSync(temp, { recursive: true, force: true }))

const env = () => ({ FLEX_INSIGHTS_SESSION_FILE: file })

describe('cachedAnswer', () => {
  it('token and cookie from a fresh file, with --session, --prefix and --min-validity', () => {
    expect(cachedAnswer(['token'], env(), T0)).toEqual({ tt: TT, text: TT })
    expect(cachedAnswer(['cookie', '--session', file], {}, T0)?.text).toBe(`GDCAuthTT=${TT}`)
    expect(cachedAnswer(['token', '--prefix', 'FI_X'], { FI_X_SESSION_FILE: file }, T0)?.tt).toBe(TT)
    expect(cachedAnswer(['token', '--min-validity', '300'], env(), T0 + 5 * 60_000)?.tt).toBe(TT)
  })

  it('anything else is for the full command', () => {
    expect(cachedAnswer(['token'], env(), T0 + 9.5 * 60_000)).toBeUndefined()
    expect(cachedAnswer(['token', '--min-validity', '300'], env(), T0 + 5 * 60_000 + 1000)).toBeUndefined()
    expect(cachedAnswer(['export', '1'], env(), T0)).toBeUndefined()
    expect(cachedAnswer(['token', '--bogus', 'x'], env(), T0)).toBeUndefined()
    expect(cachedAnswer(['token', '--session'], env(), T0)).toBeUndefined()
    expect(cachedAnswer(['token'], {}, T0)).toBeUndefined()
    writeSessionFile(file, fileContent({ loggedOut: true }))
    expect(cachedAnswer(['token'], env(), T0)).toBeUndefined()
    writeSessionFile(file, fileContent({ tt: 'bad tt' }))
    expect(cachedAnswer(['token'], env(), T0)).toBeUndefined()
  })
})

describe('inside Actions', () => {
  it('answers only for a TT the runner was told to mask; the full command masks any other', () => {
    const actions = { ...env(), GITHUB_ACTIONS: 'true' }
    expect(cachedAnswer(['token'], actions, T0)).toBeUndefined()
    writeSessionFile(file, fileContent({ ttMasked: false }))
    expect(cachedAnswer(['token'], actions, T0)).toBeUndefined()
    expect(cachedAnswer(['token'], env(), T0)?.tt).toBe(TT)
    writeSessionFile(file, fileContent({ ttMasked: true }))
    expect(cachedAnswer(['cookie'], actions, T0)).toEqual({ tt: TT, text: `GDCAuthTT=${TT}` })
  })
})

describe('writeToFd', () => {
  it('writes everything, and hands the rest of a full pipe to the stream', () => {
    const written: string[] = []
    let calls = 0
    writeToFd(1, 'abcdef', {
      writeSync: (_fd, buffer, offset) => {
        if (++calls === 2) throw Object.assign(new Error('again'), { code: 'EAGAIN' })
        written.push(buffer.subarray(offset, offset + 2).toString())
        return 2
      },
      stream: () => ({ write: chunk => written.push(`stream:${chunk.toString()}`) })
    })
    expect(written).toEqual(['ab', 'stream:cdef'])
  })
})
