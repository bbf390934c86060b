import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { cachedAnswer, printCached, writeToFd, type FdWriter } from '../../src/cli-fast-path.js'

const T0 = Date.parse('2026-01-01T00:00:00Z')
const dir = mkdtempSync(join(tmpdir(), 'fast-path-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(content: Record<string, unknown>): string {
  const path = join(dir, `${Math.random()}.json`)
  writeFileSync(path, JSON.stringify({ version: 1, apiUrl: 'https://api.flex.test', profileId: 'p1', sst: 'SST', tt: 'TT', ttIssuedAt: T0, ttLifetimeMs: 600_000, ...content }))
  return path
}

describe('cachedAnswer', () => {
  it('answers token and cookie from a fresh session file', () => {
    const path = file({})
    expect(cachedAnswer(['token'], { FLEX_INSIGHTS_SESSION_FILE: path }, T0)).toBe('TT')
    expect(cachedAnswer(['cookie', '--session', path], {}, T0)).toBe('GDCAuthTT=TT')
    expect(cachedAnswer(['token', '--prefix', 'EU'], { EU_SESSION_FILE: path }, T0)).toBe('TT')
    expect(cachedAnswer(['token', '--min-validity', '300', '--session', path], {}, T0 + 4 * 60_000)).toBe('TT')
  })

  it.each([
    ['a stale token', ['token'], {}, T0 + 9.5 * 60_000],
    ['a longer --min-validity than is left', ['token', '--min-validity', '300'], {}, T0 + 6 * 60_000],
    ['a logged-out session', ['token'], { loggedOut: true }, T0],
    ['another version', ['token'], { version: 2 }, T0],
    ['another command', ['logout'], {}, T0],
    ['an unknown option', ['token', '--verbose', 'x'], {}, T0],
    ['a missing option value', ['token', '--session'], {}, T0],
    ['a bad --min-validity', ['token', '--min-validity', 'abc'], {}, T0]
  ])('defers to the full command for %s', (_what, argv, content, now) => {
    const path = file(content as Record<string, unknown>)
    expect(cachedAnswer(argv as string[], { FLEX_INSIGHTS_SESSION_FILE: path }, now as number)).toBeUndefined()
  })

  it('defers when there is no session file or it is not JSON', () => {
    expect(cachedAnswer(['token'], {}, T0)).toBeUndefined()
    expect(cachedAnswer(['token'], { FLEX_INSIGHTS_SESSION_FILE: join(dir, 'missing') }, T0)).toBeUndefined()
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, 'nope')
    expect(cachedAnswer(['token'], { FLEX_INSIGHTS_SESSION_FILE: bad }, T0)).toBeUndefined()
  })
})

describe('printCached', () => {
  it('masks the token and its cookie form on stderr inside Actions, before printing', () => {
    const out: string[] = []
    printCached('GDCAuthTT=a%b', { GITHUB_ACTIONS: 'true' }, { stdout: t => out.push(`out ${t}`), stderr: t => out.push(`err ${t}`) })
    expect(out).toEqual(['err ::add-mask::a%25b\n::add-mask::GDCAuthTT=a%25b\n', 'out GDCAuthTT=a%b\n'])
    const plain: string[] = []
    printCached('TT', {}, { stdout: t => plain.push(t), stderr: t => plain.push(`err ${t}`) })
    expect(plain).toEqual(['TT\n'])
  })
})

describe('writeToFd', () => {
  const eagain = () => Object.assign(new Error('EAGAIN: resource temporarily unavailable, write'), { code: 'EAGAIN' })

  it('writes the whole text to the descriptor', () => {
    const path = join(dir, 'out.txt')
    const fd = openSync(path, 'w')
    try {
      writeToFd(fd as 1, 'GDCAuthTT=é\n')
    } finally {
      closeSync(fd)
    }
    expect(readFileSync(path, 'utf8')).toBe('GDCAuthTT=é\n')
  })

  it('continues after a partial write and hands what a full pipe refuses to the stream', () => {
    const written: string[] = []
    const streamed: string[] = []
    let calls = 0
    const writer: FdWriter = {
      writeSync: (_fd, buffer, offset) => {
        calls++
        if (calls === 1) {
          written.push(buffer.subarray(offset, offset + 3).toString())
          return 3
        }
        throw eagain()
      },
      stream: fd => ({ write: chunk => streamed.push(`${fd}:${chunk.toString()}`) })
    }
    writeToFd(2, 'abcdefg', writer)
    expect(written).toEqual(['abc'])
    expect(streamed).toEqual(['2:defg'])
  })

  it('rethrows any other error', () => {
    const writer: FdWriter = {
      writeSync: () => {
        throw Object.assign(new Error('EBADF: bad file descriptor, write'), { code: 'EBADF' })
      },
      stream: () => ({ write: () => undefined })
    }
    expect(() => writeToFd(1, 'x', writer)).toThrow('EBADF')
  })
})
