import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * A way to pay must reach the usage the question wants savings on: an EC2-only
 * plan cannot discount the Lambda functions or Fargate tasks the stem says the
 * application also runs on. Our own sentences.
 */
describe('solve: a plan that cannot discount the usage the savings aim reaches', async () => {
  const {solve, read} = await solveHelpers()
  const options = [
    'Buy an EC2 Instance Savings Plan for the m7g family and move the reports to a new Region.',
    'Buy a Compute Savings Plan sized to the steady hourly spend.',
    'Buy 3-year Standard Reserved Instances for the m7g instances.',
    'Keep paying On-Demand rates and review the bill each quarter.',
  ]

  it('"maximize savings across all of its compute" sinks the EC2-only commitments when the stem also runs Lambda', () => {
    const s = solve(
      'A media company runs its API on m7g instances and its thumbnail work in AWS Lambda functions. Usage of both has been steady for a year and will continue for at least three more years. The company wants to maximize savings across all of its compute.',
      options,
    )
    expect(read('The team wants to maximize its savings.').optimizeFor).toBe('cost')
    for (const i of [0, 2]) expect(s.options[i]!.violations.map((v) => v.rule), options[i]).toContain('coverage')
    expect(s.options[1]!.violations).toEqual([])
    expect(s.answer).toEqual(['B'])
  })

  it('a savings aim in the sentence that names Fargate reaches it', () => {
    const s = solve(
      'A retailer runs a steady c7i fleet and a steady set of AWS Fargate tasks, and it wants to lower the cost of both the instances and the Fargate tasks with a 3-year commitment. Which purchase should it make?',
      options,
    )
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/cannot discount AWS Fargate/)
  })

  it('says nothing when the aim does not reach the other usage, or a plan the stem holds already covers it', () => {
    const onePart = solve(
      'A company runs a steady m7g fleet for its API and a few AWS Lambda functions for webhooks. It wants to lower the cost of the m7g fleet, which will not change family for three years.',
      options,
    )
    expect(onePart.options[0]!.violations.filter((v) => v.rule === 'coverage')).toEqual([])
    const held = solve(
      'A company already covers its AWS Lambda usage with a Compute Savings Plan. It now wants to maximize savings across all of its compute, adding a commitment for a steady m7g fleet.',
      options,
    )
    expect(held.options[0]!.violations.filter((v) => v.rule === 'coverage')).toEqual([])
  })

  it('another way to pay in the same option that covers the service answers it', () => {
    const s = solve(
      'A company runs steady m7g instances and steady AWS Lambda functions and wants to reduce the cost of all of its compute for three years.',
      ['Buy an EC2 Instance Savings Plan for the m7g family and a Compute Savings Plan for the Lambda spend.', 'Buy Standard Reserved Instances for the m7g instances.'],
    )
    expect(s.options[0]!.violations.filter((v) => v.rule === 'coverage')).toEqual([])
    expect(s.options[1]!.violations.map((v) => v.rule)).toContain('coverage')
  })

  it('a list of compute services that names EC2 with Lambda or Fargate, in any order, is usage across compute services', () => {
    expect(read('The workload uses Amazon EC2, AWS Lambda, AWS Fargate, and Amazon SageMaker.').computeFlexibility).toBe('across-compute-services')
    expect(read('It runs AWS Lambda and Amazon EC2.').computeFlexibility).toBe('across-compute-services')
    expect(read('The team compared Amazon EC2 and Amazon RDS.').computeFlexibility).toBeUndefined()
    expect(read('The service runs on AWS Fargate and Amazon ECS.').computeFlexibility).toBeUndefined()
  })
})

