// solve throughput on the bundled question bank, against a baseline run in the
// same process: reading each stem into a profile (extractProfile) alone. solve
// reads the stem, runs the rules once per reading, reads each option, and may
// re-solve once per fact the stem states both ways, so it costs a multiple of
// the baseline; this prints that multiple.
//   node bench/solve.mjs [ROUNDS]
import {spawnSync} from 'node:child_process'
import {performance} from 'node:perf_hooks'

import {extractProfile, loadKnowledgeBase, solveQuestion} from '../dist/index.js'
import {ROOT} from './lib.mjs'

const rounds = Number(process.argv[2] ?? 5)
const loaded = await loadKnowledgeBase()
if (!loaded.ok) throw new Error('knowledge base invalid')
const kb = loaded.data
// The bundled bank, as `edgewise questions export --to json` writes it.
const exported = spawnSync(process.execPath, ['bin/run.js', 'questions', 'export', '--to', 'json'], {
  cwd: ROOT,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
})
if (exported.status !== 0) throw new Error(`questions export failed: ${exported.stderr}`)
const questions = JSON.parse(exported.stdout).map((q) => ({
  stem: q.stem,
  options: q.options.map((o) => o.text),
  choose: q.choose,
}))

const time = (fn) => {
  const start = performance.now()
  for (let r = 0; r < rounds; r++) for (const q of questions) fn(q)
  return (performance.now() - start) / rounds
}
// One warm-up pass of each, so neither side pays for compiling the lexicon.
time((q) => extractProfile(q.stem, kb.lexicon))
time((q) => solveQuestion(kb, q))
const results = []
for (let i = 0; i < 3; i++)
  results.push({read: time((q) => extractProfile(q.stem, kb.lexicon)), solve: time((q) => solveQuestion(kb, q))})
const best = (k) => Math.min(...results.map((r) => r[k]))
console.log(`${questions.length} questions, best of 3 runs of ${rounds} rounds each`)
console.log(`  extractProfile (baseline)  ${best('read').toFixed(1)} ms per pass`)
console.log(
  `  solveQuestion              ${best('solve').toFixed(1)} ms per pass  (${(best('solve') / questions.length).toFixed(2)} ms per question)`,
)
console.log(`  ratio                      ${(best('solve') / best('read')).toFixed(1)}× extractProfile`)
