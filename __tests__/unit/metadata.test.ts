import { readFileSync, readdirSync } from 'node:fs'
import { parse } from 'yaml'
import { describe, expect, it } from '@jest/globals'
import { DEFAULTS } from '../../src/inputs.js'
import { VERSION } from '../../src/version.js'

const meta = parse(readFileSync('action.yml', 'utf8'))
const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
const src = readdirSync('src')
  .filter(f => f.endsWith('.ts'))
  .map(f => readFileSync(`src/${f}`, 'utf8'))
  .join('\n')

describe('action.yml', () => {
  it('is a node24 action whose one bundle serves main and post, always', () => {
    expect(meta.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/index.js', 'post-if': 'always()' })
    expect(meta.name).toBe('Flex Insights Auth')
    expect(meta.branding).toEqual({ icon: expect.any(String), color: expect.any(String) })
  })

  it('declares the interface of the issue, each described', () => {
    expect(Object.keys(meta.inputs)).toEqual([
      'login', 'password', 'api-url', 'export-env', 'env-prefix', 'logout', 'auth-mode', 'token-lifetime', 'request-timeout', 'max-attempts', 'max-retry-wait'
    ])
    expect(Object.keys(meta.outputs)).toEqual(['token', 'cookie', 'profile-id', 'expires-at', 'api-url', 'session-file'])
    for (const spec of [...Object.values(meta.inputs), ...Object.values(meta.outputs)] as Array<{ description: string }>) {
      expect(spec.description.length).toBeGreaterThan(20)
    }
    expect(meta.inputs.login.required).toBe(true)
    expect(meta.inputs.password.required).toBe(true)
  })

  it('has the same defaults as the code', () => {
    for (const [name, value] of Object.entries(DEFAULTS)) expect(String(meta.inputs[name].default)).toBe(value)
  })

  it('declares every output the code sets', () => {
    const set = [...src.matchAll(/setOutput\('([^']+)'/g)].map(m => m[1])
    expect(set.sort()).toEqual(Object.keys(meta.outputs).sort())
  })
})

describe('version', () => {
  it('matches package.json (it is the User-Agent)', () => {
    expect(VERSION).toBe(pkg.version)
  })
})
