/**
 * How firmly a sentence states what it says. A requirement that a reviewer
 * would hold a team to is written as a fact or an obligation ("each export
 * takes two hours", "the job must not be interrupted"). The same words in a
 * question, a condition, an example or a possibility ("if a job ever runs for
 * two hours", "for example a query over the last 24 hours", "it could call an
 * API") state nothing, and neither does a description of what a product can
 * do in general ("ECS is well suited to long-running processes").
 */
export type Strength = 'inferred' | 'stated'

// Words that make what follows them in the sentence a possibility, a condition or an example.
const MODAL = /\b(?:may|might|could)\b/i
const HEDGE =
  /\be\.\s?g\.|\b(?:maybe|perhaps|possibly|potentially|if|unless|whether|in case|suppose|supposing|assuming|e\.\s?g\.|i\.\s?e\.,? for example|for example|for instance|such as|say,|hypothetically|in theory|in the future|someday|some day|later on|one day|eventually|at some point|would ever)\b/i
// A sentence about what a product or service does in general, not about this workload.
const CAPABILITY =
  /\b(?:is|are)\s+(?:(?:well|best|ideally|particularly|especially)\s+)?(?:suited|designed|intended|optimi[sz]ed|meant|ideal)\s+(?:to|for)\b|\b(?:is|are)\s+able\s+to\b|\b(?:can|lets? you|allows? you to|enables? you to|supports?|offers?|provides?)\s+(?:run|running|handle|handling|host|hosting|process|processing|scale|scaling)\b|\bits\s+(?:primary\s+)?(?:target\s+)?use\s+cases?\b/i

/** What a sentence says of how firmly it states things, read once per sentence (see `strengthAt`). */
export interface SentenceMood {
  question: boolean
  /** Offset of the first hedge ("if", "for example"…), or Infinity. */
  hedge: number
  /** Offset of the first may, might or could, or Infinity. */
  modal: number
  capability: boolean
}

/** Reads a sentence's mood once: the lexicon may match it many times, and each match must cost no more than its own length. */
export function sentenceMood(sentence: string): SentenceMood {
  return {
    question: /\?\s*$/.test(sentence),
    hedge: HEDGE.exec(sentence)?.index ?? Infinity,
    modal: MODAL.exec(sentence)?.index ?? Infinity,
    capability: CAPABILITY.test(sentence),
  }
}

/**
 * The strength of a statement made at `offset` in a sentence of mood `mood`:
 * `inferred` when the sentence asks, hedges or gives an example before that
 * point, or describes what a product can do; otherwise `stated`. With
 * `possibility` (a fact that is itself a permission or an ability: "may be
 * interrupted", "may need to resell", "can run on many instance types"),
 * may, might, could and can state the fact rather than hedge it.
 */
export function strengthAt(mood: SentenceMood, offset: number, options: {possibility?: boolean} = {}): Strength {
  if (mood.question) return 'inferred'
  // A permission or ability is stated by the very words that hedge other facts ("may be restarted", "if a node
  // is lost, another picks the job up").
  if (options.possibility) return 'stated'
  return mood.hedge < offset || mood.modal < offset || mood.capability ? 'inferred' : 'stated'
}
