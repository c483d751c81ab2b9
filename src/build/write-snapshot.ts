import {writeFile} from 'node:fs/promises'

import {prefilterTables} from '../core/extract/extract-profile.js'
import {formatProblem} from '../core/validation/problem.js'
import {serializeSnapshot, snapshotPath, stampSources} from '../io/knowledge-snapshot.js'
import {loadKnowledgeBase} from '../io/load-knowledge.js'
import {loadQuestionBank} from '../io/load-questions.js'
import {bundledQuestionsDir, bundledRulesDir} from '../io/package-root.js'
import {questionSnapshotPath, serializeQuestionSnapshot} from '../io/question-snapshot.js'
import {scannerSnapshotPath, serializeScannerTables} from '../io/scanner-snapshot.js'

// Build step: validate the bundled rules/ and questions/ and store them as
// dist/knowledge.json and dist/questions.json, with the lexicon prefilter's
// automaton as dist/knowledge-scanner.bin. Problems in either fail the
// build, listing every problem.
const loaded = await loadKnowledgeBase([], {snapshot: false})
if (!loaded.ok) {
  console.error(`rules/ has ${loaded.problems.length} problem(s):\n${loaded.problems.map(formatProblem).join('\n')}`)
  process.exit(1)
}
const stamp = await stampSources(bundledRulesDir())
await writeFile(snapshotPath(), serializeSnapshot(loaded.data, stamp))
await writeFile(scannerSnapshotPath(), serializeScannerTables(prefilterTables(loaded.data.lexicon)))

const catalogIds = new Set(loaded.data.catalog.map((e) => e.id))
const bank = await loadQuestionBank(bundledQuestionsDir(), catalogIds)
// The curated bank keeps the exam's style too: its warnings fail the build like errors.
const bankProblems = [...bank.problems, ...bank.warnings]
if (bankProblems.length > 0) {
  console.error(`questions/ has ${bankProblems.length} problem(s):\n${bankProblems.map(formatProblem).join('\n')}`)
  process.exit(1)
}
await writeFile(questionSnapshotPath(), await serializeQuestionSnapshot(bank, catalogIds))
