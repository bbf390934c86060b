#!/usr/bin/env node
// @ts-check
// `npm run release -- X.Y.Z [--push]`: tags a release the way users of `@v1` need it. Checks that
// the tree is clean, that dist/ is what src/ builds, and that package.json, src/api/version.ts
// and CHANGELOG.md all name X.Y.Z; then creates the annotated tag vX.Y.Z and moves the major tag
// vX to the same commit. --push sends both to origin (the major tag by force: it moves).
// `npm run release -- notes X.Y.Z` prints that version's CHANGELOG section (release notes).
// CONTRIBUTING.md, "Releasing", has the whole procedure; .github/workflows/release.yml runs it.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/

/** @param {string} version @returns {[number, number, number]} */
export function parseVersion(version) {
  const m = SEMVER.exec(version)
  if (!m) throw new Error(`"${version}" is not a version X.Y.Z`)
  return [Number(m[1]), Number(m[2]), Number(m[3])]
}

/** @param {string} a @param {string} b */
export function compareVersions(a, b) {
  const [x, y] = [parseVersion(a), parseVersion(b)]
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i]
  return 0
}

/** The tag that moves with every release of a major version: v1 for 1.4.2. @param {string} version */
export const majorTag = version => `v${parseVersion(version)[0]}`

/** The highest vX.Y.Z among `tags`, or undefined. @param {string[]} tags */
export function latestRelease(tags) {
  const versions = tags.filter(t => /^v\d+\.\d+\.\d+$/.test(t)).map(t => t.slice(1))
  return versions.sort(compareVersions).at(-1)
}

/**
 * The body of the "## [X.Y.Z] - date" section of a Keep a Changelog file.
 * @param {string} changelog @param {string} version
 */
export function releaseNotes(changelog, version) {
  const lines = changelog.split('\n')
  const start = lines.findIndex(l =>
    new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`).test(l)
  )
  if (start < 0) return undefined
  const end = lines.findIndex((l, i) => i > start && (l.startsWith('## ') || /^\[[^\]]+\]: /.test(l)))
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim()
}

/**
 * Every reason `version` cannot be released from these files and tags; empty when it can.
 * @param {{ packageVersion: string, sourceVersion: string, changelog: string, tags: string[] }} repo
 * @param {string} version
 */
export function problems(repo, version) {
  const found = []
  try {
    parseVersion(version)
  } catch (error) {
    return [/** @type {Error} */ (error).message]
  }
  if (repo.packageVersion !== version) found.push(`package.json has version ${repo.packageVersion}`)
  if (repo.sourceVersion !== version) found.push(`src/api/version.ts has VERSION ${repo.sourceVersion}`)
  const notes = releaseNotes(repo.changelog, version)
  if (notes === undefined) found.push(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section`)
  else if (!notes) found.push(`CHANGELOG.md's section for ${version} is empty`)
  if (repo.tags.includes(`v${version}`)) found.push(`tag v${version} exists already`)
  const latest = latestRelease(repo.tags)
  if (latest && compareVersions(version, latest) <= 0)
    found.push(`${version} is not above the latest release ${latest}`)
  return found
}

/** @param {string} cwd @param {string[]} args */
const git = (cwd, args) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim()

/** What problems() needs, read from the repository at `root`. @param {string} root */
export function readRepo(root) {
  const sourceVersion =
    /VERSION = '([^']*)'/.exec(readFileSync(join(root, 'src/api/version.ts'), 'utf8'))?.[1] ?? '(none)'
  return {
    packageVersion: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
    sourceVersion,
    changelog: readFileSync(join(root, 'CHANGELOG.md'), 'utf8'),
    tags: git(root, ['tag', '--list']).split('\n').filter(Boolean)
  }
}

/**
 * Creates vX.Y.Z on HEAD and points vX at it (created or moved); returns the tags it wrote.
 * @param {string} root @param {string} version
 */
export function tagRelease(root, version) {
  const major = majorTag(version)
  git(root, ['tag', '-a', `v${version}`, '-m', `v${version}`])
  git(root, ['tag', '-f', '-a', major, '-m', `${major} = v${version}`, `v${version}^{commit}`])
  return [`v${version}`, major]
}

/** Fails unless the work tree is clean and dist/ is what src/ builds. @param {string} root */
function checkTree(root) {
  if (git(root, ['status', '--porcelain'])) throw new Error('the work tree has changes; commit or stash them first')
  execFileSync('npm', ['run', '--silent', 'bundle'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  if (git(root, ['status', '--porcelain', '--', 'dist'])) {
    throw new Error("dist/ does not match src/: run 'npm run bundle' and commit dist/")
  }
}

async function main() {
  const root = join(import.meta.dirname, '..')
  const args = process.argv.slice(2)
  if (args[0] === 'notes') {
    const notes = releaseNotes(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), args[1] ?? '')
    if (notes === undefined) throw new Error(`CHANGELOG.md has no section for ${args[1]}`)
    process.stdout.write(`${notes}\n`)
    return
  }
  const version = args.find(a => !a.startsWith('--'))
  if (!version || args.includes('--help')) {
    process.stdout.write('Usage: npm run release -- X.Y.Z [--push]\n       npm run release -- notes X.Y.Z\n')
    return
  }
  const found = problems(readRepo(root), version)
  if (found.length) throw new Error(`cannot release ${version}:\n  - ${found.join('\n  - ')}`)
  checkTree(root)
  const tags = tagRelease(root, version)
  process.stdout.write(`tagged ${tags.join(' and ')} at ${git(root, ['rev-parse', '--short', 'HEAD'])}\n`)
  if (args.includes('--push')) {
    git(root, ['push', 'origin', `refs/tags/${tags[0]}`])
    git(root, ['push', '--force', 'origin', `refs/tags/${tags[1]}`])
    process.stdout.write(`pushed ${tags[0]} and moved ${tags[1]} on origin\n`)
  } else {
    process.stdout.write(`to publish: git push origin ${tags[0]} && git push --force origin ${tags[1]}\n`)
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch(error => {
    process.stderr.write(`release: ${error.message}\n`)
    process.exitCode = 1
  })
}
