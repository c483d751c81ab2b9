import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * "Wants AWS to handle capacity provisioning, scaling, and platform updates" asks for a platform that provisions and
 * patches for the team (Elastic Beanstalk), as "have AWS provision capacity, load balancing and scaling" did. Our own
 * sentences; each test failed before the change.
 */
describe('solve reads a team that wants AWS to handle provisioning and platform updates', async () => {
  const {solve, read} = await solveHelpers()

  it('capacity provisioning and platform or OS updates are things a platform handles', () => {
    expect(read('The team wants AWS to handle capacity provisioning, scaling and OS patching.').platformProvisioning).toBe(true)
    expect(read('We would like AWS to manage capacity provisioning and platform updates.').platformProvisioning).toBe(true)
  })

  it('a long-running queue worker for a team with no server skills answers an Elastic Beanstalk worker environment', () => {
    const s = solve(
      'A small team writes Node.js code that works through jobs from an Amazon SQS queue; some jobs run for 40 minutes. The team knows nothing of containers or server administration and wants AWS to handle capacity provisioning, scaling and platform updates. Which solution is MOST appropriate?',
      [
        'An AWS Lambda function with an SQS event source mapping and the longest timeout.',
        'An AWS Elastic Beanstalk worker environment that reads from the queue.',
        'An Amazon EKS cluster with managed node groups running the code as a Deployment.',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })
})
