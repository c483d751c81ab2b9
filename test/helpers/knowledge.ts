import type {KnowledgeBase} from '../../src/core/knowledge/knowledge-base.js'

import {formatProblem} from '../../src/core/validation/problem.js'
import {loadKnowledgeBase} from '../../src/io/load-knowledge.js'

let cached: Promise<KnowledgeBase> | undefined

/** The real, bundled knowledge base (rules/), loaded once per test file. */
export function bundledKnowledge(): Promise<KnowledgeBase> {
  cached ??= loadKnowledgeBase().then((loaded) => {
    if (!loaded.ok)
      throw new Error(`bundled knowledge base is invalid:\n${loaded.problems.map(formatProblem).join('\n')}`)
    return loaded.data
  })
  return cached
}
