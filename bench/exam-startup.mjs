// From typing `edgewise exam` to the first of 65 questions on screen, in a real pseudo-terminal.
// Target (issue #5): under 1 s. Baseline: the bare oclif command run the same way, in the same loop.
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {cleanEnv, median, ptyTime} from './lib.mjs'

const runs = Number(process.argv[2] ?? 11)

const cases = [
  {name: 'edgewise noop (bare oclif, to exit)', needle: undefined, args: ['noop']},
  {name: 'exam, 65 questions, bank', needle: 'Question 1 of 65', args: ['exam', '--seed', '1']},
  {name: 'exam, 65 questions, mixed', needle: 'Question 1 of 65', args: ['exam', '--seed', '1', '--source', 'mixed']},
]
const times = cases.map(() => [])
for (let i = 0; i < runs; i++) {
  for (const [j, c] of cases.entries()) {
    // A fresh state directory each run: the worst case, nothing cached, one session file written.
    const env = {...cleanEnv(), EDGEWISE_STATE_DIR: mkdtempSync(join(tmpdir(), 'edgewise-bench-'))}
    times[j].push(ptyTime(c.needle, c.args, env))
  }
}
const medians = times.map(median)
console.log(`exam start-up in a pseudo-terminal, median of ${runs} interleaved runs (NODE_EXTRA_CA_CERTS unset)`)
for (const [i, c] of cases.entries())
  console.log(
    `${c.name.padEnd(40)} ${medians[i].toFixed(0).padStart(5)} ms  ${(medians[i] / medians[0]).toFixed(2)}× bare`,
  )
const worst = Math.max(medians[1], medians[2])
console.log(
  `first question on screen: ${worst.toFixed(0)} ms (target < 1000 ms) ${worst < 1000 ? 'OK' : 'OVER TARGET'}`,
)
