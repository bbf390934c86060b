// @ts-check
// The floor of a Node download: GET a URL with node:http and write the body to a file with
// writeSync, nothing else (no digest, no session, no part file). `npm run bench` times it next to
// curl and the export, to show what any Node client pays on this machine before doing any work.
//
//   node scripts/bench/node-download.mjs URL COOKIE FILE
import { closeSync, openSync, writeSync } from 'node:fs'
import http from 'node:http'
import zlib from 'node:zlib'

const [url, cookie, file] = process.argv.slice(2)
const res = await new Promise((resolve, reject) => {
  http.get(url, { headers: { Cookie: cookie, 'Accept-Encoding': 'gzip' } }, resolve).on('error', reject)
})
const body = res.headers['content-encoding'] === 'gzip' ? res.pipe(zlib.createGunzip({ chunkSize: 256 * 1024 })) : res
const fd = openSync(file, 'w')
for await (const chunk of body) {
  for (let done = 0; done < chunk.length;) done += writeSync(fd, chunk, done)
}
closeSync(fd)
