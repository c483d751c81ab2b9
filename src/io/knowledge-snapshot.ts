import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {join, relative} from 'node:path'

import type {KnowledgeBase, Origin} from '../core/knowledge/knowledge-base.js'

import {addPrebuiltScanners} from '../core/extract/aho-corasick.js'
import {primeRequiredLiterals, requiredLiterals} from '../core/extract/regex-literals.js'
import {listDataFiles} from './load-documents.js'
import {packageRoot} from './package-root.js'
import {readScannerSnapshot} from './scanner-snapshot.js'

/**
 * The bundled knowledge base, validated at build time and stored whole, so a
 * command start skips ~70 ms of schema validation and ~90 ms of regex
 * analysis. It is used only while the files in rules/ hash to what they
 * were at build time, so editing a rule without rebuilding falls back to full
 * validation. (Modification times were tried and are not exact across
 * copies; node:crypto costs ~30 ms to load, so the hash is a plain one.)
 */
interface Snapshot {
  version: 3
  sourceStamp: string
  kb: Omit<KnowledgeBase, 'origins'> & {origins: Record<keyof KnowledgeBase['origins'], [string, Origin][]>}
  literals: [string, null | string[][]][]
}

export const snapshotPath = (): string => join(packageRoot(), 'dist', 'knowledge.json')

/** The files of a pack directory that the snapshot stands for, in a stable order. */
export async function packSourceFiles(dir: string): Promise<string[]> {
  const lists = await Promise.all(
    ['catalog', 'packs', 'lexicon'].map((sub) => listDataFiles(join(dir, sub), ['.json'])),
  )
  return [...lists.flat(), ...(existsSync(join(dir, 'prices.json')) ? [join(dir, 'prices.json')] : [])]
}

/** A hash of the pack's source files, names and contents: changed by any edit. */
export async function stampSources(dir: string): Promise<string> {
  return stampFiles(dir, await packSourceFiles(dir))
}

/** A hash of files' names (relative to `dir`) and contents, plus any `extra` text the result depends on. */
export async function stampFiles(dir: string, files: readonly string[], extra = ''): Promise<string> {
  const contents = await Promise.all(files.map((file) => readFile(file)))
  let fnv = 0x81_1c_9d_c5
  let djb = 5381
  const add = (bytes: Uint8Array) => {
    for (const byte of bytes) {
      fnv = Math.imul(fnv ^ byte!, 0x01_00_01_93)
      // eslint-disable-next-line unicorn/prefer-math-trunc -- `| 0` wraps the sum to 32 bits, as djb2 needs; Math.trunc would not
      djb = (Math.imul(djb, 33) + byte!) | 0
    }
  }
  const encoder = new TextEncoder()
  for (const [i, file] of files.entries()) {
    add(encoder.encode(`${relative(dir, file)}\0`))
    add(contents[i]!)
  }
  add(encoder.encode(extra))
  return `${(fnv >>> 0).toString(16)}${(djb >>> 0).toString(16)}:${files.length}`
}

export function serializeSnapshot(kb: KnowledgeBase, sourceStamp: string): string {
  const patterns = kb.lexicon.flatMap((e) => e.patterns)
  const snapshot: Snapshot = {
    version: 3,
    sourceStamp,
    kb: {
      catalog: kb.catalog,
      rules: kb.rules,
      lexicon: kb.lexicon,
      prices: kb.prices,
      origins: {catalog: [...kb.origins.catalog], rules: [...kb.origins.rules], lexicon: [...kb.origins.lexicon]},
    },
    literals: patterns.map((p) => [p, requiredLiterals(p)]),
  }
  return JSON.stringify(snapshot)
}

/**
 * A build-time snapshot file, if it exists, parses, has `version` and was
 * stamped from sources that still hash to `currentStamp()`; otherwise undefined
 * (the caller then reads the sources).
 */
export async function readCurrentSnapshot<T extends {version: number; sourceStamp: string}>(
  path: string,
  version: number,
  currentStamp: () => Promise<string>,
): Promise<T | undefined> {
  if (!existsSync(path)) return undefined
  let snapshot: T
  try {
    snapshot = JSON.parse(await readFile(path, 'utf8')) as T
  } catch {
    return undefined
  }
  return snapshot.version === version && snapshot.sourceStamp === (await currentStamp()) ? snapshot : undefined
}

/** The snapshot's knowledge base if it exists and matches the current sources; otherwise undefined. */
export async function readSnapshot(rulesDir: string): Promise<KnowledgeBase | undefined> {
  const snapshot = await readCurrentSnapshot<Snapshot>(snapshotPath(), 3, () => stampSources(rulesDir))
  if (!snapshot) return undefined
  primeRequiredLiterals(snapshot.literals)
  // Read when something first extracts; used only if its literals are the ones extraction asks for.
  addPrebuiltScanners(() => readScannerSnapshot())
  const {origins, ...rest} = snapshot.kb
  return {
    ...rest,
    origins: {catalog: new Map(origins.catalog), rules: new Map(origins.rules), lexicon: new Map(origins.lexicon)},
  }
}
