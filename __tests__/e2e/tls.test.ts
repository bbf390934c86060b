// https end to end: the emulator serves TLS with a certificate made here. Trusted through
// NODE_EXTRA_CA_CERTS, the action logs in, exports and logs out over it; untrusted, the login
// fails with the TLS error and no request (so no password) ever reaches the server. Every test
// ends with the leak scan.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { makeCertificate } from '../../scripts/emulator/certificate.mjs'
import { inputs, perTest } from './harness.js'
import { WS } from './rows.js'

const fresh = perTest()
let dir: string
let tls: { key: string; cert: string }
let certFile: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tls-'))
  const made = makeCertificate(dir)
  if (!made) throw new Error('these tests need openssl on PATH to make a certificate')
  certFile = made.certFile
  tls = { key: made.key, cert: made.cert }
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('https', () => {
  it('a certificate trusted through NODE_EXTRA_CA_CERTS: login, export and logout over TLS', async () => {
    const env = await fresh({ tls }, { NODE_EXTRA_CA_CERTS: certFile })
    expect(env.emu.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
    const main = await env.job.uses({ with: inputs(env, { workspace: WS }) })
    expect(main.exitCode).toBe(0)
    const run = await env.job.run('flex-insights export 1001 -D out')
    expect(run.exitCode).toBe(0)
    expect(readFileSync(join(env.job.workspace, 'out', 'report-1001.csv')).equals(env.emu.csv(WS, '1001'))).toBe(true)
    const [post] = await env.job.runPosts()
    expect(post.exitCode).toBe(0)
    expect(env.emu.liveSessions()).toEqual([])
  })

  it('an untrusted certificate: the login fails with the TLS error, and nothing reaches the server', async () => {
    const env = await fresh({ tls })
    const main = await env.job.uses({ with: inputs(env, { workspace: WS }) })
    expect(main.exitCode).toBe(1)
    expect(main.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          String.raw`^Flex Insights login failed: network error DEPTH_ZERO_SELF_SIGNED_CERT talking to ` +
            String.raw`127\.0\.0\.1:\d+ .*The TLS certificate was rejected; check api-url and NODE_EXTRA_CA_CERTS`
        )
      )
    ])
    expect(env.emu.log).toEqual([])
  })
})
