import {letterOf} from './question.js'
import type {LooseQuestion} from './parse-loose-question.js'

const normalize = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim()

/** Why a question cannot be answered as given, or undefined when it can. */
export function checkLooseQuestion(question: LooseQuestion): string | undefined {
  if (question.options.length === 0) return 'no options found'
  if (question.options.length === 1) return 'only one option found; a question needs at least two'
  if (question.stem === '') return 'no stem found before the options'
  const seen = new Map<string, number>()
  for (const [i, option] of question.options.entries()) {
    const prior = seen.get(normalize(option))
    if (prior !== undefined) return `options ${letterOf(prior)} and ${letterOf(i)} are the same`
    seen.set(normalize(option), i)
  }
  if (question.choose !== undefined && question.choose >= question.options.length) return `the stem asks to choose ${question.choose} of ${question.options.length} options`
  return undefined
}
