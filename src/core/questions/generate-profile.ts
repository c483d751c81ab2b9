import type {KnowledgeBase} from '../knowledge/knowledge-base.js'
import type {Profile} from '../knowledge/profile.js'
import type {Condition} from '../knowledge/rule.js'
import type {PhraseBook} from './phrases.js'

import {STATED_FACT} from '../knowledge/rule.js'
import {pickOne, shuffle} from '../random.js'

type Assignment = Record<string, boolean | number | string>

/** A run time the phrase book can say: hours for long runs, seconds for short ones. */
function runTime(rng: () => number, above: number | undefined, atMost: number | undefined): number {
  if (above !== undefined && above >= 900) return (2 + Math.floor(rng() * 5)) * 3600
  if (atMost !== undefined && atMost <= 900) return 5 + Math.floor(rng() * 50)
  return (1 + Math.floor(rng() * 4)) * 1
}

/**
 * The facts one fit rule needs, as an assignment the phrase book can state;
 * undefined when a condition cannot be stated (the rule is skipped).
 */
function assignmentFor(condition: Condition, rng: () => number, book: PhraseBook): Assignment | undefined {
  if ('all' in condition) {
    const merged: Assignment = {}
    for (const c of condition.all) {
      const part = assignmentFor(c, rng, book)
      if (!part) return undefined
      for (const [k, v] of Object.entries(part)) {
        if (k in merged && merged[k] !== v) return undefined
        merged[k] = v
      }
    }
    return merged
  }
  if ('any' in condition) return assignmentFor(pickOne(rng, condition.any), rng, book)
  if ('not' in condition) return {}
  const {fact, operator, value} = condition
  if (fact === STATED_FACT) return {}
  if (fact === 'executionSeconds') {
    if (operator === 'greaterThan' || operator === 'greaterThanInclusive') return {executionSeconds: runTime(rng, value as number, undefined)}
    if (operator === 'lessThan' || operator === 'lessThanInclusive') return {executionSeconds: runTime(rng, undefined, value as number)}
    return undefined
  }
  const chosen = operator === 'in' ? pickOne(rng, value as (boolean | number | string)[]) : operator === 'equal' ? (value as boolean | number | string) : undefined
  if (chosen === undefined || !book.facts[fact]?.[String(chosen)]) return undefined
  return {[fact]: chosen}
}

/**
 * Builds a profile that should make `target` the engine's answer: the facts of
 * two or three of its fit rules (variant-specific rules excluded), picked at
 * random so questions about one service differ in what they state.
 */
export function profileFor(target: string, kb: KnowledgeBase, book: PhraseBook, rng: () => number): Profile | undefined {
  const rules = kb.rules.filter((r) => r.event.type === 'fit' && r.event.params.service === target && !r.event.params.variant)
  const profile: Assignment = {}
  let used = 0
  const wanted = 2 + Math.floor(rng() * 2)
  for (const rule of shuffle(rules, rng)) {
    const assignment = assignmentFor(rule.conditions, rng, book)
    if (!assignment || Object.keys(assignment).length === 0) continue
    if (Object.entries(assignment).some(([k, v]) => k in profile && profile[k] !== v)) continue
    Object.assign(profile, assignment)
    if (++used >= wanted) break
  }
  return used === 0 ? undefined : (profile as Profile)
}
