import {writeFile} from 'node:fs/promises'

import {formatProblem} from '../core/validation/problem.js'
import {serializeSnapshot, snapshotPath, stampSources} from '../io/knowledge-snapshot.js'
import {loadKnowledgeBase} from '../io/load-knowledge.js'
import {bundledRulesDir} from '../io/package-root.js'

// Build step: validate the bundled rules/ and store them as dist/knowledge.json.
// A knowledge base with problems fails the build, listing every problem.
const loaded = await loadKnowledgeBase([], {snapshot: false})
if (!loaded.ok) {
  console.error(`rules/ has ${loaded.problems.length} problem(s):\n${loaded.problems.map(formatProblem).join('\n')}`)
  process.exit(1)
}
const stamp = await stampSources(bundledRulesDir())
await writeFile(snapshotPath(), serializeSnapshot(loaded.data, stamp))
