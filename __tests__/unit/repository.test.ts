// The rules of the repository that nothing else would catch: action.yml agrees with the code,
// the version is one, and the layers import in one direction only (CONTRIBUTING.md, "Layout").
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from '@jest/globals'
import { DEFAULTS } from '../../src/action/inputs.js'
import { VERSION } from '../../src/api/version.js'

const meta = parse(readFileSync('action.yml', 'utf8'))
const pkg = JSON.parse(readFileSync('package.json', 'utf8'))

function files(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}
const sources = files('src').map(path => ({ path: relative('src', path), text: readFileSync(path, 'utf8') }))
/** What a file imports at run time (type-only imports are erased). */
const importsOf = (text: string, withTypes = true) =>
  [...text.matchAll(/^(import type |import |export )[^'"]*?from '([^']+)'|import\('([^']+)'\)/gm)]
    .filter(m => withTypes || m[1] !== 'import type ')
    .map(m => m[2] ?? m[3])

describe('action.yml', () => {
  it('is a node24 action whose one bundle serves main and post, always', () => {
    expect(meta.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/index.js', 'post-if': 'always()' })
    expect(meta.branding).toEqual({ icon: expect.any(String), color: expect.any(String) })
  })

  it('declares every input the code reads, each described, with the defaults of the code', () => {
    const read = new Set(sources.flatMap(s => [...s.text.matchAll(/(?:read|get)\('([a-z-]+)'/g)].map(m => m[1])))
    expect([...read].sort()).toEqual(Object.keys(meta.inputs).sort())
    for (const [name, value] of Object.entries(DEFAULTS)) expect(String(meta.inputs[name].default)).toBe(value)
    for (const spec of [...Object.values(meta.inputs), ...Object.values(meta.outputs)] as Array<{
      description: string
    }>)
      expect(spec.description.length).toBeGreaterThan(20)
  })

  it('declares every output the code sets', () => {
    const set = new Set(
      sources.flatMap(s =>
        [...s.text.matchAll(/(?:setOutput\(|\[)'([a-z-]+)', '[A-Z_]+'|setOutput\('([a-z-]+)'/g)].map(m => m[1] ?? m[2])
      )
    )
    expect([...set].sort()).toEqual(Object.keys(meta.outputs).sort())
  })
})

describe('version', () => {
  it('matches package.json (it is the User-Agent)', () => {
    expect(VERSION).toBe(pkg.version)
  })
})

describe('layout', () => {
  const layer = (path: string) => path.split('/')[0]
  const allowed: Record<string, string[]> = {
    api: ['api'],
    session: ['api', 'session'],
    export: ['api', 'session', 'export'],
    cli: ['api', 'session', 'export', 'cli'],
    action: ['api', 'session', 'export', 'action'],
    'index.ts': ['action', 'cli']
  }

  it('folders by concern, one level deep, and imports that only go down the layers', () => {
    for (const { path, text } of sources) {
      expect(path.split('/').length).toBeLessThanOrEqual(2)
      for (const spec of importsOf(text).filter(s => s.startsWith('.'))) {
        const target = relative('src', join('src', path, '..', spec))
        if (target.startsWith('..')) continue // node_modules through a relative path (lazy-http-client)
        expect({ from: path, to: layer(target), ok: allowed[layer(path)].includes(layer(target)) }).toEqual({
          from: path,
          to: layer(target),
          ok: true
        })
      }
    }
  })

  it('only action/ loads @actions/core; the command fast path stays free of the HTTP stack', () => {
    for (const { path, text } of sources) {
      if (importsOf(text).includes('@actions/core')) expect(path).toMatch(/^action\//)
    }
    const seen = new Set<string>()
    const walk = (path: string): void => {
      if (seen.has(path)) return
      seen.add(path)
      const text = readFileSync(join('src', path), 'utf8')
      for (const spec of importsOf(text, false).filter(s => s.startsWith('.')))
        walk(relative('src', join('src', path, '..', spec)).replace(/\.js$/, '.ts'))
    }
    walk('cli/fast-entry.ts')
    expect([...seen].sort()).toEqual([
      'api/tokens.ts',
      'cli/fast-entry.ts',
      'cli/fast-path.ts',
      'session/env-names.ts',
      'session/session-file.ts',
      'session/token-times.ts'
    ])
  })

  it('no file in src, __tests__ or scripts over 250 lines, none wider than 120 characters', () => {
    const code = (dir: string): string[] =>
      readdirSync(dir).flatMap(name => {
        const path = join(dir, name)
        return statSync(path).isDirectory() ? code(path) : /\.(m?js|ts)$/.test(name) ? [path] : []
      })
    for (const path of [...code('src'), ...code('__tests__'), ...code('scripts')]) {
      const lines = readFileSync(path, 'utf8').replace(/\n$/, '').split('\n')
      expect({ path, lines: lines.length <= 250 }).toEqual({ path, lines: true })
      expect({ path, wide: lines.filter(l => l.length > 120) }).toEqual({ path, wide: [] })
    }
  })
})

describe('conventions', () => {
  const scripts = (dir: string): string[] =>
    readdirSync(dir).flatMap(name => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? scripts(path) : /\.(m?js|ts)$/.test(name) ? [path] : []
    })
  const commented = [...files('src'), ...scripts('scripts'), ...files('__tests__')]

  it('every document and section a comment cites exists', () => {
    const cited = commented.flatMap(path =>
      [...readFileSync(path, 'utf8').matchAll(/(?<![\w/.-])((?:docs\/[a-z-]+|[A-Z]+)\.md)(?:,? "([^"]+)")?/g)].map(
        m => ({
          from: path,
          file: m[1],
          section: m[2]
        })
      )
    )
    expect(cited.length).toBeGreaterThan(10)
    for (const c of cited) {
      const text = readFileSync(c.file, 'utf8')
      const headings = text.split('\n').filter(l => l.startsWith('#'))
      const found = c.section === undefined || headings.some(h => h.includes(c.section))
      expect({ ...c, found }).toEqual({ ...c, found: true })
    }
  })

  it('workflows pin every third-party action by commit, with its version beside it', () => {
    const dir = '.github/workflows'
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'utf8')
      for (const [, ref, comment] of text.matchAll(/uses: (\S+)(.*)/g)) {
        if (ref.startsWith('./')) continue
        expect({ name, ref, pinned: /@[0-9a-f]{40}$/.test(ref) && / # v\d/.test(comment) }).toEqual({
          name,
          ref,
          pinned: true
        })
      }
      expect({ name, permissions: /^permissions:/m.test(text) }).toEqual({ name, permissions: true })
    }
  })

  it('the CHANGELOG has a dated section for the version in package.json', () => {
    expect(readFileSync('CHANGELOG.md', 'utf8')).toMatch(
      new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm')
    )
  })
})
