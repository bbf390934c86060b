/**
 * Stage two of an export: poll the result until it is ready (docs/protocol.md, "Raw export").
 * 202 means not yet; 200 with data, or 204 (no data), is the answer to download; 404 or 410 means
 * the result has gone and the export must start over; anything else is the server's error, never
 * saved as data. Polls back off (schedule.ts) and stop at the report's deadline.
 */
import type { AuthorizedApi } from '../api/authorized.js'
import { readMessage } from '../api/body.js'
import type { Clock } from '../api/clock.js'
import { responseError } from '../api/errors.js'
import type { StreamedResponse } from '../api/streamed-answer.js'
import type { ReportProgress } from './progress.js'
import { pollWaitMs } from './schedule.js'

/** A 404/410 while polling: the result has gone and the export must start over. */
export class ResultGoneError extends Error {
  constructor(readonly res: StreamedResponse) {
    super(`HTTP ${res.status}`)
  }
}

const isDataType = (contentType: string): boolean => !/json|html|xml/i.test(contentType)

/**
 * Polls `path` until the result is ready: the 200 (data) or 204 (no data) answer, its body not
 * read yet, and how many polls it took. `remainingMs` is the time left before the report's
 * deadline; `timedOut` makes the error for when it runs out.
 */
export async function pollResult(
  api: AuthorizedApi,
  path: string,
  clock: Clock,
  progress: ReportProgress,
  deadline: { remainingMs: () => number; timedOut: () => Error }
): Promise<{ res: StreamedResponse; polls: number }> {
  let waitHeaders = {}
  for (let polls = 0; ;) {
    if (polls > 0) {
      const wait = pollWaitMs(polls, waitHeaders, clock.now(), clock.random)
      if (wait >= deadline.remainingMs()) {
        await clock.sleep(Math.max(0, deadline.remainingMs()))
        throw deadline.timedOut()
      }
      await clock.sleep(wait)
    }
    if (deadline.remainingMs() <= 0) throw deadline.timedOut()
    const res = await api.stream({ call: 'poll', method: 'GET', path })
    progress.polls = ++polls
    waitHeaders = res.headers
    if (res.status === 202) {
      await readMessage(res.body)
      continue
    }
    if (res.status === 404 || res.status === 410) {
      res.body.resume()
      throw new ResultGoneError(res)
    }
    const contentType = String(res.headers['content-type'] ?? '')
    if (res.status === 204 || (res.status === 200 && isDataType(contentType))) return { res, polls }
    const body = await readMessage(res.body)
    const hint =
      res.status === 200 ? 'The server answered with a message instead of data; nothing was written' : undefined
    throw responseError(res.status === 200 ? 'download' : 'poll', { ...res, body }, api.transport.redact, { hint })
  }
}
