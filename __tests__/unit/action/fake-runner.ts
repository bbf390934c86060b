import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { parseFileCommands, parseWorkflowCommands } from '../../../scripts/runner.mjs'

// core.summary caches the file path of the first write, so every test shares one summary file.
const SUMMARY_FILE = path.join(os.tmpdir(), `fake-runner-summary-${process.pid}.md`)

/**
 * In-process stand-in for the runner, for unit tests of the flows with the real @actions/core:
 * INPUT_* / STATE_* env, temp GITHUB_OUTPUT/ENV/STATE/STEP_SUMMARY files, captured stdout.
 */
export class FakeRunner {
  /** Runners not yet restored, so an afterEach can restore the process whatever a test did. */
  private static readonly live = new Set<FakeRunner>()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-runner-'))
  private chunks: string[] = []
  private saved = { ...process.env }
  private origWrite = process.stdout.write.bind(process.stdout)

  constructor(inputs: Record<string, string>, state: Record<string, string> = {}) {
    for (const key of Object.keys(process.env)) if (/^(INPUT_|STATE_|GITHUB_)/.test(key)) delete process.env[key]
    for (const f of ['OUTPUT', 'ENV', 'STATE']) {
      const p = path.join(this.dir, f)
      fs.writeFileSync(p, '')
      process.env[`GITHUB_${f}`] = p
    }
    process.env.RUNNER_TEMP = this.dir
    fs.writeFileSync(SUMMARY_FILE, '')
    process.env.GITHUB_STEP_SUMMARY = SUMMARY_FILE
    for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v
    for (const [k, v] of Object.entries(state)) process.env[`STATE_${k}`] = v
    process.stdout.write = (chunk: string | Uint8Array) => {
      this.chunks.push(String(chunk))
      return true
    }
    FakeRunner.live.add(this)
  }

  static restoreAll(): void {
    for (const runner of [...FakeRunner.live].reverse()) runner.restore()
  }

  read(kind: 'OUTPUT' | 'ENV' | 'STATE'): Record<string, string> {
    return parseFileCommands(fs.readFileSync(path.join(this.dir, kind), 'utf8'))
  }

  get summary(): string {
    return fs.readFileSync(SUMMARY_FILE, 'utf8')
  }

  get out(): string {
    return this.chunks.join('')
  }

  commands(name: string): string[] {
    return parseWorkflowCommands(this.out)
      .filter(c => c.name === name)
      .map(c => c.message)
  }

  /** Printed text without the ::add-mask:: lines, i.e. what could show a secret. */
  get visible(): string {
    return this.out
      .split('\n')
      .filter(l => !l.startsWith('::add-mask::'))
      .join('\n')
  }

  restore(): void {
    if (!FakeRunner.live.delete(this)) return
    process.stdout.write = this.origWrite
    process.env = this.saved
    process.exitCode = undefined
    fs.rmSync(this.dir, { recursive: true, force: true })
  }
}
