import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {ROOT} from './cli.js'
import {emulate, type TerminalView} from './vt.js'

export type PtyStep =
  {kill: true} | {mark: string} | {send: string; delay?: number} | {sleep: number} | {wait: string; fresh?: boolean}

export const KEY = {
  enter: '\r',
  down: '\u001B[B',
  up: '\u001B[A',
  right: '\u001B[C',
  left: '\u001B[D',
  escape: '\u001B',
  backspace: '\u007F',
  ctrlC: '\u0003',
}

/** Strips terminal escape sequences so assertions read the screen text. */
// eslint-disable-next-line no-control-regex -- stripping escape sequences is the point
export const plain = (s: string) => s.replaceAll(/\u001B\[[0-9;?]*[A-Za-z]/g, '').replaceAll('\r', '')

export interface PtyRun {
  /** Everything written, escape sequences stripped. */
  output: string
  /** Everything written, as bytes. */
  raw: Buffer
  /** Byte offsets of the `mark` steps. */
  marks: Record<string, number>
  status: null | number
  failedWait: null | string
  size: {rows: number; cols: number}
}

/**
 * Runs the built binary in a real pseudo-terminal (Python's pty module, which
 * every Linux CI image with python3 has) and plays the steps: wait for text,
 * send keys, sleep, mark the output so far, or kill -9.
 */
const DEFAULT_SIZE = {rows: 40, cols: 100}

export function inPty(
  args: string[],
  steps: PtyStep[],
  env: Record<string, string> = {},
  timeout = 40,
  size = DEFAULT_SIZE,
): PtyRun {
  const script = join(mkdtempSync(join(tmpdir(), 'edgewise-pty-')), 'script.json')
  const argv = [process.execPath, join(ROOT, 'bin/run.js'), ...args]
  writeFileSync(
    script,
    JSON.stringify({
      argv,
      env: {NO_COLOR: '1', COLUMNS: String(size.cols), ...env},
      steps,
      timeout,
      size: [size.rows, size.cols],
    }),
  )
  const run = spawnSync('python3', [join(ROOT, 'test/helpers/pty-drive.py'), script], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: (timeout + 10) * 1000,
    maxBuffer: 64 * 1024 * 1024,
  })
  if (run.status !== 0) throw new Error(`pty driver failed: ${run.stderr}`)
  const result = JSON.parse(run.stdout) as {
    output: string
    raw: string
    marks: Record<string, number>
    status: null | number
    failedWait: null | string
  }
  return {
    output: plain(result.output),
    raw: Buffer.from(result.raw, 'base64'),
    marks: result.marks,
    status: result.status,
    failedWait: result.failedWait,
    size,
  }
}

/** What the terminal showed at a mark (or at the end): the screen and the scrollback. */
export function terminalAt(run: PtyRun, mark?: string): TerminalView {
  const end = mark === undefined ? run.raw.length : run.marks[mark]
  if (end === undefined)
    throw new Error(`no mark "${mark}" (the run stopped early: ${run.failedWait ?? 'no failed wait'})`)
  return emulate(run.raw.subarray(0, end).toString('utf8'), run.size)
}
