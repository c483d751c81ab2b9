import type {LooseQuestion} from './parse-loose-question.js'

import {letterOf} from './question.js'

const normalize = (s: string) => s.toLowerCase().replaceAll(/\s+/g, ' ').trim()

/** Options are answered by letter, A to Z. */
const MAX_OPTIONS = 26

/**
 * The answer names options by letter, so the letters the question was written
 * with must be the ones edgewise would give them: A, B, C… in order. Otherwise
 * its "B" would not be the reader's "B".
 */
function letteringProblem(letters: readonly (string | undefined)[]): string | undefined {
  const firstAt = new Map<string, number>()
  for (const [i, letter] of letters.entries()) {
    if (letter === undefined) continue
    const earlier = firstAt.get(letter)
    if (earlier !== undefined) return `option letter ${letter} is used twice (options ${earlier + 1} and ${i + 1}); letter the options A, B, C… once each`
    firstAt.set(letter, i)
    if (letter !== letterOf(i)) return `option ${i + 1} is lettered ${letter} but is the ${ordinal(i + 1)} option, ${letterOf(i)}; letter the options A, B, C… in order, so the answer's letters are yours`
  }
  return undefined
}

const ordinal = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`

/** Why a question cannot be answered as given, or undefined when it can. */
export function checkLooseQuestion(question: LooseQuestion): string | undefined {
  if (question.options.length === 0) return 'no options found'
  if (question.options.length === 1) return 'only one option found; a question needs at least two'
  if (question.stem === '') return 'no stem found before the options'
  if (question.options.length > MAX_OPTIONS) return `${question.options.length} options found; a question has at most ${MAX_OPTIONS} (A to Z)`
  const lettering = letteringProblem(question.letters)
  if (lettering) return lettering
  const seen = new Map<string, number>()
  for (const [i, option] of question.options.entries()) {
    const prior = seen.get(normalize(option))
    if (prior !== undefined) return `options ${letterOf(prior)} and ${letterOf(i)} are the same`
    seen.set(normalize(option), i)
  }
  if (question.choose !== undefined && question.choose >= question.options.length) return `the stem asks to choose ${question.choose} of ${question.options.length} options`
  return undefined
}
