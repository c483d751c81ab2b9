// Shared helpers for the benchmarks: run a command many times, report medians.
import {spawnSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** The environment a user's shell would give: this workplace's extra CA bundle slows every node start. */
export function cleanEnv() {
  const env = {...process.env, NO_COLOR: '1'}
  delete env.NODE_EXTRA_CA_CERTS
  return env
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Wall time in ms of one run of `node args…`, failing loudly if the command fails. */
export function timeNode(args, options = {}) {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: cleanEnv(),
    encoding: 'utf8',
    input: options.input ?? '',
  })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== (options.status ?? 0))
    throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`)
  return ms
}

/** Runs the commands interleaved (so machine noise hits all alike) and returns each one's median. */
export function compare(commands, runs) {
  const times = commands.map(() => [])
  for (let i = 0; i < runs; i++) for (const [j, cmd] of commands.entries()) times[j].push(timeNode(cmd.args, cmd))
  return times.map(median)
}

// The same pseudo-terminal driver the tests use; it reports when each awaited text appeared.
const PTY_DRIVER = join(ROOT, 'test', 'helpers', 'pty-drive.py')

/**
 * Milliseconds from starting `edgewise args…` in a pseudo-terminal until `needle` appears on screen (or, with no
 * needle, until it exits). The driver's script is written into `env.EDGEWISE_STATE_DIR`.
 */
export function ptyTime(needle, args, env) {
  const script = join(env.EDGEWISE_STATE_DIR, 'drive.json')
  const steps = needle ? [{wait: needle}, {kill: true}] : []
  writeFileSync(
    script,
    JSON.stringify({
      argv: [process.execPath, join(ROOT, 'bin', 'run.js'), ...args],
      env: {EDGEWISE_STATE_DIR: env.EDGEWISE_STATE_DIR},
      steps,
      timeout: 30,
    }),
  )
  const r = spawnSync('python3', [PTY_DRIVER, script], {cwd: ROOT, env, encoding: 'utf8'})
  const result = JSON.parse(r.stdout)
  const ms = needle ? result.waitMs[0] : result.exitMs
  if (ms === undefined || ms === null)
    throw new Error(
      `${args.join(' ')}: ${needle ? `"${needle}" never appeared` : 'did not exit'} (${result.output.slice(-300)})`,
    )
  return ms
}
