// The Windows rules, tested on any platform: a session file replaced while another program holds
// it open (the rename is tried again; another process's newer refresh stands), the shims each
// Windows shell runs, and the paths the outputs show.
import path from 'node:path'
import { readFileSync, rmSync } from 'node:fs'
import { afterEach, describe, expect, it } from '@jest/globals'
import { fileContent, privateFolder, record, T0, TT, TT2 } from '../../fixtures.js'

const { replaceFile, writeSessionFile, createSessionFolder, readSessionFile } =
  await import('../../../src/session/session-file.js')
const { SessionStore } = await import('../../../src/session/session-store.js')
const { systemClock } = await import('../../../src/api/clock.js')
const { bashPath, shimScripts } = await import('../../../src/action/main.js')
const { workspacePath } = await import('../../../src/action/exports.js')

let temp = ''
afterEach(() => rmSync(temp, { recursive: true, force: true }))

/** A rename that fails `times` times with `code`, then renames; every wait is recorded. */
function flaky(times: number, code: string, platform: NodeJS.Platform = 'win32') {
  const waits: number[] = []
  let calls = 0
  return {
    waits,
    calls: () => calls,
    replacer: {
      platform,
      wait: (ms: number) => void waits.push(ms),
      rename: (from: string, to: string) => {
        calls++
        if (calls <= times) throw Object.assign(new Error(`${code}: operation not permitted, rename`), { code })
        replaceFile(from, to)
      }
    }
  }
}

describe('replacing the session file under Windows sharing rules', () => {
  it.each(['EPERM', 'EACCES', 'EBUSY'])('%s while another program holds it: tried again, then done', code => {
    temp = privateFolder()
    const { file } = createSessionFolder(temp)
    writeSessionFile(file, fileContent())
    const rename = flaky(3, code)
    writeSessionFile(file, fileContent({ tt: TT2 }), rename.replacer)
    expect(readSessionFile(file).tt).toBe(TT2)
    expect(rename.waits).toEqual([10, 20, 40])
  })

  it('a hold that never ends: a clear error after about 1.6 s of waits, and no temp file left', () => {
    temp = privateFolder()
    const { file } = createSessionFolder(temp)
    writeSessionFile(file, fileContent())
    const rename = flaky(99, 'EPERM')
    expect(() => writeSessionFile(file, fileContent({ tt: TT2 }), rename.replacer)).toThrow(
      /cannot replace the session file .* \(EPERM\): another program keeps it open/
    )
    expect(rename.waits.reduce((a, b) => a + b, 0)).toBe(1630)
    expect(readSessionFile(file).tt).toBe(TT)
    expect(readFileSync(file, 'utf8')).not.toContain(TT2)
    expect(rename.calls()).toBe(9)
  })

  it('elsewhere, or for another error, the first failure stands', () => {
    const linux = flaky(1, 'EPERM', 'linux')
    expect(() => replaceFile('/a', '/b', linux.replacer)).toThrow('EPERM')
    const other = flaky(1, 'ENOSPC')
    expect(() => replaceFile('/a', '/b', other.replacer)).toThrow('ENOSPC')
    expect([...linux.waits, ...other.waits]).toEqual([])
  })

  it('a refresh that cannot be written, while the file already holds a newer TT: the newer one stands', () => {
    temp = privateFolder()
    const { file } = createSessionFolder(temp)
    writeSessionFile(file, fileContent({ tt: TT2, ttIssuedAt: T0 + 1000 }))
    const store = new SessionStore(file, SessionStore.read(file), systemClock, 60_000)
    // Our refresh (older) cannot replace the file, as when Windows refuses the rename.
    const mine = record({ tt: 'TT-mine-0123456789abcdef', ttIssuedAt: T0 })
    const failing = Object.assign(store, {
      write: () => {
        throw Object.assign(new Error('EPERM'), { code: 'EPERM' })
      }
    })
    expect(failing.writeRefreshed(mine, {})).toMatchObject({ tt: TT2, ttIssuedAt: T0 + 1000 })
    // An older TT in the file does not excuse the failure.
    const newer = record({ tt: 'TT-newer-0123456789abcdef', ttIssuedAt: T0 + 5000 })
    expect(() => failing.writeRefreshed(newer, {})).toThrow('EPERM')
  })
})

describe('the shims each shell runs', () => {
  const node = 'C:\\hostedtoolcache\\windows\\node\\24.0.0\\x64\\node.exe'
  const entry = 'C:\\actions runner\\_work\\_actions\\fia\\v1\\dist\\cli.cjs'

  it('Git Bash gets the Windows paths in its own form, quoted', () => {
    expect(bashPath(node)).toBe('/c/hostedtoolcache/windows/node/24.0.0/x64/node.exe')
    expect(shimScripts(node, entry, 'win32').sh).toBe(
      "#!/bin/sh\nexec '/c/hostedtoolcache/windows/node/24.0.0/x64/node.exe' " +
        `'/c/actions runner/_work/_actions/fia/v1/dist/cli.cjs' "$@"\n`
    )
  })

  it('pwsh and cmd get a .cmd with the Windows paths quoted and % doubled, CRLF', () => {
    expect(shimScripts(node, 'C:\\a%b\\cli.cjs', 'win32').cmd).toBe(`@"${node}" "C:\\a%%b\\cli.cjs" %*\r\n`)
  })

  it('Linux and macOS keep the paths as they are; a quote in a path cannot end the string', () => {
    expect(shimScripts("/opt/it's/node", '/a/cli.cjs', 'linux').sh).toBe(
      `#!/bin/sh\nexec '/opt/it'\\''s/node' '/a/cli.cjs' "$@"\n`
    )
  })
})

describe('paths in the outputs', () => {
  it('use / on every platform, relative to the workspace', () => {
    const ws = 'D:\\a\\repo'
    expect(workspacePath(ws, 'D:\\a\\repo\\flex-insights-exports\\report-1002.csv', path.win32)).toBe(
      'flex-insights-exports/report-1002.csv'
    )
    expect(workspacePath(ws, 'E:\\elsewhere\\r.csv', path.win32)).toBe('E:/elsewhere/r.csv')
    expect(workspacePath('/home/w', '/home/w/out/r.csv', path.posix)).toBe('out/r.csv')
  })
})
