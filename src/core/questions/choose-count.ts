/**
 * How many options a stem asks for, in the ways banks write it: "(Choose
 * two.)", "(Choose 2 answers)", "(Select TWO)", "Choose three.", "Select 2
 * options", "Which TWO actions…". The imperative counts in parentheses or at
 * the start of a sentence or line; "Which TWO" counts only in capitals, so
 * prose ("the company must choose two Regions", "which two teams") does not.
 */
const WORDS: Record<string, number> = {one: 1, two: 2, three: 3, four: 4, five: 5}

const MARK =
  /(?:\(\s*|(?:^|[.?!:]\s+|\n\s*))(?:choose|select|pick|mark)\s+(one|two|three|four|five|[1-5])\b(?:\s+(?:answers?|options?|responses?|choices?|correct answers?))?\s*[.)]?|\bWhich\s+(TWO|THREE|FOUR|FIVE)\b|\b(TWO|THREE|FOUR|FIVE)\s+(?:answers|options|responses|statements|actions|steps|services|solutions)\b/gi

/** The words that ask for several options, as written, and the number they ask for. */
function chooseMark(stem: string): undefined | {text: string; count: number} {
  for (const m of stem.matchAll(MARK)) {
    const capitals = m[2] ?? m[3]
    // "Which two" and "two options" count only when written in capitals, as banks mark them.
    if (capitals !== undefined && capitals !== capitals.toUpperCase()) continue
    const word = (m[1] ?? capitals)!.toLowerCase()
    // A mark in parentheses is quoted whole: "(Choose two.)", "(Choose 2 answers)".
    const close = m[0].trimStart().startsWith('(') ? stem.indexOf(')', m.index) : -1
    const text = close !== -1 && close - m.index < 40 ? stem.slice(m.index, close + 1) : m[0]
    return {text: text.trim(), count: WORDS[word] ?? Number(word)}
  }
  return undefined
}

/** The number of options the stem asks for, or undefined when it does not say. */
export function chooseCountInStem(stem: string): number | undefined {
  return chooseMark(stem)?.count
}

/** The words the stem uses to ask for several options, as written ("(Choose 2 answers)"), or undefined. */
export function chooseMarkInStem(stem: string): string | undefined {
  return chooseMark(stem)?.text
}
