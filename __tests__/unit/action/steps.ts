/** What the unit tests of the two steps share: inputs, the secrets they use, the leak check. */
import { expect } from '@jest/globals'
import { API, PASSWORD, SST, TT, TT2 } from '../../fixtures.js'
import type { FakeRunner } from './fake-runner.js'

export const INPUTS = { login: 'ana@example.com', password: PASSWORD, 'api-url': API }
const SECRETS = [PASSWORD, SST, TT, TT2]

/** Nothing the step printed or summarised shows a secret, whole or a 10-character piece of it. */
export function expectNoLeak(r: FakeRunner) {
  for (const s of SECRETS) {
    expect(r.visible).not.toContain(s)
    expect(r.visible).not.toContain(s.slice(2, 12))
    expect(r.summary).not.toContain(s)
  }
}
