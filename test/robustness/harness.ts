import {execFileSync, spawn} from 'node:child_process'
import {closeSync, mkdirSync, mkdtempSync, openSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {expect, it} from 'vitest'

import {ROOT} from '../helpers/cli.js'

/** A file the corpus lays out before a run: text, bytes, a named pipe or a folder. */
export type Fixture = Buffer | string | {dir: true} | {fifo: true}

/** The categories: every one must have cases (a test counts them). */
export const CATEGORIES = ['hang', 'redos', 'batch', 'data-loss', 'write', 'malformed'] as const
export type Category = (typeof CATEGORIES)[number]

/**
 * One bad input and what edgewise must do with it. Paths in `files` and `args`
 * are relative to a fresh folder the run starts in.
 */
export interface BadInput {
  name: string
  category: Category
  files?: Record<string, Fixture>
  args: string[]
  /** Text piped on stdin, or a path opened as stdin (`/dev/zero`). Default: empty stdin. */
  stdin?: string | {path: string}
  exit: number
  /** What the output (stdout and stderr) must name: the file, the field or line, the reason. */
  names: (RegExp | string)[]
  /** For batches: files that must still be reported although another one was bad. */
  stillReported?: string[]
  /** With --json: the error must be the documented `{"error": {message, problems, suggestion, exitCode}}`. */
  jsonError?: boolean
  /** Anything else to check afterwards, given the folder the run used. */
  after?: (dir: string, output: string) => void
  /** The command whose normal run the time is compared with (default: args[0], or the first two words for a topic). */
  baseline?: keyof typeof BASELINES
}

/** A normal input for each command, run the same way: the yardstick for "finished promptly". */
export const BASELINES = {
  advise: ['advise', '--example', 'iot-telemetry'],
  check: [
    'check',
    join(ROOT, 'examples/architectures/adr-0004-lecture-archive-transcoding.md'),
    join(ROOT, 'examples/architectures/newsroom-edit-suite-placement.md'),
  ],
  solve: ['solve', join(ROOT, 'questions/asg-warm-pool-slow-initialisation.md')],
  'questions import': [
    'questions',
    'import',
    join(ROOT, 'test/robustness/normal/two-questions.gift'),
    '--from',
    'gift',
  ],
  'questions validate': ['questions', 'validate'],
  'questions export': ['questions', 'export', '--to', 'gift'],
  'questions generate': ['questions', 'generate', '--count', '2', '--seed', '1'],
  'rules validate': ['rules', 'validate', join(ROOT, 'test/robustness/normal/pack')],
  'rules test': ['rules', 'test', join(ROOT, 'test/robustness/normal/pack')],
  exam: [
    'exam',
    '--count',
    '3',
    '--seed',
    '1',
    '--answers',
    join(ROOT, 'test/robustness/normal/answers.yaml'),
    '--state-dir',
    join(tmpdir(), 'edgewise-baseline-state'),
  ],
} as const

/**
 * A bad input may take at most this many times as long as the normal input of
 * the same command. Start-up dominates both, so a handled input sits near 1×;
 * a hang never ends and a quadratic 64 KB input took over 10×.
 */
export const TIME_RATIO = 6

/** No input may make a run last longer than this; it is the hang detector, not the speed bound. */
const KILL_AFTER_MS = 60_000

/** A Node stack frame ("    at fn (file.js:1:2)"): a message for a person never has one. */
const STACK_FRAME = /^\s+at .+(?:\(.+:\d+:\d+\)|:\d+:\d+)$/m

export interface Run {
  status: null | number
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  ms: number
}

export function layOut(files: Record<string, Fixture> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'edgewise-bad-'))
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name)
    mkdirSync(dirname(path), {recursive: true})
    if (typeof content === 'object' && !Buffer.isBuffer(content)) {
      if ('fifo' in content) execFileSync('mkfifo', [path])
      else mkdirSync(path, {recursive: true})
    } else writeFileSync(path, content)
  }
  return dir
}

/** Runs the built CLI in `cwd` without a terminal, killing it if it outlives KILL_AFTER_MS. */
export function runIn(
  cwd: string,
  args: readonly string[],
  stdin?: BadInput['stdin'],
  env: Record<string, string> = {},
): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now()
    const stdinFd = typeof stdin === 'object' ? openSync(stdin.path, 'r') : undefined
    const child = spawn(process.execPath, [`${ROOT}bin/run.js`, ...args], {
      cwd,
      env: {...process.env, NO_COLOR: '1', COLUMNS: '100', EDGEWISE_STATE_DIR: join(cwd, '.state'), ...env},
      stdio: [stdinFd ?? 'pipe', 'pipe', 'pipe'],
    })
    if (stdinFd === undefined) {
      child.stdin!.on('error', () => undefined)
      child.stdin!.end(typeof stdin === 'string' ? stdin : '')
    } else {
      closeSync(stdinFd)
    }
    let stdout = ''
    let stderr = ''
    // Output is capped too: a run that floods it is as broken as one that hangs.
    child.stdout!.on('data', (d: Buffer) => {
      stdout = (stdout + d.toString()).slice(-200_000)
    })
    child.stderr!.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-200_000)
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS)
    child.on('close', (status, signal) => {
      clearTimeout(timer)
      resolve({status, signal, stdout, stderr, ms: performance.now() - started})
    })
  })
}

const baselineMs = new Map<string, Promise<number>>()

/** The faster of two runs of the command's normal input (measured once per test file). */
function baselineFor(command: keyof typeof BASELINES): Promise<number> {
  let measured = baselineMs.get(command)
  if (!measured) {
    measured = (async () => {
      const dir = layOut()
      const first = await runIn(dir, BASELINES[command])
      const second = await runIn(dir, BASELINES[command])
      if (first.status !== 0 && first.status !== 1) throw new Error(`baseline ${command} failed: ${first.stderr}`)
      return Math.min(first.ms, second.ms)
    })()
    baselineMs.set(command, measured)
  }
  return measured
}

function commandOf(input: BadInput): keyof typeof BASELINES {
  if (input.baseline) return input.baseline
  const two = `${input.args[0]} ${input.args[1]}`
  return (two in BASELINES ? two : input.args[0]) as keyof typeof BASELINES
}

/** Registers one vitest case per bad input. */
export function runCorpus(inputs: readonly BadInput[]): void {
  for (const input of inputs) {
    it(
      `${input.category}: ${input.name}`,
      async () => {
        const dir = layOut(input.files)
        const run = await runIn(dir, input.args, input.stdin)
        const output = `${run.stdout}\n${run.stderr}`
        expect(run.signal, `killed after ${KILL_AFTER_MS} ms: it hangs\n${output.slice(-2000)}`).toBeNull()
        expect(run.status, output.slice(-3000)).toBe(input.exit)
        expect(output, 'a stack trace reached the user').not.toMatch(STACK_FRAME)
        for (const name of input.names) {
          if (typeof name === 'string') expect(output, `should name ${name}`).toContain(name)
          else expect(output).toMatch(name)
        }
        for (const other of input.stillReported ?? [])
          expect(output, `the batch should still report ${other}`).toContain(other)
        if (input.jsonError) {
          const parsed = JSON.parse(run.stdout) as {error?: Record<string, unknown>}
          expect(Object.keys(parsed)).toEqual(['error'])
          expect(Object.keys(parsed.error!).sort()).toEqual(['exitCode', 'message', 'problems', 'suggestion'])
          expect(parsed.error!.exitCode).toBe(input.exit)
        }
        input.after?.(dir, output)
        const baseline = await baselineFor(commandOf(input))
        expect(
          run.ms / baseline,
          `took ${Math.round(run.ms)} ms against ${Math.round(baseline)} ms for a normal ${commandOf(input)}`,
        ).toBeLessThan(TIME_RATIO)
      },
      3 * KILL_AFTER_MS,
    )
  }
}
