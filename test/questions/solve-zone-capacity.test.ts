import {describe, expect, it} from 'vitest'

import {zoneCapacity} from '../../src/core/questions/zone-capacity.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Capacity that must survive the loss of an Availability Zone is arithmetic:
 * N instances spread evenly over Z zones keep N − ⌈N/Z⌉. Our own questions.
 */
describe('solve works out capacity that must survive the loss of a zone', async () => {
  const {solve} = await solveHelpers()
  const stem =
    'A booking API needs at least 8 healthy instances to serve its normal load, and it must keep that capacity if one Availability Zone fails. The Region has four Availability Zones. Which layout meets this with the FEWEST instances?'

  it('answers the fewest instances that still keep the capacity, and rules out the layouts that do not', () => {
    const s = solve(stem, [
      'Eight instances, all in a single Availability Zone',
      '4 instances in each of 3 Availability Zones',
      'Two Availability Zones with 8 instances each',
      '3 instances in each of 4 Availability Zones',
    ])
    // 8 in one zone keep 0; 12 over 3 keep 8; 16 over 2 keep 8; 12 over 4 keep 9: B and D tie at 12.
    expect(s.abstained).toBe(true)
    const t = solve(stem, ['Eight instances, all in a single Availability Zone', '4 instances in each of 3 Availability Zones', 'Two Availability Zones with 8 instances each', '2 instances in each of 4 Availability Zones'])
    expect(t.answer).toEqual(['B'])
    expect(t.options[3]!.violations.map((v) => v.rule)).toEqual(['zone-capacity'])
    expect(t.options[1]!.reasons[0]).toMatch(/12 instances in 3 Availability Zones keep 8/)
  })

  it('gives no answer when an option states no layout it can count, or the stem states no zone loss', () => {
    expect(zoneCapacity(stem, ['Eight instances in one Availability Zone', 'Use a larger instance type', '3 instances in each of 4 Availability Zones'], {})).toBeUndefined()
    expect(zoneCapacity('A booking API needs at least 8 instances. Which layout has the FEWEST instances?', ['8 instances across 2 Availability Zones', '12 instances across 3 Availability Zones'], {})).toBeUndefined()
  })

  it('with several layouts that work and no cost cue, gives no answer', () => {
    expect(zoneCapacity('The API needs at least 4 instances even if an Availability Zone is lost. Which layout works?', ['6 instances across 3 Availability Zones', '8 instances across 2 Availability Zones', '4 instances in one AZ'], {})).toBeUndefined()
  })

  it('a spread placement group with more than seven instances in one zone cannot be built', () => {
    const s = solve(
      'A 10-node quorum service must never have two nodes share an underlying rack, and the loss of one rack should remove at most one node. The Region has two Availability Zones. Which layout works?',
      [
        'All 10 instances in one spread placement group in a single Availability Zone',
        'One spread placement group across the two Availability Zones, five instances in each zone',
        'One cluster placement group for the 10 instances',
        'Ten instances in a partition placement group with two partitions',
      ],
    )
    expect(s.profile.instancePlacement).toBe('separate-hardware')
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('spread-limit')
    expect(s.options[1]!.violations.map((v) => v.rule)).not.toContain('spread-limit')
    expect(s.answer).toEqual(['B'])
  })
})
