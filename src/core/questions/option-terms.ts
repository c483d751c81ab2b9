import type {KnowledgeBase} from '../knowledge/knowledge-base.js'
import type {Profile} from '../knowledge/profile.js'
import type {OptionVerdict} from './solve.js'

import {extractProfile} from '../extract/extract-profile.js'

/** The term a purchase option names: "a 3-year EC2 Instance Savings Plan", "1-year Standard Reserved Instances". */
const NAMED_TERM = /\b(1|3|one|three)[\s-]years?\b/i
const TERM_YEARS: Record<string, number> = {'1': 1, '3': 3, one: 1, three: 3}

/** "All Upfront", "Partial Upfront": payment options that pay cash at purchase. */
const PAYS_UP_FRONT = /\b(?:all|partial)[\s-]+up[\s-]?front\b/i

/**
 * Terms an option states of its own purchase that break terms the stem
 * states: a 3-year plan where no commitment may outlast one year, an All
 * Upfront payment where nothing may be paid up front. Read from the option's
 * own words, so a plan the stem would welcome is still ruled out by the term
 * it is bought on.
 */
export function termConflicts(optionText: string, stem: Profile): OptionVerdict['violations'] {
  const found: OptionVerdict['violations'] = []
  const horizon = stem.commitmentYears
  if (horizon !== undefined && horizon > 0) {
    const named = NAMED_TERM.exec(optionText)?.[1]?.toLowerCase()
    const term = named === undefined ? undefined : TERM_YEARS[named]
    if (term !== undefined && term > horizon)
      found.push({service: '', rule: 'term', message: `a ${term}-year term outlasts the ${horizon}-year horizon the question allows`})
  }
  if (stem.noUpfront === true && PAYS_UP_FRONT.test(optionText))
    found.push({service: '', rule: 'term', message: 'it pays up front, and the question allows no upfront payment'})
  return found
}

/** Every CloudFront event a text names, kept or overruled: one text may name several ("viewer request and viewer response"). */
function eventsIn(text: string, kb: KnowledgeBase): Set<unknown> {
  const read = extractProfile(text, kb.lexicon, {fields: new Set(['cdnEvent'])})
  return new Set([...read.evidence, ...read.overruled].filter((e) => e.field === 'cdnEvent').map((e) => e.value))
}

/**
 * An option that runs only at CloudFront events the stem does not name ("a
 * Lambda@Edge function on the viewer-request event" when the check is needed
 * only on cache misses) would work, but runs where it is not needed: a
 * caution, in the words of both events.
 */
export function eventMismatch(optionText: string, wanted: ReadonlySet<unknown>, kb: KnowledgeBase): string[] {
  if (wanted.size === 0) return []
  const own = eventsIn(optionText, kb)
  if (own.size === 0 || [...own].some((event) => wanted.has(event))) return []
  return [`the option runs at the ${[...own].join(' and ')} event; the question's work belongs at the ${[...wanted].join(' and ')} event`]
}
