import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Own-words set 205 (read after an unseen measure): Spot workers that lose in-flight work, restartable Batch jobs,
 * and cluster auto scaling offered for Fargate. Our own sentences; the solve tests gave a wrong letter before the
 * change.
 */
describe('solve: lost in-flight work on Spot, restartable jobs, and what cluster auto scaling scales', async () => {
  const {solve, read} = await solveHelpers()

  it('workers that lose in-flight work want fewer interruptions: Capacity Rebalancing, not the cheapest pools', () => {
    expect(read('Render workers often lose in-flight work because the interruption notice leaves too little time to save it.').avoidInterruptions).toBe(true)
    const s = solve(
      'An animation studio runs stateless render workers in an Auto Scaling group of 40 Spot Instances across 3 Availability Zones, over four instance types with the price-capacity-optimized strategy. Frames checkpoint every minute, but workers often lose in-flight work because the interruption notice leaves too little time to save it. The studio wants to keep paying Spot prices. Which change BEST reduces the lost work?',
      [
        'Set the Spot maximum price to three times the On-Demand price so that the instances are never interrupted.',
        'Switch to the lowest-price allocation strategy over 2 Spot pools so that the group always uses the cheapest capacity.',
        'Set OnDemandPercentageAboveBaseCapacity to 50 so that half of the workers run On-Demand.',
        'Turn on Capacity Rebalancing and add a termination lifecycle hook that stops taking new frames and saves a last checkpoint.',
      ],
    )
    expect(s.answer).toEqual(['D'])
  })

  it('"can safely restart if interrupted" lets Batch run the jobs on Spot', () => {
    expect(read('Each job writes its results to Amazon S3 and can safely restart if interrupted.').interruptionTolerant).toBe(true)
  })

  it('cluster auto scaling has no instances to scale on the FARGATE capacity provider', () => {
    const s = solve('An ECS service on AWS Fargate runs 10 tasks sized for a short daily peak. Which change lowers its cost?', [
      "ECS cluster auto scaling with managed scaling on the cluster's FARGATE capacity provider.",
      'An EC2 Auto Scaling group with a scheduled action at 09:00.',
    ])
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/no instances to scale/)
  })
})
