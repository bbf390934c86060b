import { main } from './main.js'
import { post } from './post.js'
import { run } from './run.js'
import type { EarlyMain, EarlyPost } from './early-start.js'

/** The action's main or post step (run() tells them apart), continuing what index.ts started. */
export function runAction(early?: EarlyMain | EarlyPost): Promise<void> {
  return run(
    () => main({}, early as EarlyMain | undefined),
    () => post({}, early as EarlyPost | undefined)
  )
}
