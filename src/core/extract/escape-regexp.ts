/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text: string) => text.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`)

/**
 * Catalog words and phrases as one alternation, each matched literally except
 * that a space also matches a run of spaces or hyphens ("cross zone",
 * "cross-zone"). No word boundaries: the caller adds the ones it needs.
 */
export const phraseAlternation = (phrases: readonly string[]) =>
  phrases.map((p) => escapeRegExp(p).replaceAll(/\s+/g, String.raw`[\s-]+`)).join('|')
