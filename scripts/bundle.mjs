// @ts-check
// Bundles src/ into dist/ with @vercel/ncc (JS API: the CLI can only write <dir>/index.js).
// One bundle serves main, post and the command (see src/index.ts).
import ncc from '@vercel/ncc'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')
// index.js (ESM): the action's main and post steps and the full `flex-insights` command, with
// lazily loaded chunks. cli.cjs (CommonJS, starts faster): the command's cached-token fast path.
// digest-worker.js: the thread that digests a large export as it downloads.
/** @type {Array<[string, string, boolean]>} */
const entries = [
  ['index.js', 'src/index.ts', true],
  ['cli.cjs', 'src/cli/fast-entry.ts', false],
  ['digest-worker.js', 'src/export/digest-worker.ts', true]
]

// src/api/lazy-http-client.ts stands in for @actions/core's @actions/http-client and loads the
// top-level copy; a copy nested under @actions/core would be a version it does not load.
if (existsSync(join(root, 'node_modules/@actions/core/node_modules/@actions/http-client'))) {
  throw new Error('@actions/core has its own @actions/http-client: point src/api/lazy-http-client.ts at it')
}

rmSync(dist, { recursive: true, force: true })
mkdirSync(dist)
for (const [out, input, esm] of entries) {
  const { code, assets } = await ncc(join(root, input), {
    esm,
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true
  })
  writeFileSync(join(dist, out), code)
  for (const [name, asset] of Object.entries(assets)) {
    if (name === 'licenses.txt' || name === 'package.json') {
      if (esm) writeFileSync(join(dist, name), asset.source)
    } else if (name.endsWith('.js')) writeFileSync(join(dist, name), asset.source)
    else throw new Error(`unexpected ncc asset ${name} for ${input}`)
  }
  console.log(`dist/${out}: ${(code.length / 1024).toFixed(0)} KiB`)
}
