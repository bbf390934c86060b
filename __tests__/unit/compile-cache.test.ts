import module from 'node:module'
import { describe, expect, it, jest } from '@jest/globals'
import { enableCompileCache } from '../../src/compile-cache.js'

describe('enableCompileCache', () => {
  it('uses a folder under RUNNER_TEMP when Node supports it, and nothing without RUNNER_TEMP', () => {
    const m = module as unknown as { enableCompileCache?: (dir: string) => unknown }
    const original = m.enableCompileCache
    const spy = jest.fn((_dir: string) => undefined)
    m.enableCompileCache = spy
    try {
      enableCompileCache({})
      expect(spy).not.toHaveBeenCalled()
      enableCompileCache({ RUNNER_TEMP: '/runner/temp' })
      expect(spy).toHaveBeenCalledWith('/runner/temp/flex-insights-auth/compile-cache')
      m.enableCompileCache = () => {
        throw new Error('unsupported')
      }
      expect(() => enableCompileCache({ RUNNER_TEMP: '/x' })).not.toThrow()
      m.enableCompileCache = undefined
      expect(() => enableCompileCache({ RUNNER_TEMP: '/x' })).not.toThrow()
    } finally {
      m.enableCompileCache = original
    }
  })
})
