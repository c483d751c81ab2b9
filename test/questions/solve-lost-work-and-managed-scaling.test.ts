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

/**
 * Own-words set 206 (read after an unseen measure): a commitment "for the full 42-instance peak", a base that must
 * never be interrupted with "the other instances" replaceable, one Spot instance type, and a fleet at 9% average CPU
 * about to be committed. Our own sentences; each test failed before the change.
 */
describe('solve: commitments sized to the peak, protected bases said otherwise, low average CPU', async () => {
  const {solve, read} = await solveHelpers()

  it('"Cover the full 30-instance peak with a Savings Plan" commits to the peak', () => {
    const s = solve(
      'A ticketing company runs a stateless web tier on Amazon EC2 in one Region. Eight instances run around the clock every day. For 3 days at the end of each quarter, a sale adds 22 instances. The pattern will stay the same for 3 years. Which purchasing approach is MOST cost-effective?',
      [
        'Cover the full 30-instance peak with a 3-year Savings Plan so that every instance hour receives a discount.',
        'Buy a 3-year Savings Plan for the 8 always-on instances and run the sale instances On-Demand.',
      ],
    )
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('commitment-size')
  })

  it('"the other instances can be replaced at short notice" beside a protected base puts the rest on Spot', () => {
    expect(read('At least 6 instances must never be interrupted; the other instances can be replaced at short notice.').burstInterruptible).toBe(true)
    expect(read('The other instances can be replaced when a new AMI is released.').burstInterruptible).toBeUndefined()
    const s = solve(
      'A stateless web application runs in an EC2 Auto Scaling group behind an Application Load Balancer. The group never runs fewer than 6 instances and usually runs 12 to 40. At least 6 instances must never be interrupted; the other instances can be replaced at short notice. Which configuration meets these requirements MOST cost-effectively?',
      [
        'Use only On-Demand Instances in the group with a target tracking policy on average CPU.',
        'Use only Spot Instances with the lowest-price allocation strategy in one Availability Zone.',
        'Use a mixed instances policy: On-Demand base of 6, then all Spot across several types.',
        'Use a mixed instances policy with 50% On-Demand above the base and one Spot instance type.',
      ],
    )
    expect(s.answer).toEqual(['C'])
  })

  it('an average CPU of 9% with no spikes named is a fleet that runs oversized', () => {
    expect(read('CloudWatch shows an average CPU utilization of 9% across the fleet.').cpuUsage).toBe('low-steady')
    expect(read('The fleet averages 9% CPU with spikes to 90% at noon.').cpuUsage).not.toBe('low-steady')
  })
})

/** Own-words set 199 (read after an unseen measure) answered "raise the group's minimum size" for an under-used fleet. */
describe('solve: more instances for a fleet that is already under-used', async () => {
  const {solve} = await solveHelpers()

  it("cautions raising the Auto Scaling group's minimum size when the fleet runs at a low CPU all the time", () => {
    const s = solve(
      'A Java service runs on 30 m5.2xlarge instances in an Auto Scaling group. CloudWatch shows an average CPU utilization of 9%, and Compute Optimizer marks the instances as over-provisioned. Which action reduces cost?',
      ['Move the service to Graviton-based m7g instances after arm64 tests pass.', "Raise the Auto Scaling group's minimum size so each instance carries less load."],
    )
    expect(s.options[1]!.reasons.join(' ')).toMatch(/already under-used/)
  })
})
