// @ts-check
// BENCHMARKS.md "Decisions": each trick the code keeps or dropped, with the figure from the same
// run that decided it.

/**
 * @typedef {import('./startup.mjs').StartupResult & { primary: boolean }} Startup
 * @typedef {import('./startup.mjs').Row} Row
 * @typedef {import('./export.mjs').ExportBench} ExportBench
 * @typedef {ReturnType<typeof import('./rows.mjs').benchRows>} RowsBench
 * @typedef {{ runs: number, shortRuns: number, rssRuns: number, exportRuns: number, networkMiB: number,
 *   loopbackMiB: number }} Settings
 * @typedef {{ files: number, total: number, loadedByCachedToken: number }} DistSize
 */

/** @param {number} n @param {number} [d] */
export const fmt = (n, d = 1) => n.toFixed(d)

/**
 * The early start (the first request sent before @actions/core loaded) was removed: each step is
 * one file again. With --baseline, the last commit that had it is measured in the same run.
 * @param {Startup} p
 */
function earlyStart(p) {
  const base = p.rows
    .find(r => /, \w+$/.test(r.step) && r.step.startsWith('main ('))
    ?.step.split(', ')
    .pop()
  const head = '- **Early start: removed** (each step is one file, `src/action/main.ts` and `src/action/post.ts`).'
  if (!base) return `${head} Run \`npm run bench -- --baseline REV\` to measure it against a commit that has it.`
  /** @param {string} step @param {number} ms */
  const wall = (step, ms) => p.rows.find(r => r.step === step && r.latencyMs === ms)?.wall ?? NaN
  const pair = (/** @type {string} */ step, /** @type {number} */ ms) =>
    `${fmt(wall(`${step}, ${base}`, ms))} → ${fmt(wall(step, ms))} ms`
  return (
    `${head} On ${p.version}, with early start (${base}) → without: main ${pair('main (login carries the TT)', 0)}` +
    `, post ${pair('post (saved TT fresh)', 0)} at 0 ms latency; main ${pair('main (login carries the TT)', 50)}` +
    `, post ${pair('post (saved TT fresh)', 50)} at 50 ms.`
  )
}

/**
 * The socket engine against node:http, from the network section's loopback identity row.
 * @param {import('./network.mjs').NetworkBench} [n]
 */
function socketEngine(n) {
  const row = n?.rows.find(r => r.path === 'loopback' && r.mode === 'identity')
  if (!n?.nodeHttp || !row) return []
  return [
    `- **Socket download engine** (\`src/api/socket-get.ts\`, \`src/api/http1.ts\`): streamed GETs straight to ` +
      'the API read into one reused buffer and an uncompressed body goes into the part file without a copy. ' +
      `Loopback identity, ${n.sizeMiB} MiB: ${fmt(row.ours, 0)} ms, ${fmt(row.oursCpu, 2)} CPU s/GiB, ` +
      `${fmt(row.rssMb)} MB with it; through node:http (\`FLEX_INSIGHTS_AUTH_SOCKET=off\`) ` +
      `${fmt(n.nodeHttp.ms, 0)} ms, ${fmt(n.nodeHttp.cpu, 2)} CPU s/GiB, ${fmt(n.nodeHttp.rssMb)} MB. The rows ` +
      'are counted on the main thread, which now waits on the socket, and the SHA-256 on the digest thread.'
  ]
}

/**
 * Each trick the code keeps, with the figure from this run that keeps it.
 * @param {Startup} p @param {ExportBench | undefined} e @param {RowsBench} rows
 * @param {import('./network.mjs').NetworkBench} [network] */
export function decisions(p, e, rows, network) {
  const lines = ['## Decisions', '']
  lines.push(
    earlyStart(p),
    `- **undici deferred** (\`src/api/lazy-http-client.ts\`): the core-only bundle starts in ` +
      `${fmt(p.floors.coreLazy.wall)} ms instead of ${fmt(p.floors.core.wall)} ms; undici loads only for a proxy.`,
    '- **Compile cache: removed.** `module.enableCompileCache` was measured on and off on 2026-11-30 (Node 24, ' +
      '21 runs each): main 163 vs 166 ms, post 150 vs 148 ms, token refresh 140 vs 140 ms. No gain, so the code ' +
      'went.'
  )
  if (e) {
    lines.push(
      `- **Digest thread** (\`src/export/background-digest.ts\`): above 8 MiB, the SHA-256 reads the part ` +
        'file back on a worker thread (the rows are counted as the chunks arrive). ' +
        `Identity at ${e.throughput[0].sizeMiB} MiB with it off ` +
        `(\`FLEX_INSIGHTS_AUTH_DIGEST_THREAD=off\`): ${fmt(e.threadOff.ours, 0)} ms, ` +
        `${fmt(e.threadOff.ratio, 2)} × curl; on: ${fmt(e.throughput[0].ours, 0)} ms, ` +
        `${fmt(e.throughput[0].ratio, 2)} × curl.`
    )
  }
  lines.push(
    ...(e
      ? [
          `- **gzip inflated in place** (\`src/api/inflate.ts\`): zlib's native handle driven on the main ` +
            'thread into one reused 256 KiB buffer, instead of a zlib stream that makes a fresh buffer per piece and ' +
            `a thread-pool round trip per call. ${e.inflateStream.sizeMiB} MiB gzip export: ` +
            `${fmt(e.throughput.find(t => t.mode === 'gzip')?.ours ?? NaN, 0)} ms, ` +
            `${fmt(e.throughput.find(t => t.mode === 'gzip')?.ratio ?? NaN, 2)} × curl --compressed, peak RSS ` +
            `${fmt(e.rss.find(r => r.mode === 'gzip' && r.sizeMiB === e.inflateStream.sizeMiB)?.mb ?? NaN)} MB; ` +
            `with a zlib stream (\`FLEX_INSIGHTS_AUTH_INFLATE=stream\`): ${fmt(e.inflateStream.ms, 0)} ms, ` +
            `${fmt(e.inflateStream.ratio, 2)} ×, ${fmt(e.inflateStream.mb)} MB. No collection is forced anywhere ` +
            '(the minor collection every 4 MiB that kept streamed bodies in bounds is gone).'
        ]
      : []),
    `- **SIMD row counter** (\`src/export/csv-simd.ts\`, WebAssembly, 16 bytes at a time, quote parity by a ` +
      `prefix XOR of the quote mask): on ${rows.node}, ${fmt(rows.simd, 0)} MB/s against ` +
      `${fmt(rows.lineFeeds, 0)} MB/s for finding the line feeds alone with indexOf, quotes ignored, and ` +
      `${fmt(rows.plain, 0)} MB/s for the plain byte loop (${fmt(rows.ratio, 2)} ×; ${rows.sizeMiB} MiB of the ` +
      "bench's 12-column CSV in 64 KiB chunks). The word-at-a-time loop it replaced ran at 2437 MB/s on the " +
      'same CSV (2026-12-06, Node 24).',
    ...socketEngine(network),
    '- **Not taken: 1 MiB inflate chunks.** With the socket engine and a zlib stream, a 256 MiB gzip export took ' +
      '884 and 865 ms with 1 MiB zlib output chunks against 866 ms with 256 KiB (2026-12-04, Node 24, medians of ' +
      '3). inflate.ts keeps 256 KiB pieces.',
    '- **Not taken: a later digest thread, or one started on Content-Length.** Loopback identity exports ' +
      '(2026-12-06, Node 24, chunked answers as the API sends them, medians of 9), thread from 8 MiB / 48 MiB / ' +
      '96 MiB / never: 16 MiB 141 / 105 / 106 / 104 ms, 64 MiB 209 / 259 / 206 / 190 ms, 128 MiB 269 / 327 / ' +
      '399 / 303 ms, 256 MiB 422 / 470 / 526 / 522 ms. A thread that starts late shows its start-up; 8 MiB ' +
      'stays, its cost at 8-50 MiB seen only where the download outruns that start-up. Starting it when a ' +
      'Content-Length says the file is large helps no one: the API does not send one.',
    '- **Not taken: rows on the digest thread.** Loopback 256 MiB identity, 563 ms against 456 ms with the ' +
      'rows on the main thread; TLS 631 against 547 ms (2026-12-06, medians of 3).',
    '- **Not taken: the SHA-256 and the rows on two threads.** 767 ms and 118 MB against 793 ms and 102 MB on ' +
      'one (256 MiB identity, node:http, 2026-12-04): on two cores the second thread only competes. Counting ' +
      'the rows on the main thread paid once the socket engine left it waiting (604 → 467 ms).',
    '- **Not taken: the bytes handed to the digest thread in shared memory**, instead of it reading them back ' +
      'from the part file. Each way against the read-back, 3 alternating rounds of 5 loopback 256 MiB identity ' +
      'exports (2026-12-08, Node 24): a 4 MiB ring the main thread copies each chunk into, 397 / 444 / 493 ms ' +
      'and 2.37 / 2.58 / 2.84 CPU s/GiB against 359 / 347 / 435 ms and 2.09 / 2.12 / 2.59, 5 MB more RSS; the ' +
      'socket reading into four 1 MiB shared slabs the thread hashes in place, 499 / 483 / 493 ms and 2.77 / ' +
      '2.74 / 2.81 against 440 / 437 / 472 ms and 2.36 / 2.47 / 2.70. A 1 GiB profile (perf) shows why: V8 ' +
      'copies into and out of shared memory with a relaxed memmove (0.18 s per GiB for the copy into the row ' +
      "counter's WebAssembly memory alone), and the hash of lines another core wrote ran slower, while the " +
      "read-back's kernel copy lands in the thread's own cache.",
    '- **Not taken: the SHA-256 on the main thread and the writes on the thread pool** (no digest thread, no ' +
      'read-back): 828 and 952 ms, 3.13 and 3.16 CPU s/GiB, 139 and 141 MB against 619 and 563 ms, 3.12 and ' +
      '2.94, 87 MB (loopback 256 MiB identity, 2 rounds of 5, 2026-12-08): the writes fell behind and the ' +
      'buffers they held grew by 40 to 66 MiB.',
    '- **Not taken: 4 MiB socket reads.** 506 / 582 / 521 ms and 2.69 / 3.10 / 2.76 CPU s/GiB against 505 / ' +
      '533 / 569 ms and 2.79 / 2.94 / 3.06 with 1 MiB (3 alternating rounds of 5, loopback 256 MiB identity, ' +
      '2026-12-08), 3 MB more RSS: nothing beyond the noise, so 1 MiB stays.',
    '- **Not taken: undici for downloads.** Reading 1 GiB from the emulator without writing it (2026-11-30, ' +
      'median of 5): `node:http` 0.93 s, undici `request()` 1.23 s, a bare socket 0.77 s. `node:http` stays.',
    ''
  )
  return lines
}
