#!/usr/bin/env node
// A local stand-in for the Flex Insights (GoodData platform) account API, faithful to the
// recorded traffic in protocol.md §2-§7 and §9: same paths, status codes, headers, cookies and
// the three error-body shapes. Node standard library only, so `npm start` and CI need nothing
// else. Tests import { startEmulator }; `npm run emulator -- --help` runs it standalone.
import http from 'node:http'
import { randomBytes } from 'node:crypto'
import { pathToFileURL } from 'node:url'

export const DEMO_LOGIN = 'demo@flex-insights.example'
export const DEMO_PASSWORD = 'demo-password-not-a-secret'

const REALM = 'GoodData realm="GoodData API"'
const TT_CHALLENGE = `${REALM} cookie=GDCAuthTT`
const SST_CHALLENGE = `${REALM} cookie=GDCAuthSST location=/gdc/account/login`
// Recorded 401 body of the auth proxy (protocol.md F3, F5)
const PROXY_401_BODY = `{
    "error": {
        "code": 401,
        "message": "Authorization Required",
        "description": "This server could not verify that you are authorized to access the document requested. Either you supplied the wrong credentials (e.g., bad password), or your browser doesn't understand how to supply the credentials required",
        "links": {
            "documentation": "https://help.gooddata.com/display/developer/API+Reference#/reference/authentication/log-in"
        }
    }
}
`
const BAD_LOGIN_BODY = '{"component":"Webapp","message":"Bad Login or Password!","parameters":[]}'
const JSON_UTF8 = 'application/json;charset=UTF-8'

const token = bytes => randomBytes(bytes).toString('base64url')
const html = (status, title) =>
  `<html>\r\n<head><title>${status} ${title}</title></head>\r\n<body>\r\n<center><h1>${status} ${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`

/**
 * @typedef {object} Fault
 * @property {string} [method]  match only this method (default: any)
 * @property {string|RegExp} [path]  match this path exactly, or by RegExp (default: any)
 * @property {number} [times]  how many matching requests it affects (default: 1; Infinity for all)
 * @property {'status'|'reset'|'hang'|'truncated'|'latency'} kind
 * @property {number} [status]  for kind 'status'
 * @property {'html'|'json'|'empty'} [body]  for kind 'status' (default html for 502/503/504, json otherwise)
 * @property {number|string} [retryAfter]  Retry-After header value for kind 'status'
 * @property {number} [ms]  delay for kind 'latency' (then the request is served normally)
 */

/**
 * @param {object} [options]
 * @param {number} [options.port]  0 for any free port
 * @param {string} [options.host]
 * @param {number} [options.ttLifetimeMs]  TT lifetime (10 minutes like the real API)
 * @param {number} [options.sstLifetimeMs]
 * @param {boolean} [options.loginReturnsTt]  login response carries X-GDC-AuthTT (recorded behaviour)
 * @param {number} [options.maxInvalidLogins]  invalid logins before the 429 lock-out
 * @param {number} [options.lockoutSeconds]  Retry-After of the lock-out
 * @param {number} [options.latencyMs]  added to every request
 * @param {Array<{login: string, password: string}>} [options.users]
 */
export async function startEmulator(options = {}) {
  const settings = {
    port: 0,
    host: '127.0.0.1',
    ttLifetimeMs: 10 * 60 * 1000,
    sstLifetimeMs: 14 * 24 * 3600 * 1000,
    loginReturnsTt: true,
    maxInvalidLogins: 5,
    lockoutSeconds: 300,
    latencyMs: 0,
    users: [{ login: DEMO_LOGIN, password: DEMO_PASSWORD }],
    ...options
  }
  /** @type {Map<string, {login: string, password: string, profileId: string, invalid: number, lockedUntil: number}>} */
  const users = new Map()
  /** @type {Map<string, {profileId: string, expiresAt: number, alive: boolean}>} */
  const ssts = new Map()
  /** @type {Map<string, {sst: string, expiresAt: number}>} */
  const tts = new Map()
  /** @type {Fault[]} */
  let faults = []
  /** @type {Array<{method: string, path: string, status: number, requestId: string, headers: Record<string, unknown>, body: string, outcome: string, at: number}>} */
  const log = []
  const sockets = new Set()
  /** Every SST and TT ever issued, so tests can scan output for any of them. */
  const issued = { ssts: [], tts: [] }

  const addUser = (login, password) => {
    const profileId = randomBytes(16).toString('hex')
    users.set(login.toLowerCase(), { login, password, profileId, invalid: 0, lockedUntil: 0 })
    return profileId
  }
  for (const u of settings.users) addUser(u.login, u.password)

  const now = () => Date.now()
  const liveSst = sst => {
    const s = sst && ssts.get(sst)
    return s && s.alive && s.expiresAt > now() ? s : undefined
  }
  const liveTt = tt => {
    const t = tt && tts.get(tt)
    return t && t.expiresAt > now() && liveSst(t.sst) ? t : undefined
  }
  const issueTt = sst => {
    const tt = token(48)
    issued.tts.push(tt)
    tts.set(tt, { sst, expiresAt: now() + settings.ttLifetimeMs })
    return tt
  }
  const killSst = sst => {
    const s = ssts.get(sst)
    if (s) s.alive = false
    for (const [tt, t] of tts) if (t.sst === sst) tts.delete(tt)
  }

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

  const server = http.createServer((req, res) => {
    const chunks = []
    req.on('data', c => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const url = new URL(req.url ?? '/', 'http://emulator')
      const sent = req.headers['x-gdc-request']
      const requestId = `${Array.isArray(sent) ? sent[0] : (sent ?? '')}:${token(12).slice(0, 16)}`
      const entry = { method: req.method ?? '', path: url.pathname, status: 0, requestId, headers: { ...req.headers }, body, outcome: '', at: now() }
      if (!url.pathname.startsWith('/_emulator/')) log.push(entry)
      const reply = (status, headers, payload = '') => {
        entry.status = status
        res.writeHead(status, {
          'X-GDC-REQUEST': requestId,
          'Cache-Control': 'no-store, no-cache, must-revalidate, max-age=0',
          Server: 'GoodData WebApp',
          ...headers
        })
        res.end(payload)
      }
      const serve = () => handle(req.method ?? '', url, req.headers, body, reply, entry)
      const fault = url.pathname.startsWith('/_emulator/') ? undefined : takeFault(req.method, url.pathname)
      const delay = settings.latencyMs + (fault?.kind === 'latency' ? (fault.ms ?? 0) : 0)
      const go = () => {
        if (!fault || fault.kind === 'latency') return serve()
        entry.outcome = `fault:${fault.kind}`
        if (fault.kind === 'reset') return req.socket.destroy()
        if (fault.kind === 'hang') return undefined
        if (fault.kind === 'truncated') {
          entry.status = 200
          // Content-Length promises more than is sent, then the connection drops mid-body.
          res.writeHead(200, { 'Content-Type': JSON_UTF8, 'Content-Length': '200', 'X-GDC-REQUEST': requestId })
          res.write('{"userLogin":{"profile":"/gdc/acc')
          return setTimeout(() => req.socket.destroy(), 20)
        }
        const status = fault.status ?? 503
        const kind = fault.body ?? (status >= 502 && status <= 504 ? 'html' : 'json')
        const headers = fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {}
        if (kind === 'html') return reply(status, { ...headers, 'Content-Type': 'text/html' }, html(status, http.STATUS_CODES[status] ?? 'Error'))
        if (kind === 'empty') return reply(status, headers)
        return reply(status, { ...headers, 'Content-Type': JSON_UTF8 }, gdcError(status, 'Injected failure %s', [String(status)], requestId))
      }
      if (delay > 0) setTimeout(go, delay)
      else go()
    })
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  function gdcError(status, message, parameters, requestId, extra = {}) {
    return JSON.stringify({
      error: { errorClass: status >= 500 ? 'GDC::Exception::Internal' : 'GDC::Exception::User', component: 'Webapp', message, parameters, requestId, ...extra }
    })
  }

  function cookiesOf(headers) {
    const jar = {}
    for (const part of String(headers.cookie ?? '').split(';')) {
      const eq = part.indexOf('=')
      if (eq > 0) jar[part.slice(0, eq).trim()] = part.slice(eq + 1).trim()
    }
    return jar
  }
  const sstOf = headers => headers['x-gdc-authsst'] || cookiesOf(headers).GDCAuthSST
  const ttOf = headers => cookiesOf(headers).GDCAuthTT || headers['x-gdc-authtt']
  const ttChallenge = (reply, entry) => {
    entry.outcome = 'tt-challenge'
    return reply(
      401,
      {
        'WWW-Authenticate': TT_CHALLENGE,
        'Content-Type': 'application/json; charset=utf-8',
        'Set-Cookie': `GDCAuthTT=; Max-Age=0; Expires=${new Date().toUTCString()}; Path=/gdc; Domain=${settings.host}; Secure; HTTPOnly`
      },
      PROXY_401_BODY
    )
  }
  const sstChallenge = (reply, entry) => {
    entry.outcome = 'sst-challenge'
    return reply(401, {
      'WWW-Authenticate': SST_CHALLENGE,
      'Set-Cookie': 'GDCAuthSST=""; Expires=Thu, 01-Jan-1970 00:00:10 GMT; Path=/gdc/account; Secure'
    })
  }

  function handle(method, url, headers, body, reply, entry) {
    const path = url.pathname.replace(/\/+$/, '') || '/'
    const json = payload => reply(200, { 'Content-Type': JSON_UTF8 }, JSON.stringify(payload))

    if (path.startsWith('/_emulator/')) return control(method, path, reply)

    if (method === 'POST' && path === '/gdc/account/login') {
      let login, password, verifyLevel
      try {
        const parsed = JSON.parse(body).postUserLogin
        login = String(parsed.login ?? '')
        password = String(parsed.password ?? '')
        verifyLevel = Number(parsed.verify_level ?? 0)
      } catch {
        entry.outcome = 'bad-request'
        return reply(400, { 'Content-Type': JSON_UTF8 }, gdcError(400, "Checking '%s', result %s", ['postUserLogin', 'STRUCTURE INVALID'], entry.requestId))
      }
      const user = users.get(login.toLowerCase())
      if (user && user.lockedUntil > now()) {
        entry.outcome = 'locked-out'
        const wait = Math.ceil((user.lockedUntil - now()) / 1000)
        return reply(429, { 'Content-Type': JSON_UTF8, 'Retry-After': String(wait) }, gdcError(429, 'Too many invalid login attempts. Try again in %s seconds.', [String(wait)], entry.requestId))
      }
      if (!user || user.password !== password) {
        if (user && ++user.invalid >= settings.maxInvalidLogins) {
          user.lockedUntil = now() + settings.lockoutSeconds * 1000
          user.invalid = 0
        }
        entry.outcome = 'bad-login'
        return reply(401, { 'WWW-Authenticate': REALM, 'Content-Type': JSON_UTF8 }, BAD_LOGIN_BODY)
      }
      user.invalid = 0
      const sst = token(30)
      issued.ssts.push(sst)
      ssts.set(sst, { profileId: user.profileId, expiresAt: now() + settings.sstLifetimeMs, alive: true })
      const tt = issueTt(sst)
      const links = { profile: `/gdc/account/profile/${user.profileId}`, state: `/gdc/account/login/${user.profileId}` }
      entry.outcome = 'logged-in'
      if (verifyLevel === 0) {
        // protocol.md §2.3 / F8: tokens only as cookies, no token in the body
        return reply(200, {
          'Content-Type': JSON_UTF8,
          'Set-Cookie': [`GDCAuthTT=${tt}; Path=/gdc; Secure; HttpOnly`, `GDCAuthSST=${sst}; Path=/gdc/account; Secure; HttpOnly`]
        }, JSON.stringify({ userLogin: links }))
      }
      const tokenHeaders = settings.loginReturnsTt ? { 'X-GDC-AuthSST': sst, 'X-GDC-AuthTT': tt } : {}
      return reply(200, { 'Content-Type': JSON_UTF8, ...tokenHeaders }, JSON.stringify({ userLogin: { ...links, token: sst } }))
    }

    if (method === 'GET' && path === '/gdc/account/token') {
      const viaCookie = !headers['x-gdc-authsst'] && !!cookiesOf(headers).GDCAuthSST
      const sst = sstOf(headers)
      if (!liveSst(sst)) return sstChallenge(reply, entry)
      const tt = issueTt(sst)
      entry.outcome = 'token'
      const extra = viaCookie ? { 'Set-Cookie': `GDCAuthTT=${tt}; Path=/gdc; Secure; HttpOnly` } : {}
      return reply(200, { 'Content-Type': 'application/json', 'X-GDC-AuthTT': tt, ...extra }, JSON.stringify({ userToken: { token: tt } }))
    }

    const loginMatch = /^\/gdc\/account\/login\/([^/]+)$/.exec(path)
    if (method === 'DELETE' && loginMatch) {
      const t = liveTt(ttOf(headers))
      if (!t) return ttChallenge(reply, entry)
      const sst = sstOf(headers)
      const s = liveSst(sst)
      if (!s || sst !== t.sst) return sstChallenge(reply, entry)
      if (s.profileId !== loginMatch[1]) {
        entry.outcome = 'wrong-profile'
        return reply(400, { 'Content-Type': JSON_UTF8 }, gdcError(400, 'User %s is not logged in', [loginMatch[1]], entry.requestId))
      }
      killSst(sst)
      entry.outcome = 'logged-out'
      return reply(204, {})
    }

    const profileMatch = /^\/gdc\/account\/profile\/([^/]+)$/.exec(path)
    if (profileMatch && (method === 'GET' || method === 'DELETE')) {
      const t = liveTt(ttOf(headers))
      if (!t) return ttChallenge(reply, entry)
      const owner = ssts.get(t.sst)
      if (owner.profileId !== profileMatch[1]) {
        entry.outcome = 'forbidden'
        return reply(403, { 'Content-Type': JSON_UTF8 }, gdcError(403, 'Can be accessed only by the profile owner', [], entry.requestId, {
          errorClass: 'com.gooddata.security.authorization.AuthorizationFailedException',
          errorCode: 'gdc.security.authorization',
          errorId: randomBytes(16).toString('hex')
        }))
      }
      const user = [...users.values()].find(u => u.profileId === owner.profileId)
      if (method === 'GET') {
        entry.outcome = 'profile'
        return json({ accountSetting: { login: user?.login, email: user?.login, firstName: 'Demo', lastName: 'User', links: { self: path } } })
      }
      if (!liveSst(sstOf(headers))) return sstChallenge(reply, entry)
      if (user) users.delete(user.login.toLowerCase())
      for (const [sst, s] of ssts) if (s.profileId === owner.profileId) killSst(sst)
      entry.outcome = 'profile-deleted'
      return reply(204, {})
    }

    entry.outcome = 'not-found'
    return reply(404, { 'Content-Type': JSON_UTF8 }, gdcError(404, 'Resource %s not found', [path], entry.requestId))
  }

  // Read-only views for a workflow step that wants to prove what happened (e.g. the logout).
  function control(method, path, reply) {
    const body = payload => reply(200, { 'Content-Type': 'application/json' }, JSON.stringify(payload))
    if (method === 'GET' && path === '/_emulator/log') return body(log.map(({ method: m, path: p, status, outcome }) => ({ method: m, path: p, status, outcome })))
    if (method === 'GET' && path === '/_emulator/sessions') return body({ live: [...ssts.values()].filter(s => s.alive && s.expiresAt > now()).length })
    return reply(404, {}, '')
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(settings.port, settings.host, resolve)
  })
  const address = /** @type {import('node:net').AddressInfo} */ (server.address())
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address

  return {
    url: `http://${host}:${address.port}`,
    settings,
    /** Every request except the /_emulator/ views, in order. */
    log,
    /** @param {Fault} fault */
    inject(fault) {
      faults.push({ times: 1, ...fault })
    },
    clearFaults() {
      faults = []
    },
    addUser,
    /** Every SST and TT issued so far. */
    issuedTokens: () => ({ ssts: [...issued.ssts], tts: [...issued.tts] }),
    profileIdOf: login => users.get(login.toLowerCase())?.profileId,
    /** Sessions whose SST is still valid. */
    liveSessions: () => [...ssts.entries()].filter(([sst]) => liveSst(sst)).map(([sst, s]) => ({ sst, profileId: s.profileId })),
    isLiveSst: sst => !!liveSst(sst),
    isLiveTt: tt => !!liveTt(tt),
    /** Expire every TT now, as if ten minutes had passed. */
    expireTts() {
      for (const t of tts.values()) t.expiresAt = 0
    },
    /** Kill every SST, as if the sessions had been logged out elsewhere or expired. */
    expireSessions() {
      for (const sst of ssts.keys()) killSst(sst)
    },
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise(resolve => server.close(() => resolve(undefined)))
    }
  }
}

const HELP = `Usage: npm run emulator -- [options]

A local Flex Insights API emulator (login, token, logout, profile) for trying the action.

Options:
  --port N             port to listen on (default 8089; 0 picks a free one)
  --host H             address to bind (default 127.0.0.1)
  --tt-lifetime S      temporary token lifetime in seconds (default 600)
  --latency MS         delay added to every request (default 0)
  --no-login-tt        login answers without X-GDC-AuthTT (clients then need GET /gdc/account/token)
  --login EMAIL        demo account login (default ${DEMO_LOGIN})
  --password PW        demo account password (default ${DEMO_PASSWORD})
  --help               this text
`

function parseArgs(argv) {
  const opts = { port: 8089, users: [{ login: DEMO_LOGIN, password: DEMO_PASSWORD }] }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const next = () => {
      const value = argv[++i]
      if (value === undefined) throw new Error(`${arg} needs a value`)
      return value
    }
    if (arg === '--help' || arg === '-h') opts.help = true
    else if (arg === '--port') opts.port = Number(next())
    else if (arg === '--host') opts.host = next()
    else if (arg === '--tt-lifetime') opts.ttLifetimeMs = Number(next()) * 1000
    else if (arg === '--latency') opts.latencyMs = Number(next())
    else if (arg === '--no-login-tt') opts.loginReturnsTt = false
    else if (arg === '--login') opts.users[0].login = next()
    else if (arg === '--password') opts.users[0].password = next()
    else throw new Error(`unknown option ${arg} (see --help)`)
  }
  return opts
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const opts = parseArgs(process.argv.slice(2))
    if (opts.help) {
      process.stdout.write(HELP)
    } else {
      const emulator = await startEmulator(opts)
      const { login, password } = opts.users[0]
      process.stdout.write(
        `Flex Insights emulator listening on ${emulator.url}\n` +
          `Demo account: login ${login}  password ${password}\n` +
          `Try: npm start -- --api-url ${emulator.url}\n`
      )
      const stop = () => emulator.close().then(() => process.exit(0))
      process.on('SIGINT', stop)
      process.on('SIGTERM', stop)
    }
  } catch (error) {
    process.stderr.write(`emulator: ${error.message}\n`)
    process.exit(2)
  }
}
