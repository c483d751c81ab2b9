import {describe, expect, it} from 'vitest'

import {joinedSteps} from '../../src/core/questions/part-names.js'
import {introducesAnotherPart} from '../../src/core/questions/stem-readings.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * A stem that describes interruptible workers and, "on the same cluster", a
 * service that must not stop describes two parts; an option that gives each a
 * choice joined by a bare "and" ("Fargate Spot for the workers and Fargate for
 * the API") answers them one by one. Set 45 #40 (own words) was answered
 * wrongly with the regular-Fargate option, because the whole stem was read as
 * one workload that must not be interrupted. Our own sentences; each test
 * failed before its change.
 */
describe('solve reads a second service on the same cluster as a part of its own', async () => {
  const {solve} = await solveHelpers()

  it('a subject placed on the same cluster, account or fleet opens another part', () => {
    expect(introducesAnotherPart('Render workers on ECS pull frames from a queue. The checkout API on the same cluster must stay up.')).toBe(true)
    expect(introducesAnotherPart('Render workers on ECS pull frames from a queue. An admin portal in the same account handles refunds.')).toBe(true)
    expect(introducesAnotherPart('Render workers on ECS pull frames from a queue. The checkout API must stay up.')).toBe(false)
  })

  it('"X for the A and Y for the B" is one choice per part, but not a list whose items do not name their part', () => {
    expect(joinedSteps('Fargate Spot for the render workers and regular Fargate for the checkout API')?.map((s) => s.body)).toEqual([
      'Fargate Spot for the render workers',
      'regular Fargate for the checkout API',
    ])
    expect(joinedSteps('Fargate Spot and a Compute Savings Plan for the render workers')).toBeUndefined()
    expect(joinedSteps('An Elastic Beanstalk web environment for the storefront and a worker environment for the rest')).toBeUndefined()
  })

  it('interruptible queue workers go to Fargate Spot while the API beside them stays on regular Fargate', () => {
    const s = solve(
      'A team posted this in its chat: "our ECS render workers on Fargate take frames from an SQS queue; when a task is stopped, the frame simply returns to the queue and another worker picks it up. About 40 workers run all day. The checkout API on the same cluster must never be stopped. All images are x86 Linux." Which option is the MOST cost-effective?',
      [
        'Run the render workers on a Fargate Spot capacity provider and regular Fargate for the checkout API',
        'Run both services on Fargate Spot with a base of one regular Fargate task each',
        'Move the render workers to On-Demand EC2 instances in an ECS capacity provider',
        'Buy a Compute Savings Plan and keep both services on regular Fargate',
      ],
    )
    expect(s.answer).toEqual(['A'])
  })
})
