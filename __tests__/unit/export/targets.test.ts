import { mkdirSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { privateFolder } from '../../fixtures.js'

const { checkTarget, fileSystemError, prepareFolder, removeStaleParts, TargetRefusedError } =
  await import('../../../src/export/targets.js')
const { PartFile } = await import('../../../src/export/part-file.js')
const { EXIT } = await import('../../../src/export/exit-codes.js')

let dir: string
beforeEach(() => {
  dir = privateFolder()
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('checkTarget: only regular files are written', () => {
  it('a free path passes; a regular file only with --clobber', () => {
    expect(() => checkTarget(join(dir, 'a.csv'), false)).not.toThrow()
    writeFileSync(join(dir, 'a.csv'), 'x')
    expect(() => checkTarget(join(dir, 'a.csv'), true)).not.toThrow()
    expect(() => checkTarget(join(dir, 'a.csv'), false)).toThrow('already exists; pass --clobber')
  })

  it.each([
    ['a symbolic link', (p: string) => symlinkSync('/dev/null', p)],
    ['a folder', (p: string) => mkdirSync(p)]
  ])('%s is refused, --clobber included, with exit 2', (kind, make) => {
    const path = join(dir, 'a.csv')
    make(path)
    let error: unknown
    try {
      checkTarget(path, true)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(TargetRefusedError)
    expect((error as InstanceType<typeof TargetRefusedError>).exitCode).toBe(EXIT.usage)
    expect((error as Error).message).toContain(`it is ${kind}`)
  })

  it('a device is refused', () => {
    expect(() => checkTarget('/dev/null', true)).toThrow('it is a device')
  })

  it('a part file never replaces a link that appeared meanwhile', () => {
    const target = join(dir, 'a.csv')
    const part = new PartFile(target)
    part.write(Buffer.from('data'))
    symlinkSync('/dev/null', target)
    expect(() => part.commit(true)).toThrow('it is a symbolic link')
    expect(readdirSync(dir)).toEqual(['a.csv'])
  })
})

describe('prepareFolder', () => {
  it('creates a missing folder with its parents; a file in the way is named', () => {
    prepareFolder(join(dir, 'x', 'y'), '-D')
    expect(readdirSync(join(dir, 'x'))).toEqual(['y'])
    writeFileSync(join(dir, 'f'), '')
    expect(() => prepareFolder(join(dir, 'f'), '-D')).toThrow(`-D ${join(dir, 'f')} is not a folder`)
    expect(() => prepareFolder(join(dir, 'f', 'g'), '-D')).toThrow('part of that path is a file')
  })
})

describe('removeStaleParts', () => {
  it('removes part files of dead processes and of nobody for an hour; keeps live ones and other files', () => {
    const names = [
      '.report-1.csv.111-0123456789ab.part',
      '.report-2.csv.222-0123456789ab.part',
      '.report-3.csv.222-ba9876543210.part',
      '.report-4.csv.0123456789ab.part',
      'report-5.csv'
    ]
    for (const name of names) writeFileSync(join(dir, name), 'x')
    const now = Date.now()
    const old = new Date(now - 2 * 3600_000)
    utimesSync(join(dir, names[2]), old, old)
    const removed = removeStaleParts(dir, now, pid => pid === 222)
    expect(removed.map(p => p.slice(dir.length + 1)).sort()).toEqual([names[0], names[2]])
    expect(readdirSync(dir).sort()).toEqual([names[1], names[3], names[4]].sort())
  })
})

describe('fileSystemError: the path and what to do', () => {
  it.each([
    ['ENOSPC', 'the disk is full while writing /x/a.csv (ENOSPC); free some space or write somewhere else'],
    ['EACCES', 'permission denied while writing /x/a.csv (EACCES)'],
    ['EWEIRD', 'could not finish writing /x/a.csv: EWEIRD']
  ])('%s', (code, message) => {
    const error = fileSystemError(Object.assign(new Error(`${code}: boom`), { code }), '/x/a.csv', 'writing')
    expect(error.message).toBe(message)
    expect(error.exitCode).toBe(EXIT.failed)
  })

  it('a write that fails mid-way names the target and leaves no part file', () => {
    const part = new PartFile(join(dir, 'a.csv'))
    rmSync(part.path)
    const fd = part.fd
    // A closed descriptor fails the next write, as a full disk would.
    part.discard()
    expect(() => part.write(Buffer.from('x'))).toThrow(`writing ${join(dir, 'a.csv')}`)
    expect(fd).toBeGreaterThan(0)
    expect(readdirSync(dir)).toEqual([])
  })
})
