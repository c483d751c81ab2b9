import type {LeafCondition, Operator} from '../knowledge/rule.js'
import type {ConditionTrace} from './conditions.js'
import type {NestedConditionResult, RuleResult} from './jre-types.js'

import {type Evaluator, factsOf, type RuleOutcome} from './evaluate.js'

/**
 * Runs the rule set through json-rules-engine, the reference implementation of
 * the rule format. Imported lazily: the library costs start-up time that only
 * commands evaluating rules should pay.
 */
export const jsonRulesEngineEvaluator: Evaluator = async (rules, profile) => {
  const jre = (await import('json-rules-engine')) as typeof import('json-rules-engine') & {
    default?: typeof import('json-rules-engine')
  }
  // CommonJS under a bundler: the named export may only exist on `default`.
  const Engine = typeof jre.Engine === 'function' ? jre.Engine : jre.default!.Engine
  const engine = new Engine([], {allowUndefinedFacts: true})
  for (const rule of rules) {
    engine.addRule({
      name: rule.name,
      priority: rule.priority ?? 1,
      conditions: rule.conditions as never,
      event: rule.event,
    })
  }
  const {results, failureResults} = await engine.run({...factsOf(profile)})
  const byName = new Map<string, RuleResult>()
  for (const result of [...results, ...failureResults]) byName.set(result.name, result as RuleResult)
  return rules.map((rule): RuleOutcome => {
    const result = byName.get(rule.name)
    if (!result) throw new Error(`json-rules-engine returned no result for rule ${rule.name}`)
    return {rule, fired: result.result === true, trace: toTrace(result.conditions as NestedConditionResult)}
  })
}

/** json-rules-engine records results on leaves only; boolean nodes are recomputed from their children. */
function toTrace(node: NestedConditionResult): ConditionTrace {
  if (Array.isArray(node.all)) {
    const children = node.all.map(toTrace)
    return {kind: 'all', result: children.every((c) => c.result), children}
  }
  if (Array.isArray(node.any)) {
    const children = node.any.map(toTrace)
    return {kind: 'any', result: children.some((c) => c.result), children}
  }
  if (node.not) {
    const child = toTrace(node.not)
    return {kind: 'not', result: !child.result, child}
  }
  return {
    kind: 'leaf',
    fact: node.fact ?? '',
    operator: node.operator as Operator,
    value: node.value as LeafCondition['value'],
    factValue: node.factResult,
    // A leaf skipped by short-circuit evaluation carries no result.
    result: node.result === true,
  }
}
