// Types for the Flex Insights emulator (plain JS so it runs without a build).
export const DEMO_LOGIN: string
export const DEMO_PASSWORD: string
export interface Fault {
  method?: string
  path?: string | RegExp
  times?: number
  kind: 'status' | 'reset' | 'hang' | 'truncated' | 'latency'
  status?: number
  body?: 'html' | 'json' | 'empty'
  retryAfter?: number | string
  ms?: number
}
export interface EmulatorOptions {
  port?: number
  host?: string
  ttLifetimeMs?: number
  sstLifetimeMs?: number
  loginReturnsTt?: boolean
  maxInvalidLogins?: number
  lockoutSeconds?: number
  latencyMs?: number
  users?: Array<{ login: string; password: string }>
}
export interface LogEntry {
  method: string
  path: string
  status: number
  requestId: string
  headers: Record<string, string | string[] | undefined>
  body: string
  outcome: string
  at: number
}
export interface Emulator {
  url: string
  settings: Required<EmulatorOptions>
  log: LogEntry[]
  inject(fault: Fault): void
  clearFaults(): void
  addUser(login: string, password: string): string
  issuedTokens(): { ssts: string[]; tts: string[] }
  profileIdOf(login: string): string | undefined
  liveSessions(): Array<{ sst: string; profileId: string }>
  isLiveSst(sst: string): boolean
  isLiveTt(tt: string): boolean
  expireTts(): void
  expireSessions(): void
  close(): Promise<void>
}
export function startEmulator(options?: EmulatorOptions): Promise<Emulator>
