import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * A regional Reserved Instance reserves no capacity, but its discount applies to an On-Demand Capacity Reservation:
 * an option that creates the reservation and pays for it with regional RIs keeps capacity in the zone. The rule names
 * the variant that answers it ("ec2-on-demand/on-demand-capacity-reservations"), whatever words join the two. Our own
 * sentences; the first test failed before the change.
 */
describe('solve reads a regional RI paired with a Capacity Reservation as holding capacity', async () => {
  const {solve} = await solveHelpers()
  const stem =
    'A payroll service runs 8 m7i.large Linux instances around the clock and will for 3 years. The auditors require that capacity for all 8 instances is always reserved in one Availability Zone. Which purchase meets the requirements?'
  const rules = (s: ReturnType<typeof solve>, i: number) => s.options[i]!.violations.map((v) => v.rule)

  it('an option that creates the reservation and pays for it with regional RIs is not sunk', () => {
    const s = solve(stem, [
      'Create an On-Demand Capacity Reservation in that zone and pay for it with 3-year regional Reserved Instances',
      'Buy 3-year regional Reserved Instances for m7i.large',
    ])
    expect(rules(s, 0)).not.toContain('reserved-instances.regional-no-capacity')
    expect(rules(s, 1)).toContain('reserved-instances.regional-no-capacity')
  })

  it('a regional RI with no Capacity Reservation beside it still reserves nothing', () => {
    const s = solve(stem, ['Buy 3-year regional Reserved Instances and rely on them to keep the capacity', 'Spread the instances over three zones with regional Reserved Instances'])
    expect(rules(s, 0)).toContain('reserved-instances.regional-no-capacity')
    expect(rules(s, 1)).toContain('reserved-instances.regional-no-capacity')
  })
})
