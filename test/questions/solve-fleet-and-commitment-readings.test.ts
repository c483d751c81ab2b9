import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Readings that unseen own-words probes (sets 53 and 55) showed wrong or
 * missed: how people say a bursty low-CPU server, a tag-filtered forecast
 * alert, rack awareness, resale and a base that must stay; and what an option
 * says about its own fleet (all of the stem's instances in one spread group,
 * a single Spot pool, a service kept at full size, Spot in a Batch compute
 * environment, a plan "resold"). Our own sentences; each failed before.
 */
describe('solve reads fleets, bursts and commitments as people write them', async () => {
  const {solve, read} = await solveHelpers()

  it('reads the stem facts in the words people use', () => {
    expect(read('The build server averages 4% CPU but briefly needs full CPU while a compile runs.').cpuUsage).toBe('low-with-bursts')
    expect(read('The render nodes average 90% CPU and always need full CPU.').cpuUsage).not.toBe('low-with-bursts')
    expect(read('CloudWatch shows CPU utilization between 70% and 85% for most of every day.').cpuUsage).toBe('sustained-high')
    expect(read('The bill includes large charges for T3 CPU credits.').cpuUsage).toBe('sustained-high')
    expect(read('Finance wants an email alert when the forecasted cost of resources tagged team=maps is expected to exceed $2,000.').costManagementNeed).toBe('budget-alerts')
    expect(read('The database must know which nodes share hardware.').instancePlacement).toBe('rack-aware-partitions')
    expect(read("We are buying reservations. If the project stops, we'd like to get some money back rather than pay for capacity nobody uses.").mayResell).toBe(true)
    expect(read('Two nodes must always stay, but everything above that can disappear without anyone noticing.').burstInterruptible).toBe(true)
  })

  it('a spread placement group cannot hold all of the stem\'s 90 instances in one zone', () => {
    const s = solve('A company runs a Kafka cluster of 90 EC2 instances and wants a rack failure to take out as few brokers as possible. Which placement should it use?', [
      'Launch all instances in one spread placement group in one Availability Zone',
      'Launch the instances in a partition placement group with several partitions',
    ])
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('spread-limit')
  })

  it('an option that asks for a single Spot pool or keeps a fleet at full size is cautioned', () => {
    const spot = solve(
      'A stateless image service on an Auto Scaling group can lose any instance at any time. It wants the lowest cost. Which setting should it use?',
      ['Set the Spot allocation strategy to lowest-price with a single Spot pool', 'List several instance types and use price-capacity-optimized'],
    )
    expect(spot.options[0]!.reasons.some((r) => r.startsWith('but: '))).toBe(true)
    const full = solve(
      'A lab runs thousands of container jobs each night; each takes three hours and can be retried. Traffic is spiky and nothing runs in the day. Which option is MOST cost-effective?',
      ['Run the jobs as an Amazon ECS service on Fargate that stays at full size all day', 'Submit the jobs to AWS Batch with a managed compute environment that uses Spot'],
    )
    expect(full.options[0]!.reasons.some((r) => r.startsWith('but: ') && /fixed-size/.test(r))).toBe(true)
    expect(full.options[1]!.services.map((m) => m.service)).toContain('ec2-spot')
    expect(full.answer).toEqual(['B'])
  })

  it('a Savings Plan "resold" to other customers is ruled out like one sold', () => {
    const s = solve('A team buys a 3-year commitment for steady r6i instances and may need to hand it on if the project ends. What should it buy?', [
      'A 3-year EC2 Instance Savings Plan, which can be resold to other AWS customers later',
      '3-year Standard Reserved Instances, which can be listed on the Reserved Instance Marketplace',
    ])
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('cannot')
  })

  it('a base of tasks that must stay, and Fargate Spot alone or holding the base, cannot keep it', () => {
    expect(read('Which change cuts cost while keeping the minimum capacity reliable?').burstInterruptible).toBe(true)
    expect(read('At least 3 tasks must always run on capacity that cannot be reclaimed by AWS.').burstInterruptible).toBe(true)
    const s = solve(
      'Queue workers run on Amazon ECS with AWS Fargate; each job is idempotent and a lost job returns to the queue. The service must always have at least 3 tasks running and grows to 40 at peaks. Which change reduces compute cost the MOST while keeping the minimum capacity reliable?',
      [
        'Use only the FARGATE_SPOT capacity provider, with a desired count from 3 to 40.',
        'Use a capacity provider strategy with a FARGATE base of 3 tasks and FARGATE_SPOT weighted for the rest.',
        'FARGATE_SPOT with a base of 3 and a weight of 4, and FARGATE with a base of 0 and a weight of 1.',
      ],
    )
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('term')
    expect(s.options[2]!.violations.map((v) => v.rule)).toContain('term')
    expect(s.options[1]!.violations).toEqual([])
    expect(s.answer).toEqual(['B'])
  })

  it('cash available is a wish to pay up front, and a slow function initialisation is a cold start, not the run time', () => {
    expect(read('The company has cash available and wants the largest possible discount.').upfrontPreferred).toBe(true)
    expect(read('The company has no cash available this year.').upfrontPreferred).toBeUndefined()
    const p = read('Initialization takes about 6 seconds, which causes slow responses during bursts.')
    expect(p.coldStartSensitive).toBe(true)
    expect(p.executionSeconds).toBeUndefined()
    expect(read('Initialization takes about 6 seconds, and nobody notices.').coldStartSensitive).toBeUndefined()
  })

  it('a function that must stay under a connection limit takes reserved concurrency, which is free, not provisioned concurrency', () => {
    expect(read('The function writes to a database that accepts no more than 40 concurrent connections.').concurrencyCap).toBe(true)
    expect(read('The load balancer handles thousands of concurrent connections.').concurrencyCap).toBeUndefined()
    const s = solve(
      'An AWS Lambda function loads orders into a legacy database that accepts no more than 25 concurrent connections; each invocation opens one. During bursts the database rejects connections. The team wants to cap the function without paying more. What should it do?',
      [
        'Configure provisioned concurrency of 25 on the function alias.',
        'Configure reserved concurrency of 25 on the function.',
      ],
    )
    expect(s.profile.concurrencyCap).toBe(true)
    expect(s.options[0]!.reasons.some((r) => r.startsWith('but: '))).toBe(true)
    expect(s.answer).toEqual(['B'])
  })

  it('a plan the company already holds needs no new term: "let the existing Savings Plan apply" is not a new commitment', () => {
    const s = solve(
      'A shop needs guaranteed capacity for 80 m7i instances in one Availability Zone for a ten-day promotion. It already has a Compute Savings Plan that covers part of its usage, and it wants no new long-term commitment. Which option is MOST cost-effective?',
      [
        'Buy 1-year zonal Reserved Instances for the 80 instances in that zone.',
        'Create an On-Demand Capacity Reservation for the ten days, and let the existing Savings Plan apply to it.',
        'Buy a new 1-year Compute Savings Plan sized to the 80 instances.',
      ],
    )
    expect(s.options[1]!.violations).toEqual([])
    expect(s.options[2]!.violations.length).toBeGreaterThan(0)
    expect(s.answer).toEqual(['B'])
  })
})

