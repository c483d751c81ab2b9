import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Readings that unseen own-words probes (sets 67 to 71) answered wrongly with
 * confidence: peaks whose timing drifts "slowly with the seasons", an EC2
 * Instance Savings Plan said to follow the fleet to new families, a team that
 * is "not going to manage EC2 hosts or move to Kubernetes", a forecast that
 * must trigger an automatic stop, and a team that "will take on instance
 * management" for steady, fully used containers. Our own sentences; each test
 * failed before its change.
 */
describe('solve reads plan scope, refusals about hosts and Kubernetes, budget actions and accepted instance work', async () => {
  const {solve, read} = await solveHelpers()

  it('a rise whose timing drifts slowly with the seasons does not keep to a clock time', () => {
    expect(read('The timing of the evening climb drifts slowly with the seasons.').clockTimePeaks).toBe(false)
  })

  it('an EC2 Instance Savings Plan does not follow usage to new families, whatever the option claims', () => {
    const s = solve(
      'A company runs 40 c6i.xlarge instances for a steady API and will keep it for 3 years. Any commitment must keep applying if the company later moves to Graviton instances. Which purchase meets these requirements?',
      [
        'An EC2 Instance Savings Plan for the c6i family, which carries over to new families when the fleet moves.',
        'A 3-year Compute Savings Plan sized to the current hourly spend.',
        '3-year Standard Reserved Instances for c6i.xlarge.',
        'On-Demand Instances with no commitment.',
      ],
    )
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/does not follow usage to another family/)
    expect(s.answer).toEqual(['B'])
  })

  it('what a company wants back from reservations it no longer uses is read as idle reservations', () => {
    expect(read('The company wants to recover as much of the remaining reservation value as it can.').unusedReservations).toBe(true)
  })

  it('a refusal to manage hosts or to move to Kubernetes is about the future; never having run servers is not a refusal', () => {
    const p = read('We are not going to manage EC2 hosts or move to Kubernetes.')
    expect(p.kubernetes).toBe(false)
    // Either way of running with no servers to manage.
    expect(['serverless', 'managed-containers']).toContain(p.operations)
    expect(read('The two founders have never run servers.').operations).toBeUndefined()
    expect(read('The team will move the services to Kubernetes next year.').kubernetes).toBe(true)
  })

  it('an automatic stop when an account forecast passes a threshold is a budget action', () => {
    expect(
      read("When a lab account's forecasted monthly spend passes $800, its instances must be stopped automatically, not just reported.")
        .costManagementNeed,
    ).toBe('budget-enforcement')
  })

  it('steady, fully used ECS tasks with a team that takes on instance work run on EC2 with a 3-year plan', () => {
    const p = read(
      'A broker runs 120 Amazon ECS tasks on AWS Fargate. The task count has been almost constant for a year. The company will take on instance management to lower cost.',
    )
    expect(p.containerized).toBe(true)
    expect(p.loadPattern).toBe('steady')
    expect(p.operations).toBe('instances')
    expect(read('The company will not take on instance management.').operations).toBeUndefined()
    const s = solve(
      'A broker runs 120 Amazon ECS tasks on AWS Fargate for its order service, and the tasks must not be interrupted. The task count has been almost constant for a year and the tasks use most of their CPU and memory. The operations team knows EC2 well. The company can commit for 3 years and will take on instance management to lower cost. Which solution is MOST cost-effective?',
      [
        'Keep the tasks on Fargate and move a third of them to Fargate Spot.',
        'Move the tasks to ECS on EC2 instances and cover the instances with a 3-year Savings Plan.',
        'Keep the tasks on Fargate and cover them with a 1-year Compute Savings Plan.',
        'Move the service to Lambda functions with provisioned concurrency.',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })

  it('a stem that lists three workloads judges an option that names one of them by that workload alone', () => {
    expect(read('Finance wants long-term commitments only where usage is continuous.').commitmentYears).toBeUndefined()
    expect(read('Twice a year, a 4-day load test needs 60 instances in one Availability Zone.').commitmentYears).toBe(0)
    const s = solve(
      'A retailer is reviewing three workloads in one Region. A search index rebuild runs every night as containerized jobs that checkpoint and can restart after an interruption. An inventory database runs 24 hours a day on six r6i.2xlarge instances whose family, size and Region will not change for the next 3 years. Twice a year, a 4-day load test needs 60 c7i.large instances in one specific Availability Zone and must start on time. Finance wants long-term commitments only where usage is continuous. Which actions are MOST cost-effective? (Choose three.)',
      [
        'Run the index rebuild jobs on Spot Instances through AWS Batch with several instance types allowed.',
        'Run the inventory database on Spot Instances with one On-Demand standby.',
        'Cover the inventory database with a 3-year EC2 Instance Savings Plan for r6i.',
        'Create On-Demand Capacity Reservations before each load test and cancel them afterwards.',
        'Buy 1-year zonal Reserved Instances for the 60 load-test instances in that zone.',
      ],
      3,
    )
    expect(s.answer).toEqual(['A', 'C', 'D'])
  })

  it('an Application Load Balancer alone does not serve the world; CloudFront in front of it does', () => {
    const s = solve('A shop sells to customers on every continent and wants its pages served quickly to all of them. What should it use?', [
      'An Application Load Balancer that serves the web application globally.',
      'CloudFront in front of an Application Load Balancer to serve the web application globally.',
    ])
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/one Region/)
    expect(s.options[1]!.violations).toEqual([])
  })

  it('a fleet that needs some instances at all times and more each evening for retryable jobs: a plan for the base, Spot for the rest', () => {
    const p = read(
      'The ticketing platform needs 8 instances at all times to handle a constant stream of sales. Each night, 30 more instances run for two hours to build indexes; these jobs can simply be retried if an instance is interrupted.',
    )
    expect(p.loadPattern).toBe('steady')
    expect(p.burstInterruptible).toBe(true)
    expect(read('Each night, 30 more instances run for two hours to build indexes, and nothing may be interrupted.').burstInterruptible).toBeUndefined()
    const s = solve(
      'The ticketing platform needs 8 instances at all times to handle a constant stream of sales. Each night, 30 more instances run for two hours to build indexes; these jobs can simply be retried if an instance is interrupted. The company wants to minimize cost. Which two purchasing choices should it make? (Choose two.)',
      [
        'Cover the 8 always-on instances with a 1-year Compute Savings Plan.',
        'Run the 8 always-on instances as Spot Instances with a high maximum price.',
        'Buy 1-year Reserved Instances for the 30 nightly instances.',
        'Run the 30 nightly instances as Spot Instances across several instance types.',
        'Create On-Demand Capacity Reservations for all 38 instances.',
      ],
      2,
    )
    expect(s.options[1]!.violations.map((v) => v.message).join(' ')).toMatch(/base that must not be interrupted/)
    expect(s.answer).toEqual(['A', 'D'])
  })

  it('default tenancy that an option flags or blocks is not the tenancy it chooses', () => {
    const stem = 'Policy requires that the EC2 instances run on hardware that no other AWS customer uses. Which option meets the policy?'
    const s = solve(stem, [
      'Launch Dedicated Instances and use AWS Config to flag any instance that uses default tenancy.',
      'Keep default tenancy and move the instances to their own account.',
    ])
    expect(s.options[0]!.violations).toEqual([])
    expect(s.options[1]!.violations.map((v) => v.message).join(' ')).toMatch(/shared with other AWS customers/)
  })

  it('"the lowest price per vCPU" is English, not the Spot lowest-price strategy', () => {
    const s = solve('Interruptions are not acceptable for the wiki server. Which instance is MOST cost-effective?', [
      'A c7i.large instance, which has the lowest price per vCPU among these choices.',
      'An m6i.large Spot Instance with the lowest-price allocation strategy.',
    ])
    expect(s.options[0]!.services.map((m) => m.service)).not.toContain('ec2-spot')
    expect(s.options[1]!.violations.length).toBeGreaterThan(0)
  })

  it('low average CPU with spikes, said over two sentences or with "was", is a burstable load', () => {
    expect(read("The wiki server's CPU averages about 5%. It spikes when staff sign in each morning.").cpuUsage).toBe('low-with-bursts')
    expect(read('Over the last month, average CPU utilization was 4%, with bursts to 45% for a few minutes each day.').cpuUsage).toBe(
      'low-with-bursts',
    )
    expect(read('CPU averages about 40%. It spikes at month end.').cpuUsage).not.toBe('low-with-bursts')
  })

  it('extras that may be lost, a run that must restart from the beginning, and interruptions not acceptable during the day', () => {
    expect(read('The baseline must not be interrupted, but we can lose a few of the evening extras without anyone noticing.').burstInterruptible).toBe(
      true,
    )
    expect(read('The simulation must restart from the beginning if any node is lost.').interruptionTolerant).toBe(false)
    expect(read('A worker restarts the task on another node if a node is lost.').interruptionTolerant).toBe(true)
    expect(read('Interruptions during office hours are not acceptable.').interruptionTolerant).toBe(false)
  })

  it('an option that runs the whole group, including its numbered baseline, on Spot breaks a base that must not be interrupted', () => {
    const s = solve(
      'A stateless web tier runs 10 instances around the clock and climbs to 30 in the afternoon. The 10 baseline instances must not be interrupted, but we can lose a few of the afternoon extras. Which option costs the least?',
      [
        'Run the whole group, including the 10 baseline instances, on Spot Instances across several instance types.',
        'Use a mixed instances policy with an On-Demand base of 10 and Spot for all capacity above the base.',
      ],
    )
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/base that must not be interrupted/)
    expect(s.answer).toEqual(['B'])
  })

  it('a ship with no usable link, a service run in two Regions, servers already at each terminal, and CPU that looked normal', () => {
    const ship = read('The survey ship spends a month at a time at sea with no usable network link. It has used Snowball Edge devices for years.')
    expect(ship.connectivity).toBe('none')
    expect(ship.clients).toBeUndefined()
    expect(read('The airline runs its check-in service in two Regions.').multiRegion).toBe(true)
    const port = read('The port operator has modern servers in each of its terminals and does not want to buy new hardware.')
    expect(port.existingServers).toBe(true)
    expect(port.ownFacility).toBeUndefined()
    expect(read('Scaling on CPU has let the queue grow while CPU looked normal.').cpuNotLoadSignal).toBe(true)
  })

  it('a disconnected site cannot export to S3 while away, but it can once it is back in port', () => {
    const s = solve(
      'A survey ship spends five weeks at a time at sea with no usable network link and must process its sonar data on board. Which option works?',
      [
        'Run IoT Greengrass on the ship and export the results to Amazon S3 with stream manager while at sea.',
        'Run IoT Greengrass on the ship and export the results to Amazon S3 once the ship docks.',
      ],
    )
    expect(s.options[0]!.violations.length).toBeGreaterThan(0)
    expect(s.options[1]!.violations).toEqual([])
  })
})

