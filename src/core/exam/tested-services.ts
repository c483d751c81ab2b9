import type {CatalogEntry} from '../knowledge/catalog.js'
import type {BankQuestion} from '../questions/bank-question.js'

import {findServices} from '../extract/find-services.js'

/**
 * The services a question tests: the ones it lists, less those only its wrong
 * options name. A distractor ("Move the workers to Dedicated Hosts") is not a
 * concept the candidate was asked about, so a miss must not count against it
 * in the result, the history or the review schedule. When the text names none
 * of the listed services, all of them stay.
 */
export function testedServices(
  question: Pick<BankQuestion, 'options' | 'services' | 'stem'>,
  catalog: readonly CatalogEntry[],
): string[] {
  const named = (texts: readonly string[]) => new Set(findServices(texts.join('\n'), catalog).map((m) => m.service))
  const asked = named([question.stem, ...question.options.filter((o) => o.correct).map((o) => o.text)])
  const distractors = named(question.options.filter((o) => !o.correct).map((o) => o.text))
  const tested = [...new Set(question.services)].filter((s) => asked.has(s) || !distractors.has(s))
  return tested.length > 0 ? tested : [...new Set(question.services)]
}
