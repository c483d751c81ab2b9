import {describe, expect, it} from 'vitest'

import {partReadings} from '../../src/core/questions/stem-readings.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Set 189 (measured unseen first) described two workloads in one sentence,
 * each opened by a count of the tasks that run it ("…: 20 tasks serve a
 * customer-facing API…, and 40 tasks process messages…"), and stated the API's
 * own requirement later ("The API must not be interrupted"). Both were read as
 * one part, so Fargate Spot went to the API. Our own sentences; each test
 * failed before its change.
 */
describe('solve reads counted items of one sentence, and a later sentence about one of them', async () => {
  const {kb, solve, read} = await solveHelpers()
  const stem =
    'A retailer runs 50 Amazon ECS tasks on AWS Fargate for about $7,000 per month: 15 tasks serve the checkout API around the clock at a steady level, and 35 tasks resize product images from an Amazon SQS queue, are idempotent, and can be stopped at any time. The checkout API must not be interrupted, and its footprint will stay the same for at least 3 years. Which two actions lower costs the MOST? (Choose two.)'

  it('each counted item is a part; the sentence before them and the one about the API go where they belong', () => {
    const parts = partReadings(stem, read(stem), kb)
    expect(parts).toHaveLength(2)
    expect(parts[0]!.profile.interruptionTolerant).toBe(false)
    expect(parts[0]!.profile.commitmentYears).toBe(3)
    expect(parts[1]!.profile.interruptionTolerant).toBe(true)
    expect(parts[1]!.profile.containerized).toBe(true)
  })

  it('Fargate Spot for the image workers, a Compute Savings Plan for the steady API', () => {
    const s = solve(
      stem,
      [
        'Move the 15 checkout API tasks to a capacity provider strategy that uses FARGATE_SPOT.',
        'Move the 35 image-resizing tasks to a capacity provider strategy that uses FARGATE_SPOT.',
        "Buy a 3-year EC2 Instance Savings Plan sized to the checkout API tasks' steady usage.",
        "Buy a 3-year Compute Savings Plan sized to the checkout API tasks' steady usage.",
      ],
      2,
    )
    expect(s.answer).toEqual(['B', 'D'])
  })
})
