import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * A team that lets burstable instances slow down when their credits run out, but never lets them cost more than their
 * hourly price, wants standard credit mode; unlimited mode bills surplus credits. Our own sentences; each test failed
 * before the change.
 */
describe('solve reads burstable instances whose charges must stay at the hourly price', async () => {
  const {solve, read} = await solveHelpers()

  it('reads the cap on charges and the accepted slowdown; surplus credits billed today are not a cap', () => {
    expect(read('Finance requires that the T3 instances never incur charges beyond their hourly price.').noBurstCharges).toBe(true)
    expect(read('The testers accept slower performance when the instances run out of their CPU credits.').noBurstCharges).toBe(true)
    expect(read('The instances bill surplus credits every month.').noBurstCharges).toBeUndefined()
  })

  it('standard mode fits and unlimited mode is cautioned', () => {
    const s = solve(
      'A QA team launches T3 instances for short test runs. Finance requires that the instances never incur charges beyond their hourly price, and the testers accept slower performance when the instances run out of their CPU credits. How should the instances be configured?',
      ['Launch the instances in unlimited mode', 'Launch the instances with the standard credit specification', 'Launch the instances as Dedicated Instances'],
    )
    expect(s.options[0]!.reasons.some((r) => /bills the surplus credits/.test(r))).toBe(true)
    expect(s.options[1]!.reasons.some((r) => /never billed for surplus credits/.test(r))).toBe(true)
    expect(s.answer).toEqual(['B'])
  })
})
