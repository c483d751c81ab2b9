import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * "Every night a separate job…" opens a part of its own, as "A separate job…" does: its few hours a night are not
 * said of the always-on tier before it (own-words set 12 #19, abstained once the lexicon read the nightly job's hours).
 * Our own sentences; the test fails without the change.
 */
describe('a separate job introduced after a time of day is a part of its own', async () => {
  const {solve} = await solveHelpers()

  it('the nightly job’s few hours are not said of the always-on web tier', () => {
    const s = solve(
      'An online shop’s stateless web tier in an Auto Scaling group never drops below 20 instances and climbs to about 60 during the day. Every night a separate stock-sync job runs for three hours on 30 instances; a step whose instance disappears is simply run again. The shop wants a lower compute bill without risk to the web tier. Which TWO actions are the MOST cost-effective? (Choose two.)',
      [
        'Buy 3-year Standard Reserved Instances for 60 instances to discount the midday peak.',
        'Cover the 20-instance web baseline with a Savings Plan.',
        'Run the nightly stock-sync job on Dedicated Instances.',
        'Create On-Demand Capacity Reservations for the 20 baseline instances instead of a commitment.',
        'Run the nightly stock-sync job on Spot Instances across several instance types.',
      ],
      2,
    )
    expect(s.answer).toEqual(['B', 'E'])
  })
})
