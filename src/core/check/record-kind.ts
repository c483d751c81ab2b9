/**
 * Whether a Markdown file is a design record edgewise can judge at all. A
 * folder of ADRs also holds its README, an index, the template new records
 * are copied from, and records written in languages the phrase lexicon does
 * not read. Judging those gives either false alarms or a ✓ that means
 * nothing; they are reported as not judged, with the reason.
 */

/** Why a document was read but not judged. */
export const NOT_JUDGED_REASONS = ['not-a-record', 'no-decision', 'language', 'out-of-scope'] as const
export type NotJudgedReason = (typeof NOT_JUDGED_REASONS)[number]

export interface NotJudged {
  reason: NotJudgedReason
  /** One sentence for a person: what was found and why it is not judged. */
  detail: string
}

const INDEX_NAME =
  /^(?:readme|index|summary|toc|contents|table[-_ ]of[-_ ]contents|_sidebar|sidebar|log|adr[-_ ]log|decision[-_ ]log)\.(?:md|markdown|mdx)$/i
const TEMPLATE_NAME = /template|skeleton|boilerplate|example[-_]adr|sample[-_]adr/i

/**
 * What a file's name says it is: the template records are copied from (never
 * a record), a folder's README or index (a record only when it decides
 * something: an RFC folder often keeps its design in README.md), or neither.
 */
export function kindByName(file: string): 'index' | 'template' | undefined {
  const name = file.replaceAll('\\', '/').split('/').pop() ?? file
  return TEMPLATE_NAME.test(name) ? 'template' : INDEX_NAME.test(name) ? 'index' : undefined
}

export const TEMPLATE: NotJudged = {
  reason: 'not-a-record',
  detail: 'its name says it is a template, not a decision record',
}
export const INDEX: NotJudged = {reason: 'not-a-record', detail: "it is a folder's README or index and decides nothing"}

// Fill-in markers of templates: "[short title of solved problem]", "{option 1}", "<describe the context>". Not
// "TODO" or "TBD": a draft record has those too.
const PLACEHOLDER =
  /\[(?:short title|describe|insert|add |list |link to|option \d|title|name|date|yyyy|your )[^\]\n]{0,200}\]|\{\{?[a-z][\w .-]{1,40}\}\}?|<(?:describe|insert|add|short|title|name|your|link)[^>\n]{0,60}>|\blorem ipsum\b/gi

// Study material: its "Use Spot for fault-tolerant jobs" and "call only their own origins" describe products, not a design.
const STUDY_TITLE =
  /\b(?:cheat[- ]?sheets?|study (?:notes|guide)|exam (?:notes|prep(?:aration)?|guide|tips|cram)|certification (?:notes|guide|prep(?:aration)?)|flash ?cards?|quick reference|learning notes|course notes|lecture notes|practice (?:questions|exam)|interview (?:questions|prep(?:aration)?))\b/i

/**
 * Whether the text reads as a template, an index or study material rather
 * than a record: fill-in markers with nothing filled in, mostly a list of
 * links, or a title that says it is a cheat sheet, study notes or the like.
 */
export function notARecordByContent(body: string): NotJudged | undefined {
  const title = /^ {0,3}#[ \t]+(.+)$/m.exec(body)?.[1]
  if (title !== undefined && STUDY_TITLE.test(title))
    return {reason: 'not-a-record', detail: `it is study material ("${title.trim()}"), not a design decision`}
  // Code is not where a template's blanks are ("{name}" in a snippet).
  const prose = body.replaceAll(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, '')
  const placeholders = prose.match(PLACEHOLDER) ?? []
  if (placeholders.length >= 3)
    return {
      reason: 'not-a-record',
      detail: `it reads as a template (${placeholders.length} fill-in markers such as "${placeholders[0]}")`,
    }
  const lines = body.split('\n').filter((l) => l.trim() !== '' && !/^\s*#/.test(l) && !/^\s*\|?\s*:?-{3,}/.test(l))
  const links = lines.filter((l) => /^\s*(?:[-*+]|\d+[.)]|\|)\s*.*\]\([^)]+\)/.test(l)).length
  if (links >= 5 && links >= 0.6 * lines.length)
    return {reason: 'not-a-record', detail: `it is an index: ${links} of its ${lines.length} lines are links`}
  return undefined
}

// Common short words of each language the headings are read in. Words two or more languages share
// ("de", "la", "que", "a") count for none.
const FUNCTION_WORDS: Record<string, string> = {
  en: 'the and of to is we will for with that this are be it on as not our which from by can should must have has',
  es: 'el los las y en para con una por se del al es como pero este esta son sus nuestro usaremos sobre entre cuando',
  de: 'der die das und ist wir nicht mit für eine zu auf den dem des ein werden wird sind auch oder sich bei nach',
  fr: 'le les des et est nous pour une dans pas du au sur ce sont qui avec être cette aux leur mais ou',
  pt: 'o os e não para com uma em é do da dos das ao são uso como mas nosso será pelo pela também isso',
}
const WORD_LANGUAGE = (() => {
  const owner = new Map<string, null | string>()
  for (const [language, words] of Object.entries(FUNCTION_WORDS))
    for (const w of words.split(' ')) owner.set(w, owner.has(w) && owner.get(w) !== language ? null : language)
  return owner
})()

const LANGUAGE_NAMES: Record<string, string> = {es: 'Spanish', de: 'German', fr: 'French', pt: 'Portuguese'}

/**
 * The language of prose, when it is clearly one of the four other languages
 * edgewise reads headings in (Spanish, German, French, Portuguese); undefined
 * for English, mixed or too little text. Counts common short words over at
 * most the first 20,000 characters.
 */
export function proseLanguage(prose: string): string | undefined {
  const counts: Record<string, number> = {en: 0, es: 0, de: 0, fr: 0, pt: 0}
  let total = 0
  // Addresses are not prose: "example.com" is not the Portuguese "com".
  const text = prose
    .slice(0, 20_000)
    .toLowerCase()
    .replaceAll(/\b(?:https?:\/\/|www\.)\S+|\S+\.(?:com|org|net|io|md)\b\S*/g, ' ')
  for (const m of text.matchAll(/\p{L}+/gu)) {
    total++
    const language = WORD_LANGUAGE.get(m[0])
    if (language) counts[language]!++
  }
  const [best, hits] = Object.entries(counts)
    .filter(([l]) => l !== 'en')
    .sort((a, b) => b[1] - a[1])[0]!
  // Technical prose is mostly names and numbers: function words are a few percent of it in any language.
  if (total < 20 || hits < 5 || hits < 0.03 * total || hits < 2 * counts.en!) return undefined
  return best
}

/** The not-judged reason for prose written in another language, if it is. */
export function notInEnglish(prose: string): NotJudged | undefined {
  const language = proseLanguage(prose)
  return language === undefined
    ? undefined
    : {
        reason: 'language',
        detail: `it is written in ${LANGUAGE_NAMES[language] ?? language}; edgewise reads its headings but reads requirements only in English`,
      }
}
