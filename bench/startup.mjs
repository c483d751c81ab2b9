// Start-up cost of `advise` against a bare oclif command in the same build.
// Target (issue #2): advise --profile … --json within 1.3× of the bare command.
import {compare} from './lib.mjs'

const runs = Number(process.argv[2] ?? 25)
const commands = [
  {name: 'node -e 0 (floor)', args: ['-e', '0']},
  {name: 'edgewise noop (bare oclif)', args: ['bin/run.js', 'noop']},
  {
    name: 'edgewise advise --profile … --json',
    args: ['bin/run.js', 'advise', '--profile', 'examples/profiles/iot-telemetry.yaml', '--json'],
  },
  {
    name: 'edgewise advise --text … --json',
    args: ['bin/run.js', 'advise', '--text', 'Sensors on a ship; the satellite link drops for hours.', '--json'],
  },
  {name: 'edgewise --help', args: ['bin/run.js', '--help']},
]
const medians = compare(commands, runs)
const base = medians[1]
console.log(`start-up, median of ${runs} interleaved runs (NODE_EXTRA_CA_CERTS unset)`)
for (const [i, cmd] of commands.entries())
  console.log(`${cmd.name.padEnd(40)} ${medians[i].toFixed(0).padStart(5)} ms  ${(medians[i] / base).toFixed(2)}× bare`)
const ratio = medians[2] / base
console.log(`advise/bare ratio: ${ratio.toFixed(2)} (target ≤ 1.30) ${ratio <= 1.3 ? 'OK' : 'OVER TARGET'}`)
