/**
 * A streamed answer (Transport.stream), and how one is made for a GET on the socket engine
 * (socket-get.ts): the body as a decoded stream, or by pipeTo, inflated in place when it is
 * compressed (inflate.ts).
 */
import type { Readable } from 'node:stream'
import { compressed, decodeBody } from './body.js'
import { Inflater } from './inflate.js'
import type { SocketResponse, Writer } from './socket-get.js'
import type { Answer } from './retry.js'

/** What Transport.stream answers: the status and headers, and the body one of two ways. */
export interface StreamedResponse extends Answer {
  /**
   * The decoded body; it fails with a FlexInsightsError (details.retryable) if the connection
   * drops or stays idle for request-timeout.
   */
  body: Readable
  /**
   * When the body comes from socket-get.ts: hands each chunk of the decoded body to `write`, as
   * a view of a buffer reused once `write` returns or its promise settles (nothing copied, no
   * garbage); resolves with the bytes. Fails like `body`, or with what `write` threw. Either
   * this or `body`, not both.
   */
  pipeTo?: (write: Writer) => Promise<number>
  /** Stops a transfer under way by pipeTo (a deadline): pipeTo then fails with `error` as it is. */
  abort?: (error: Error) => void
  requestId: string
}

/** `npm run bench` inflates with a zlib stream instead, to show what inflate.ts is worth. */
const inflateStream = (): boolean => process.env.FLEX_INSIGHTS_AUTH_INFLATE === 'stream'

/**
 * A SocketResponse as transport.ts answers it: the body decoded on first use (reading it is the
 * other way, chosen only when taken); pipeTo for a body that is uncompressed or that inflate.ts
 * can inflate in place; abort for a deadline. Transfer errors, a corrupt compressed body's
 * included, come out as `failed` makes them; an error of the writer, or the abort's, as is.
 */
export function streamedAnswer(
  res: SocketResponse,
  failed: (error: unknown) => Error
): Pick<StreamedResponse, 'status' | 'headers' | 'body' | 'pipeTo' | 'abort'> {
  let own: { error: unknown } | undefined
  const inflated = compressed(res.headers)
  const pipeTo = async (write: Writer): Promise<number> => {
    const inflater = inflated ? (Inflater.create() as Inflater) : undefined
    let bytes = 0
    const mine: Writer = chunk => {
      bytes += chunk.length
      try {
        const written = write(chunk)
        if (written) {
          return written.catch((error: unknown) => {
            own = { error }
            throw error
          })
        }
      } catch (error) {
        own = { error }
        throw error
      }
    }
    try {
      await res.pipeTo(inflater ? chunk => drain(inflater.pieces(chunk), mine) : mine)
      if (inflater) await drain(inflater.end(), mine)
      return bytes
    } catch (error) {
      throw own ? own.error : failed(error)
    } finally {
      inflater?.dispose()
    }
  }
  let decoded: Readable | undefined
  return {
    status: res.status,
    headers: res.headers,
    get body() {
      return (decoded ??= decodeBody(res.body, res.headers, failed))
    },
    pipeTo: !inflated || (Inflater.supported() && !inflateStream()) ? pipeTo : undefined,
    abort: error => {
      own ??= { error }
      res.body.destroy(error)
    }
  }
}

/** Hands every piece to `write` in turn, waiting where `write` returns a promise. */
function drain(pieces: Iterator<Buffer, void>, write: Writer): void | Promise<void> {
  for (let step = pieces.next(); !step.done; step = pieces.next()) {
    const written = write(step.value)
    if (written) return written.then(() => drain(pieces, write))
  }
}
