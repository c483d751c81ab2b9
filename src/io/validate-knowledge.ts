import {existsSync, statSync} from 'node:fs'
import {join, resolve} from 'node:path'
import * as z from 'zod/mini'

import type {KnowledgeBase, Origin} from '../core/knowledge/knowledge-base.js'
import type {Loaded, Problem} from '../core/validation/problem.js'

import {type CatalogEntry, CatalogEntrySchema} from '../core/knowledge/catalog.js'
import {checkKnowledgeBase} from '../core/knowledge/checks.js'
import {type LexiconEntry, LexiconEntrySchema} from '../core/knowledge/lexicon.js'
import {usePatternCompiler} from '../core/knowledge/pattern-engine.js'
import {type Price, PriceFileSchema} from '../core/knowledge/prices.js'
import {type Rule, RuleSchema} from '../core/knowledge/rule.js'
import {issuesToProblems, parseReporting} from '../core/validation/zod-issues.js'
import {compileLinear, linearEngineProblem} from './linear-regexp.js'
import {type DataDocument, listDataFiles, readDataFiles} from './load-documents.js'
import {bundledRulesDir} from './package-root.js'

/** Files of one knowledge pack directory, by role. */
async function packFiles(
  dir: string,
): Promise<{catalog: string[]; rules: string[]; lexicon: string[]; prices: string[]}> {
  const hasLayout = ['catalog', 'packs', 'lexicon'].some((sub) => existsSync(join(dir, sub)))
  return {
    catalog: await listDataFiles(join(dir, 'catalog'), ['.json']),
    // A user pack may be a bare folder of rule files.
    rules: hasLayout ? await listDataFiles(join(dir, 'packs'), ['.json']) : await listDataFiles(dir, ['.json']),
    lexicon: await listDataFiles(join(dir, 'lexicon'), ['.json']),
    prices: existsSync(join(dir, 'prices.json')) ? [join(dir, 'prices.json')] : [],
  }
}

/** Why `dir` cannot be a rule pack (given with --rules or to `rules validate|test`), or undefined. */
function packDirProblem(dir: string): string | undefined {
  let isDirectory: boolean
  try {
    isDirectory = statSync(dir).isDirectory()
  } catch {
    return 'rule pack directory not found; check the --rules path'
  }
  return isDirectory
    ? undefined
    : 'is a file, not a rule pack directory; --rules takes a folder holding packs/, catalog/, lexicon/ or rule .json files'
}

/**
 * Phrases, not word lists: the longest bundled pattern has 1,181 characters.
 * Compiling and prefiltering cost grows with pattern size, so the cap keeps
 * loading a pack prompt.
 */
const MAX_USER_PATTERN_LENGTH = 2000

/**
 * A user pack's lexicon patterns run on the linear-time engine (see
 * `usePatternCompiler`), so none of them can make reading a text take more
 * than linear time, whatever it contains. A pattern that engine cannot run
 * (lookaround, backreferences) is refused here, naming the file, the entry
 * and the pattern. False when the entry was refused.
 */
function linearPatterns(entry: LexiconEntry, file: string, index: number, problems: Problem[]): boolean {
  let ok = true
  for (const [i, pattern] of entry.patterns.entries()) {
    const engine = pattern.length > MAX_USER_PATTERN_LENGTH ? undefined : linearEngineProblem(pattern)
    const problem =
      pattern.length > MAX_USER_PATTERN_LENGTH
        ? `is ${pattern.length} characters long, over the ${MAX_USER_PATTERN_LENGTH} a pattern may have; split it into several patterns`
        : engine &&
          `${engine}; patterns of your own rule packs run on a linear-time engine (RE2 syntax) so that no text can make them hang: rewrite it without that`
    if (problem === undefined) continue
    ok = false
    const shown = JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 80)}…` : pattern)
    problems.push({
      file,
      path: `entries[${index}].patterns[${i}]`,
      message: `${shown} (entry "${entry.id}") ${problem}`,
    })
  }
  if (ok) usePatternCompiler(entry, compileLinear)
  return ok
}

/**
 * Rule conditions nest (all / any / not); the schema, the checks and both
 * rule engines walk them recursively, so a pack nesting 10,000 levels deep
 * overflowed the stack. Real rules nest two or three levels.
 */
const MAX_NESTING = 32

/** Whether `value` has objects or lists nested more than `limit` deep (walked without recursion). */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (node === null || typeof node !== 'object') continue
    if (depth > limit) return true
    for (const child of Object.values(node)) stack.push([child, depth + 1])
  }
  return false
}

const tooDeep = (file: string, path: string): Problem => ({
  file,
  path,
  message: `nests more than ${MAX_NESTING} levels deep (all / any / not inside each other); flatten the conditions`,
})

/**
 * Parses a file that holds a list under `key` item by item, so one bad rule
 * does not hide the problems (or the good rules) next to it.
 */
function parseItems<T>(
  documents: DataDocument[],
  key: 'entries' | 'rules',
  itemSchema: z.ZodMiniType<T>,
  problems: Problem[],
): {file: string; index: number; data: T}[] {
  const items: {file: string; index: number; data: T}[] = []
  for (const doc of documents) {
    const value = doc.value as null | Record<string, unknown>
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !Array.isArray(value[key])) {
      problems.push({file: doc.file, path: '', message: `expected an object with a "${key}" list`})
      continue
    }
    const extra = Object.keys(value).filter((k) => k !== key && k !== 'description' && k !== '$schema')
    if (extra.length > 0)
      problems.push({
        file: doc.file,
        path: '',
        message: `unknown field${extra.length > 1 ? 's' : ''} ${extra.map((k) => `"${k}"`).join(', ')}`,
      })
    for (const [index, item] of (value[key] as unknown[]).entries()) {
      if (nestedDeeperThan(item, MAX_NESTING)) {
        problems.push(tooDeep(doc.file, `${key}[${index}]`))
        continue
      }
      const result = parseReporting(itemSchema, item)
      if (result.success) items.push({file: doc.file, index, data: result.data})
      else for (const problem of issuesToProblems(doc.file, result.error.issues, [key, index])) problems.push(problem)
    }
  }
  return items
}

function parseEach<T>(
  documents: DataDocument[],
  schema: z.ZodMiniType<T>,
  problems: Problem[],
): {file: string; data: T}[] {
  const parsed: {file: string; data: T}[] = []
  for (const doc of documents) {
    if (nestedDeeperThan(doc.value, MAX_NESTING)) {
      problems.push(tooDeep(doc.file, ''))
      continue
    }
    const result = parseReporting(schema, doc.value)
    if (result.success) parsed.push({file: doc.file, data: result.data})
    else for (const problem of issuesToProblems(doc.file, result.error.issues)) problems.push(problem)
  }
  return parsed
}

/**
 * Reads knowledge pack directories on top of an optional already-validated
 * base, validates every file with zod and then the whole with the consistency
 * checks. Returns every problem at once, each naming its file and field path.
 */
export async function validateKnowledge(
  dirs: readonly string[],
  extraDirs: readonly string[],
  snapshot: KnowledgeBase | undefined,
): Promise<Loaded<KnowledgeBase>> {
  const problems: Problem[] = []
  const usable = new Set<string>()
  for (const dir of extraDirs) {
    const problem = packDirProblem(dir)
    if (problem) problems.push({file: dir, path: '', message: problem})
    else usable.add(dir)
  }
  const bundled = resolve(bundledRulesDir())
  const read = async (list: string[]) => {
    const result = await readDataFiles(list)
    for (const problem of result.problems) problems.push(problem)
    return result.documents
  }
  const kb: KnowledgeBase = snapshot
    ? {
        ...snapshot,
        catalog: [...snapshot.catalog],
        rules: [...snapshot.rules],
        lexicon: [...snapshot.lexicon],
        prices: [...snapshot.prices],
        origins: {
          catalog: new Map(snapshot.origins.catalog),
          rules: new Map(snapshot.origins.rules),
          lexicon: new Map(snapshot.origins.lexicon),
        },
      }
    : {
        catalog: [],
        rules: [],
        lexicon: [],
        prices: [],
        origins: {catalog: new Map(), rules: new Map(), lexicon: new Map()},
      }
  for (const dir of dirs) {
    if (extraDirs.includes(dir) && !usable.has(dir)) continue
    const files = await packFiles(dir)
    for (const {file, data} of parseEach<CatalogEntry>(await read(files.catalog), CatalogEntrySchema, problems)) {
      kb.catalog.push(data)
      kb.origins.catalog.set(data.id, {file, path: ''})
    }
    for (const {file, index, data} of parseItems<Rule>(await read(files.rules), 'rules', RuleSchema, problems)) {
      kb.rules.push(data)
      if (!kb.origins.rules.has(data.name)) kb.origins.rules.set(data.name, {file, path: `rules[${index}]`})
    }
    const userPack = resolve(dir) !== bundled
    for (const {file, index, data} of parseItems<LexiconEntry>(
      await read(files.lexicon),
      'entries',
      LexiconEntrySchema,
      problems,
    )) {
      if (userPack && !linearPatterns(data, file, index, problems)) continue
      kb.lexicon.push(data)
      if (!kb.origins.lexicon.has(data.id))
        kb.origins.lexicon.set(data.id, {file, path: `entries[${index}]`} satisfies Origin)
    }
    for (const {data} of parseEach(await read(files.prices), PriceFileSchema, problems))
      kb.prices.push(...(data.prices as Price[]))
  }
  for (const problem of checkKnowledgeBase(kb)) problems.push(problem)
  return problems.length > 0 ? {ok: false, problems} : {ok: true, data: kb, warnings: []}
}
