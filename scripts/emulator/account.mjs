// @ts-check
// The account API as recorded (docs/protocol.md): login in both verify levels, the TT, the
// challenges (TT: bare proxy JSON; SST: empty body and a clearing cookie), logout and profile.
import { randomBytes } from 'node:crypto'
import { errorAnswer, gdcError, jsonAnswer, JSON_UTF8 } from './server.mjs'

const REALM = 'GoodData realm="GoodData API"'
const TT_CHALLENGE = `${REALM} cookie=GDCAuthTT`
const SST_CHALLENGE = `${REALM} cookie=GDCAuthSST location=/gdc/account/login`
// Recorded 401 body of the auth proxy (docs/protocol.md, "Error bodies")
const PROXY_401_DESCRIPTION =
  'This server could not verify that you are authorized to access the document requested. Either you supplied ' +
  "the wrong credentials (e.g., bad password), or your browser doesn't understand how to supply " +
  'the credentials required'
const PROXY_401_DOCS = 'https://help.gooddata.com/display/developer/API+Reference#/reference/authentication/log-in'
const PROXY_401_BODY = `{
    "error": {
        "code": 401,
        "message": "Authorization Required",
        "description": "${PROXY_401_DESCRIPTION}",
        "links": {
            "documentation": "${PROXY_401_DOCS}"
        }
    }
}
`
const BAD_LOGIN_BODY = '{"component":"Webapp","message":"Bad Login or Password!","parameters":[]}'

/**
 * @typedef {import('./server.mjs').Req} Req
 * @typedef {import('./server.mjs').Answer} Answer
 * @typedef {import('./store.mjs').Store} Store
 */

/** @param {import('node:http').IncomingHttpHeaders} headers */
export function cookiesOf(headers) {
  /** @type {Record<string, string>} */
  const jar = {}
  for (const part of String(headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0) jar[part.slice(0, eq).trim()] = part.slice(eq + 1).trim()
  }
  return jar
}

/** @param {import('node:http').IncomingHttpHeaders} headers */
export const sstOf = headers =>
  /** @type {string | undefined} */ (headers['x-gdc-authsst']) || cookiesOf(headers).GDCAuthSST
/** @param {import('node:http').IncomingHttpHeaders} headers */
export const ttOf = headers =>
  cookiesOf(headers).GDCAuthTT || /** @type {string | undefined} */ (headers['x-gdc-authtt'])

/** @param {string} host @returns {Answer} */
export const ttChallenge = host => ({
  status: 401,
  headers: {
    'WWW-Authenticate': TT_CHALLENGE,
    'Content-Type': 'application/json; charset=utf-8',
    'Set-Cookie':
      `GDCAuthTT=; Max-Age=0; Expires=${new Date().toUTCString()}; Path=/gdc; Domain=${host}; Secure; ` + 'HTTPOnly'
  },
  body: PROXY_401_BODY,
  outcome: 'tt-challenge'
})

/** @returns {Answer} */
const sstChallenge = () => ({
  status: 401,
  headers: {
    'WWW-Authenticate': SST_CHALLENGE,
    'Set-Cookie': 'GDCAuthSST=""; Expires=Thu, 01-Jan-1970 00:00:10 GMT; Path=/gdc/account; Secure'
  },
  outcome: 'sst-challenge'
})

/**
 * @param {Store} store
 * @param {{ host: string, loginReturnsTt: boolean, maxInvalidLogins: number, lockoutSeconds: number }} settings
 */
export function accountArea(store, settings) {
  /** @param {Req} req @returns {Answer} */
  function login(req) {
    let name, password, verifyLevel
    try {
      const parsed = JSON.parse(req.body).postUserLogin
      name = String(parsed.login ?? '')
      password = String(parsed.password ?? '')
      verifyLevel = Number(parsed.verify_level ?? 0)
    } catch {
      return {
        ...errorAnswer(req, 400, "Checking '%s', result %s", ['postUserLogin', 'STRUCTURE INVALID']),
        outcome: 'bad-request'
      }
    }
    const user = store.users.get(name.toLowerCase())
    if (user && user.lockedUntil > store.now()) {
      const wait = Math.ceil((user.lockedUntil - store.now()) / 1000)
      return {
        status: 429,
        headers: { 'Content-Type': JSON_UTF8, 'Retry-After': String(wait) },
        body: gdcError(429, 'Too many invalid login attempts. Try again in %s seconds.', [String(wait)], req.requestId),
        outcome: 'locked-out'
      }
    }
    if (!user || user.password !== password) {
      if (user && ++user.invalid >= settings.maxInvalidLogins) {
        user.lockedUntil = store.now() + settings.lockoutSeconds * 1000
        user.invalid = 0
      }
      return {
        status: 401,
        headers: { 'WWW-Authenticate': REALM, 'Content-Type': JSON_UTF8 },
        body: BAD_LOGIN_BODY,
        outcome: 'bad-login'
      }
    }
    user.invalid = 0
    const sst = store.issueSst(user.profileId)
    const tt = store.issueTt(sst)
    const links = { profile: `/gdc/account/profile/${user.profileId}`, state: `/gdc/account/login/${user.profileId}` }
    if (verifyLevel === 0) {
      // Recorded cookie-mode login: tokens only as cookies, no token in the body
      return {
        status: 200,
        headers: {
          'Content-Type': JSON_UTF8,
          'Set-Cookie': [
            `GDCAuthTT=${tt}; Path=/gdc; Secure; HttpOnly`,
            `GDCAuthSST=${sst}; Path=/gdc/account; Secure; HttpOnly`
          ]
        },
        body: JSON.stringify({ userLogin: links }),
        outcome: 'logged-in'
      }
    }
    /** @type {Record<string, string>} */
    const tokenHeaders = settings.loginReturnsTt ? { 'X-GDC-AuthSST': sst, 'X-GDC-AuthTT': tt } : {}
    return {
      status: 200,
      headers: { 'Content-Type': JSON_UTF8, ...tokenHeaders },
      body: JSON.stringify({ userLogin: { ...links, token: sst } }),
      outcome: 'logged-in'
    }
  }

  /** @param {Req} req @returns {Answer} */
  function issueToken(req) {
    const viaCookie = !req.headers['x-gdc-authsst'] && !!cookiesOf(req.headers).GDCAuthSST
    const sst = sstOf(req.headers)
    if (!sst || !store.liveSst(sst)) return sstChallenge()
    const tt = store.issueTt(sst)
    /** @type {Record<string, string>} */
    const extra = viaCookie ? { 'Set-Cookie': `GDCAuthTT=${tt}; Path=/gdc; Secure; HttpOnly` } : {}
    return {
      status: 200,
      headers: { 'Content-Type': 'application/json', 'X-GDC-AuthTT': tt, ...extra },
      body: JSON.stringify({ userToken: { token: tt } }),
      outcome: 'token'
    }
  }

  /** @param {Req} req @param {string} profileId @returns {Answer} */
  function logout(req, profileId) {
    const t = store.liveTt(ttOf(req.headers))
    if (!t) return ttChallenge(settings.host)
    const sst = sstOf(req.headers)
    const s = store.liveSst(sst)
    if (!sst || !s || sst !== t.sst) return sstChallenge()
    if (s.profileId !== profileId)
      return { ...errorAnswer(req, 400, 'User %s is not logged in', [profileId]), outcome: 'wrong-profile' }
    store.killSst(sst)
    return { status: 204, headers: {}, outcome: 'logged-out' }
  }

  /** @param {Req} req @param {string} profileId @returns {Answer} */
  function profile(req, profileId) {
    const t = store.liveTt(ttOf(req.headers))
    if (!t) return ttChallenge(settings.host)
    const owner = store.ssts.get(t.sst)
    if (!owner || owner.profileId !== profileId) {
      return {
        status: 403,
        headers: { 'Content-Type': JSON_UTF8 },
        body: gdcError(403, 'Can be accessed only by the profile owner', [], req.requestId, {
          errorClass: 'com.gooddata.security.authorization.AuthorizationFailedException',
          errorCode: 'gdc.security.authorization',
          errorId: randomBytes(16).toString('hex')
        }),
        outcome: 'forbidden'
      }
    }
    const user = store.userOf(owner.profileId)
    if (req.method === 'GET') {
      const self = `/gdc/account/profile/${profileId}`
      return jsonAnswer(
        {
          accountSetting: {
            login: user?.login,
            email: user?.login,
            firstName: 'Demo',
            lastName: 'User',
            links: { self, projects: `${self}/projects` }
          }
        },
        'profile'
      )
    }
    const sst = sstOf(req.headers)
    if (!sst || !store.liveSst(sst)) return sstChallenge()
    if (user) store.users.delete(user.login.toLowerCase())
    for (const [s, state] of store.ssts) if (state.profileId === owner.profileId) store.killSst(s)
    return { status: 204, headers: {}, outcome: 'profile-deleted' }
  }

  /** @param {Req} req @returns {Answer | undefined} */
  return req => {
    if (req.method === 'POST' && req.path === '/gdc/account/login') return login(req)
    if (req.method === 'GET' && req.path === '/gdc/account/token') return issueToken(req)
    const logoutMatch = /^\/gdc\/account\/login\/([^/]+)$/.exec(req.path)
    if (req.method === 'DELETE' && logoutMatch) return logout(req, logoutMatch[1])
    const profileMatch = /^\/gdc\/account\/profile\/([^/]+)$/.exec(req.path)
    if (profileMatch && (req.method === 'GET' || req.method === 'DELETE')) return profile(req, profileMatch[1])
    return undefined
  }
}
