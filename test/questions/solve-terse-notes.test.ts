import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Readings that unseen set 98 (stems written as terse engineers' notes)
 * showed wrong: the fleet that runs 24/7 today read as the load, capacity
 * "guaranteed in one AZ" and "ICE errors" not read, "no 1-yr commitment",
 * a run time given after how often the job runs, Spot limited to one named
 * instance type, and an option that keeps an idle-at-night fleet running
 * around the clock. Our own sentences; each test failed before its change.
 */
describe('solve reads terse notes', async () => {
  const {read, solve} = await solveHelpers()

  it('what runs 24/7 today is the waste, not the load', () => {
    expect(read('Nightly encode jobs, 10-30 min each, retry-safe; today 20 On-Demand c6i.xlarge instances run 24/7 just for this.').loadPattern).not.toBe('steady')
    expect(read('The order API runs 24/7 at a steady rate.').loadPattern).toBe('steady')
  })

  it('reads guaranteed capacity in one AZ, ICE errors and a 1-yr commitment nobody wants', () => {
    const p = read('Migration weekend: need 30 m7i.2xlarge guaranteed in one AZ for ~5 days; no 1-yr commitment wanted; cannot risk ICE errors.')
    expect(p.capacityReservation).toBe(true)
    expect(p.commitmentYears).toBe(0)
  })

  it('reads a run time given after how often the job runs', () => {
    expect(read('A cleanup script runs once an hour for about 90 seconds.').executionSeconds).toBe(90)
  })

  it('cautions Spot that requests only one instance type, and a fleet kept running around the clock when it idles at night', () => {
    const spot = solve(
      'Nightly render jobs are checkpointed and can be retried; they must finish by morning. Which option is MOST cost-effective?',
      [
        'A Spot Fleet that requests only c6i.2xlarge in one Availability Zone.',
        'AWS Batch on a managed Spot compute environment across several instance families.',
        'On-Demand Instances for every job.',
        'A 3-year Reserved Instance for the render fleet.',
      ],
    )
    expect(spot.options[0]!.reasons.some((r) => r.startsWith('but: ') && /single instance type/.test(r))).toBe(true)
    const idle = solve(
      'Dev/test: 6 Auto Scaling groups used Mon-Fri 08:00-18:00 only; idle nights and weekends; stateless. Which option is MOST cost-effective?',
      [
        'Move the groups to Spot Instances that keep running 24/7.',
        'Buy a 1-year Compute Savings Plan for all the instances.',
        'Add scheduled actions that set capacity to 0 after hours and restore it on weekday mornings.',
        'Move the groups to larger instances.',
      ],
    )
    expect(idle.options[0]!.reasons.some((r) => r.startsWith('but: ') && /around the clock/.test(r))).toBe(true)
    expect(idle.answer).not.toEqual(['A'])
  })
})

describe('solve reads what a team will not manage and how a database places replicas', async () => {
  const {read, solve} = await solveHelpers()

  it('"will not manage EC2 container instances" prefers no servers; "launches only EC2 Spot" keeps no protected base', () => {
    const stem =
      'A worker service runs on Amazon ECS with AWS Fargate. Work is retried if a task stops, but at least two tasks must always run on capacity that cannot be interrupted. The team will not manage EC2 container instances. Which solution is MOST cost-effective?'
    expect(read(stem).operations).not.toBe('instances')
    const s = solve(stem, [
      'Move the service to an Auto Scaling group capacity provider that launches only EC2 Spot Instances.',
      'Keep every task on FARGATE and buy a Compute Savings Plan.',
      'Use only FARGATE_SPOT and run two extra tasks.',
      'Use a capacity provider strategy with a base of 2 on FARGATE and the other tasks weighted to FARGATE_SPOT.',
    ])
    expect(s.answer).not.toEqual(['A'])
  })

  it('a database that places replicas by rack and must know which nodes share hardware is rack-aware', () => {
    expect(read('A database places data replicas by rack and must know which nodes share underlying hardware.').instancePlacement).toBe('rack-aware-partitions')
  })
})

describe('solve reads terse budget rules and warm-up times', async () => {
  const {read} = await solveHelpers()

  it('"email + Slack when FORECASTED cost > $8k", "auto-stopped when ACTUAL > $10k", "needs ~25 min to warm"', () => {
    expect(read('We want email + Slack (SNS to chat) when FORECASTED monthly cost > $8k.').costManagementNeed).toBe('budget-alerts')
    expect(read('Tagged dev EC2 must be auto-stopped when ACTUAL cost > $10k.').costManagementNeed).toBe('budget-enforcement')
    expect(read('The stack needs ~25 min to warm in-memory caches after a boot.').slowStartup).toBe(true)
  })
})
