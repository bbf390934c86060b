// @ts-check
// The answers the emulator gives, as the platform gives them: JSON bodies, the standard GoodData
// error body, nginx's HTML error page, and the answer of an injected status fault.
import http from 'node:http'

/**
 * @typedef {import('./server.mjs').Req} Req
 * @typedef {import('./server.mjs').Answer} Answer
 * @typedef {import('./server.mjs').Fault} Fault
 */

export const JSON_UTF8 = 'application/json;charset=UTF-8'

/** @param {number} status @param {string} title */
export const htmlPage = (status, title) =>
  `<html>\r\n<head><title>${status} ${title}</title></head>\r\n<body>\r\n<center><h1>${status} ` +
  `${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`

/**
 * The standard GoodData error body (docs/protocol.md, "Error bodies").
 * @param {number} status
 * @param {string} message
 * @param {unknown[]} parameters
 * @param {string} requestId
 * @param {Record<string, unknown>} [extra]
 */
export function gdcError(status, message, parameters, requestId, extra = {}) {
  const errorClass = status >= 500 ? 'GDC::Exception::Internal' : 'GDC::Exception::User'
  // As recorded: the body names the sub-request, one step further down the chain than the header.
  return JSON.stringify({
    error: { errorClass, component: 'Webapp', message, parameters, requestId: `${requestId}:webapp`, ...extra }
  })
}

/** @param {Req} req @param {number} status @param {string} message @param {unknown[]} [parameters] @returns {Answer} */
export const errorAnswer = (req, status, message, parameters = []) => ({
  status,
  headers: { 'Content-Type': JSON_UTF8 },
  body: gdcError(status, message, parameters, req.requestId),
  outcome: status === 404 ? 'not-found' : `error-${status}`
})

/** @param {unknown} payload @param {string} outcome @returns {Answer} */
export const jsonAnswer = (payload, outcome) => ({
  status: 200,
  headers: { 'Content-Type': JSON_UTF8 },
  body: JSON.stringify(payload),
  outcome
})

/**
 * An injected status fault: an HTML page for 502-504 (the front end's), else the JSON error body,
 * or no body; with Retry-After when the fault asks.
 * @param {Req} req @param {Fault} fault @returns {Answer}
 */
export function statusFault(req, fault) {
  const status = fault.status ?? 503
  const kind = fault.body ?? (status >= 502 && status <= 504 ? 'html' : 'json')
  /** @type {Record<string, string>} */
  const headers = fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {}
  const outcome = 'fault:status'
  if (kind === 'html')
    return {
      status,
      headers: { ...headers, 'Content-Type': 'text/html' },
      body: htmlPage(status, http.STATUS_CODES[status] ?? 'Error'),
      outcome
    }
  if (kind === 'empty') return { status, headers, outcome }
  return {
    status,
    headers: { ...headers, 'Content-Type': JSON_UTF8 },
    body: gdcError(status, 'Injected failure %s', [String(status)], req.requestId),
    outcome
  }
}
