import { main } from './main.js'
import { post } from './post.js'
import { run } from './run.js'

/** The action's main or post step (run() tells them apart). */
export function runAction(): Promise<void> {
  return run(() => main(), () => post())
}
