// @ts-check
// The emulator's HTTP side: parses each request, asks the API areas (account, metadata,
// exports) for an answer, applies injected faults, encodes (gzip when asked) and sends it,
// streaming large bodies with back-pressure. Keeps the request log tests read.
import http from 'node:http'
import https from 'node:https'
import { once } from 'node:events'
import zlib from 'node:zlib'
import { errorAnswer, JSON_UTF8, statusFault } from './answers.mjs'
import { token } from './store.mjs'

export { errorAnswer, gdcError, htmlPage, jsonAnswer, JSON_UTF8 } from './answers.mjs'

/**
 * @typedef {object} Req
 * @property {string} method
 * @property {string} path  without query string and trailing slash
 * @property {URLSearchParams} query
 * @property {string} rawPath  path and query exactly as requested
 * @property {http.IncomingHttpHeaders} headers
 * @property {string} body
 * @property {string} requestId  X-GDC-REQUEST of the answer: the client's id and a suffix
 * @property {boolean} acceptsGzip
 */

/**
 * @typedef {object} Answer
 * @property {number} status
 * @property {Record<string, string | string[]>} headers
 * @property {string | Buffer} [body]
 * @property {() => Iterable<Buffer>} [stream]  a large body, produced chunk by chunk
 * @property {string} [outcome]  what happened, for the request log
 */

/**
 * @typedef {object} Fault
 * @property {string} [method]  match only this method (default: any)
 * @property {string | RegExp} [path]  match this path exactly, or by RegExp (default: any)
 * @property {number} [times]  how many matching requests it affects (default 1; Infinity for all)
 * @property {'status'|'reset'|'hang'|'truncated'|'latency'|'cut'|'transform'|'respond'|'expire-tts'} kind
 * @property {number} [status]  kind status
 * @property {'html'|'json'|'empty'} [body]  kind status (default html for 502-504, json otherwise)
 * @property {number|string} [retryAfter]  Retry-After of kind status
 * @property {number} [ms]  kind latency: delay, then serve normally
 * @property {number} [afterBytes]  kind cut: body bytes sent before the connection drops
 * @property {(answer: Answer, req: Req) => Answer} [edit]  kind transform: rewrite the answer (the
 *   request is served first, with its effects: a login still opens a session)
 * @property {(req: Req) => Answer} [reply]  kind respond: answer this instead; the request is not served
 */

/**
 * @typedef {object} LogEntry
 * @property {string} method
 * @property {string} path
 * @property {number} status
 * @property {string} requestId
 * @property {http.IncomingHttpHeaders} headers
 * @property {string} body
 * @property {string} outcome
 * @property {number} at
 * @property {string} [encoding]  Content-Encoding of the answer (gzip when the client asked)
 */

/**
 * @param {object} options
 * @param {number} options.port
 * @param {string} options.host
 * @param {number} options.latencyMs
 * @param {boolean} options.gzip  compress answers for clients that ask (Accept-Encoding: gzip)
 * @param {Array<(req: Req) => Answer | undefined>} options.areas
 * @param {(method: string, path: string) => Answer} options.control  the /_emulator/ views
 * @param {() => void} options.expireTts
 * @param {{ key: string, cert: string }} [options.tls]  serve https with this key and certificate
 */
export async function startServer(options) {
  /** @type {Fault[]} */
  let faults = []
  /** @type {LogEntry[]} */
  const log = []
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set()

  /** @param {string} method @param {string} path */
  function takeFault(method, path) {
    for (const fault of faults) {
      if (fault.method && fault.method !== method) continue
      if (fault.path && !(fault.path instanceof RegExp ? fault.path.test(path) : fault.path === path)) continue
      if ((fault.times ?? 1) <= 0) continue
      fault.times = (fault.times ?? 1) - 1
      return fault
    }
    return undefined
  }

  /** @param {Req} req @param {Fault | undefined} fault @returns {Answer} */
  function answerOf(req, fault) {
    if (fault?.kind === 'status') return statusFault(req, fault)
    if (fault?.kind === 'respond' && fault.reply) return fault.reply(req)
    if (fault?.kind === 'expire-tts') options.expireTts()
    for (const area of options.areas) {
      const answer = area(req)
      if (answer) return fault?.kind === 'transform' && fault.edit ? fault.edit(answer, req) : answer
    }
    return errorAnswer(req, 404, 'Resource %s not found', [req.path])
  }

  /**
   * @param {http.ServerResponse} res
   * @param {LogEntry} entry
   * @param {Answer} answer
   * @param {Req} req
   * @param {Fault | undefined} fault
   */
  async function send(res, entry, answer, req, fault) {
    entry.status = answer.status
    entry.outcome =
      fault && !['latency', 'expire-tts', 'transform'].includes(fault.kind)
        ? `fault:${fault.kind}`
        : (answer.outcome ?? '')
    /** @type {Record<string, string | string[]>} */
    const headers = {
      'X-GDC-REQUEST': req.requestId,
      'Cache-Control': 'no-store, no-cache, must-revalidate, max-age=0',
      Server: 'GoodData WebApp',
      ...answer.headers
    }
    let body = typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body
    const gzip = options.gzip && req.acceptsGzip && !headers['Content-Encoding']
    if (gzip && body && body.length) {
      body = zlib.gzipSync(body)
      headers['Content-Encoding'] = 'gzip'
    }
    if (headers['Content-Encoding']) entry.encoding = String(headers['Content-Encoding'])
    const cutAt = fault?.kind === 'cut' ? (fault.afterBytes ?? 0) : Infinity
    if (!answer.stream) {
      if (body && cutAt === Infinity) headers['Content-Length'] = String(body.length)
      res.writeHead(answer.status, headers)
      if (cutAt < Infinity) {
        res.write((body ?? Buffer.alloc(0)).subarray(0, cutAt))
        setTimeout(() => res.socket?.destroy(), 20)
        return
      }
      res.end(body)
      return
    }
    res.writeHead(answer.status, headers)
    let sent = 0
    for (const chunk of answer.stream()) {
      if (sent + chunk.length > cutAt) {
        res.write(chunk.subarray(0, cutAt - sent))
        setTimeout(() => res.socket?.destroy(), 20)
        return
      }
      sent += chunk.length
      if (!res.write(chunk)) await once(res, 'drain').catch(() => undefined)
      if (res.destroyed) return
    }
    res.end()
  }

  /** @type {http.RequestListener} */ const serve = (request, res) => {
    /** @type {Buffer[]} */
    const chunks = []
    request.on('data', c => chunks.push(c))
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://emulator')
      const sent = request.headers['x-gdc-request']
      /** @type {Req} */
      const req = {
        method: request.method ?? '',
        path: url.pathname.replace(/\/+$/, '') || '/',
        query: url.searchParams,
        rawPath: request.url ?? '/',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        requestId: `${Array.isArray(sent) ? sent[0] : (sent ?? '')}:${token(12).slice(0, 16)}`,
        acceptsGzip: /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
      }
      if (req.path.startsWith('/_emulator/')) {
        void send(
          res,
          { method: req.method, path: req.path, status: 0, requestId: '', headers: {}, body: '', outcome: '', at: 0 },
          options.control(req.method, req.path),
          req,
          undefined
        )
        return
      }
      /** @type {LogEntry} */
      const entry = {
        method: req.method,
        path: url.pathname,
        status: 0,
        requestId: req.requestId,
        headers: { ...request.headers },
        body: req.body,
        outcome: '',
        at: Date.now()
      }
      log.push(entry)
      const fault = takeFault(req.method, url.pathname)
      const go = () => {
        if (fault?.kind === 'reset') {
          entry.outcome = 'fault:reset'
          return request.socket.destroy()
        }
        if (fault?.kind === 'hang') return void (entry.outcome = 'fault:hang')
        if (fault?.kind === 'truncated') {
          // Content-Length promises more than is sent, then the connection drops mid-body.
          entry.outcome = 'fault:truncated'
          entry.status = 200
          res.writeHead(200, { 'Content-Type': JSON_UTF8, 'Content-Length': '200', 'X-GDC-REQUEST': req.requestId })
          res.write('{"userLogin":{"profile":"/gdc/acc')
          return setTimeout(() => res.socket?.destroy(), 20)
        }
        send(res, entry, answerOf(req, fault), req, fault).catch(() => res.destroy())
      }
      const delay = options.latencyMs + (fault?.kind === 'latency' ? (fault.ms ?? 0) : 0)
      if (delay > 0) setTimeout(go, delay)
      else go()
    })
  }
  // https with a certificate the caller made (npm run bench's TLS rows), else plain http.
  const server = options.tls ? https.createServer(options.tls, serve) : http.createServer(serve)
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve(undefined))
  })
  const address = /** @type {import('node:net').AddressInfo} */ (server.address())
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `${options.tls ? 'https' : 'http'}://${host}:${address.port}`,
    log,
    /** @param {Fault} fault */
    inject(fault) {
      faults.push({ times: 1, ...fault })
    },
    clearFaults() {
      faults = []
    },
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise(resolve => server.close(() => resolve(undefined)))
    }
  }
}
