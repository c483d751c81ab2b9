import type {CatalogEntry} from '../knowledge/catalog.js'

import {escapeRegExp} from './escape-regexp.js'
import {execAll} from './exec-all.js'
import {trieAlternation} from './trie-alternation.js'

/** A place where text names a catalog service (or one of its variants). */
export interface ServiceMention {
  service: string
  variant: string | undefined
  alias: string
  start: number
  end: number
}

interface Matcher {
  /** Aliases of four or more characters, matched ignoring case. */
  caseless: RegExp
  /** Short aliases ("RIs", "L@E"), matched exactly: ignoring case would find "ris" in words. */
  exact: RegExp | undefined
  owners: Map<string, {service: string; variant: string | undefined}>
  /** Normalized ambiguous alias → when it names its service. */
  ambiguous: Map<string, AliasContext>
}

/** A catalog `ambiguous` entry compiled: word-list patterns, each anchored where it must stand. */
interface AliasContext {
  onlyWith: RegExp | undefined
  notWith: RegExp | undefined
  notAfter: RegExp | undefined
  notBefore: RegExp | undefined
}

const wordList = (words: readonly string[] | undefined, where: 'any' | 'end' | 'start'): RegExp | undefined => {
  if (!words || words.length === 0) return undefined
  const alternation = words
    .map((w) =>
      w
        .split(/[\s-]+/)
        .map(escapeRegExp)
        .join(String.raw`[\s-]+`),
    )
    .join('|')
  const body = `(?<![\\w@])(?:${alternation})(?![\\w@])`
  return new RegExp(where === 'end' ? `${body}[\\s(,'"-]*$` : where === 'start' ? `^[\\s),'"-]*${body}` : body, 'i')
}

/** The sentence around a match: from the last sentence end before it to the next one after it (at most 200 characters each way). */
function sentenceAround(text: string, start: number, end: number): [string, string] {
  const from = Math.max(0, start - 200)
  const before = text.slice(from, start)
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n'))
  const after = text.slice(end, end + 200)
  const stop = after.search(/[.!?](?:\s|$)|\n\n/)
  return [cut === -1 ? before : before.slice(cut + 1), stop === -1 ? after : after.slice(0, stop)]
}

/** Whether an ambiguous alias at `start`..`end` names its service, by the words around it. */
function namesService(text: string, start: number, end: number, context: AliasContext): boolean {
  const [before, after] = sentenceAround(text, start, end)
  if (context.notAfter?.test(before) || context.notBefore?.test(after)) return false
  if (context.notWith?.test(before) || context.notWith?.test(after)) return false
  return context.onlyWith === undefined || context.onlyWith.test(before) || context.onlyWith.test(after)
}

const cache = new WeakMap<readonly CatalogEntry[], Matcher>()
const normalize = (alias: string) => (alias.length <= 3 ? alias : alias.toLowerCase().replaceAll(/[\s-]+/g, ' '))
// The boundary assertions once around the alternation (same matches as around each alias), so
// the engine checks them once per position instead of once per alias.
const boundedAlternation = (keys: string[], ignoreCase: boolean) =>
  `(?<![\\w@])(?:${trieAlternation(keys, {ignoreCase})})(?![\\w@])`

/**
 * One alternation per case rule, the longest alias at a place winning, so
 * "Lambda@Edge" wins over "Lambda" and "Fargate Spot" over "Spot". Spaces in an alias match any
 * run of spaces or hyphens ("Graviton-based", "Graviton based").
 */
function matcherFor(catalog: readonly CatalogEntry[]): Matcher {
  const cached = cache.get(catalog)
  if (cached) return cached
  const owners = new Map<string, {service: string; variant: string | undefined}>()
  const add = (alias: string, service: string, variant?: string) => {
    if (!owners.has(normalize(alias))) owners.set(normalize(alias), {service, variant})
  }
  for (const entry of catalog) {
    for (const alias of [entry.name, ...entry.aliases]) add(alias, entry.id)
    for (const variant of entry.variants ?? [])
      for (const alias of [variant.name, ...variant.aliases]) add(alias, entry.id, variant.id)
  }
  const short = [...owners.keys()].filter((k) => k.length <= 3)
  const ambiguous = new Map<string, AliasContext>()
  for (const entry of catalog) {
    for (const rule of entry.ambiguous ?? []) {
      const context = {
        onlyWith: wordList(rule.onlyWith, 'any'),
        notWith: wordList(rule.notWith, 'any'),
        notAfter: wordList(rule.notAfter, 'end'),
        notBefore: wordList(rule.notBefore, 'start'),
      }
      for (const alias of rule.aliases) ambiguous.set(normalize(alias), context)
    }
  }
  const matcher = {
    caseless: new RegExp(
      boundedAlternation(
        [...owners.keys()].filter((k) => k.length > 3),
        true,
      ),
      'gi',
    ),
    exact: short.length > 0 ? new RegExp(boundedAlternation(short, false), 'g') : undefined,
    owners,
    ambiguous,
  }
  cache.set(catalog, matcher)
  return matcher
}

/** `text` with each mention's words turned into spaces, every offset kept: what the text says besides the names. */
export function withoutMentions(text: string, mentions: readonly ServiceMention[]): string {
  return mentions.reduce((t, m) => t.slice(0, m.start) + ' '.repeat(m.end - m.start) + t.slice(m.end), text)
}

/** Every mention of a catalog service in `text`, in order, never overlapping (the longer wins). */
export function findServices(text: string, catalog: readonly CatalogEntry[]): ServiceMention[] {
  const {caseless, exact, owners, ambiguous} = matcherFor(catalog)
  const found: ServiceMention[] = []
  for (const regex of exact ? [caseless, exact] : [caseless]) {
    for (const m of execAll(regex, text)) {
      const key = normalize(m[0])
      const owner = owners.get(key)
      const context = ambiguous.get(key)
      if (context && !namesService(text, m.index, m.index + m[0].length, context)) continue
      if (owner) found.push({...owner, alias: m[0], start: m.index, end: m.index + m[0].length})
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const mentions: ServiceMention[] = []
  for (const m of found) if (!mentions.some((k) => m.start < k.end && k.start < m.end)) mentions.push(m)
  return mentions
}

/** Each variant word as a pattern, compiled once: the same catalog words are tested against every option. */
const variantWordPatterns = new Map<string, RegExp>()
const variantWordPattern = (word: string): RegExp => {
  let pattern = variantWordPatterns.get(word)
  if (pattern === undefined) {
    // Not after a hyphen either: "capacity-optimized" inside "price-capacity-optimized" is the other strategy.
    pattern = new RegExp(
      `(?<![\\w@-])${word
        .toLowerCase()
        .split(/[\s-]+/)
        .map(escapeRegExp)
        .join(String.raw`[\s-]+`)}(?![\\w@])`,
    )
    variantWordPatterns.set(word, pattern)
  }
  return pattern
}

/**
 * Variants of `service` that `text` picks out, by a variant alias or keyword
 * ("zonal", "convertible", "rack", "warm pool"), for text that names the parent.
 */
export function mentionedVariants(text: string, service: string, catalog: readonly CatalogEntry[]): string[] {
  const entry = catalog.find((e) => e.id === service)
  const lower = text.toLowerCase()
  return (entry?.variants ?? [])
    .filter((v) => [v.name, ...v.aliases, ...(v.keywords ?? [])].some((word) => variantWordPattern(word).test(lower)))
    .map((v) => v.id)
}
