import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  chownSync
} from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { fileContent, privateFolder } from '../../fixtures.js'

const { checkPrivate, createSessionFolder, readSessionFile, removeSessionFolder, writeSessionFile } =
  await import('../../../src/session/session-file.js')

let temp: string
afterEach(() => rmSync(temp, { recursive: true, force: true }))

describe('the private folder and file', () => {
  it('a fresh folder per invocation, mode 0700, and a 0600 file written atomically', () => {
    temp = privateFolder()
    const a = createSessionFolder(temp)
    const b = createSessionFolder(temp)
    expect(a.folder).not.toBe(b.folder)
    expect(statSync(a.folder).mode & 0o777).toBe(0o700)
    writeSessionFile(a.file, fileContent())
    expect(statSync(a.file).mode & 0o777).toBe(0o600)
    expect(readSessionFile(a.file)).toEqual(fileContent())
    writeSessionFile(a.file, fileContent({ tt: 'other' }))
    expect(readSessionFile(a.file).tt).toBe('other')
    expect(readFileSync(a.file, 'utf8')).not.toContain('\n')
  })

  it('a planted flex-insights-auth link or an open folder in RUNNER_TEMP is never used', () => {
    temp = privateFolder()
    const elsewhere = join(temp, 'workspace')
    mkdirSync(elsewhere)
    symlinkSync(elsewhere, join(temp, 'flex-insights-auth'))
    mkdirSync(join(temp, 'flex-insights-auth-open'), { mode: 0o777 })
    const { folder, file } = createSessionFolder(temp)
    writeSessionFile(file, fileContent())
    expect(dirname(file)).toBe(folder)
    expect(folder.startsWith(join(temp, 'flex-insights-auth-'))).toBe(true)
    expect(existsSync(join(elsewhere, 'session.json'))).toBe(false)
  })

  it('refuses a file that is a link, and a folder that is open to others or a link', () => {
    temp = privateFolder()
    const { folder, file } = createSessionFolder(temp)
    const real = join(folder, 'real.json')
    writeSessionFile(real, fileContent())
    symlinkSync(real, file)
    expect(() => readSessionFile(file)).toThrow('it is a symbolic link')
    chmodSync(folder, 0o755)
    expect(() => readSessionFile(real)).toThrow(/open to other users \(mode 755\)/)
    expect(() => writeSessionFile(real, fileContent())).toThrow(/open to other users/)
    chmodSync(folder, 0o700)
    const link = join(temp, 'link-folder')
    symlinkSync(folder, link)
    expect(() => readSessionFile(join(link, 'real.json'))).toThrow('it is a symbolic link')
  })

  it('refuses a file open to others, and (as root, where it can be set up) one of another user', () => {
    temp = privateFolder()
    const { file } = createSessionFolder(temp)
    writeSessionFile(file, fileContent())
    chmodSync(file, 0o644)
    expect(() => readSessionFile(file)).toThrow(/open to other users \(mode 644\)/)
    chmodSync(file, 0o600)
    if (process.getuid?.() === 0) {
      chownSync(file, 4242, 4242)
      expect(() => readSessionFile(file)).toThrow('belongs to another user')
    }
  })

  it('says what is wrong with a missing or foreign file', () => {
    temp = privateFolder()
    const { file } = createSessionFolder(temp)
    expect(() => readSessionFile(file)).toThrow('does not exist (was the session already ended by the post step?)')
    writeFileSync(file, '{"hello":1}', { mode: 0o600 })
    expect(() => readSessionFile(file)).toThrow('is not a Flex Insights Auth session file')
    expect(() => checkPrivate(join(temp, 'nope'), 'folder')).toThrow('does not exist')
  })

  it('the post step removes the whole folder, but never a folder it does not own', () => {
    temp = privateFolder()
    const { folder, file } = createSessionFolder(temp)
    writeSessionFile(file, fileContent())
    removeSessionFolder(file)
    expect(existsSync(folder)).toBe(false)
    const planted = join(temp, 'planted')
    mkdirSync(planted, { mode: 0o777 })
    chmodSync(planted, 0o777)
    writeFileSync(join(planted, 'keep'), '')
    removeSessionFolder(join(planted, 'session.json'))
    expect(existsSync(join(planted, 'keep'))).toBe(true)
  })
})
