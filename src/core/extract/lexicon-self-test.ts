import type {LexiconEntry} from '../knowledge/lexicon.js'

import {extractProfile} from './extract-profile.js'

export interface LexiconExampleFailure {
  entry: string
  /** `examples[2]` or `counterexamples[0]`. */
  path: string
  message: string
}

/**
 * Runs every entry's own examples through the whole lexicon: an example must
 * produce the entry's value (the entry wins in its own sentence), and a
 * counterexample must not trigger the entry at all.
 */
export function testLexiconExamples(lexicon: readonly LexiconEntry[]): LexiconExampleFailure[] {
  const failures: LexiconExampleFailure[] = []
  for (const entry of lexicon) {
    for (const [i, example] of entry.examples.entries()) {
      const {profile, evidence} = extractProfile(example, lexicon)
      const got = (profile as Record<string, unknown>)[entry.fact]
      const produced = evidence.some((e) => e.entry === entry.id)
      if (entry.value === undefined ? !produced : got !== entry.value) {
        failures.push({
          entry: entry.id,
          path: `examples[${i}]`,
          message: `"${example}" gives ${entry.fact} = ${got === undefined ? 'nothing' : JSON.stringify(got)}${entry.value === undefined ? '' : `, expected ${JSON.stringify(entry.value)}`}`,
        })
      } else if (
        entry.evidence !== 'inferred' &&
        !evidence.some((e) => e.entry === entry.id && e.strength === 'stated')
      ) {
        // An entry that states its fact must do so in its own examples (not lose to a hedge or a cue entry).
        failures.push({
          entry: entry.id,
          path: `examples[${i}]`,
          message: `"${example}" does not state ${entry.fact} through this entry (a hedge, a question or another entry's cue)`,
        })
      }
    }
    if (entry.counterexamples)
      for (const [i, example] of entry.counterexamples.entries()) {
        const {evidence, overruled} = extractProfile(example, lexicon)
        const hit = [...evidence, ...overruled].find((e) => e.entry === entry.id)
        if (hit)
          failures.push({
            entry: entry.id,
            path: `counterexamples[${i}]`,
            message: `"${example}" wrongly matches "${hit.quote}"`,
          })
      }
  }
  return failures
}
