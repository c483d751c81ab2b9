import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Own-words sets 195 and 196 (read after an unseen measure) asked about group settings named by their API names,
 * Spot blocks, a job that needs its instance 4 hours a night, and teams that will or will not manage capacity. Our own
 * sentences; each solve test gave a wrong letter or no answer before the change.
 */
describe('solve: settings by their API names, retired Spot blocks, part-day jobs, who manages capacity', async () => {
  const {solve, read} = await solveHelpers()

  it('"OnDemandBaseCapacity" names a mixed instances policy, and Spot blocks are no longer offered', () => {
    const s = solve(
      'An image-resizing API runs in an EC2 Auto Scaling group. Six instances must always run and must never be interrupted; anything above those six can be interrupted without harm. The company wants the lowest cost and fewer interruptions of the extra capacity. Which combination of settings meets these requirements? (Choose two.)',
      [
        'Set OnDemandBaseCapacity to 0 and OnDemandPercentageAboveBaseCapacity to 100.',
        'Set OnDemandBaseCapacity to 6 and OnDemandPercentageAboveBaseCapacity to 0.',
        'Use the lowest-price Spot allocation strategy with one instance type.',
        'Use the price-capacity-optimized Spot allocation strategy with several instance types.',
        'Request Spot Instances with a defined duration (Spot blocks) of 4 hours.',
      ],
      2,
    )
    expect(s.answer).toEqual(['B', 'D'])
    expect(s.options[4]!.violations.map((v) => v.message).join(' ')).toMatch(/no longer offered/)
  })

  it('a job that needs its instance a few hours a night, and nothing the rest of the day, is not worth a commitment', () => {
    expect(read('The instance is not needed for the rest of the day.').idleOutOfHours).toBe(true)
    const s = solve(
      'A nightly settlement job runs for about 3 hours on a single m6i.4xlarge instance. It holds its state in memory, cannot checkpoint, and must not be restarted once it begins. The instance is not needed for the rest of the day, and the job will run every night for at least 3 years. Which purchasing approach is MOST cost-effective?',
      [
        'Run the job on a Spot Instance with the maximum price set to the On-Demand price.',
        'Launch an On-Demand Instance on a schedule each night and terminate it when the job ends.',
        'Buy a 3-year All Upfront Standard Reserved Instance for m6i.4xlarge and leave the instance running.',
        'Buy a 3-year No Upfront EC2 Instance Savings Plan that covers the m6i.4xlarge hourly rate.',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })

  it('a team that does not want to run control planes or manage worker nodes wants containers without servers', () => {
    expect(read('The two platform engineers do not want to run control planes, upgrade cluster versions, or manage worker nodes.').operations).toBe('managed-containers')
  })

  it('a team willing to manage cluster capacity accepts instances, and stopping Windows licence costs is no per-socket licensing', () => {
    expect(read('The platform team is willing to manage cluster capacity to lower cost.').operations).toBe('instances')
    expect(read('The company wants to stop paying for Windows Server licenses.').licensing).toBe('none')
  })
})

/**
 * Own-words set 199 numbered three workloads inline ("(1) … ; (2) … ; and (3) …") and its options named them
 * "workload 2". Our own sentences; the solve test answered A, D, F (a Savings Plan for a nightly job) before the change.
 */
describe('solve: an option names an inline-numbered item as "workload N"', async () => {
  const {solve, read} = await solveHelpers()

  it('"can restart any failed task" tolerates interruption', () => {
    expect(read('A nightly 3-hour video-transcoding job can restart any failed task.').interruptionTolerant).toBe(true)
  })

  it('judges "for workload 2" by item (2), and "and (3)" opens an item of its own', () => {
    const s = solve(
      'A retailer has three workloads: (1) 24 instances that run around the clock for the next three years, which will move to Graviton next year and partly to AWS Fargate; (2) a nightly 3-hour video-transcoding job that can restart any failed task; and (3) a two-week holiday run that needs guaranteed capacity for 30 instances in one Availability Zone. Which purchasing choices meet these requirements MOST cost-effectively? (Choose three.)',
      [
        "A 3-year Compute Savings Plan sized to workload 1's hourly spend.",
        'An EC2 Instance Savings Plan for the current x86 family for workload 1.',
        'Spot Instances across many instance types for workload 2.',
        "A 1-year Compute Savings Plan sized to workload 2's nightly usage.",
        '1-year zonal Reserved Instances for the 30 instances of workload 3.',
        'On-Demand Capacity Reservations for workload 3 during its two weeks.',
      ],
      3,
    )
    expect(s.answer).toEqual(['A', 'C', 'F'])
  })
})
