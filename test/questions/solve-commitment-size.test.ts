import {describe, expect, it} from 'vitest'

import {averageSizedCautions, fleetSizesOf, peakSizedCautions} from '../../src/core/questions/commitment-size.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * A Savings Plan or Reserved Instances sized above what runs all the time
 * pays for idle capacity every hour. Unseen probes had a plan "whose
 * commitment matches the cost of" the peak outscore one sized to the
 * baseline. Our own sentences.
 */
describe('a commitment is sized to the baseline, not the peak', async () => {
  const {solve} = await solveHelpers()

  it('reads the baseline and the peak a stem states, in its own sentences or in one', () => {
    expect(fleetSizesOf('A game studio keeps 8 instances busy around the clock. During weekend tournaments the group scales out to 50 instances.')).toEqual({
      baseline: 8,
      peak: 50,
    })
    expect(fleetSizesOf('Fifteen servers run all year, and for a few days each spring the shop needs as many as 90 servers.')).toEqual({baseline: 15, peak: 90})
    expect(fleetSizesOf('The clinic runs 20 m6i.large instances year-round; at the end of each month it needs 60 of the same instances for two days.')).toEqual({
      baseline: 20,
      peak: 60,
    })
  })

  it('reads nothing without both counts, or when the larger count is not a peak', () => {
    expect(fleetSizesOf('The company runs 40 instances around the clock.')).toBeUndefined()
    expect(fleetSizesOf('The group scales out to 30 instances during the sale.')).toBeUndefined()
    expect(fleetSizesOf('The company runs 40 instances around the clock. Its data warehouse has 300 tables.')).toBeUndefined()
  })

  const stem =
    'A ticket office runs 10 instances around the clock, and when a big concert goes on sale its Auto Scaling group grows to 60 instances for an hour or two. Which purchase is the MOST cost-effective for the instances?'

  it('rules out a plan sized to the peak when the question asks for the lowest cost, by count or in words', () => {
    const s = solve(stem, [
      'A Compute Savings Plan whose hourly commitment covers 60 instances',
      'A Compute Savings Plan whose hourly commitment covers the 10 instances that never stop, with On-Demand for the rest',
      'Standard Reserved Instances sized to the peak of the group',
      'On-Demand Instances for everything',
    ])
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('commitment-size')
    expect(s.options[2]!.violations.map((v) => v.rule)).toContain('commitment-size')
    expect(s.options[1]!.violations).toEqual([])
    expect(s.answer).toEqual(['B'])
  })

  it('is only a caution when the question does not ask for the lowest cost', () => {
    const s = solve(stem.replace('Which purchase is the MOST cost-effective for the instances?', 'Which purchase meets the need?'), [
      'A Compute Savings Plan whose hourly commitment covers 60 instances',
      'On-Demand Instances for everything',
    ])
    expect(s.options[0]!.violations).toEqual([])
    expect(s.options[0]!.reasons.some((r) => r.includes('commits to 60 instances'))).toBe(true)
  })

  it('a count before the plan, and a later step about the peak, leave the plan sized to the baseline', () => {
    const s = solve(stem, [
      'Cover the steady 10-instance baseline with a Compute Savings Plan, and let Auto Scaling add On-Demand Instances for the concert peak',
      'On-Demand Instances for everything',
    ])
    expect(s.options[0]!.violations).toEqual([])
  })

  it('Capacity Reservations held for the whole year for burst capacity pay for idle capacity; one for the window does not', () => {
    const s = solve(stem, [
      'On-Demand Capacity Reservations for the 50 extra instances for the whole year',
      'On-Demand Capacity Reservations for the 50 extra instances during each on-sale hour, released afterwards',
    ])
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('commitment-size')
    expect(s.options[1]!.violations.map((v) => v.rule)).not.toContain('commitment-size')
  })
  it('a commitment sized to exactly the baseline counts for the option, by count or by "commit for the N … instances"', () => {
    const s = solve(stem, [
      'Cover the 10 instances that never stop with a 3-year Compute Savings Plan',
      'Commit for the 10 always-on instances for 3 years, and run the concert peak On-Demand',
      'A Compute Savings Plan whose hourly commitment covers 4 instances',
    ])
    for (const option of [s.options[0]!, s.options[1]!])
      expect(option.reasons.some((r) => r.includes('commits to the 10 instances that run all the time'))).toBe(true)
    expect(s.options[2]!.reasons.some((r) => r.includes('run all the time'))).toBe(false)
    expect(s.options[1]!.score).toBeGreaterThan(s.options[2]!.score)
  })

  // Unseen set 236 priced the commitment three ways (floor, average, peak); solve could not tell the floor from the average.
  it('a commitment sized to the average of usage that runs from a floor to peaks is cautioned; one at the floor is not', () => {
    const varying =
      'Cost Explorer shows that the compute spend, at On-Demand rates, has never dropped below $30 per hour, averages $45 per hour and peaks at $70 per hour. Which Savings Plan commitment is MOST cost-effective?'
    expect(averageSizedCautions('A commitment of $31.50 per hour, which covers the average usage at Savings Plan rates', varying)).toHaveLength(1)
    expect(averageSizedCautions('A commitment of $21 per hour, which covers the lowest usage at Savings Plan rates', varying)).toHaveLength(0)
    expect(averageSizedCautions('Set reserved concurrency on the function to its average concurrency', varying)).toHaveLength(0)
    expect(averageSizedCautions('A commitment of $31.50 per hour, which covers the average usage', 'Spend is a flat $45 per hour. Which commitment is cheapest?')).toHaveLength(0)
  })

  // Unseen set 267: "has never run fewer than 12 … instances, and it scales out to 30", with "Buy 30 one-year
  // Convertible Reserved Instances" chosen over a plan that "covers the 12 steady instances".
  it('reads "never run fewer than N" as the baseline, and a count bought before the commitment named after it', () => {
    const stem =
      'A ticketing site runs its web tier in an Auto Scaling group. The group has never run fewer than 9 c6i.large instances, and it scales out to 25 instances for about 4 hours every night. Which purchase is MOST cost-effective?'
    expect(fleetSizesOf(stem)).toEqual({baseline: 9, peak: 25})
    const s = solve(stem, [
      'Buy 25 one-year Convertible Reserved Instances for c6i.large.',
      'Buy a 1-year Compute Savings Plan with an hourly commitment that covers the 9 steady instances, and run the nightly scale-out On-Demand.',
      'Run every instance On-Demand.',
      'Buy 25 Dedicated Hosts.',
    ])
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/commits to 25 instances, but only 9 run all the time/)
    expect(s.options[1]!.reasons.join(' ')).toMatch(/commits to the 9 instances that run all the time/)
    expect(s.answer).toEqual(['B'])
  })

  // Unseen set 267: spend that "has not fallen below about $25 an hour" and peaks at $70, with a plan "sized to the
  // $70-an-hour peak usage" tied with one sized to the floor.
  it('a commitment sized to a peak in dollars is cautioned when the stem gives a floor below it', () => {
    const stem = 'Monthly Fargate spend has not fallen below $30 an hour this year and peaks at $90 an hour at month end. Which purchase lowers the bill MOST?'
    expect(peakSizedCautions('A 1-year Compute Savings Plan sized to the $90-an-hour peak usage', stem, undefined)).toHaveLength(1)
    expect(peakSizedCautions('A 1-year Compute Savings Plan sized to the $30-an-hour floor', stem, undefined)).toHaveLength(0)
    expect(peakSizedCautions('A 1-year Compute Savings Plan sized to the $90-an-hour peak usage', 'Spend is a flat $45 an hour. Which purchase is cheapest?', undefined)).toHaveLength(0)
  })
})
