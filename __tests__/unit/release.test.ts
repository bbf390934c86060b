// The release script (scripts/release.mjs): the checks it makes before tagging, and the tag
// arithmetic on a scratch repository: vX.Y.Z is created, vX moves, older tags stay put.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { latestRelease, majorTag, problems, releaseNotes, tagRelease } from '../../scripts/release.mjs'

const CHANGELOG = `# Changelog

## [Unreleased]

## [1.1.0] - 2026-12-01

### Added
- Something new.

## [1.0.0] - 2026-11-30

### Added
- The first release.

[Unreleased]: https://github.com/flex-insights-auth/flex-insights-auth/compare/v1.1.0...HEAD
[1.1.0]: https://github.com/flex-insights-auth/flex-insights-auth/compare/v1.0.0...v1.1.0
`
const repo = (over: Record<string, unknown> = {}) => ({
  packageVersion: '1.1.0',
  sourceVersion: '1.1.0',
  changelog: CHANGELOG,
  tags: ['v1', 'v1.0.0'],
  ...over
})

describe('release checks', () => {
  it('pass when package.json, version.ts and the CHANGELOG agree on a new version', () => {
    expect(problems(repo(), '1.1.0')).toEqual([])
    expect(releaseNotes(CHANGELOG, '1.1.0')).toBe('### Added\n- Something new.')
    expect(releaseNotes(CHANGELOG, '1.0.0')).toBe('### Added\n- The first release.')
  })

  it('name every disagreement at once', () => {
    expect(problems(repo({ packageVersion: '1.0.0', sourceVersion: '1.0.1', tags: ['v1.1.0'] }), '1.1.0')).toEqual([
      'package.json has version 1.0.0',
      'src/api/version.ts has VERSION 1.0.1',
      'tag v1.1.0 exists already',
      '1.1.0 is not above the latest release 1.1.0'
    ])
    expect(problems(repo({ packageVersion: '1.2.0', sourceVersion: '1.2.0' }), '1.2.0')).toEqual([
      'CHANGELOG.md has no "## [1.2.0] - YYYY-MM-DD" section'
    ])
    expect(problems(repo({ tags: ['v1.10.0', 'v1.9.0', 'v2'] }), '1.1.0')).toEqual([
      '1.1.0 is not above the latest release 1.10.0'
    ])
    expect(problems(repo(), 'v1.1')).toEqual(['"v1.1" is not a version X.Y.Z'])
  })

  it('an empty section is not release notes', () => {
    const empty = CHANGELOG.replace('### Added\n- Something new.\n', '')
    expect(problems(repo({ changelog: empty }), '1.1.0')).toEqual(["CHANGELOG.md's section for 1.1.0 is empty"])
  })

  it('compares versions as numbers, not text', () => {
    expect(latestRelease(['v1.9.0', 'v1.10.0', 'v1', 'v1.2.3-rc.1', 'latest'])).toBe('1.10.0')
    expect(latestRelease(['v1'])).toBeUndefined()
    expect(majorTag('12.3.4')).toBe('v12')
  })
})

describe('tagging a scratch repository', () => {
  let dir: string
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim()
  const commit = (name: string) => {
    writeFileSync(join(dir, name), name)
    git('add', name)
    git('commit', '-qm', name)
    return git('rev-parse', 'HEAD')
  }
  const target = (tag: string) => git('rev-parse', `${tag}^{commit}`)
  const saved = { ...process.env }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'release-'))
    // A scratch identity, so the test runs on machines without a git user configured.
    Object.assign(process.env, {
      GIT_AUTHOR_NAME: 'test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'test',
      GIT_COMMITTER_EMAIL: 'test@example.com'
    })
    git('init', '-q')
  })
  afterEach(() => {
    process.env = saved
    rmSync(dir, { recursive: true, force: true })
  })

  it('creates vX.Y.Z and moves vX; earlier releases stay where they were', () => {
    const first = commit('a')
    expect(tagRelease(dir, '1.0.0')).toEqual(['v1.0.0', 'v1'])
    const second = commit('b')
    tagRelease(dir, '1.1.0')
    expect([target('v1.0.0'), target('v1.1.0'), target('v1')]).toEqual([first, second, second])
    const third = commit('c')
    tagRelease(dir, '2.0.0')
    expect([target('v1'), target('v2'), target('v2.0.0')]).toEqual([second, third, third])
    expect(git('cat-file', '-t', 'v2.0.0')).toBe('tag') // annotated, so it carries who and when
  })

  it('refuses to tag a version twice', () => {
    commit('a')
    tagRelease(dir, '1.0.0')
    expect(() => tagRelease(dir, '1.0.0')).toThrow(/already exists/)
  })
})
