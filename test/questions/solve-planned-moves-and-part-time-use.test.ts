import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Purchasing stems of set 183 (measured unseen first) whose plans or usage
 * were not read: a later move to another Region ("must move to eu-central-1")
 * beside "the same instance type", part of a tier to run on Fargate later, and
 * an instance used only in a nightly window or "195 hours of a 730-hour month".
 * Our own sentences; each test failed before its change.
 */
describe('solve reads planned moves and part-time use', async () => {
  const {solve, read} = await solveHelpers()

  it('a move to another Region is read beside the same instance type, and a move to Fargate outweighs a family change', () => {
    const relocated = read('The 12 r6i.xlarge instances must relocate to ap-southeast-2 in month 9, where they keep the same instance type.')
    expect(relocated.changesRegion).toBe(true)
    expect(relocated.computeFlexibility).toBe('fixed-family')
    expect(read('Next spring the fleet moves to a different AWS Region.').changesRegion).toBe(true)
    expect(read('The company has no plans to move to another Region.').changesRegion).toBeUndefined()
    expect(
      read('The fleet will migrate to another Region next year, and from month 20 the team plans to run part of the API on AWS Fargate.').computeFlexibility,
    ).toBe('across-compute-services')
  })

  it('a tier that will move to Graviton and then partly to Fargate takes a Compute Savings Plan for its baseline', () => {
    const s = solve(
      'A company runs a stateless API on c6i instances in one AWS Region: 8 instances around the clock, rising to 20 for about 3 hours each evening. Over the next 3 years it plans to move the API to Graviton-based c7g instances in month 4 and to run half of the API on AWS Fargate from month 15. Which purchasing strategy is MOST cost-effective?',
      [
        'Buy 20 Standard Reserved Instances for c6i with a 3-year term to cover the evening peak too.',
        'Buy a 3-year EC2 Instance Savings Plan for the c6i family matching the 8-instance baseline.',
        'Buy 8 Convertible Reserved Instances for c6i and exchange them for c7g Reserved Instances in month 4.',
        'Buy a 3-year Compute Savings Plan sized to the 8-instance baseline and pay On-Demand rates for the evening peak.',
      ],
    )
    expect(s.profile.computeFlexibility).toBe('across-compute-services')
    expect(s.answer).toEqual(['D'])
  })

  it('an instance used only in a nightly weekday window is stopped outside it, not reserved', () => {
    expect(read('The payroll job runs on one c7i.xlarge instance from 23:00 to 05:00 on weekdays only.').idleOutOfHours).toBe(true)
    expect(read('The build server is busy about 160 hours of a 730-hour month.').idleOutOfHours).toBe(true)
    const s = solve(
      'A payroll job runs on one c7i.xlarge Linux instance from 23:00 to 05:00 on weekdays only, and it must not be interrupted once it starts. The job will keep running for at least 3 years. Which purchasing approach is MOST cost-effective?',
      [
        'Buy one 3-year Standard Reserved Instance with No Upfront payment and keep the instance running all month.',
        'Use an On-Demand Instance that a schedule starts and stops so that it runs only in the job window.',
        'Use a Spot Instance and rerun the job from the start after an interruption.',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })

  it('a horizon "for exactly 20 months" is read, and a rate list of 1- and 3-year prices states none', () => {
    expect(read('The plant will run one c7i.2xlarge workload around the clock for exactly 20 months and then retire it.').commitmentYears).toBe(1)
    expect(read('Rates: 1-year Convertible Reserved Instance (No Upfront) $0.71 and 3-year Convertible Reserved Instance (No Upfront) $0.52.').commitmentYears).toBeUndefined()
  })

  it('"How are the discounts applied…?" asks an order of billing, not which usage a plan covers', () => {
    const s = solve(
      'A company runs 9 c6i.large Linux instances 24/7 and has no other compute usage. It owns 6 regional Standard Reserved Instances for c6i.large and a Compute Savings Plan whose commitment covers about 5 of the instances. How are the discounts applied to the 9 instances each hour?',
      [
        'The Savings Plan covers 5 instances first and the Reserved Instances cover the other 4.',
        'The Reserved Instances cover 6 instances, the Savings Plan covers 3, and part of its commitment goes unused.',
        'The Reserved Instances cover 6 instances and the other 3 are billed at On-Demand rates.',
      ],
    )
    expect(s.answer).not.toEqual(['C'])
  })

  it('rehosting APIs on Fargate and Lambda is a move across compute services; a forecast alert "by e-mail" is a budget alert', () => {
    expect(read('Over the next two years the team will rehost its order APIs on AWS Lambda.').computeFlexibility).toBe('across-compute-services')
    expect(read('After a re-platforming project the workload now runs entirely on AWS Lambda.').computeFlexibility).not.toBe('across-compute-services')
    expect(read('The owners want to be told by e-mail as soon as the forecasted spend for the month is expected to exceed $3,000.').costManagementNeed).toBe(
      'budget-alerts',
    )
  })
})
