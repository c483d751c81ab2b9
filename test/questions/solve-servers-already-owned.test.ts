import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * "Keep the containerized workloads on servers it already owns in its data center" is work bound to the company's
 * own servers, which ECS Anywhere runs on and an Outposts rack replaces. Our own sentences; each test failed before
 * the change.
 */
describe('solve reads work kept on servers the company already owns', async () => {
  const {solve, read} = await solveHelpers()

  it('"on servers it already owns" binds the work to existing servers; retiring them does not', () => {
    expect(read('The bank must run the batch containers on the servers it already owns in its data center.').existingServers).toBe(true)
    expect(read('The company will retire the servers it already owns.').existingServers).toBeUndefined()
  })

  it('containers kept on owned servers under the ECS control plane answer ECS Anywhere', () => {
    const s = solve(
      'A hospital must keep some containerized workloads on servers it already owns in its data center and will not buy new hardware. It wants to manage them with the same control plane as its Amazon ECS clusters in AWS. Which solution meets these requirements?',
      [
        'An AWS Outposts rack running Amazon ECS',
        'Amazon ECS Anywhere with the hospital servers registered as external instances',
        'Amazon ECS on AWS Fargate in the nearest Region',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })
})
