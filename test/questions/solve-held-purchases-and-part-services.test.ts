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
  const {solve, read} = await solveHelpers()

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

  it('Reserved Instances cannot be exchanged for a Savings Plan', () => {
    const s = solve(
      'A company holds Standard Reserved Instances for m5.large Linux instances scoped to one Availability Zone. The instances now run in two other zones of the same Region, so the reservations no longer apply. The company needs no capacity in a particular zone. What is the simplest way to get the discount back?',
      [
        'Exchange the Reserved Instances for an EC2 Instance Savings Plan.',
        'Change the scope of the Reserved Instances from the Availability Zone to the Region.',
      ],
    )
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/can be exchanged or converted into a Savings Plan/)
    expect(s.answer).not.toEqual(['A'])
  })

  it('an On-Demand Capacity Reservation cannot be converted into Reserved Instances', () => {
    const s = solve(
      'A company holds On-Demand Capacity Reservations for 8 c6i.large instances in one Availability Zone and wants them discounted. What should it do?',
      ['Convert the On-Demand Capacity Reservations into zonal Reserved Instances.', 'Buy a Compute Savings Plan that matches the usage.'],
    )
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/cannot be converted or exchanged/)
  })

  it('a regional Reserved Instance whose discount applies to a Capacity Reservation the option keeps is not rejected for reserving no capacity', () => {
    const s = solve(
      'A company has an On-Demand Capacity Reservation for 6 m6i.large Linux instances in one Availability Zone. The workload runs around the clock for at least 2 more years, and the company must keep the reserved capacity while paying less. What should a solutions architect recommend?',
      [
        'Nothing, because a Capacity Reservation is already billed below the On-Demand rate.',
        'Buy a matching regional Reserved Instance, whose discount applies to the Capacity Reservation.',
      ],
    )
    expect(s.options[1]!.violations.map((v) => v.rule)).not.toContain('reserved-instances.regional-no-capacity')
    // "Nothing" proposes nothing; the Capacity Reservation it names is only its reason.
    expect(s.options[0]!.services).toEqual([])
    expect(s.answer).toEqual(['B'])
  })

  it('a discount kept "as the workloads change" must cover where the stem says they go (Fargate)', () => {
    const s = solve(
      'A retailer runs a steady fleet of c6i instances all day. Within a year it will move part of the fleet to c7g instances and run several services as containers on AWS Fargate. It wants a 3-year commitment while keeping the discount as the workloads change. Which purchase meets these requirements?',
      ['Convertible Reserved Instances for c6i, exchanged for c7g later', 'A Compute Savings Plan'],
    )
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/cannot discount AWS Fargate/)
    expect(s.answer).toEqual(['B'])
  })

  it('"can be safely restarted from the beginning" is not work that must not be interrupted', () => {
    expect(read('Each render can be safely restarted from the beginning if it fails.').interruptionTolerant).not.toBe(false)
    expect(read('A failed run would have to be restarted from the beginning, which the team cannot afford.').interruptionTolerant).toBe(false)
  })

  it('how long a peak lasts ("grows to 300 instances for a few days") is not a short commitment horizon', () => {
    expect(read('During the holiday sale the fleet grows to 300 instances for a few days.').commitmentYears).toBeUndefined()
    expect(read('The analytics cluster will be needed for a few days during the audit.').commitmentYears).toBe(0)
  })
})
