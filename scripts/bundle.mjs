// Bundles src/ into dist/ with @vercel/ncc (JS API: the CLI can only write <dir>/index.js).
// One bundle serves main and post (see src/run.ts).
import ncc from '@vercel/ncc'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')
const entries = { 'index.js': 'src/index.ts' }

rmSync(dist, { recursive: true, force: true })
mkdirSync(dist)
for (const [out, input] of Object.entries(entries)) {
  const { code, assets } = await ncc(join(root, input), { minify: false, sourceMap: false, license: 'licenses.txt', quiet: true })
  writeFileSync(join(dist, out), code)
  for (const [name, asset] of Object.entries(assets)) {
    if (name === 'licenses.txt' || name === 'package.json') writeFileSync(join(dist, name), asset.source)
    else if (name.endsWith('.js')) writeFileSync(join(dist, name), asset.source)
    else throw new Error(`unexpected ncc asset ${name} for ${input}`)
  }
  console.log(`dist/${out}: ${(code.length / 1024).toFixed(0)} KiB`)
}
