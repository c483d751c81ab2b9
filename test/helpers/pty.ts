import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {ROOT} from './cli.js'

export type PtyStep = {wait: string; fresh?: boolean} | {send: string; delay?: number} | {sleep: number} | {kill: true}

export const KEY = {enter: '\r', down: '\u001B[B', up: '\u001B[A', ctrlC: '\u0003'}

/** Strips terminal escape sequences so assertions read the screen text. */
export const plain = (s: string) => s.replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '')

/**
 * Runs the built binary in a real pseudo-terminal (Python's pty module, which
 * every Linux CI image with python3 has) and plays the steps: wait for text,
 * send keys, sleep, or kill -9.
 */
export function inPty(args: string[], steps: PtyStep[], env: Record<string, string> = {}, timeout = 40): {output: string; status: number | null; failedWait: string | null} {
  const script = join(mkdtempSync(join(tmpdir(), 'edgewise-pty-')), 'script.json')
  writeFileSync(script, JSON.stringify({argv: [process.execPath, join(ROOT, 'bin/run.js'), ...args], env: {NO_COLOR: '1', COLUMNS: '100', ...env}, steps, timeout}))
  const run = spawnSync('python3', [join(ROOT, 'test/helpers/pty-drive.py'), script], {cwd: ROOT, encoding: 'utf8', timeout: (timeout + 10) * 1000})
  if (run.status !== 0) throw new Error(`pty driver failed: ${run.stderr}`)
  const result = JSON.parse(run.stdout) as {output: string; status: number | null; failedWait: string | null}
  return {...result, output: plain(result.output)}
}
