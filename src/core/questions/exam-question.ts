import type {CatalogEntry} from '../knowledge/catalog.js'
import type {BankQuestion} from './bank-question.js'

import {findServices} from '../extract/find-services.js'
import {type DraftQuestion, questionType} from './question.js'

/**
 * The catalog services a question's correct options name, in order: what the
 * question teaches, as far as the catalog can tell. Services named only in
 * wrong options are left out (knowing Lambda is wrong here is not knowing Lambda).
 */
export function servicesInKey(question: Pick<DraftQuestion, 'options'>, catalog: readonly CatalogEntry[]): string[] {
  const found = new Set<string>()
  for (const option of question.options) if (option.correct) for (const mention of findServices(option.text, catalog)) found.add(mention.service)
  return [...found]
}

/**
 * A question from any bank, ready for the exam. Questions that list no
 * services get the ones their correct options name, so review can schedule
 * the concept; with none, review schedules the question itself.
 */
export function examQuestionOf(question: DraftQuestion, catalog: readonly CatalogEntry[]): BankQuestion {
  const listed = question.services ?? []
  return {
    ...question,
    type: question.type ?? questionType(question),
    services: listed.length > 0 ? listed : servicesInKey(question, catalog),
    references: question.references ?? [],
    source: question.source ?? 'imported',
  }
}
