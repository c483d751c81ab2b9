import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Scheduled actions change the capacity of Auto Scaling groups; instances the
 * stem calls standalone are in no group for them to act on. Unseen set 266
 * keyed Instance Scheduler on AWS for 150 standalone EC2 instances and RDS
 * databases; solve chose Auto Scaling scheduled actions. Our own sentences;
 * the test failed before the caution existed.
 */
describe('solve: scheduled actions need an Auto Scaling group', async () => {
  const {solve} = await solveHelpers()
  const noGroup = (s: ReturnType<typeof solve>, k: number) => s.options[k]!.reasons.some((r) => /instances are standalone, in no group/.test(r))

  it('Auto Scaling scheduled actions for standalone instances are cautioned; a stop/start scheduler is not', () => {
    const s = solve(
      'A university runs 60 standalone EC2 instances for teaching labs in four accounts. They are used only during class hours, and the university wants them stopped at night without writing code. Which solution meets these requirements?',
      [
        'Create EC2 Auto Scaling scheduled actions that set the desired capacity to zero at night.',
        'Deploy Instance Scheduler on AWS and tag the instances with a schedule.',
        'Buy Reserved Instances for the lab instances.',
        'Move the labs to Dedicated Hosts.',
      ],
    )
    expect(noGroup(s, 0)).toBe(true)
    expect(noGroup(s, 1)).toBe(false)
  })

  it('instances in an Auto Scaling group are not cautioned', () => {
    const s = solve('A web tier runs in an Auto Scaling group and is busy only in office hours. Which change lowers its cost?', [
      'Create EC2 Auto Scaling scheduled actions that lower the desired capacity at night.',
      'Buy Reserved Instances for the peak.',
      'Move the tier to Dedicated Hosts.',
      'Run every instance On-Demand all day.',
    ])
    expect(noGroup(s, 0)).toBe(false)
  })
})
