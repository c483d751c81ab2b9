// Shared helpers for the benchmarks: run a command many times, report medians.
import {spawnSync} from 'node:child_process'
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
