// From typing `edgewise exam --bank …` to "Question 1 of 65" on screen, for a 1,000-question bank,
// in a real pseudo-terminal. Target (issue 15): under 1 s. Baseline: the bare oclif command run the
// same way in the same loop; the bundled bank's exam start-up is shown for comparison.
// The bank is synthetic (seeded word salad with catalog service names in some options), written as
// edgewise JSON, as GitHub task-list Markdown (imported at start-up) and as a folder of question files.
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {cleanEnv, median, ptyTime, ROOT} from './lib.mjs'

const runs = Number(process.argv[2] ?? 7)
const QUESTIONS = Number(process.argv[3] ?? 1000)

// A small seeded generator (mulberry32), so every run measures the same bank.
function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d_2b_79_f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}
const WORDS =
  'company application data users traffic region latency cost workload instances storage database queue stream nightly batch job requests seconds minutes hours scale secure resilient global edge cache static dynamic api mobile devices sensors factory video records backup compliance team architect solution requirement'.split(
    ' ',
  )
const SERVICES = [
  'AWS Lambda',
  'AWS Fargate',
  'Spot Instances',
  'Amazon CloudFront',
  'AWS Outposts',
  'AWS Local Zones',
  'Savings Plans',
  'AWS Batch',
  'Amazon S3',
  'Amazon DynamoDB',
  'Amazon RDS',
  'Amazon SQS',
]
const random = rng(1000)
const pick = (list) => list[Math.floor(random() * list.length)]
const words = (n) => Array.from({length: n}, () => pick(WORDS)).join(' ')

const bank = Array.from({length: QUESTIONS}, (_, i) => {
  const choose = i % 10 === 0 ? 2 : 1
  const count = choose === 2 ? 5 : 4
  const stem = `Question ${i + 1}: A ${words(40 + Math.floor(random() * 60))}. Which solution meets these requirements?${choose === 2 ? ' (Choose two.)' : ''}`
  const options = Array.from({length: count}, (_, k) => ({
    text: `Use ${pick(SERVICES)} to ${words(6 + Math.floor(random() * 14))} (${i}.${k})`,
    correct: k < choose,
  }))
  return {stem, options}
})

const dir = mkdtempSync(join(tmpdir(), 'edgewise-bank-bench-'))
const markdown = join(dir, 'bank.md')
writeFileSync(
  markdown,
  `# Synthetic bank\n\n${bank.map((q) => `### ${q.stem}\n\n${q.options.map((o) => `- [${o.correct ? 'x' : ' '}] ${o.text}`).join('\n')}\n\n**[⬆ Back to Top](#table-of-contents)**\n`).join('\n')}`,
)
const json = join(dir, 'bank.json')
const folder = join(dir, 'bank')
mkdirSync(folder)
for (const [args, what] of [
  [['questions', 'import', markdown, '-o', json], 'JSON'],
  [['questions', 'import', markdown, '--to-dir', folder], 'a folder'],
]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'run.js'), ...args], {
    cwd: ROOT,
    env: cleanEnv(),
    encoding: 'utf8',
  })
  if (r.status !== 0) throw new Error(`importing the synthetic bank as ${what} failed: ${r.stderr}`)
}

const cases = [
  {name: 'edgewise noop (bare oclif, to exit)', needle: undefined, args: ['noop']},
  {name: 'exam, bundled bank', needle: 'Question 1 of 65', args: ['exam', '--seed', '1']},
  {
    name: `exam --bank, ${QUESTIONS} questions, JSON`,
    needle: 'Question 1 of 65',
    args: ['exam', '--seed', '1', '--bank', json],
  },
  {
    name: `exam --bank, ${QUESTIONS} questions, Markdown`,
    needle: 'Question 1 of 65',
    args: ['exam', '--seed', '1', '--bank', markdown],
  },
  {
    name: `exam --bank, ${QUESTIONS} question files`,
    needle: 'Question 1 of 65',
    args: ['exam', '--seed', '1', '--bank', folder],
  },
]
const times = cases.map(() => [])
for (let i = 0; i < runs; i++) {
  for (const [j, c] of cases.entries()) {
    // A fresh state directory each run: nothing cached, one session file written.
    const env = {...cleanEnv(), EDGEWISE_STATE_DIR: mkdtempSync(join(tmpdir(), 'edgewise-bench-'))}
    times[j].push(ptyTime(c.needle, c.args, env))
  }
}
const medians = times.map(median)
console.log(`exam --bank start-up in a pseudo-terminal, median of ${runs} interleaved runs (NODE_EXTRA_CA_CERTS unset)`)
for (const [i, c] of cases.entries())
  console.log(
    `${c.name.padEnd(44)} ${medians[i].toFixed(0).padStart(5)} ms  ${(medians[i] / medians[0]).toFixed(2)}× bare  ${(medians[i] / medians[1]).toFixed(2)}× bundled`,
  )
const worst = Math.max(...medians.slice(2))
console.log(
  `first question on screen with a ${QUESTIONS}-question bank: ${worst.toFixed(0)} ms at worst (target < 1000 ms) ${worst < 1000 ? 'OK' : 'OVER TARGET'}`,
)
