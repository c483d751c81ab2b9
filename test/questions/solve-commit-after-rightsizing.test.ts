import {describe, expect, it} from 'vitest'

import {partReadings} from '../../src/core/questions/stem-readings.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Readings behind read questions that abstained or answered wrongly once the
 * stem's other facts were read right: a commitment the option itself sizes to
 * the fleet after it is resized ("…for the new usage") is no commitment made
 * before right-sizing; "will for years" is a long horizon, "the largest
 * long-term savings" is none; and a list whose last item follows "; and a …"
 * is one part per item. Our own sentences; each test failed before its change.
 */
describe('solve reads commitments made after right-sizing, long horizons and listed workloads', async () => {
  const {kb, solve, read} = await solveHelpers()

  it('a commitment sized to the resized fleet answers "right-size first"; one bought for the current sizes does not', () => {
    const s = solve(
      'A media company runs 80 EC2 instances around the clock for internal tools. Compute Optimizer reports most of them as over-provisioned, with average CPU utilization of 9%, and the company wants a 3-year commitment. Which two steps are MOST cost-effective? (Choose two.)',
      [
        'Resize the instances to the types Compute Optimizer recommends.',
        'Buy 3-year Standard Reserved Instances for the current sizes now and resize later.',
        'Once the resized fleet has run for a month, buy a 3-year Compute Savings Plan sized to the new usage.',
        'Buy 3-year Convertible Reserved Instances for the current sizes and exchange them after resizing.',
      ],
      2,
    )
    const cautioned = (i: number) => s.options[i]!.reasons.some((r) => /right-size them first/.test(r))
    expect(cautioned(2)).toBe(false)
    expect(cautioned(3)).toBe(true)
    expect(s.answer).toEqual(['A', 'C'])
  })

  it('"will for years" is a long horizon; "the largest long-term savings" states none', () => {
    expect(read('The records system runs on the same instances 24/7 and will for years.').commitmentYears).toBe(3)
    expect(read('Which two actions give the largest long-term savings?').commitmentYears).toBeUndefined()
  })

  it('"…; and a teacher sandbox used only in office hours" is the third part of a counted list', () => {
    const stem =
      'A college is reviewing three EC2 workloads: an enrolment system that runs 24/7 and will for years; a nightly grading batch that can restart from checkpoints; and a lecturer training sandbox used only on weekdays during office hours. Which actions lower the cost the MOST? (Choose three.)'
    const parts = partReadings(stem, read(stem), kb)
    expect(parts).toHaveLength(3)
    expect(parts[2]!.profile.idleOutOfHours).toBe(true)
    expect(parts[1]!.profile.idleOutOfHours).toBeUndefined()
  })

  it('"must be certain it can launch … in one Availability Zone during a 10-day on-sale event" reserves capacity for a short time', () => {
    const stem =
      'A concert promoter must be certain it can launch 25 m7i.xlarge instances in one Availability Zone during a 6-day on-sale event. After the event, the capacity is not needed. Which solution is MOST cost-effective?'
    const p = read(stem)
    expect(p.capacityReservation).toBe(true)
    expect(p.commitmentYears).toBe(0)
    const s = solve(stem, [
      'An On-Demand Capacity Reservation, cancelled after the event.',
      'Zonal Standard Reserved Instances with a 1-year term.',
      'Spot Instances with the capacity-optimized allocation strategy.',
    ])
    expect(s.answer).toEqual(['A'])
  })
})
