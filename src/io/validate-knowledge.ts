import {existsSync} from 'node:fs'
import {join} from 'node:path'

import * as z from 'zod/mini'

import {CatalogEntrySchema, type CatalogEntry} from '../core/knowledge/catalog.js'
import {checkKnowledgeBase} from '../core/knowledge/checks.js'
import type {KnowledgeBase, Origin} from '../core/knowledge/knowledge-base.js'
import {LexiconEntrySchema, type LexiconEntry} from '../core/knowledge/lexicon.js'
import {PriceFileSchema, type Price} from '../core/knowledge/prices.js'
import {RuleSchema, type Rule} from '../core/knowledge/rule.js'
import type {Loaded, Problem} from '../core/validation/problem.js'
import {issuesToProblems, parseReporting} from '../core/validation/zod-issues.js'
import {listDataFiles, readDataFiles, type DataDocument} from './load-documents.js'

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

/**
 * Parses a file that holds a list under `key` item by item, so one bad rule
 * does not hide the problems (or the good rules) next to it.
 */
function parseItems<T>(documents: DataDocument[], key: 'rules' | 'entries', itemSchema: z.ZodMiniType<T>, problems: Problem[]): {file: string; index: number; data: T}[] {
  const items: {file: string; index: number; data: T}[] = []
  for (const doc of documents) {
    const value = doc.value as Record<string, unknown> | null
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !Array.isArray(value[key])) {
      problems.push({file: doc.file, path: '', message: `expected an object with a "${key}" list`})
      continue
    }
    const extra = Object.keys(value).filter((k) => k !== key && k !== 'description' && k !== '$schema')
    if (extra.length > 0) problems.push({file: doc.file, path: '', message: `unknown field${extra.length > 1 ? 's' : ''} ${extra.map((k) => `"${k}"`).join(', ')}`})
    ;(value[key] as unknown[]).forEach((item, index) => {
      const result = parseReporting(itemSchema, item)
      if (result.success) items.push({file: doc.file, index, data: result.data})
      else problems.push(...issuesToProblems(doc.file, result.error.issues, [key, index]))
    })
  }
  return items
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
 * Reads knowledge pack directories on top of an optional already-validated
 * base, validates every file with zod and then the whole with the consistency
 * checks. Returns every problem at once, each naming its file and field path.
 */
export async function validateKnowledge(dirs: readonly string[], extraDirs: readonly string[], snapshot: KnowledgeBase | undefined): Promise<Loaded<KnowledgeBase>> {
  const problems: Problem[] = []
  for (const dir of extraDirs) {
    if (!existsSync(dir)) problems.push({file: dir, path: '', message: 'rule pack directory not found; check the --rules path'})
  }
  const kb: KnowledgeBase = snapshot
    ? {...snapshot, catalog: [...snapshot.catalog], rules: [...snapshot.rules], lexicon: [...snapshot.lexicon], prices: [...snapshot.prices], origins: {catalog: new Map(snapshot.origins.catalog), rules: new Map(snapshot.origins.rules), lexicon: new Map(snapshot.origins.lexicon)}}
    : {catalog: [], rules: [], lexicon: [], prices: [], origins: {catalog: new Map(), rules: new Map(), lexicon: new Map()}}
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
    for (const {file, index, data} of parseItems<Rule>(await read(files.rules), 'rules', RuleSchema, problems)) {
      kb.rules.push(data)
      if (!kb.origins.rules.has(data.name)) kb.origins.rules.set(data.name, {file, path: `rules[${index}]`})
    }
    for (const {file, index, data} of parseItems<LexiconEntry>(await read(files.lexicon), 'entries', LexiconEntrySchema, problems)) {
      kb.lexicon.push(data)
      if (!kb.origins.lexicon.has(data.id)) kb.origins.lexicon.set(data.id, {file, path: `entries[${index}]`} satisfies Origin)
    }
    for (const {data} of parseEach(await read(files.prices), PriceFileSchema, problems)) kb.prices.push(...(data.prices as Price[]))
  }
  problems.push(...checkKnowledgeBase(kb))
  return problems.length > 0 ? {ok: false, problems} : {ok: true, data: kb, warnings: []}
}
