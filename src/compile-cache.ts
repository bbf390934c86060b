import module from 'node:module'
import { join } from 'node:path'
import { sessionDir } from './session-file.js'

/**
 * Node ≥ 22.1 (the runner's node24) can keep V8's compiled code on disk. Under RUNNER_TEMP
 * (private to the job, removed with it) the post step and `flex-insights` refreshes reuse what
 * the main step compiled instead of compiling ~1 MB again (~8 ms a step, see BENCHMARKS.md).
 * Older Nodes, or no RUNNER_TEMP (local runs): nothing happens.
 */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  const enable = (module as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache
  if (!enable || !env.RUNNER_TEMP) return
  try {
    enable(join(sessionDir(env.RUNNER_TEMP), 'compile-cache'))
  } catch {
    // an optimisation only
  }
}
