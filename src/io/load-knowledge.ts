import {existsSync} from 'node:fs'
import {join} from 'node:path'

import * as z from 'zod/mini'

import {CatalogEntrySchema, type CatalogEntry} from '../core/knowledge/catalog.js'
import {checkKnowledgeBase} from '../core/knowledge/checks.js'
import type {KnowledgeBase, Origin} from '../core/knowledge/knowledge-base.js'
import {LexiconFileSchema, type LexiconEntry} from '../core/knowledge/lexicon.js'
import {PriceFileSchema, type Price} from '../core/knowledge/prices.js'
import {RuleFileSchema, type Rule} from '../core/knowledge/rule.js'
import type {Loaded, Problem} from '../core/validation/problem.js'
import {issuesToProblems, parseReporting} from '../core/validation/zod-issues.js'
import {listDataFiles, readDataFiles, type DataDocument} from './load-documents.js'
import {bundledRulesDir} from './package-root.js'

/** Files of one knowledge pack directory, by role. */
async function packFiles(dir: string): Promise<{catalog: string[]; rules: string[]; lexicon: string[]; prices: string[]}> {
  const hasLayout = ['catalog', 'packs', 'lexicon'].some((sub) => existsSync(join(dir, sub)))
  return {
    catalog: await listDataFiles(join(dir, 'catalog'), ['.json']),
    // A user pack may be a bare folder of rule files.
    rules: hasLayout ? await listDataFiles(join(dir, 'packs'), ['.json']) : await listDataFiles(dir, ['.json']),
    lexicon: await listDataFiles(join(dir, 'lexicon'), ['.json']),
    prices: existsSync(join(dir, 'prices.json')) ? [join(dir, 'prices.json')] : [],
  }
}

function parseEach<T>(documents: DataDocument[], schema: z.ZodMiniType<T>, problems: Problem[]): {file: string; data: T}[] {
  const parsed: {file: string; data: T}[] = []
  for (const doc of documents) {
    const result = parseReporting(schema, doc.value)
    if (result.success) parsed.push({file: doc.file, data: result.data})
    else problems.push(...issuesToProblems(doc.file, result.error.issues))
  }
  return parsed
}

/**
 * Loads the bundled knowledge base plus any user packs (`--rules DIR`), validates
 * every file with zod and then the whole with the consistency checks. Returns
 * every problem at once, each naming its file and field path.
 */
export async function loadKnowledgeBase(extraDirs: readonly string[] = [], options: {bundled?: boolean} = {}): Promise<Loaded<KnowledgeBase>> {
  const dirs = [...(options.bundled === false ? [] : [bundledRulesDir()]), ...extraDirs]
  const problems: Problem[] = []
  for (const dir of extraDirs) {
    if (!existsSync(dir)) problems.push({file: dir, path: '', message: 'rule pack directory not found; check the --rules path'})
  }
  const kb: KnowledgeBase = {catalog: [], rules: [], lexicon: [], prices: [], origins: {catalog: new Map(), rules: new Map(), lexicon: new Map()}}
  for (const dir of dirs) {
    const files = await packFiles(dir)
    const read = async (list: string[]) => {
      const result = await readDataFiles(list)
      problems.push(...result.problems)
      return result.documents
    }
    for (const {file, data} of parseEach<CatalogEntry>(await read(files.catalog), CatalogEntrySchema, problems)) {
      kb.catalog.push(data)
      kb.origins.catalog.set(data.id, {file, path: ''})
    }
    for (const {file, data} of parseEach(await read(files.rules), RuleFileSchema, problems)) {
      data.rules.forEach((rule: Rule, i: number) => {
        kb.rules.push(rule)
        if (!kb.origins.rules.has(rule.name)) kb.origins.rules.set(rule.name, {file, path: `rules[${i}]`})
      })
    }
    for (const {file, data} of parseEach(await read(files.lexicon), LexiconFileSchema, problems)) {
      data.entries.forEach((entry: LexiconEntry, i: number) => {
        kb.lexicon.push(entry)
        if (!kb.origins.lexicon.has(entry.id)) kb.origins.lexicon.set(entry.id, {file, path: `entries[${i}]`} satisfies Origin)
      })
    }
    for (const {data} of parseEach(await read(files.prices), PriceFileSchema, problems)) kb.prices.push(...(data.prices as Price[]))
  }
  problems.push(...checkKnowledgeBase(kb))
  return problems.length > 0 ? {ok: false, problems} : {ok: true, data: kb, warnings: []}
}
