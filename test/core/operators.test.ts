import {createRequire} from 'node:module'
import {describe, expect, it} from 'vitest'

import {applyOperator} from '../../src/core/advisor/conditions.js'
import {OPERATORS} from '../../src/core/knowledge/rule.js'

// json-rules-engine's own operator table, the reference the synchronous evaluator reproduces.
const require = createRequire(import.meta.url)
const reference = (
  require('json-rules-engine/dist/engine-default-operators.js') as {
    default: {name: string; evaluate: (fact: unknown, value: unknown) => boolean}[]
  }
).default

// Fact values beyond what a valid profile holds: strings that parse as numbers, and values that do not.
const factValues: unknown[] = [
  0,
  -0,
  1,
  2.5,
  -3,
  1e21,
  Number.POSITIVE_INFINITY,
  Number.NaN,
  '12',
  '12abc',
  'abc',
  '',
  ' ',
  null,
  undefined,
  true,
  false,
  [],
  ['a'],
  {},
]
const ruleValues: unknown[] = [0, 1, 2.5, 'a', ['a', 1], []]

describe('applyOperator', () => {
  it.each(OPERATORS.map((operator) => [operator]))(
    "%s gives json-rules-engine's result for odd fact values",
    (operator) => {
      const op = reference.find((o) => o.name === operator)!
      expect(op).toBeDefined()
      for (const fact of factValues) {
        for (const value of ruleValues) {
          const expected = (() => {
            try {
              return op.evaluate(fact, value)
            } catch {
              return 'throws'
            }
          })()
          if (expected === 'throws') continue
          expect([operator, fact, value, applyOperator(operator, fact, value)]).toEqual([
            operator,
            fact,
            value,
            expected,
          ])
        }
      }
    },
  )
})
