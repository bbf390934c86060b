// @ts-check
// A network link on 127.0.0.1 for `npm run bench`: a TCP proxy that delays every chunk by half
// the round trip each way and lets the server's bytes through at a capped rate, with a bounded
// queue (the upstream socket pauses while it is full, as a TCP window would stop the sender).
// A new connection's first bytes reach the server no sooner than 1.5 round trips after it was
// opened, as over a real link the TCP handshake takes one round trip before data can follow (a
// local connect completes at once). Both contenders of a row go through the same link.
import net from 'node:net'

/**
 * @param {{ host: string, port: number, bytesPerSecond: number, rttMs: number }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startLink(options) {
  const half = options.rttMs / 2
  // What a window of one round trip at the rate holds, plus a little: the sender's bytes in flight.
  const cap = Math.max(256 * 1024, (options.bytesPerSecond * options.rttMs) / 1000 + 128 * 1024)
  /** @type {Set<net.Socket>} */
  const sockets = new Set()
  const server = net.createServer(client => {
    const upstream = net.connect(options.port, options.host)
    for (const s of [client, upstream]) {
      sockets.add(s)
      s.on('close', () => sockets.delete(s))
      s.on('error', () => {
        client.destroy()
        upstream.destroy()
      })
    }
    // Each chunk leaves no sooner than the one before it, so the chunks keep their order.
    const handshaken = performance.now() + options.rttMs
    client.on('data', chunk => {
      const wait = Math.max(half, handshaken + half - performance.now())
      setTimeout(() => upstream.write(chunk), wait)
    })
    client.on('end', () => void setTimeout(() => upstream.end(), half))
    /** @type {Array<{ chunk: Buffer, at: number }>} */
    const queue = []
    let queued = 0
    let lastRelease = 0
    let ended = false
    /** @type {NodeJS.Timeout | undefined} */
    let timer
    const pump = () => {
      timer = undefined
      const now = performance.now()
      while (queue.length && queue[0].at <= now) {
        const { chunk } = /** @type {{ chunk: Buffer }} */ (queue.shift())
        queued -= chunk.length
        client.write(chunk)
      }
      if (queued < cap && upstream.isPaused()) upstream.resume()
      if (queue.length) timer = setTimeout(pump, Math.max(0, queue[0].at - performance.now()))
      else if (ended) client.end()
    }
    upstream.on('data', chunk => {
      const now = performance.now()
      // Paced: each chunk leaves after the one before it, at the rate, and no sooner than the delay.
      lastRelease = Math.max(now + half, lastRelease) + (chunk.length / options.bytesPerSecond) * 1000
      queue.push({ chunk, at: lastRelease })
      queued += chunk.length
      if (queued >= cap) upstream.pause()
      if (!timer) timer = setTimeout(pump, Math.max(0, queue[0].at - now))
    })
    upstream.on('end', () => {
      ended = true
      if (!timer) pump()
    })
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const { port } = /** @type {net.AddressInfo} */ (server.address())
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise(resolve => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      })
  }
}
