import type {Evidence, Extraction} from '../extract/extract-profile.js'
import type {Profile} from '../knowledge/profile.js'
import type {Solution} from './solve.js'

import {FIELD_SPECS, type FieldSpec} from '../knowledge/profile-fields.js'

/**
 * Values of one fact where the broader holds the narrower: a need to move
 * across compute services (to Fargate) also moves across instance families
 * (to Graviton), so a stem that says both states one need, not two readings.
 */
const NESTED: Readonly<Record<string, readonly unknown[]>> = {
  computeFlexibility: ['fixed-family', 'across-families', 'across-compute-services'],
}

/**
 * Kept values that qualify the other rather than deny it: peaks "every day between 10:00 and 14:00" whose timing
 * "drifts from week to week" are peaks at clock times that a fixed schedule cannot follow, one reading, not two.
 */
const QUALIFIES: Readonly<Record<string, {kept: unknown; other: unknown}>> = {
  clockTimePeaks: {kept: false, other: true},
}

const holds = (field: string, broader: unknown, narrower: unknown) => {
  const qualifies = QUALIFIES[field]
  if (qualifies !== undefined && qualifies.kept === broader && qualifies.other === narrower) return true
  const order = NESTED[field]
  return order !== undefined && order.indexOf(broader) > order.indexOf(narrower) && order.includes(narrower)
}

/**
 * Facts a stem states both ways: the reader found words for two values and
 * kept the stronger ("can be rerun" against "rerun from the beginning"). A
 * measured amount of work is not contested this way (two sentences often
 * describe two units of work, and the larger one is meant), but a commitment
 * horizon is: it is one decision.
 */
function contested(extraction: Extraction): {field: string; value: unknown; kept: Evidence; other: Evidence}[] {
  const found = new Map<string, {field: string; value: unknown; kept: Evidence; other: Evidence}>()
  const profile = extraction.profile as Record<string, unknown>
  for (const other of extraction.overruled) {
    const {field} = other
    const value = profile[field]
    if (value === undefined || other.value === value || found.has(field) || holds(field, value, other.value)) continue
    if (typeof value === 'number' && field !== 'commitmentYears') continue
    // "At least four instances that cannot be interrupted" beside "stateless": a protected base with interruptible
    // capacity above it (burstInterruptible) holds both readings of interruption, one for each part of the fleet.
    if (field === 'interruptionTolerant' && profile.burstInterruptible === true) continue
    // The words that state the kept value most firmly speak for it ("will take on instance management" beside the cue
    // "EC2 instances").
    const keptBy = extraction.evidence.filter((e) => e.field === field && e.value === value)
    const kept = keptBy.find((e) => e.strength === 'stated') ?? keptBy[0]
    // A cue the reader only infers a fact from ("each request") does not contest words that state it.
    if (kept && (other.strength === 'stated' || kept.strength !== 'stated')) found.set(field, {field, value: other.value, kept, other})
  }
  return [...found.values()]
}

const label = (field: string) => (FIELD_SPECS as Record<string, FieldSpec>)[field]?.label.toLowerCase() ?? field

/**
 * An answer given on one reading of a fact the stem states both ways holds
 * unless the other reading gives another answer. If it does, the answer rests
 * on a guess between the stem's own words: abstain, and say which words.
 */
export function withContestedReadings(solution: Solution, extraction: Extraction, answerFor: (profile: Profile) => string[]): Solution {
  for (const doubt of contested(extraction)) {
    const other = answerFor({...extraction.profile, [doubt.field]: doubt.value} as Profile)
    // A reading under which edgewise would give no answer does not contradict the answer; another answer does.
    if (other.length === 0 || other.join(',') === solution.answer.join(',')) continue
    const standing = [...new Set([...solution.answer, ...other])].sort()
    return {
      ...solution,
      answer: [],
      abstained: true,
      options: solution.options.map((o) => ({...o, chosen: false})),
      standing,
      separating: `whether ${label(doubt.field)} is ${String(doubt.kept.value)} ("${doubt.kept.quote}") or ${String(doubt.value)} ("${doubt.other.quote}")`,
      uncertain: `the question reads both ways on ${label(doubt.field)}, and the answer depends on which reading is meant`,
    }
  }
  return solution
}
