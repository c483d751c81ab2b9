import {type Condition, STATED_FACT} from '../knowledge/rule.js'

const show = (value: unknown) => (Array.isArray(value) ? value.join(' or ') : String(value))

/** Reads a condition tree as a short English phrase ("workload is batch and interruptionTolerant is true"). */
export function describeCondition(condition: Condition): string {
  if ('all' in condition) {
    return condition.all
      .filter((c) => !('fact' in c && c.fact === STATED_FACT))
      .map(describeCondition)
      .join(' and ')
  }
  if ('any' in condition) return `(${condition.any.map(describeCondition).join(' or ')})`
  if ('not' in condition) return `not (${describeCondition(condition.not)})`
  const {fact, operator, value} = condition
  switch (operator) {
    case 'equal':
    case 'in':
      return `${fact} is ${show(value)}`
    case 'notEqual':
    case 'notIn':
      return `${fact} is not ${show(value)}`
    case 'greaterThan':
      return `${fact} > ${show(value)}`
    case 'greaterThanInclusive':
      return `${fact} ≥ ${show(value)}`
    case 'lessThan':
      return `${fact} < ${show(value)}`
    case 'lessThanInclusive':
      return `${fact} ≤ ${show(value)}`
    case 'contains':
      return `${fact} includes ${show(value)}`
    case 'doesNotContain':
      return `${fact} excludes ${show(value)}`
  }
}
