import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Purchase terms an option states against those the stem allows, and
 * readings of interruption, flexibility and horizons that once turned a
 * stem's meaning round. Our own sentences; each test failed before the
 * change it covers.
 */
describe('solve reads purchase terms and tolerance the way the stem means them', async () => {
  const {solve, read} = await solveHelpers()

  it('an option whose own term or payment breaks what the stem allows is ruled out', () => {
    const s = solve(
      'A media startup runs 10 r7g.large instances in one Region and will keep that footprint in the same family for a year. The board will not approve any commitment longer than 12 months, and the company cannot pay anything upfront this year. Which purchase gives the LARGEST discount?',
      [
        'A 3-year EC2 Instance Savings Plan with No Upfront payment',
        'A 1-year EC2 Instance Savings Plan with No Upfront payment',
        'A 1-year Compute Savings Plan with All Upfront payment',
        'On-Demand Instances only',
      ],
    )
    expect(s.profile.noUpfront).toBe(true)
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('term')
    expect(s.options[2]!.violations.map((v) => v.rule)).toContain('term')
    expect(s.answer).toEqual(['B'])
  })

  it('a short event is paid through a Savings Plan the company already holds with commitment to spare, not a new term', () => {
    const stem =
      'An election-results site needs 40 c7i.xlarge instances in one Availability Zone for the four days around the vote, and a launch that fails for lack of capacity is not acceptable. The instances will not be needed once the vote is counted. Its existing Compute Savings Plan has spare commitment most hours. What is the MOST cost-effective approach?'
    const options = [
      'Buy a 1-year Compute Savings Plan sized for the 40 instances and launch them as needed',
      'Reserve the 40 instances with an On-Demand Capacity Reservation for those days and let the existing Compute Savings Plan discount them',
      'Purchase 40 zonal Reserved Instances with a 1-year term in that Availability Zone',
      'Launch 40 Spot Instances in that Availability Zone the day before',
    ]
    const s = solve(stem, options)
    expect(s.profile).toMatchObject({commitmentYears: 0, spareSavingsPlan: true})
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('term')
    expect(s.answer).toEqual(['B'])
    // Without a plan already held, the Savings Plan in option B is a new commitment for a four-day need.
    const withoutSpare = solve(stem.replace(' Its existing Compute Savings Plan has spare commitment most hours.', ''), options)
    expect(withoutSpare.options[1]!.violations.map((v) => v.rule)).toContain('savings-plans.needs-term')
    expect(withoutSpare.answer).not.toEqual(['B'])
  })

  it('"misses the cache" and "decides which origin serves it" are the origin request event', () => {
    expect(read('The lookup runs only when a request misses the cache.').cdnEvent).toBe('origin-request')
    expect(read('A function decides which of three origins should serve each title.').cdnEvent).toBe('origin-request')
    expect(read('Objects served from the cache must also be checked.').cdnEvent).not.toBe('origin-request')
  })

  it('a website that CloudFront serves is not the work when the stem asks for logic at a CloudFront event', () => {
    expect(read('A shop serves its website through Amazon CloudFront. Before a request is sent to the origin, it must call a pricing API.').workload).toBe('edge-request-logic')
    expect(read('The company runs its quoting website on 16 instances.').workload).toBe('web-app')
    expect(read('The company serves a static marketing website from one bucket.').workload).toBe('static-content')
  })

  it('tasks above a base that may be interrupted go on FARGATE_SPOT; putting every task on Spot breaks the base', () => {
    const s = solve(
      'A ticketing company runs its containerized checkout API on Amazon ECS with AWS Fargate. Three tasks must always run and must never be interrupted, while tasks above that base absorb sale-day surges and may be interrupted because the API is stateless. Which two steps are the MOST cost-effective? (Choose two.)',
      [
        'Run the three base tasks on the FARGATE capacity provider',
        'Run the tasks above the base on the FARGATE_SPOT capacity provider',
        'Run all tasks on Spot Instances in an Auto Scaling group',
        'Cover every task, sale-day ones included, with a three-year Compute Savings Plan',
        'Move the API to Amazon EKS',
      ],
      2,
    )
    expect(s.profile.burstInterruptible).toBe(true)
    expect(s.options[1]!.reasons.some((r) => r.includes('FARGATE_SPOT'))).toBe(true)
    expect(s.options[2]!.violations.map((v) => v.rule)).toContain('term')
  })

  it('a refusal of any new spending commitment is no commitment; a limit on its length is a horizon', () => {
    expect(read('Because of a merger, finance will not approve any new spending commitment this year.').commitmentYears).toBe(0)
    expect(read('Finance will not approve any commitment longer than one year.').commitmentYears).toBe(1)
    expect(read('The team accepts that some of the promotion capacity might be reclaimed.').burstInterruptible).toBe(true)
    expect(read('Each submission body has to be scanned before it reaches the origin.').needsBodyAccess).toBe(true)
  })

  it('with cash to spare for the lowest total cost over three years, All Upfront on a 3-year term beats No Upfront and a renewed 1-year term', () => {
    expect(read('The finance team has surplus cash and wants the lowest total cost over the term.').upfrontPreferred).toBe(true)
    expect(read('The company cannot pay anything upfront.').upfrontPreferred).toBeUndefined()
    expect(read('The software vendor supports the system only on m6i instances.').computeFlexibility).toBe('fixed-family')
    const s = solve(
      'A hospital runs 8 x2iedn instances for its records database, which the vendor certifies only on that family, all day in one Region, and expects that to hold for three years. The hospital has spare cash this year and wants the lowest total cost over the term. Which commitment should it buy?',
      [
        'A 3-year Compute Savings Plan with All Upfront payment',
        'A 3-year EC2 Instance Savings Plan for the x2iedn family with No Upfront payment',
        'A 3-year EC2 Instance Savings Plan for the x2iedn family with All Upfront payment',
        'A 1-year EC2 Instance Savings Plan for the x2iedn family with All Upfront payment, renewed each year',
      ],
    )
    expect(s.options[1]!.reasons.some((r) => r.startsWith('but: it pays less up front'))).toBe(true)
    expect(s.options[3]!.reasons.some((r) => r.startsWith('but: a 1-year term'))).toBe(true)
    expect(s.answer).toEqual(['C'])
  })

  it('a pipeline that reruns any item whose container exits early tolerates interruption', () => {
    expect(read('The workflow already retries any frame whose container stops before it finishes.').interruptionTolerant).toBe(true)
  })

  it('"lowers cost the MOST", "the largest cost reduction", work that goes back on the queue, and images built for any architecture', () => {
    expect(read('Which plan cuts the bill the MOST?').optimizeFor).toBe('cost')
    expect(read('Which option gives the biggest savings?').optimizeFor).toBe('cost')
    expect(read('Which change lowers the compute cost while keeping latency the same?').optimizeFor).toBe('cost')
    expect(read('A chunk whose container is lost is put back on the queue.').interruptionTolerant).toBe(true)
    expect(read('The application has no native Intel libraries.').armCompatible).toBe(true)
    expect(read('Its images are built for multiple architectures in CI.').armCompatible).toBe(true)
  })

  it('a floor that must hold whatever spare capacity does is an On-Demand base; capacity sized for the peak is cautioned', () => {
    const stem =
      "A ride-pricing service runs stateless workers on EC2. Its service agreement requires at least 15 instances running at all times, regardless of spare capacity in the market, and demand above that level swings between 0 and 60 more instances. The company wants the lowest cost. Which two steps meet these requirements? (Choose two.)"
    expect(read(stem).usesSpot).toBeUndefined()
    expect(read(stem).burstInterruptible).toBe(true)
    const s = solve(
      stem,
      [
        'An Auto Scaling group that launches only Spot Instances of one type with a minimum of 15.',
        'A mixed instances policy with an On-Demand base capacity of 15 and 0% On-Demand above the base, with Spot across several instance types.',
        'Cover the 15 always-on instances with a Savings Plan.',
        'A mixed instances policy with an On-Demand base capacity of 75.',
        'A fixed fleet of 75 On-Demand Instances sized for the peak.',
      ],
      2,
    )
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('term')
    expect(s.options[3]!.violations.map((v) => v.rule)).toContain('term')
    expect(s.options[4]!.reasons.some((r) => r.startsWith('but: it keeps capacity sized for the peak'))).toBe(true)
    expect(s.answer).not.toContain('A')
  })

  it('a count set permanently to the evening peak is sized for the peak; "before each download starts" is the viewer request', () => {
    const s = solve(
      'A fitness app runs its containerized API on Amazon ECS with AWS Fargate. Traffic is near zero at night and jumps unpredictably in the evening, and tasks must not be reclaimed by AWS. Which option is the MOST cost-effective?',
      [
        'Set the service desired task count permanently to the evening peak.',
        'Add a target tracking Service Auto Scaling policy on average CPU with a low minimum task count.',
        'Place every task on the FARGATE_SPOT capacity provider.',
        'Cover the evening peak with an EC2 Instance Savings Plan.',
      ],
    )
    expect(s.options[0]!.reasons.some((r) => r.startsWith('but: it keeps capacity sized for the peak'))).toBe(true)
    expect(read('Before each download starts, the edge code must check the licence key.').cdnEvent).toBe('viewer-request')
  })

  it('a change planned in the next few months is no horizon, and a lookup in the CloudFront cache is no network call', () => {
    expect(read('The team plans to migrate the endpoints to ml.m7i instances in the next few months.').commitmentYears).toBeUndefined()
    expect(read('The service will keep running for the next three years.').commitmentYears).toBe(3)
    expect(read('Before each request is looked up in the cache, the path must be lowercased.').needsNetworkAccess).toBeUndefined()
    expect(read('The function looks up each user in a DynamoDB table.').needsNetworkAccess).toBe(true)
  })

  it('spend that has held steady for months is history; a refusal beyond 12 months is a horizon; no upfront payment approved', () => {
    expect(read('Its SageMaker AI spend has held steady at about $40 per hour for eight months.').commitmentYears).toBeUndefined()
    expect(read('The company cannot commit to anything beyond 12 months.').commitmentYears).toBe(1)
    expect(read('The company cannot commit.').commitmentYears).toBe(0)
    expect(read('The CFO will not approve any upfront payment this year.').noUpfront).toBe(true)
    expect(read('For requests that CloudFront forwards to the origin, the logic must pick one of three regional origins.').cdnEvent).toBe('origin-request')
  })

  it('"no commitment may run longer than one year" is a one-year horizon, not a refusal to commit', () => {
    expect(read('No commitment may run longer than one year.').commitmentYears).toBe(1)
    expect(read('For those 14 days the agency needs 40 more instances.').commitmentYears).toBe(0)
  })

  it('work that can be rerun from the start without harm tolerates interruption', () => {
    expect(read('The renders can be rerun from the beginning without harm if an instance is stopped.').interruptionTolerant).toBe(true)
    expect(read('If the job is stopped it has to be restarted from scratch, losing six hours.').interruptionTolerant).toBe(false)
  })

  it('the risk of losing many instances at once asks for fewer interruptions', () => {
    expect(read('The team wants to keep the risk of losing many workers at the same time low.').avoidInterruptions).toBe(true)
  })

  it('the instance type a fleet uses today is no promise to keep it', () => {
    expect(read('Today the fleet runs on a single instance type, m6i.2xlarge.').computeFlexibility).toBeUndefined()
    expect(read('The fleet runs on m6i.2xlarge instances.').computeFlexibility).toBe('fixed-family')
  })

  it('reads where work must stay with hyphenated words between, and owned servers with spare capacity', () => {
    expect(read('The lab must keep its gene-sequencing workloads inside its own data centers.').residency).toBe('on-premises')
    expect(read('Last year it bought new servers that run at only about 25% utilization.').existingServers).toBe(true)
  })
  it('an On-Demand base and share that the stem states rule out options with other numbers', () => {
    const s = solve(
      'A ticket site keeps its checkout API in an Auto Scaling group. At least 6 instances must always be On-Demand, and any capacity above those 6 is to be split evenly between On-Demand and Spot. Which configuration meets this?',
      [
        'A mixed instances policy with an On-Demand base capacity of 6 and an On-Demand percentage above base capacity of 50',
        'A mixed instances policy with an On-Demand base capacity of 6 and an On-Demand percentage above base capacity of 0',
        'A mixed instances policy with an On-Demand base capacity of 2 and an On-Demand percentage above base capacity of 50',
        'A second Auto Scaling group that runs only Spot Instances',
      ],
    )
    expect(s.profile.burstInterruptible).toBe(true)
    for (const o of s.options.slice(1)) expect(o.violations.map((v) => v.rule)).toContain('term')
    expect(s.answer).toEqual(['A'])
  })

  it('refusing even a 1-year term is no commitment, and a need that is "not expected again" still holds now', () => {
    const stem =
      'A drug-discovery lab needs 16 GPU instances for one docking campaign of about two weeks that starts next month. It does not expect to use GPU capacity again this year and declines to sign a one-year commitment. Which purchase fits?'
    expect(read(stem).commitmentYears).toBe(0)
    expect(read(stem).needsGpu).toBe(true)
    expect(read('The team does not need GPUs for this service.').needsGpu).toBe(false)
    expect(read('The lab refuses to sign a 3-year commitment.').commitmentYears).not.toBe(0)
    const s = solve(stem, [
      'Buy a 1-year Compute Savings Plan sized to the campaign and run the GPU instances On-Demand',
      'Buy 16 Standard Reserved Instances for one year and sell them afterwards',
      'Run the GPU instances On-Demand for the two weeks of the campaign',
    ])
    expect(s.options[0]!.violations.length).toBeGreaterThan(0)
    expect(s.options[1]!.violations.length).toBeGreaterThan(0)
    expect(s.answer).toEqual(['C'])
  })

  it('instances busy every hour of the year are a steady baseline, and extra capacity that may disappear is interruptible above it', () => {
    const stem =
      'A food-delivery app runs its API on an Auto Scaling group. Eight instances are busy every hour of the year, and at lunchtime the group grows to 40; the app is fine if part of that extra capacity goes away with little warning.'
    expect(read(stem).loadPattern).toBe('steady')
    expect(read(stem).burstInterruptible).toBe(true)
    expect(read('Orders peak every hour of the day at five past.').loadPattern).not.toBe('steady')
  })

  it('a negation governs every item of the list it opens, and nothing after the list', () => {
    expect(read('The bank has no plans to adopt containers, serverless functions, or GPUs.').needsGpu).toBe(false)
    expect(read('The bank has no plans to adopt containers, serverless functions, or GPUs.').operations).toBeUndefined()
    expect(read('The studio does not use Windows, GPUs render the frames.').needsGpu).toBe(true)
    // No conjunction, no list: what follows the comma is a clause of its own.
    expect(read('A containerized API with no servers to manage, built for ARM64 Graviton.').armCompatible).toBe(true)
    expect(read('The team will not run containers, GPUs or Windows.').needsGpu).toBe(false)
    expect(read('The job must not be paused, restarted, or interrupted.').interruptionTolerant).toBe(false)
    expect(read('The fleet runs on instances from the M7i family, only in eu-west-1.').computeFlexibility).toBe('fixed-family')
    expect(read('Nobody touches the test servers at night or on weekends.').idleOutOfHours).toBe(true)
    const s = solve(
      'An insurer runs its rating engine on instances from the C7i family in one Region, and resizes them every few months. It has no plans to adopt containers, serverless compute, or other Regions, and usage will hold for three years. Which purchase gives the deepest discount that still applies after the resizing?',
      [
        'A 3-year EC2 Instance Savings Plan for the C7i family in that Region',
        'A 3-year Compute Savings Plan with the same hourly commitment',
        'On-Demand Instances with a Capacity Reservation',
      ],
    )
    expect(s.options[0]!.violations).toEqual([])
    expect(s.answer).toEqual(['A'])
  })

  it('a past span is no horizon, a cut-off session nobody accepts is no tolerance, and an ASG capacity provider runs containers on EC2', () => {
    expect(read('Utilization graphs for the last nine months are flat at 70%.').commitmentYears).toBeUndefined()
    expect(read('The survey lasts four months.').commitmentYears).toBe(0)
    expect(read('A stream that gets dropped loses the viewers, which the broadcaster cannot accept.').interruptionTolerant).toBe(false)
    expect(read('The infrastructure team already bakes and patches its own AMIs.').operations).toBe('instances')
    const s = solve(
      'A video chat company runs its media relays as containers on Amazon ECS around the clock, and usage is flat. It wants to lower compute cost for the next three years.',
      [
        'Run the tasks on an Auto Scaling group capacity provider of EC2 instances and cover them with an EC2 Instance Savings Plan',
        'Buy an EC2 Instance Savings Plan and move the tasks to AWS Fargate',
      ],
    )
    expect(s.options[0]!.violations).toEqual([])
    expect(s.options[1]!.violations.map((v) => v.rule)).toContain('savings-plans.instance-plan-ec2-only')
  })

  it('what the team will not need after the work is no statement about the work; a refused 1- or 3-year term is no horizon', () => {
    expect(read('After this project the lab has no use for GPUs for a long time.').needsGpu).toBe(true)
    expect(read('The lab has no use for GPUs.').needsGpu).toBe(false)
    expect(read('Procurement will not sign any 1- or 3-year commitment.').commitmentYears).toBe(0)
    expect(read('The company cannot commit to anything beyond 12 months.').commitmentYears).toBe(1)
    expect(read('Losing any of the nodes halfway would push the release back by a week.').interruptionTolerant).toBe(false)
    expect(read('Each night the ranking model is retrained on GPU instances.').workload).toBe('ml-training')
    const s = solve(
      'A bank will retrain a fraud model on 4 GPU instances for a few hours every night for the next three years. Procurement will not sign any 1- or 3-year commitment. Which purchase option fits?',
      ['On-Demand Instances', 'A 3-year Compute Savings Plan', '1-year Standard Reserved Instances'],
    )
    expect(s.profile.commitmentYears).toBe(0)
  })

  it('a freeze on capital spending, or a rule that no purchase may include payment up front, is no upfront payment', () => {
    expect(read('The council has frozen capital expenditure for the year.').noUpfront).toBe(true)
    expect(read('No contract may include any upfront fees.').noUpfront).toBe(true)
    expect(read('Capital spending is planned for next year.').noUpfront).toBeUndefined()
    const s = solve(
      'A ticketing platform has run 30 instances of one family in one Region around the clock for two years, and the roadmap keeps them for at least three more years. Its owners have frozen capital spending, although monthly commitments are fine. Which purchase gives the LARGEST discount within these limits?',
      [
        'A 3-year All Upfront EC2 Instance Savings Plan sized to the steady usage',
        'A 3-year No Upfront EC2 Instance Savings Plan sized to the steady usage',
        'A 3-year Partial Upfront EC2 Instance Savings Plan sized to the steady usage',
        'A 1-year No Upfront EC2 Instance Savings Plan sized to the steady usage',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })

  it('rules that forbid paying ahead are no upfront payment; no data-center space to build or rent is no facility', () => {
    expect(read('County purchasing rules prohibit prepayment for cloud services.').noUpfront).toBe(true)
    expect(read('The charity bans paying for any service more than one month in advance.').noUpfront).toBe(true)
    expect(read('The launch must happen without leasing or building any colocation space.').ownFacility).toBe(false)
    const s = solve(
      'A sports broadcaster needs GPU render servers within a few milliseconds of editors in one metro area whose AWS Region is 25 ms away. An AWS Local Zone with GPU instances serves that metro. The company wants this without renting any colocation space. Where should the render servers run?',
      [
        'In the AWS Local Zone, in a subnet of the existing VPC',
        'On an AWS Outposts rack in a colocation facility in the metro area',
        'In the parent Region behind Amazon CloudFront',
      ],
    )
    expect(s.answer).toEqual(['A'])
  })

  it('instances that "will be terminated" after a window are its end, not a tolerance for interruption', () => {
    expect(read('After the conference the 50 instances will be terminated.').interruptionTolerant).toBeUndefined()
    expect(read('A failed render can simply be retried on another node.').interruptionTolerant).toBe(true)
    expect(read('Each job will simply be retried if its node goes away.').interruptionTolerant).toBe(true)
  })

  it('a refusal of any commitment beyond "those N days" and "a 10-day holiday window" are a short-term need', () => {
    expect(read('The charity will not accept any commitment that lasts beyond those 14 days.').commitmentYears).toBe(0)
    expect(read('The shop needs 30 more instances for a 10-day holiday window.').commitmentYears).toBe(0)
  })

  it('"reserve capacity" in an option is an On-Demand Capacity Reservation unless it names a commitment that reserves it', () => {
    const s = solve(
      'A lottery operator needs 60 m7i.xlarge instances in one particular Availability Zone for a six-day draw period and cannot afford a capacity error when it scales out. It will not accept any commitment that lasts beyond those six days. Which option costs the LEAST?',
      [
        'Reserve capacity for 60 m7i.xlarge instances in that zone for the six days, then cancel it',
        'Buy 1-year zonal Reserved Instances to reserve capacity for the 60 instances',
        'A 1-year EC2 Instance Savings Plan for the m7i family',
        'Spot Instances spread across every Availability Zone in the Region',
      ],
    )
    expect(s.options[0]!.services.map((x) => x.variant)).toContain('on-demand-capacity-reservations')
    expect(s.options[1]!.services.map((x) => x.service)).toEqual(['reserved-instances'])
    expect(s.answer).toEqual(['A'])
  })

  it('"burst capacity can lose instances" and "care only that the baseline is never interrupted" protect only the base', () => {
    expect(read('Burst capacity can lose instances without anyone noticing.').burstInterruptible).toBe(true)
    expect(read('The owners care only that the baseline is never interrupted.').burstInterruptible).toBe(true)
    const s = solve(
      'A forum\'s stateless web tier keeps at least 6 instances at all times and bursts to about 30 on match days. The owners care only that the baseline is never interrupted; burst capacity can lose instances because clients reconnect. Which two choices give this capacity at the LOWEST cost? (Choose two.)',
      [
        'A mixed instances policy with an On-Demand base capacity of 6 and 0% On-Demand above the base',
        'Several similar instance types with the price-capacity-optimized Spot allocation strategy',
        'Every instance, baseline included, on Spot Instances',
        'A Compute Savings Plan that covers 30 instances',
        'One instance type for the whole group',
      ],
      2,
    )
    expect(s.options[2]!.violations.map((v) => v.rule)).toContain('term')
    expect(s.options[3]!.violations.map((v) => v.rule)).toContain('commitment-size')
    expect(s.answer).toEqual(['A', 'B'])
  })

  it('"losing some of the burst instances only slows pages" tolerates interruption above the base', () => {
    expect(read('Losing some of the burst instances only slows the pages down for a moment.').burstInterruptible).toBe(true)
  })

  it('moving to Graviton and repackaging jobs as containers on Fargate is one need: flexibility across compute services', () => {
    const stem =
      'A bank runs 30 m6i instances around the clock. Within a year it will move them to Graviton instances and repackage its batch jobs as containers on AWS Fargate; the spend will stay flat for three years. Which commitment keeps applying after both changes?'
    expect(read(stem).computeFlexibility).toBe('across-compute-services')
    const s = solve(stem, ['A 3-year EC2 Instance Savings Plan for m6i', 'A 3-year Compute Savings Plan', 'Standard Reserved Instances for 30 m6i instances', 'Convertible Reserved Instances'])
    expect(s.answer).toEqual(['B'])
  })

  it('Spot of a single instance type is cautioned; a base of N instances that "must not be reclaimed" is the On-Demand base', () => {
    const stem =
      'A checkout tier runs in an Auto Scaling group. Eight instances must always be present and must not be reclaimed by AWS, while capacity above eight may be interrupted. Which two settings give this at the lowest cost? (Choose two.)'
    const s = solve(
      stem,
      [
        'Set the On-Demand percentage above base capacity to 100%',
        'Set the On-Demand base capacity to 8 and the On-Demand percentage above base capacity to 0%',
        'Use a single instance type with the lowest-price Spot allocation strategy',
        'Set the On-Demand base capacity to 0 so that every instance is a Spot Instance',
        'List several similar instance types and use the price-capacity-optimized Spot allocation strategy',
      ],
      2,
    )
    expect(s.options[2]!.reasons.some((r) => r.includes('single instance type'))).toBe(true)
    expect(s.options[3]!.violations.map((v) => v.rule)).toContain('term')
    expect(s.answer).not.toContain('D')
  })

  it('"tolerates the loss of nodes above the baseline" makes the burst interruptible, and On-Demand above the base then loses on cost', () => {
    const stem =
      'An events site keeps 16 instances in its Auto Scaling group day and night and grows to 60 for the evening rush. It will run this way for three years, and it tolerates the loss of individual nodes above the baseline without any effect on visitors. Which two changes lower compute cost the MOST? (Choose two.)'
    expect(read(stem).burstInterruptible).toBe(true)
    const s = solve(
      stem,
      [
        'Cover the 16 always-on instances with a 3-year Compute Savings Plan.',
        'Cover all 60 instances with a 3-year Compute Savings Plan.',
        'Add a mixed instances policy that launches every instance above the baseline as On-Demand capacity of one type.',
        'Add a mixed instances policy with an On-Demand base of 16 and diversified Spot capacity above it.',
        'Reserve capacity for 60 instances with On-Demand Capacity Reservations.',
      ],
      2,
    )
    expect(s.options[2]!.violations.map((v) => v.rule)).toContain('term')
    // "Cover all 60 instances with a … Savings Plan": the count the plan covers comes before it.
    expect(s.options[1]!.violations.map((v) => v.rule)).toContain('commitment-size')
    expect(s.answer).toEqual(['A', 'D'])
    // Without a cost aim, On-Demand above the base only costs more: a caution, not a sink.
    const open = solve('A shop keeps 10 instances and grows to 30 at lunch; capacity above the baseline can be lost without harm. How should the group be set up?', [
      'Launch all capacity above the baseline as On-Demand instances.',
      'Keep an On-Demand base of 10 and run Spot above it.',
    ])
    expect(open.options[0]!.violations).toEqual([])
    expect(open.options[0]!.reasons.some((r) => r.includes('Spot would cost less'))).toBe(true)
  })

  it('a 10-day event is a short-term need, and x86-only software can move to Graviton through a multi-architecture build', () => {
    expect(read('The shop must be sure of 30 m7i.large instances in one zone for a 10-day sales event in March.').commitmentYears).toBe(0)
    const s = solve('The service ships as a container image built only for x86_64. The team wants to move it to Graviton. What should it do?', [
      'Redeploy the current image unchanged on Graviton instances.',
      'Build a multi-architecture image for arm64 and x86_64, then move the tasks to Graviton instances gradually.',
    ])
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('graviton.needs-arm')
    expect(s.options[1]!.violations).toEqual([])
    // An instance type with the "g" processor attribute is a Graviton instance, whatever family it belongs to.
    const t = solve('The image is built only for x86_64. Where can it run unchanged?', ['On c7g.xlarge instances', 'On m6gd.large instances', 'On c6i.xlarge instances'])
    expect(t.options[0]!.violations.map((v) => v.rule)).toContain('graviton.needs-arm')
    expect(t.options[1]!.violations.map((v) => v.rule)).toContain('graviton.needs-arm')
    expect(t.options[2]!.violations).toEqual([])
  })

  it('bare "Spot" beside an On-Demand base or a mixed instances policy names Spot Instances; "Fargate Spot" does not', () => {
    const s = solve('Capacity above four instances can tolerate interruptions. Which is cheapest?', [
      'A mixed instances policy: On-Demand base of four, Spot above it across several types.',
      'Two groups: one of On-Demand Instances and one of Spot Instances of a single type.',
    ])
    expect(s.options[0]!.services.map((x) => x.service)).toContain('ec2-spot')
    expect(s.answer).toEqual(['A'])
    const t = solve('Which is cheapest for interruptible container tasks?', ['Run the tasks on Fargate Spot with an On-Demand base', 'Run them on regular Fargate'])
    expect(t.options[0]!.services.map((x) => x.service)).not.toContain('ec2-spot')
    const u = solve('Which group is cheapest?', ['Create a second, Spot-only group for the burst', 'Keep one On-Demand group'])
    expect(u.options[0]!.services.map((x) => x.service)).toContain('ec2-spot')
  })
})
