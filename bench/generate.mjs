// Question generation speed: 1,000 questions with a fixed seed, in process.
// Baseline in the same run: solving the same 1,000 questions (each generated
// question is built, read back through the lexicon and solved once, so the
// ratio shows what generation adds on top of the solver).
import {generateQuestions, loadKnowledgeBase, loadPhraseBook, solveQuestion} from '../dist/index.js'

const loaded = await loadKnowledgeBase()
if (!loaded.ok) throw new Error('knowledge base invalid')
const kb = loaded.data
const book = await loadPhraseBook()
generateQuestions(kb, book, {count: 20, seed: 1}) // warm-up

const start = performance.now()
const {questions, rejectedCandidates} = generateQuestions(kb, book, {count: 1000, seed: 42})
const generateMs = performance.now() - start

const solveStart = performance.now()
for (const q of questions) solveQuestion(kb, {stem: q.stem, options: q.options.map((o) => o.text)})
const solveMs = performance.now() - solveStart

console.log(`generated ${questions.length} questions (seed 42, ${rejectedCandidates} candidates thrown away)`)
console.log(
  `generate 1,000        ${(generateMs / 1000).toFixed(2)} s  (${(questions.length / (generateMs / 1000)).toFixed(0)} questions/s)`,
)
console.log(
  `solve the same 1,000  ${(solveMs / 1000).toFixed(2)} s  generate/solve = ${(generateMs / solveMs).toFixed(2)}×`,
)
