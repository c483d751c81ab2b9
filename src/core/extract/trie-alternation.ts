import {escapeRegExp} from './escape-regexp.js'

/** Between two words of a phrase: any run of spaces or hyphens ("cross zone", "cross-zone"). */
const SEPARATOR = String.raw`[\s-]+`

interface TrieNode {
  children: Map<string, TrieNode>
  /** A phrase ends here. */
  ends: boolean
}

const node = (): TrieNode => ({children: new Map(), ends: false})

// A phrase as tokens: one per character, and one separator token where spaces or hyphens split it.
const tokensOf = (phrase: string): string[] =>
  phrase
    .split(/[\s-]+/)
    .filter((word) => word.length > 0)
    .flatMap((word, i) => [...(i > 0 ? [SEPARATOR] : []), ...[...word].map(escapeRegExp)])

function emit(trie: TrieNode): string {
  const branches = [...trie.children].map(([token, child]) => token + emit(child))
  if (branches.length === 0) return ''
  const body = branches.length === 1 ? branches[0]! : branches.join('|')
  // Greedy "?": the longer phrase is tried first, the one that ends here only when it fails.
  return trie.ends ? `(?:${body})?` : branches.length === 1 ? body : `(?:${body})`
}

/**
 * Phrases as one alternation that shares their common beginnings, matching
 * what the same phrases sorted longest first and joined by "|" match: at any
 * position the longest phrase that fits. Two phrases that match at one place
 * are one the other's beginning (a space matches only a separator, a
 * character only itself), so trying the longer continuation first, and ending
 * the shorter phrase only when it fails, picks the same one. The engine tries
 * a 700-phrase flat alternation phrase by phrase at every position of the
 * text; this one reads each character once along a single path.
 */
export function trieAlternation(phrases: readonly string[], {ignoreCase}: {ignoreCase: boolean}): string {
  const root = node()
  // Under the "i" flag "Spot" and "spot" are one path: two siblings must never match the same text.
  for (const phrase of ignoreCase ? phrases.map((p) => p.toLowerCase()) : phrases) {
    let at = root
    for (const token of tokensOf(phrase)) {
      let next = at.children.get(token)
      if (next === undefined) at.children.set(token, (next = node()))
      at = next
    }
    at.ends = true
  }
  return emit(root)
}
