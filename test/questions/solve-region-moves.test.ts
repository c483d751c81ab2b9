import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * A planned move to another Region is its own fact (`changesRegion`), not a
 * change of instance family: Reserved Instances, Standard and Convertible
 * alike, stay in the Region they were bought in (a Convertible exchange cannot
 * change the Region, ri-convertible-exchange.html), an EC2 Instance Savings
 * Plan covers one Region, and a Compute Savings Plan follows the usage. Set
 * 318 #8 (measured unseen first) chose zonal Convertible RIs for a platform
 * that "may move part of the platform to a different AWS Region". SageMaker
 * endpoints "hosted on Amazon SageMaker AI" are SageMaker usage, which a
 * Compute Savings Plan does not cover. Our own sentences; each test failed
 * before its change.
 */
describe('solve reads a planned move to another Region', async () => {
  const {solve, read} = await solveHelpers()

  it('a move to another Region is read as such, and a Region that stays is not', () => {
    expect(read('Halfway through the term the fleet will relocate to eu-west-2.').changesRegion).toBe(true)
    expect(read('The analytics cluster may migrate to another AWS Region next year.').changesRegion).toBe(true)
    expect(read('The cluster stays in us-east-1 for the whole term.').changesRegion).toBeUndefined()
  })

  it('capacity held in one zone, a family change and a Region move: a Compute Savings Plan with Capacity Reservations', () => {
    const s = solve(
      'A payments processor runs a settlement platform 24/7 in one particular Availability Zone and must be certain of capacity there at all times. It wants a discount for a 3-year commitment. Over those 3 years it expects to change instance families, and it may migrate part of the platform to another AWS Region. Which approach meets these requirements?',
      [
        'Buy zonal Standard Reserved Instances in that Availability Zone',
        'Buy zonal Convertible Reserved Instances in that Availability Zone',
        'Create On-Demand Capacity Reservations and pay On-Demand rates with no commitment',
        'Buy a Compute Savings Plan and create On-Demand Capacity Reservations for the capacity that must be certain',
      ],
    )
    expect(s.options[1]!.violations.map((v) => v.rule)).toContain('reserved-instances.one-region')
    expect(s.answer).toEqual(['D'])
  })

  it('SageMaker endpoints hosted on SageMaker AI take a SageMaker Savings Plan, not a Compute Savings Plan', () => {
    expect(read('A bank hosts several real-time fraud-scoring endpoints on Amazon SageMaker AI.').sageMakerUsage).toBe(true)
    const s = solve(
      'A bank hosts several real-time fraud-scoring endpoints on Amazon SageMaker AI that run around the clock at a steady baseline. Its data scientists often change the ML instance type and now and then move an endpoint to another Region. The bank wants to cut the cost of this usage with a 1-year commitment. Which option is MOST cost-effective?',
      [
        'Buy a Compute Savings Plan that covers the endpoint usage.',
        'Buy a SageMaker AI Savings Plan sized to the baseline hourly spend.',
        'Buy Convertible Reserved Instances for the ML instance types in use.',
        'Run the endpoints on Spot capacity with managed spot training.',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })
})
