import type {Condition, LeafCondition, Operator} from '../knowledge/rule.js'

/** What one condition evaluated to, kept for explanations (`--explain`) and evidence. */
export type ConditionTrace =
  | {kind: 'all' | 'any'; result: boolean; children: ConditionTrace[]}
  | {kind: 'leaf'; fact: string; operator: Operator; value: LeafCondition['value']; factValue: unknown; result: boolean}
  | {kind: 'not'; result: boolean; child: ConditionTrace}

export type Facts = Readonly<Record<string, unknown>>

// json-rules-engine's test, parseFloat(v).toString() !== 'NaN', without building a string per comparison.
const isNumeric = (v: unknown) => !Number.isNaN(typeof v === 'number' ? v : Number.parseFloat(v as string))

/**
 * json-rules-engine's default operators, reproduced exactly, including their
 * input validators (a numeric comparison against a missing fact is false, and
 * `notIn` against a missing fact is true — which is why rules guard negative
 * operators with the `stated` fact).
 */
export function applyOperator(operator: Operator, factValue: unknown, value: unknown): boolean {
  switch (operator) {
    case 'equal':
      return factValue === value
    case 'notEqual':
      return factValue !== value
    case 'in':
      return (value as unknown[]).includes(factValue)
    case 'notIn':
      return !(value as unknown[]).includes(factValue)
    case 'contains':
      return Array.isArray(factValue) && factValue.includes(value)
    case 'doesNotContain':
      return Array.isArray(factValue) && !factValue.includes(value)
    case 'lessThan':
      return isNumeric(factValue) && (factValue as number) < (value as number)
    case 'lessThanInclusive':
      return isNumeric(factValue) && (factValue as number) <= (value as number)
    case 'greaterThan':
      return isNumeric(factValue) && (factValue as number) > (value as number)
    case 'greaterThanInclusive':
      return isNumeric(factValue) && (factValue as number) >= (value as number)
  }
}

/** Whether a condition holds, without a trace (short-circuits; same result as `evaluateCondition`). */
export function conditionHolds(condition: Condition, facts: Facts): boolean {
  // Loops, not every/some: this runs for every rule of every document in a batch, and closures are garbage.
  if ('all' in condition) {
    for (const c of condition.all) if (!conditionHolds(c, facts)) return false
    return true
  }
  if ('any' in condition) {
    for (const c of condition.any) if (conditionHolds(c, facts)) return true
    return false
  }
  if ('not' in condition) return !conditionHolds(condition.not, facts)
  return applyOperator(condition.operator, facts[condition.fact], condition.value)
}

/** Evaluates a json-rules-engine condition tree synchronously, with a full trace. */
export function evaluateCondition(condition: Condition, facts: Facts): ConditionTrace {
  if ('all' in condition) {
    const children = condition.all.map((c) => evaluateCondition(c, facts))
    return {kind: 'all', result: children.every((c) => c.result), children}
  }
  if ('any' in condition) {
    const children = condition.any.map((c) => evaluateCondition(c, facts))
    return {kind: 'any', result: children.some((c) => c.result), children}
  }
  if ('not' in condition) {
    const child = evaluateCondition(condition.not, facts)
    return {kind: 'not', result: !child.result, child}
  }
  const factValue = facts[condition.fact]
  return {
    kind: 'leaf',
    fact: condition.fact,
    operator: condition.operator,
    value: condition.value,
    factValue,
    result: applyOperator(condition.operator, factValue, condition.value),
  }
}

/** Every leaf of a condition tree, in order. */
export function leavesOf(condition: Condition): LeafCondition[] {
  if ('all' in condition) return condition.all.flatMap(leavesOf)
  if ('any' in condition) return condition.any.flatMap(leavesOf)
  if ('not' in condition) return leavesOf(condition.not)
  return [condition]
}

/** The leaves that held in a fired rule: the facts that produced its verdict. */
export function satisfiedLeaves(trace: ConditionTrace): Extract<ConditionTrace, {kind: 'leaf'}>[] {
  switch (trace.kind) {
    case 'leaf':
      return trace.result ? [trace] : []
    case 'not':
      return []
    default:
      return trace.result ? trace.children.flatMap(satisfiedLeaves) : []
  }
}
