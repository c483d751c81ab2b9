/**
 * The review cards a question trains. One per catalog service it covers
 * (`service:lambda`), so reworded and generated variants of an idea share a
 * card; a question that covers none (most of someone else's bank) is a card
 * of its own (`question:<id>`), so it is still scheduled. `services` narrows
 * the question's services to those it tests (not those only its distractors
 * name).
 */
export function conceptKeys(
  question: {id: string; services: readonly string[]},
  services: readonly string[] = question.services,
): string[] {
  if (services.length === 0) return [`question:${question.id}`]
  return [...new Set(services.map((s) => `service:${s}`))]
}

/** The question id behind a `question:<id>` concept, or undefined for a service concept. */
export const questionOfConcept = (concept: string): string | undefined =>
  concept.startsWith('question:') ? concept.slice('question:'.length) : undefined
