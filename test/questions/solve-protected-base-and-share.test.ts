import {describe, expect, it} from 'vitest'

import {capacitySplitOf} from '../../src/core/questions/option-terms.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * A floor of instances "that cannot be interrupted" says the capacity above it may be (set 330 #7, measured unseen
 * first): the stem is a protected base with interruptible capacity above it, not a fleet that must never be
 * interrupted, and "stateless" beside it no longer contests the reading. An option that keeps part of that capacity
 * On-Demand, or draws its Spot from one instance type, is cautioned. Our own sentences; each test failed before its
 * change.
 */
describe('solve reads a protected floor as a base with interruptible capacity above it', async () => {
  const {solve, read} = await solveHelpers()

  it('"at least N instances that cannot be interrupted" is a protected base', () => {
    expect(read('The shop always needs at least six instances that cannot be interrupted.').burstInterruptible).toBe(true)
    expect(read('The database needs two instances that cannot be interrupted.').burstInterruptible).toBeUndefined()
  })

  it('a mixed instances group with an On-Demand base and all Spot above it, over several types, is the answer', () => {
    const s = solve(
      'A stateless booking site runs in one EC2 Auto Scaling group behind an Application Load Balancer. It always needs at least six instances that cannot be interrupted, and any capacity above those six should cost as little as possible. The site runs on several instance types. Which configuration meets these requirements?',
      [
        'One group that uses only Spot Instances with a minimum of twelve',
        'A mixed instances policy with an On-Demand base capacity of six, 0% On-Demand above the base, and several instance types',
        'A mixed instances policy with 40% On-Demand above the base capacity and a single instance type',
        'Two groups, six On-Demand Instances in one and Spot Instances in the other, each behind its own load balancer',
      ],
    )
    const cautions = s.options[2]!.reasons.join(' ')
    expect(cautions).toMatch(/40% of the capacity above the base On-Demand/)
    expect(cautions).toMatch(/single instance type/)
    expect(s.answer).toEqual(['B'])
  })

  it('a share the stem names itself ("75% of it on Spot") is read, and the option that keeps it is not cautioned', () => {
    expect(capacitySplitOf('Capacity above that can be interrupted, and the company wants 75% of it to run on Spot Instances.')).toEqual({
      percentAboveBase: 25,
    })
    const s = solve(
      'A stateless API must always keep at least 4 On-Demand Instances. Capacity above that can be interrupted, and the team wants 80% of it to run on Spot Instances. The API runs on three instance types. Which configuration is MOST cost-effective?',
      [
        'A mixed instances policy with On-Demand base 4, 20% On-Demand above base, and the three instance types',
        'A mixed instances policy with On-Demand base 4, 50% On-Demand above base, and the three instance types',
      ],
    )
    expect(s.options[0]!.reasons.join(' ')).not.toMatch(/of the capacity above the base On-Demand/)
  })

  it('"all tasks with FARGATE_SPOT", "FARGATE_SPOT for all tasks" and a group "made up of Spot Instances" put the base on Spot', () => {
    const s = solve(
      'An ECS service on AWS Fargate runs 12 tasks. At least three tasks must always run on capacity that AWS cannot reclaim. The rest can be interrupted and should cost as little as possible. Which configuration meets these requirements?',
      [
        'Run all tasks with the FARGATE_SPOT capacity provider',
        'Use a capacity provider strategy with a base of 3 on FARGATE and send the other tasks to FARGATE_SPOT',
        'Move the service to an Auto Scaling group capacity provider made up of Spot Instances',
        'Use FARGATE_SPOT for all tasks and set the minimum task count to 3',
      ],
    )
    for (const i of [0, 2, 3]) expect(s.options[i]!.violations.map((v) => v.rule)).toContain('term')
    expect(s.answer).toEqual(['B'])
  })
})
