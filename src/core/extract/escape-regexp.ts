/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text: string) => text.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`)

/**
 * Catalog words and phrases as one alternation, each matched literally except
 * that a space also matches a run of spaces or hyphens ("cross zone",
 * "cross-zone"). No word boundaries: the caller adds the ones it needs.
 */
export const phraseAlternation = (phrases: readonly string[]) =>
  phrases.map((p) => escapeRegExp(p).replaceAll(/\s+/g, String.raw`[\s-]+`)).join('|')

const wholePhraseCache = new WeakMap<readonly string[], RegExp>()

/**
 * A case-insensitive pattern that finds any of `phrases` as whole words (not
 * inside a longer word or hyphenated compound). Cached per list: rule and
 * catalog word lists are loaded once and tested against every option.
 */
export function wholePhrases(phrases: readonly string[]): RegExp {
  let pattern = wholePhraseCache.get(phrases)
  if (pattern === undefined) {
    pattern = new RegExp(`(?<![\\w-])(?:${phraseAlternation(phrases)})(?![\\w-])`, 'i')
    wholePhraseCache.set(phrases, pattern)
  }
  return pattern
}
