import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { writeCommandShims } from '../../src/command-shim.js'

const root = mkdtempSync(join(tmpdir(), 'shim-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('writeCommandShims', () => {
  it('runs the entry with the given node, passing arguments through, even from paths with spaces and quotes', () => {
    const odd = join(root, "action dir with 'quotes' and spaces")
    mkdirSync(odd)
    const entry = join(odd, 'cli.cjs')
    writeFileSync(entry, 'process.stdout.write(JSON.stringify(process.argv.slice(2)))')
    const bin = join(root, 'bin')
    writeCommandShims(bin, process.execPath, entry)
    expect(statSync(join(bin, 'flex-insights')).mode & 0o111).toBe(0o111)
    const out = execFileSync(join(bin, 'flex-insights'), ['token', '--session', 'a b', "it's"], { encoding: 'utf8' })
    expect(JSON.parse(out)).toEqual(['token', '--session', 'a b', "it's"])
    expect(readFileSync(join(bin, 'flex-insights.cmd'), 'utf8')).toBe(`@"${process.execPath}" "${entry}" %*\r\n`)
  })
})
