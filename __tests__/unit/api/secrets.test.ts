import { describe, expect, it } from '@jest/globals'
import { redact, Secrets } from '../../../src/api/secrets.js'
import { SST, TT } from '../../fixtures.js'

describe('Secrets.add: the forms that get masked', () => {
  it('a TT and its cookie form, each once', () => {
    const masked: string[] = []
    const secrets = new Secrets(v => masked.push(v))
    secrets.add(TT, 'tt')
    secrets.add(TT, 'tt')
    expect(masked).toEqual([TT, `GDCAuthTT=${TT}`])
  })

  it("a password's JSON-escaped, collapsed and trimmed forms too", () => {
    const masked: string[] = []
    new Secrets(v => masked.push(v)).add(' pa"ss  word\\x ', 'password')
    expect(masked).toEqual([' pa"ss  word\\x ', ' pa\\"ss  word\\\\x ', ' pa"ss word\\x ', 'pa"ss  word\\x'])
  })

  it('skips empty values and short derived forms', () => {
    const masked: string[] = []
    const secrets = new Secrets(v => masked.push(v))
    secrets.add(undefined, 'sst')
    secrets.add('', 'sst')
    secrets.add('a b ', 'password')
    expect(masked).toEqual(['a b '])
  })
})

describe('redact: server text without secrets, whole or in pieces', () => {
  it('removes whole secrets and keeps the rest', () => {
    expect(redact(`token ${SST} and ${TT}.`, [SST, TT])).toBe('token *** and ***.')
  })

  it('removes a piece of 8 or more characters anywhere (a server echoing 30 of 36 SST characters)', () => {
    const piece = SST.slice(3, 33)
    expect(redact(`Session "${piece}" expired`, [SST])).toBe('Session "***" expired')
    expect(redact(`x${SST.slice(0, 8)}y`, [SST])).toBe('x***y')
  })

  it('leaves pieces shorter than 8 characters: they cannot be told from prose', () => {
    expect(redact(`x${SST.slice(0, 7)}y`, [SST])).toBe(`x${SST.slice(0, 7)}y`)
  })

  it('finds a password whose double space the server collapsed', () => {
    const password = 'correct  horse battery'
    expect(redact('bad password correct horse battery!', [password])).toBe('bad password ***!')
  })

  it('removes short secrets only whole', () => {
    expect(redact('pw abc123 ab', ['abc123'])).toBe('pw *** ab')
  })

  it('marks overlapping pieces of several secrets as one run', () => {
    expect(redact(`${TT}${SST}`, [SST, TT])).toBe('***')
  })
})
