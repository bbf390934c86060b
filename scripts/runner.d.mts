// Types for the runner simulator (plain JS so `npm start` runs without a build).
export const REPO_ROOT: string
export function parseFileCommands(text: string): Record<string, string>
export function parseWorkflowCommands(text: string): Array<{ name: string; properties: string; message: string }>
export interface StepResult {
  kind: 'main' | 'post' | 'run'
  id: string
  exitCode: number | null
  timedOut: boolean
  durationMs: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  env: Record<string, string>
  state: Record<string, string>
  path: string[]
  summary: string
  commands: Array<{ name: string; properties: string; message: string }>
  errors: string[]
  warnings: string[]
}
export class RunnerJob {
  constructor(options?: { actionDir?: string; env?: Record<string, string>; stepTimeoutMs?: number; node?: string; nodeArgs?: string[] })
  actionDir: string
  workspace: string
  runnerTemp: string
  jobEnv: Record<string, string>
  steps: StepResult[]
  masks: Set<string>
  node: string
  paths: string[]
  uses(step?: { id?: string; with?: Record<string, string>; env?: Record<string, string> }): Promise<StepResult>
  run(script: string, options?: { id?: string; env?: Record<string, string> }): Promise<StepResult>
  exec(file: string, args?: string[], options?: { id?: string; env?: Record<string, string> }): Promise<StepResult>
  runPosts(): Promise<StepResult[]>
  masked(text: string): string
  leaks(spec: { secrets: string[]; published?: string[]; neverSaved?: string[] }): string[]
  cleanup(): void
}
