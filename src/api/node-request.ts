/**
 * One request through node:http(s) and the agent given (agents.ts: pooled, or a proxy's
 * tunnel), for transport.ts. `whole`: request-timeout bounds the attempt from the first byte sent
 * to the last byte read. `idle`: it bounds the wait for the headers, then each pause of the body.
 */
import http from 'node:http'
import https from 'node:https'
import type { Readable } from 'node:stream'
import { watchIdle } from './body.js'
import { AttemptTimeoutError } from './failures.js'

export interface NodeRequest {
  method: string
  headers: Record<string, string>
  agent: http.Agent
  payload?: string
  /** Sent as is: a fresh stream per attempt. */
  upload?: () => Readable
}

export function sendRequest(
  url: URL,
  req: NodeRequest,
  limit: 'whole' | 'idle',
  timeoutMs: number
): Promise<http.IncomingMessage> {
  const transport = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const request = transport.request(url, { method: req.method, headers: req.headers, agent: req.agent })
    let response: http.IncomingMessage | undefined
    const timer = setTimeout(() => (response ?? request).destroy(new AttemptTimeoutError()), timeoutMs)
    request.on('error', error => {
      clearTimeout(timer)
      reject(error)
    })
    request.on('response', res => {
      response = res
      if (limit === 'whole') {
        res.on('close', () => clearTimeout(timer))
      } else {
        clearTimeout(timer)
        watchIdle(res, timeoutMs)
      }
      resolve(res)
    })
    if (req.upload)
      req
        .upload()
        .on('error', error => request.destroy(error))
        .pipe(request)
    else request.end(req.payload)
  })
}
