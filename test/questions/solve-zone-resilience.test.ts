import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * "Highly available" and "survive the loss of a zone", in our own words: the
 * need that an Auto Scaling group across zones and a load balancer meet. Each
 * test failed before the zoneResilient fact existed.
 */
describe('solve reads the need to survive an Availability Zone failure', async () => {
  const {solve, read} = await solveHelpers()

  it('reads the ways people say it, and not "fault-tolerant" batch work or a negated need', () => {
    for (const text of [
      'The booking engine must be highly available.',
      'The team needs the platform to have high availability.',
      'It has to withstand the failure of an entire Availability Zone.',
      'The service must stay available even if one AZ goes down.',
      'There can be no single point of failure in the design.',
    ])
      expect(read(text).zoneResilient, text).toBe(true)
    for (const text of ['The render jobs are fault-tolerant and can restart from a checkpoint.', 'The staging copy does not need to be highly available.'])
      expect(read(text).zoneResilient, text).toBeUndefined()
  })

  it('a one-zone UDP service that must become highly available takes a Network Load Balancer and a multi-zone Auto Scaling group', () => {
    const s = solve(
      'A game studio runs its matchmaking service on three EC2 instances that all sit in one Availability Zone. Players connect over UDP. The studio now needs the service to be highly available at the lowest cost. Which two steps should it take? (Choose two.)',
      [
        'Put an Application Load Balancer in front of the instances',
        'Put a Network Load Balancer in front of the instances',
        'Create an Auto Scaling group that launches the instances across three Availability Zones',
        'Move the instances into a cluster placement group',
        'Buy a larger instance type for each server',
      ],
      2,
    )
    expect(s.profile.zoneResilient).toBe(true)
    expect(s.answer).toEqual(['B', 'C'])
  })
})
