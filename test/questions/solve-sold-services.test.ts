import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * An option that sells what the stem holds gives it up: "Reserved Instances
 * discount EC2 only" speaks against buying them for a workload that moved to
 * Lambda, not against selling the ones left idle. Unseen sets 233 and 236 had
 * every option sunk by that rule. Our own sentences; the first test failed
 * before the change.
 */
describe('solve does not hold a rule about using a service against selling it', async () => {
  const {solve} = await solveHelpers()
  const EC2_ONLY = 'reserved-instances.ec2-only'
  const rules = (s: ReturnType<typeof solve>, i: number) => s.options[i]!.violations.map((v) => v.rule)

  it('selling idle Reserved Instances is not ruled out because the workload moved to Lambda', () => {
    const s = solve(
      'A studio moved its render API from Amazon EC2 to AWS Lambda. It still holds Standard Reserved Instances for 8 c5.xlarge instances with two years left, and nothing else can use them. How can it recover some of their cost?',
      [
        'List the unused Standard Reserved Instances for sale in the Reserved Instance Marketplace.',
        'Buy more Standard Reserved Instances for the Lambda functions.',
        'Cancel the Standard Reserved Instances for a refund of the remaining term.',
        'Exchange the Standard Reserved Instances for a Compute Savings Plan.',
      ],
    )
    expect(rules(s, 0)).not.toContain(EC2_ONLY)
    expect(rules(s, 1)).toContain(EC2_ONLY)
  })

  it('buying the service in the same words still meets the rule', () => {
    const s = solve('A team is moving its services from Amazon EC2 to AWS Fargate over the next year. Which commitment lowers its compute bill?', [
      'Buy Standard Reserved Instances for the EC2 instances.',
      'Buy a Compute Savings Plan.',
      'Use only On-Demand Instances.',
      'Buy Dedicated Hosts.',
    ])
    expect(rules(s, 0)).toContain(EC2_ONLY)
  })
})

describe('solve: a sale is supported even when buying the service is ruled out', async () => {
  const {solve} = await solveHelpers()

  // Unseen set 273: the workload left EC2 for Fargate, which rules out buying Reserved Instances; the advisor kept no
  // fits for a ruled-out service, so the sale of the held Standard ones got no support and an impossible option won.
  it('selling the held Standard Reserved Instances after a move to containers is the answer', () => {
    const s = solve(
      'A dental-clinic group holds 3-year Standard Reserved Instances for a c6i fleet. A year in, it moved the application to containers on AWS Fargate, and the reservations sit idle. The finance team wants back some of the money still tied up in them. What should a solutions architect recommend?',
      [
        'Change the reservations so that their discount covers the Fargate tasks.',
        'Put the idle Standard Reserved Instances up for sale on the Reserved Instance Marketplace.',
        'Ask AWS to cancel the reservations and refund the remaining months.',
        'Keep the reservations and run the containers on EC2 again.',
      ],
    )
    expect(s.options[1]!.reasons.join(' ')).toMatch(/Marketplace/)
    expect(s.answer).toEqual(['B'])
  })

  it('advise still rules out buying Reserved Instances there, and keeps the Standard variant\'s sale as its only fit', () => {
    const s = solve(
      'A dental-clinic group holds 3-year Standard Reserved Instances for a c6i fleet. A year in, it moved the application to containers on AWS Fargate, and the reservations sit idle. The finance team wants back some of the money still tied up in them. What should a solutions architect recommend?',
      ['Buy more Standard Reserved Instances for the Fargate tasks.', 'Buy a Compute Savings Plan.'],
    )
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('reserved-instances.ec2-only')
  })

  it('modifying or exchanging Reserved Instances to cover Fargate is impossible', () => {
    const s = solve('A company holds Convertible Reserved Instances for m6i instances and is moving those services to AWS Fargate. How can it keep a discount?', [
      'Modify the Reserved Instances so that their discount applies to Fargate vCPU and memory.',
      'Exchange the Convertible Reserved Instances for ones that match the Lambda functions.',
      'Buy a Compute Savings Plan.',
    ])
    const cannot = /no modification or exchange makes them apply to Fargate or Lambda/
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(cannot)
    expect(s.options[1]!.violations.map((v) => v.message).join(' ')).toMatch(cannot)
    expect(s.options[2]!.violations).toEqual([])
  })
})

describe('solve: listing is selling only for sale', async () => {
  const {solve} = await solveHelpers()

  it('"list the unused Reserved Instances in Cost Explorer" sells nothing, so what rules them out still holds', () => {
    const s = solve('A team is moving its services from Amazon EC2 to AWS Fargate over the next year. Which option lowers its compute bill?', [
      'Buy Standard Reserved Instances and list the unused Reserved Instances in a Cost Explorer report every month.',
      'Buy a Compute Savings Plan.',
      'Use only On-Demand Instances.',
      'Buy Dedicated Hosts.',
    ])
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('reserved-instances.ec2-only')
  })
})

describe('solve: a warm pool beside Capacity Rebalancing', async () => {
  const {solve} = await solveHelpers()

  // Unseen set 250: Capacity Rebalancing is a Spot feature, so a group that uses it launches Spot Instances.
  it('a warm pool in a group with Capacity Rebalancing breaks the documentation', () => {
    const s = solve('A developer runs one Spot Instance that takes 40 minutes to load its data. Which option keeps its memory when the instance is reclaimed?', [
      'Run it in an Auto Scaling group with Capacity Rebalancing and a warm pool in the Hibernated state.',
      'Use a persistent Spot request with hibernation enabled.',
      'Use a one-time Spot request that stops the instance.',
      'Use a larger instance type.',
    ])
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/A warm pool cannot be added/)
  })
})
