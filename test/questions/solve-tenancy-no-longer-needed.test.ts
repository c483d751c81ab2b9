import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Dedicated Instances cost more than default tenancy; when the stem says single-tenant hardware is not needed, that
 * premium buys nothing, and an option that keeps it loses to one that pays for the same instances on shared tenancy.
 * Our own sentences; the test failed before the change.
 */
describe('solve cautions Dedicated Instances that nothing requires', async () => {
  const {solve} = await solveHelpers()

  it('with no single-tenant requirement, shared tenancy with a Savings Plan beats Dedicated Instances with RIs', () => {
    const s = solve(
      'A firm now uses license-included Linux AMIs, and its compliance team has confirmed it does not need single-tenant hardware. Its instances run around the clock on Dedicated Hosts, and it will keep them for several years. Which change lowers compute cost the MOST?',
      [
        'Move the instances to Dedicated Instances and buy Convertible Reserved Instances',
        'Keep the Dedicated Hosts and buy Dedicated Host Reservations',
        'Move the instances to default tenancy and cover them with a Compute Savings Plan',
      ],
    )
    expect(s.options[0]!.reasons.some((r) => /Nothing here needs single-tenant hardware/.test(r))).toBe(true)
    expect(s.answer).toEqual(['C'])
  })
})
