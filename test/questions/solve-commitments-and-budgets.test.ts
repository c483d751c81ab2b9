import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Readings that an unseen own-words probe showed wrong (answered with
 * confidence): a short window with "no ongoing financial commitment", usage
 * that is SageMaker AI only, work that "picks up where it left off", and a
 * forecast alert followed by an automatic stop. Our own sentences; each test
 * failed before its change.
 */
describe('solve reads commitments, SageMaker usage, resumable work and budget actions', async () => {
  const {solve, read, kb} = await solveHelpers()

  it('"no ongoing financial commitment" rules out Reserved Instances and Savings Plans for a two-week capacity need', () => {
    const s = solve(
      'A retailer must be sure it can start 30 m6i.large instances in one particular Availability Zone during a two-week sale. After the sale it wants no ongoing financial commitment. What should it use?',
      [
        'Zonal Reserved Instances for 30 m6i.large instances in that Availability Zone',
        'An On-Demand Capacity Reservation for the 30 instances in that zone, cancelled after the sale',
        'A 1-year Compute Savings Plan sized for 30 instances',
        'Spot Instances with a diversified allocation strategy',
      ],
    )
    expect(s.profile.commitmentYears).toBe(0)
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('reserved-instances.needs-term')
    expect(s.answer).toEqual(['B'])
  })

  it('usage that is SageMaker AI alone takes a SageMaker AI Savings Plan over the compute plans', () => {
    const s = solve(
      'A bank trains fraud models on Amazon SageMaker every night and serves them from SageMaker endpoints all day; the spend has been flat for a year. It wants a 3-year commitment that still lets it move to newer ML instance families. What should it buy?',
      ['A Compute Savings Plan', 'EC2 Reserved Instances for the instance types in use', 'A SageMaker Savings Plan', 'An EC2 Instance Savings Plan'],
    )
    expect(s.profile.sageMakerUsage).toBe(true)
    expect(s.options[2]!.score - s.options[0]!.score).toBeGreaterThanOrEqual(2)
    expect(s.answer).toEqual(['C'])
  })

  it('a SageMaker AI Savings Plan put on Lambda contradicts itself, and SageMaker named beside EC2 rules nothing out', () => {
    const own = solve('A company wants to reduce its compute bill. Which option is valid?', [
      'A SageMaker Savings Plan that covers the Lambda functions',
      'A Compute Savings Plan that covers the Lambda functions',
    ])
    expect(own.options[0]!.violations.map((v) => v.rule)).toContain('coverage')
    expect(read('The platform runs EC2 web servers and SageMaker endpoints.').sageMakerUsage).toBe(true)
    const mixed = solve('The platform runs EC2 web servers and SageMaker training jobs, and usage has been steady for a year. What should it buy to cover the web servers?', [
      'A Compute Savings Plan',
      'A SageMaker Savings Plan',
    ])
    expect(mixed.options[0]!.violations).toEqual([])
  })

  it('work that saves its progress and picks up where it left off is interruption tolerant: Spot beside a plan for the steady part', () => {
    for (const text of ['The encoder writes its progress to S3 as it goes.', 'If a node vanishes, the batch simply picks up where it left off on another one.'])
      expect(read(text).interruptionTolerant, text).toBe(true)
    expect(read('The checkout service saves the session state to DynamoDB.').interruptionTolerant).toBeUndefined()
    const s = solve(
      'A company runs two workloads. The first is a fleet of r6i database replicas that has run unchanged around the clock and will stay so for at least three more years. The second is a weekly simulation that writes its progress to S3 and carries on where it stopped if an instance is taken away. Which two purchasing choices cost the least? (Choose two.)',
      [
        'A 3-year EC2 Instance Savings Plan for the r6i family',
        'On-Demand Capacity Reservations for the simulation',
        'Spot Instances for the simulation',
        'Dedicated Hosts for the replicas',
        'On-Demand Instances for the replicas',
      ],
      2,
    )
    expect(s.profile.commitmentYears).toBe(3)
    expect(s.answer).toEqual(['A', 'C'])
  })

  it('an email on a forecast and an automatic stop past a threshold is an AWS Budgets budget with an action', () => {
    const s = solve(
      'The controller of a start-up wants a message when the projected spend of the sandbox account for the month is expected to exceed $2,000. If actual spend then passes $2,500, the sandbox instances must be stopped without anyone acting. Which approach needs the least effort?',
      [
        'Look at the AWS Cost Explorer forecast every morning and stop the instances by hand',
        'An AWS Budgets cost budget with a forecast alert at $2,000 and a budget action at $2,500 that stops the instances',
        'Enable AWS Cost Anomaly Detection',
      ],
    )
    expect(s.profile.costManagementNeed).toBe('budget-enforcement')
    expect(s.answer).toEqual(['B'])
  })

  it('a caution counts against the option it names: provisioned concurrency for an API whose users do not mind cold starts', () => {
    const s = solve('A back-office API is called a few times an hour, and cold starts do not matter to its users. The team wants the lowest cost. How should it run?', [
      'AWS Lambda functions',
      'AWS Lambda functions with provisioned concurrency kept on all day',
    ])
    expect(s.options[1]!.reasons.some((r) => r.startsWith('but: Provisioned concurrency is billed'))).toBe(true)
    expect(s.options[0]!.score - s.options[1]!.score).toBe(2)
    expect(s.answer).toEqual(['A'])
  })

  it('"runs no EC2 instances", a past duration, and a bill split between Lambda and Fargate', () => {
    expect(read('The startup runs no EC2 instances at all.').operations).toBeUndefined()
    expect(read('Traffic has stayed at the same level for three years.').commitmentYears).toBeUndefined()
    expect(read('The firm has decided to keep the cluster for the next three years.').commitmentYears).toBe(3)
    const s = solve(
      "A media company's compute bill is roughly 60% AWS Fargate and 40% AWS Lambda, usage has stayed flat for a year, and it runs no EC2 instances. Which purchase lowers the bill with no changes to the architecture?",
      ['An EC2 Instance Savings Plan', 'A Compute Savings Plan', 'Standard Reserved Instances', 'A SageMaker Savings Plan'],
    )
    expect(s.profile.computeFlexibility).toBe('across-compute-services')
    expect(s.answer).toEqual(['B'])
  })

  it('for Java cold starts at the lowest cost, SnapStart beats provisioned concurrency; irregular arrivals are spiky load', () => {
    const s = solve(
      'A Java 17 Lambda API built on Micronaut has cold starts of five seconds after quiet periods, and users complain. Traffic is unpredictable. Which change fixes the cold starts MOST cost-effectively?',
      ['Provisioned concurrency sized for the peak, configured all day', 'Lambda SnapStart on the published versions', 'More memory for each function'],
    )
    expect(s.options[0]!.reasons.some((r) => r.startsWith('but: Provisioned concurrency is billed'))).toBe(true)
    expect(s.answer).toEqual(['B'])
    expect(read('Orders arrive at irregular times.').loadPattern).toBe('spiky')
  })
  it('a step the documentation rules out (selling Convertible RIs, exchanging Standard ones, modifying the family) sinks the option', () => {
    const s = solve(
      'A retailer holds 3-year Convertible Reserved Instances for m5 instances and has moved its web tier to Graviton-based m7g instances. It wants to keep a reservation discount for the rest of the term. What should it do?',
      [
        'Sell the Convertible Reserved Instances in the Reserved Instance Marketplace and buy m7g Standard Reserved Instances',
        'Modify the Reserved Instances to change their instance family to m7g',
        'Exchange the Standard Reserved Instances for m7g Standard Reserved Instances',
        'Exchange the Convertible Reserved Instances for m7g Convertible Reserved Instances of equal or greater value',
      ],
    )
    for (const o of s.options.slice(0, 3)) expect(o.violations.map((v) => v.rule)).toContain('cannot')
    expect(s.options[3]!.violations).toEqual([])
    expect(s.answer).toEqual(['D'])
    // Two separate steps are judged apart: a Standard RI sold is possible, and buying Convertible RIs is no exchange.
    const t = solve('A company must cut its commitment. What should it do?', [
      'Sell the Standard Reserved Instances in the Reserved Instance Marketplace and buy Convertible Reserved Instances',
      'Keep paying On-Demand',
    ])
    expect(t.options[0]!.violations).toEqual([])
  })
  it('a Savings Plan said to cover SageMaker AI (Compute, EC2 Instance) or EC2 (SageMaker AI) contradicts the plan types', () => {
    const s = solve(
      'A studio runs steady workloads on Amazon EC2, AWS Lambda and Amazon SageMaker and wants to cover every service with the fewest plans. Which purchases should it make? (Choose two.)',
      [
        'Buy a Compute Savings Plan that covers Amazon EC2, Lambda and SageMaker.',
        'Buy a SageMaker Savings Plan.',
        'Buy an EC2 Instance Savings Plan that applies to EC2 and SageMaker.',
        'Buy a Compute Savings Plan for EC2 and Lambda.',
        'Buy a SageMaker Savings Plan for SageMaker and the EC2 instances.',
      ],
    )
    for (const i of [0, 2, 4]) expect(s.options[i]!.violations.map((v) => v.rule)).toContain('cannot')
    expect(s.options[1]!.violations).toEqual([])
    expect(s.options[3]!.violations).toEqual([])
    // Another plan's own name does not put SageMaker under the Compute plan.
    const both = solve('Which purchase covers steady EC2 and SageMaker usage?', [
      'Buy a Compute Savings Plan for the EC2 instances and a SageMaker Savings Plan for the notebooks.',
      'Keep paying On-Demand',
    ])
    expect(both.options[0]!.violations).toEqual([])
  })
  it('a Savings Plan sold to another customer, a reservation cancelled, or Convertible RIs listed in a later step all sink', () => {
    const s = solve(
      'A studio will run 12 c7i.xlarge instances in one Region for a three-year project that the client may stop after a year. If that happens, the studio wants to get back part of what it committed. Which purchase meets this MOST cost-effectively?',
      [
        'Buy 3-year Standard Reserved Instances paid All Upfront, and list the reservations it no longer needs on the Reserved Instance Marketplace if the project stops.',
        'Buy a 3-year Compute Savings Plan paid All Upfront, and transfer the rest of the plan to another AWS customer if the project stops.',
        'Buy 3-year Convertible Reserved Instances paid All Upfront, and sell them to another customer through the Reserved Instance Marketplace if the project stops.',
        'Buy 3-year Standard Reserved Instances with No Upfront payment, and ask AWS to cancel the remaining payments if the project stops.',
      ],
    )
    for (const i of [1, 2, 3]) expect(s.options[i]!.violations.map((v) => v.rule)).toContain('cannot')
    expect(s.options[0]!.violations).toEqual([])
    expect(s.answer).toEqual(['A'])
    // A later step that names its own purchase is judged by it: buying Convertible RIs after selling Standard ones is fine.
    const t = solve('A company changes its plans. What should it do?', [
      'Buy Standard Reserved Instances now, and later exchange them for another family',
      'Buy Convertible Reserved Instances now, and later exchange them for another family',
    ])
    expect(t.options[0]!.violations.map((v) => v.rule)).toContain('cannot')
    expect(t.options[1]!.violations).toEqual([])
  })
  it('Fargate Spot runs Linux on X86_64 and ARM64 but not Windows: an option that moves tasks to Windows on it sinks', () => {
    const s = solve(
      'Queue workers run as Amazon ECS tasks on Fargate and can be stopped at any time; the message simply comes back to the queue. The image is built for both linux/amd64 and linux/arm64. Which change gives the lowest Fargate price?',
      [
        'Keep the ARM64 task definition and add the FARGATE_SPOT capacity provider to the strategy',
        'Keep the ARM64 task definition on regular Fargate and buy an EC2 Instance Savings Plan',
        'Switch the task definition to X86_64 and run the service on the FARGATE_SPOT capacity provider',
        'Move the workers to Windows containers and run them on FARGATE_SPOT',
      ],
    )
    // ARM64 Linux tasks have run on Fargate Spot since September 2024 (API_CapacityProviderStrategyItem).
    expect(s.options[0]!.violations).toEqual([])
    expect(s.options[3]!.violations.map((v) => v.rule)).toContain('cannot')
    expect(s.options[2]!.violations).toEqual([])
    // Nothing in the stem speaks for Savings Plans, yet the rule against an EC2 Instance Savings Plan for Fargate still holds.
    expect(s.options[1]!.violations.map((v) => v.rule)).toContain('savings-plans.instance-plan-ec2-only')
    // Moving off ARM64 to reach Fargate Spot is no longer needed, so it is not the answer.
    expect(s.answer).not.toEqual(['C'])
  })
  it('selling Standard RIs a family change left unused is their remedy, not a purchase the family change rules out', () => {
    const s = solve(
      'A company holds 3-year Standard Reserved Instances for c5 instances bought a year ago. The workload has moved to Graviton-based c7g instances and the reservations go unused. It wants to recover part of what it committed. What should it do?',
      [
        'Exchange the Standard Reserved Instances for Convertible Reserved Instances for c7g.',
        'Modify the Standard Reserved Instances so that they apply to the c7g family.',
        'List the unused Standard Reserved Instances for sale in the Reserved Instance Marketplace.',
        'Ask AWS to cancel the Reserved Instances and refund the rest of the term.',
      ],
    )
    expect(s.options[2]!.violations).toEqual([])
    expect(s.answer).toEqual(['C'])
  })
  it('reservations a move left idle are sold; that says nothing against a new plan for the new usage', () => {
    const s = solve(
      'Two years ago a studio bought 3-year Standard Reserved Instances for its r5 render hosts. The renderer now runs on r7g instances, so those reservations sit idle. Which action gets part of that money back?',
      [
        'Modify the Standard Reserved Instances so that they cover r7g instances.',
        'Ask AWS to refund the unused part of the Reserved Instances.',
        'Sell the idle Standard Reserved Instances to other customers on the Reserved Instance Marketplace.',
        'Cover the steady r7g usage with a Savings Plan once the move is finished.',
      ],
    )
    expect(s.profile.unusedReservations).toBe(true)
    // The purchase two years ago is not the horizon of a new commitment, and idle reservations are not idle load.
    expect(s.profile.commitmentYears).toBeUndefined()
    expect(s.profile.loadPattern).toBeUndefined()
    // Unlike "may need to sell a new commitment", this rules out no new Savings Plan ...
    expect(s.profile.mayResell).toBeUndefined()
    expect(s.options[3]!.violations).toEqual([])
    // ... and the Marketplace reason counts only for the option that sells.
    expect(s.options[0]!.score).toBe(0)
    expect(s.answer).toEqual(['C'])
  })
  it('a fit with whenSaid on the service itself counts only for the option that uses those words', async () => {
    const {solveQuestion} = await import('../../src/core/questions/solve.js')
    const extra = {
      name: 'test.lambda-when-said',
      rationale: 'A pack rule that rewards one action on Lambda.',
      conditions: {all: [{fact: 'workload', operator: 'equal', value: 'event-driven'}]},
      event: {type: 'fit' as const, params: {service: 'lambda', weight: 5, message: 'Rewards a rewrite.', doc: 'https://docs.aws.amazon.com/lambda/latest/dg/welcome.html', whenSaid: ['rewrite']}},
    }
    const withRule = {...kb, rules: [...kb.rules, extra]} as typeof kb
    const s = solveQuestion(withRule, {
      stem: 'Small image uploads trigger an event-driven thumbnail step. What should the team use?',
      options: ['Rewrite the step as an AWS Lambda function.', 'Run the step as an AWS Lambda function.'],
    })
    expect(s.options[0]!.reasons).toContain('Rewards a rewrite.')
    expect(s.options[1]!.reasons).not.toContain('Rewards a rewrite.')
    expect(s.options[0]!.score - s.options[1]!.score).toBe(5)
  })
  it('what a company bought some time ago does not give the horizon of what it buys next', () => {
    expect(read('The company bought 1-year Reserved Instances 8 months ago.').commitmentYears).toBeUndefined()
    expect(read('The company will buy 1-year Reserved Instances next month.').commitmentYears).toBe(1)
  })
  it('a database or warehouse product named Serverless is not a preference for serverless compute', () => {
    expect(read('Reporting moved to Amazon Redshift Serverless last year.').operations).toBeUndefined()
    expect(read('The orders table lives in Aurora Serverless v2.').operations).toBeUndefined()
    expect(read('The team wants a serverless design for the API.').operations).toBe('serverless')
  })
  it('ECS does not fall back from FARGATE_SPOT to FARGATE by itself: an option that counts on it sinks', () => {
    const s = solve(
      'A startup runs three customer-facing container APIs with uneven traffic on Amazon ECS, and nobody on the team patches servers. How should it run the APIs at the lowest cost without risking an outage?',
      [
        'Run the APIs on the FARGATE capacity provider, with each task sized to its measured CPU and memory.',
        'Run the APIs on FARGATE_SPOT only, because ECS automatically falls back to On-Demand Fargate when Spot capacity is reclaimed.',
        'Run the APIs on an EKS cluster with self-managed node groups.',
        'Run the APIs on Dedicated Hosts.',
      ],
    )
    expect(s.options[1]!.violations.map((v) => v.rule)).toContain('cannot')
    const fine = solve('Which capacity provider strategy keeps a base of tasks running?', [
      'A strategy with a FARGATE base of two tasks and FARGATE_SPOT above it',
      'Dedicated Hosts',
    ])
    expect(fine.options[0]!.violations).toEqual([])
  })

  it('no commitment that lasts longer than the event is a short horizon: reservations for a three-day sale lose', () => {
    const s = solve(
      'A ticketing site holds a 48-hour presale twice a year and for that window needs 80 m7i.2xlarge instances in one specific Availability Zone, and it must not fail for lack of capacity. Finance will not approve any commitment that lasts longer than the event. What should a solutions architect recommend?',
      [
        'On-Demand Capacity Reservations in that Availability Zone created just before the presale and cancelled after it',
        '1-year zonal Standard Reserved Instances in that Availability Zone',
        'Spot Instances with the capacity-optimized strategy',
        'Regional Reserved Instances for m7i.2xlarge',
      ],
    )
    expect(s.profile.commitmentYears).toBe(0)
    expect(s.answer).toEqual(['A'])
  })
  it('refusing any new term commitment, for a 72-hour window, is no commitment', () => {
    expect(read('The museum refuses to take on any new term commitment.').commitmentYears).toBe(0)
    expect(read('For a 48-hour window the shop needs 60 more instances.').commitmentYears).toBe(0)
  })

  it('a plan the stem says the company already holds is setting, not a question of what that plan covers', () => {
    const s = solve(
      'A genomics lab spends about $20 an hour, around the clock, on Amazon SageMaker AI endpoints and training jobs, and expects that to hold for a year. The lab already covers its EC2 instances with a Compute Savings Plan. What is the MOST cost-effective way to lower the SageMaker AI bill?',
      [
        'Buy a 1-year SageMaker AI Savings Plan sized at or below the steady SageMaker AI spend.',
        'Raise the existing Compute Savings Plan commitment by $20 an hour to cover SageMaker AI.',
        'Buy EC2 Reserved Instances for the ML instance types.',
        'Run the training jobs on self-managed EC2 Spot Instances.',
      ],
    )
    // Before, 'covers' in the setting sentence made every option a question of what the Compute Savings Plan covers.
    expect(s.options.every((o) => o.violations.every((v) => v.rule !== 'coverage'))).toBe(true)
    expect(s.answer).toEqual(['A'])
    const asked = solve('Which usage does a Compute Savings Plan cover?', ['AWS Fargate tasks', 'Amazon RDS instances', 'SageMaker AI endpoints', 'Amazon S3 storage'])
    expect(asked.answer).toEqual(['A'])
  })

  it('a capacity error the stem cannot risk needs reserved capacity, and a Spot price capped at the On-Demand price is still Spot', () => {
    expect(read('The agency cannot risk an insufficient-capacity error during those three days.').capacityReservation).toBe(true)
    expect(read('It needs 150 more instances in two specific Availability Zones.').capacityReservation).toBe(true)
    const s = solve(
      'A tax agency needs 150 extra c7i.4xlarge instances in two specific Availability Zones for the last three days of the filing season. It cannot risk an insufficient-capacity error then, and procurement forbids any commitment that lasts longer than the event. Which option is MOST cost-effective?',
      [
        'Create On-Demand Capacity Reservations in the two Availability Zones shortly before the peak and cancel them when it ends.',
        'Buy 1-year zonal Standard Reserved Instances for the 150 instances.',
        'Buy a 1-year Compute Savings Plan sized to the 150 instances.',
        'Request 150 Spot Instances with a maximum price equal to the On-Demand price.',
      ],
    )
    expect(s.options[3]!.services.map((m) => m.service)).toEqual(['ec2-spot'])
    // On-Demand's 'no commitment' fit is not the Spot option's own.
    expect(s.options[3]!.score).toBeLessThanOrEqual(0)
    expect(s.answer).toEqual(['A'])
  })

  it('memory reaches Compute Optimizer only from the CloudWatch agent, not from detailed monitoring or a longer look-back', () => {
    const s = solve(
      'A bank wants to right-size 200 EC2 instances running Java services. Compute Optimizer calls most of them over-provisioned on the basis of CPU alone, and the owners say memory is the real constraint. What should the architect do so that the recommendations account for memory?',
      [
        'Turn on detailed monitoring so that Compute Optimizer gets memory metrics every minute.',
        'Activate enhanced infrastructure metrics, which adds memory utilization to the analysis.',
        'Install the unified CloudWatch agent to publish memory utilization so that Compute Optimizer includes memory.',
        'Buy a Compute Savings Plan for the current instance sizes.',
      ],
    )
    expect(s.profile.memoryUnmeasured).toBe(true)
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('cannot')
    expect(s.options[1]!.violations.map((v) => v.rule)).toContain('cannot')
    expect(s.options[2]!.reasons.some((r) => r.includes('unified CloudWatch agent publishes memory utilization'))).toBe(true)
    expect(s.answer).toEqual(['C'])
  })

  it('costs wanted per unit of the business, in the many ways finance asks for them, are allocation by tag', () => {
    for (const sentence of [
      'The controller wants EC2 and Fargate charges broken down by department each month.',
      'Each clinic should see its own monthly compute spend.',
      'Accounting needs the monthly spending of each tenant in the shared account.',
      'The CFO wants every brand to pay for its own AWS usage.',
      'Finance cannot yet group costs by Department in AWS Cost Explorer.',
    ])
      expect(read(sentence).costManagementNeed, sentence).toBe('allocate-by-tag')
    expect(read('The CFO wants to see spend by service for the past year.').costManagementNeed).toBe('explore-and-forecast')
    const s = solve(
      'A retail group runs the workloads of its six brands in one AWS account, and the brands already carry a Brand tag on every resource. The CFO wants EC2 and Lambda charges broken down by brand in AWS Cost Explorer. What should the cloud team do?',
      [
        'Activate Brand as a user-defined cost allocation tag in the Billing and Cost Management console',
        'Enable detailed monitoring on every EC2 instance',
        'Create one VPC per brand',
        'Turn on AWS Trusted Advisor cost checks',
      ],
    )
    expect(s.answer).toEqual(['A'])
  })

  it('a warning before a team overruns its allocation is a budget alert', () => {
    expect(read('Each lab must be warned before it overruns its monthly allowance.').costManagementNeed).toBe('budget-alerts')
    expect(read('Leads want an email when the team is forecast to exceed its budget.').costManagementNeed).toBe('budget-alerts')
  })

  it('"for two years and … for at least three more" is a three-year horizon; a list with "and" stays one past span', () => {
    expect(read('The clinic has run one steady fleet across EC2 and Fargate for two years and will keep it for at least three more.').commitmentYears).toBe(3)
    expect(read('The clinic has run one steady fleet across EC2 and Fargate for two years.').commitmentYears).toBeUndefined()
    expect(read('The shop ran 20 servers for six months and plans to keep them for one more.').commitmentYears).toBe(0)
  })

  it('"will keep running for three more years" is a horizon; "expects to move … within the next 18 months" is when a change comes', () => {
    expect(read('The billing engine runs around the clock and will keep running for at least three more years.').commitmentYears).toBe(3)
    expect(read('The billing engine has been running for three years.').commitmentYears).toBeUndefined()
    expect(read('The team expects to move the engine to another instance family within the next 18 months.').commitmentYears).toBeUndefined()
  })

  it('a stated move to another instance type outweighs the instance type the workload runs on today', () => {
    expect(read('The firm runs 20 m5.2xlarge instances and now wants to move the workload to m7i.2xlarge instances.').computeFlexibility).toBe('across-families')
    expect(read('The app runs on m5.xlarge instances.').computeFlexibility).toBe('fixed-family')
  })

  it('instances "larger than they need to be", sized by copying on-premises servers, ask for rightsizing', () => {
    for (const text of [
      'The team suspects that many instances are larger than they need to be.',
      'Most instances were sized by copying the specifications of the on-premises servers they replaced.',
      'The team wants instance type recommendations based on CPU and memory use.',
    ])
      expect(read(text).costManagementNeed, text).toBe('rightsizing')
  })

  it('"recover as much of the remaining value as possible" of unused reservations is a wish to resell them', () => {
    expect(read('The reservations now go unused; the company wants to recover as much of the remaining value as possible.').mayResell).toBe(true)
  })
})
