import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * "Which usage can a Compute Savings Plan's discount apply to?": an option that names nothing edgewise knows ("Amazon
 * EC2 instances in any Region") is not shown to lie outside the plan, so it is left unjudged, never ruled out with
 * "does not cover this". Our own sentences; the test failed before its change.
 */
describe('solve does not rule out usage it cannot name in a coverage question', async () => {
  const {solve} = await solveHelpers()

  it('leaves "Amazon EC2 instances" standing and unjudged, rules out named services the plan does not cover, and abstains', () => {
    const s = solve('A startup is weighing a Compute Savings Plan. Which kinds of usage can its discount apply to? (Choose three.)', [
      'Amazon EC2 instances in any Region, of any size',
      'Amazon RDS database instances',
      'AWS Fargate tasks run by Amazon ECS',
      'Amazon Redshift provisioned clusters',
      'AWS Lambda function duration',
    ])
    expect(s.options[0]!.violations).toEqual([])
    expect(s.options[1]!.violations.map((v) => v.rule)).toEqual(['coverage'])
    expect(s.options[2]!.violations).toEqual([])
    expect(s.abstained).toBe(true)
    expect(s.standing).toContain('A')
  })
})
