// The leak scan itself (scripts/runner.mjs, leaks()): it must catch what the runner would show,
// in the order the runner would show it, and ignore the action's own words.
import { describe, expect, it } from '@jest/globals'
import { inputs, DEMO_LOGIN, perTest } from './harness.js'

const fresh = perTest()

describe('the leak scanner itself', () => {
  it('catches a secret the runner would not mask, in printed output and in a summary', async () => {
    const env = await fresh()
    await env.job.uses({ with: inputs(env) })
    // A session the action never saw, so nothing registered its SST as a mask.
    const res = await fetch(`${env.emu.url}/gdc/account/login`, {
      method: 'POST',
      body: JSON.stringify({
        postUserLogin: { login: DEMO_LOGIN, password: 'demo-password-not-a-secret', verify_level: 2 }
      })
    })
    const unmasked = ((await res.json()) as { userLogin: { token: string } }).userLogin.token
    await env.job.run(
      `echo "token is $FLEX_INSIGHTS_TT"; echo "sst ${unmasked}"; echo "${unmasked}" >> "$GITHUB_STEP_SUMMARY"`,
      { id: 'careless' }
    )
    const { ssts, tts } = env.emu.issuedTokens()
    expect(env.job.leaks({ secrets: [...ssts, ...tts], published: tts })).toEqual([
      'run careless: printed output contains a secret',
      'run careless: step summary contains a secret'
    ])
    expect(env.job.masked(env.job.steps[1].stdout)).toBe(`token is ***\nsst ${unmasked}\n`)
    env.job.steps.pop() // the deliberate leak must not fail the teardown scan
    await env.job.runPosts()
  })

  it('models the runner: a mask registered later in the job hides nothing printed before it', async () => {
    const env = await fresh()
    await env.job.uses({ with: inputs(env) })
    const secret = 'later-masked-value-0123456789'
    await env.job.run(`echo "early ${secret}"`, { id: 'early' })
    await env.job.run(`echo "::add-mask::${secret}"; echo "late ${secret}"`, { id: 'late' })
    // Within one stream too: printed before the mask, then after it.
    const other = 'Zq7pW3xK9tLm2Rv8Ny4Hs6Jd1'
    await env.job.run(`echo "before ${other}" >&2; echo "::add-mask::${other}" >&2; echo "after ${other}" >&2`, {
      id: 'same'
    })
    expect(env.job.steps[2].shown).toBe('late ***')
    expect(env.job.steps[3].shown).toBe(`before ${other}\nafter ***`)
    expect(env.job.leaks({ secrets: [secret, other] })).toEqual([
      'run early: printed output contains a secret',
      'run same: printed output contains a secret'
    ])
    env.job.steps.splice(1, 3)
    await env.job.runPosts()
  })

  it('catches a piece of a secret that no mask covers, and ignores words of the action itself', async () => {
    const env = await fresh()
    await env.job.uses({ with: inputs(env) })
    const [sst] = env.emu.issuedTokens().ssts
    // A TT cut down to 20 characters slips past the runner's masks; "password" is only a word.
    await env.job.run(`echo "tt \${FLEX_INSIGHTS_TT:3:20}"; echo "sst ${sst.slice(0, 9)}"; echo "check the password"`, {
      id: 'careless'
    })
    const { ssts, tts } = env.emu.issuedTokens()
    expect(env.job.leaks({ secrets: [...env.passwords, ...ssts, ...tts], published: tts })).toEqual([
      'run careless: printed output contains a piece of a secret (9 characters)',
      'run careless: printed output contains a piece of a secret (20 characters)'
    ])
    env.job.steps.pop()
    await env.job.runPosts()
  })
})
