import type {Profile} from '../knowledge/profile.js'

import {type Rule, STATED_FACT} from '../knowledge/rule.js'
import {conditionHolds, type ConditionTrace, evaluateCondition, type Facts} from './conditions.js'

/** One rule's verdict on one profile. */
export interface RuleOutcome {
  rule: Rule
  fired: boolean
  trace: ConditionTrace
}

/** A way of running the rule set: json-rules-engine, or the synchronous twin used in batch paths. */
export type Evaluator = (rules: readonly Rule[], profile: Profile) => Promise<RuleOutcome[]>

/** The facts the rules see: the profile's stated fields plus `stated`, the list of their names. */
export function factsOf(profile: Profile): Facts {
  const facts: Record<string, unknown> = {}
  const stated: string[] = []
  for (const [key, value] of Object.entries(profile)) {
    if (value === undefined) continue
    facts[key] = value
    stated.push(key)
  }
  facts[STATED_FACT] = stated.sort()
  return facts
}

/**
 * Evaluates every rule without json-rules-engine. Same semantics (a property
 * test holds the two to identical verdicts); used where thousands of profiles
 * are evaluated — `check` batches and question generation — because the engine
 * spends ~0.5 ms per run deep-cloning conditions. The verdict is computed up
 * front; the trace only when something reads it (reasons of fired rules,
 * `--explain`), since most of the ~170 rules do not fire and nobody asks why.
 */
export function evaluateRulesSync(rules: readonly Rule[], profile: Profile): RuleOutcome[] {
  const facts = factsOf(profile)
  return rules.map((rule) => new LazyOutcome(rule, conditionHolds(rule.conditions, facts), facts))
}

/** An outcome whose trace is built on first read (a class: object literals with getters are slow to create). */
class LazyOutcome implements RuleOutcome {
  #trace: ConditionTrace | undefined
  constructor(
    readonly rule: Rule,
    readonly fired: boolean,
    private readonly facts: Facts,
  ) {}

  get trace(): ConditionTrace {
    this.#trace ??= evaluateCondition(this.rule.conditions, this.facts)
    return this.#trace
  }
}

export const syncEvaluator: Evaluator = async (rules, profile) => evaluateRulesSync(rules, profile)
