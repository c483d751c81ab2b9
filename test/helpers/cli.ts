import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export interface CliRun {
  status: null | number
  stdout: string
  stderr: string
}

/** Runs the built binary (`npm test` builds first) as a user would, with colour off. */
export function runCli(
  args: string[],
  options: {input?: Buffer | string; env?: Record<string, string>; cwd?: string} = {},
): CliRun {
  const result = spawnSync(process.execPath, [`${ROOT}bin/run.js`, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: {...process.env, NO_COLOR: '1', COLUMNS: '100', ...options.env},
    encoding: 'utf8',
    timeout: 30_000,
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}
