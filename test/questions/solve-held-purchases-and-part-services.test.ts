import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Readings found on sets 331-338 (measured unseen first, then read): what a
 * purchase the company holds can and cannot become, a discount that must
 * follow workloads as they move, and a step that configures the service one
 * part of the stem runs on. Our own sentences; each test failed before its
 * change.
 */
describe('solve reads held purchases and the service each part runs on', async () => {
  const {solve} = await solveHelpers()

  it('a step on the load balancer one part runs behind is judged by that part, not by the other part\'s protocol', () => {
    const s = solve(
      'An online school runs two services in three Availability Zones. The first is a UDP voice service behind a Network Load Balancer with as many healthy targets in each zone as in every other zone, and the school wants to avoid inter-AZ data transfer charges. The second is an HTTPS course portal behind an Application Load Balancer that relies on sticky sessions. Which configuration is MOST cost-effective?',
      [
        'Keep cross-zone load balancing off for the Network Load Balancer, and keep cross-zone load balancing on for the Application Load Balancer\'s target group.',
        'Turn cross-zone load balancing on for the Network Load Balancer, and keep cross-zone load balancing on for the Application Load Balancer\'s target group.',
      ],
    )
    // The portal's step names the ALB, which only the second part runs behind: UDP is the voice service's protocol,
    // though "targets" and "zone" are words of the first part's sentence.
    expect(s.options[0]!.violations.map((v) => v.rule).join(' ')).not.toMatch(/application-load-balancer/)
    expect(s.options[0]!.violations).toEqual([])
  })
})
