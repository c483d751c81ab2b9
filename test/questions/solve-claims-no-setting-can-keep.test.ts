import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Options that promise what no setting delivers: a maximum price on Fargate (it takes none), Capacity Rebalancing or a
 * Spot maximum price that "guarantees" no interruption, and selling the unused part of a Savings Plan, which cannot be
 * sold. Sets 324, 326 (measured unseen first) chose such options. Our own sentences; each test failed before its
 * change.
 */
describe('solve sinks options that claim what no setting can do', async () => {
  const {solve} = await solveHelpers()
  const violations = (s: ReturnType<typeof solve>, letter: string) =>
    s.options.find((o) => o.letter === letter)!.violations.map((v) => v.rule)

  it('a maximum Spot price for Fargate tasks is no setting of Fargate', () => {
    const s = solve(
      'An ECS service on AWS Fargate must always keep three tasks that AWS cannot take back. At busy times it grows to 15 tasks, and the tasks above those three may be interrupted. Which setup costs the LEAST while meeting these needs?',
      [
        'Put every task on FARGATE_SPOT and raise the desired count to make up for interruptions.',
        'Keep the Fargate launch type and set a maximum Spot price in the task definition.',
        'Run every task on FARGATE and let Service Auto Scaling scale in to zero each night.',
        'Use a capacity provider strategy with a FARGATE base of 3 and FARGATE_SPOT weighted above FARGATE for the rest.',
      ],
    )
    expect(violations(s, 'B')).toContain('cannot')
    expect(s.answer).toEqual(['D'])
  })

  it('neither Capacity Rebalancing nor a Spot maximum price keeps Spot Instances from being reclaimed', () => {
    const s = solve(
      'Queue consumers on Spot Instances take up to a minute per message. The team must not lose a message when EC2 takes an instance back. Which approach meets the requirement?',
      [
        'Turn on Capacity Rebalancing for the Auto Scaling group, since it guarantees that Spot Instances are never interrupted.',
        'Handle the two-minute Spot interruption notice: stop taking new messages, finish the ones in flight, and keep the visibility timeout above the longest processing time.',
        'Request the Spot Instances with a maximum price equal to the On-Demand price so that EC2 never reclaims them.',
      ],
    )
    expect(violations(s, 'A')).toContain('cannot')
    expect(violations(s, 'C')).toContain('cannot')
  })

  it('the unused part of a Savings Plan cannot be sold, however the option points back to it', () => {
    const s = solve(
      'A retailer plans to buy a 1-year Savings Plan for its steady compute usage. In five months a third of that usage moves to a business it is selling. It wants to pay for no commitment it will not use. How should it size the plan?',
      [
        'Commit to the two thirds of usage that stays and pay On-Demand for the rest until it moves.',
        'Commit to all of today’s usage, then sell the unused part in the Reserved Instance Marketplace.',
      ],
    )
    expect(violations(s, 'B')).toContain('cannot')
  })

  it('a step that names its own reservations sells those, not the plan the stem names', () => {
    const s = solve(
      'A retailer holds a 1-year Savings Plan for its steady compute usage. Which step lowers its bill for the Windows fleet it is retiring?',
      ['Sell the unused part of the Standard Reserved Instances in the Reserved Instance Marketplace.'],
    )
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).not.toMatch(/Savings Plan cannot be sold/)
  })

  it('"cancel them" after Capacity Reservations cancels the reservations, not the Savings Plan the stem names', () => {
    const s = solve(
      'A concert promoter needs 150 extra instances in one specific Availability Zone for a 2-day ticket sale and cannot risk a capacity shortage. Its year-round 15 instances are covered by a Savings Plan. Which option secures the capacity with no long-term commitment?',
      ['Create On-Demand Capacity Reservations for the 2 days of the sale and cancel them afterward.'],
    )
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).not.toMatch(/Savings Plan cannot be cancelled/)
  })
})
