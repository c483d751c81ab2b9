import type {KnowledgeBase} from '../core/knowledge/knowledge-base.js'
import type {Loaded} from '../core/validation/problem.js'

import {readSnapshot} from './knowledge-snapshot.js'
import {bundledRulesDir} from './package-root.js'

/**
 * The bundled knowledge base plus any user packs (`--rules DIR`). The bundled
 * part comes from the build-time snapshot while it matches rules/; everything
 * else is validated file by file (imported lazily: the schemas and checks
 * cost start-up time a plain `advise` does not need).
 */
export async function loadKnowledgeBase(
  extraDirs: readonly string[] = [],
  options: {bundled?: boolean; snapshot?: boolean} = {},
): Promise<Loaded<KnowledgeBase>> {
  const useBundled = options.bundled !== false
  const snapshot = useBundled && options.snapshot !== false ? await readSnapshot(bundledRulesDir()) : undefined
  if (snapshot && extraDirs.length === 0) return {ok: true, data: snapshot, warnings: []}
  const {validateKnowledge} = await import('./validate-knowledge.js')
  return validateKnowledge([...(useBundled && !snapshot ? [bundledRulesDir()] : []), ...extraDirs], extraDirs, snapshot)
}
