import {describe, expect, it} from 'vitest'

import {joinedSteps} from '../../src/core/questions/part-names.js'
import {partReadings} from '../../src/core/questions/stem-readings.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Stems with two or three workloads of one company that set 179 (measured
 * unseen first) answered wrongly: each workload introduced as the company's
 * own ("Its ERP servers…", "Its new portal…"), "A separate piece of logic…",
 * "The studio also distributes…", and a count of "two EC2 purchases" or "two
 * traffic patterns"; "uses no software licensed per socket" read as per-socket
 * licensing; and a year-long term or a refusal to pay up front said in other
 * words. Our own sentences; each test failed before its change.
 */
describe('solve reads parts the company owns, separate pieces and coordinated negations', async () => {
  const {kb, solve, read} = await solveHelpers()
  const parts = (stem: string) => partReadings(stem, read(stem), kb)

  it('"Its X…" workloads of a counted stem are parts, each with its own term and payment', () => {
    const s = solve(
      'A logistics firm plans two EC2 purchases. Its route-planning servers will run unchanged on one instance type for at least 3 years, and the firm has spare cash for the largest discount. Its new driver-training portal will run steadily for exactly 1 year on one instance type, but the firm will pay nothing up front for it. Which purchasing choices meet these requirements MOST cost-effectively?',
      [
        '3-year All Upfront Standard Reserved Instances for the route-planning servers, and 1-year All Upfront Standard Reserved Instances for the training portal.',
        '3-year All Upfront Standard Reserved Instances for the route-planning servers, and 1-year No Upfront Standard Reserved Instances for the training portal.',
        '3-year Partial Upfront Standard Reserved Instances for the route-planning servers, and 1-year No Upfront Standard Reserved Instances for the training portal.',
        '3-year All Upfront Standard Reserved Instances for the route-planning servers, and 3-year No Upfront Standard Reserved Instances for the training portal.',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })

  it('"Its servers sit idle" goes on describing the part before; only a named workload opens a new one', () => {
    const stem =
      'A school district runs two workloads. A grading service runs on four instances every weekday. Its servers sit idle at night. Its library catalog application runs steadily around the clock for 3 years. Which purchasing choices are MOST cost-effective?'
    const found = parts(stem)
    expect(found).toHaveLength(2)
    expect(found[0]!.profile.idleOutOfHours).toBe(true)
    expect(found[1]!.profile.commitmentYears).toBe(3)
    expect(found[1]!.profile.idleOutOfHours).toBeUndefined()
  })

  it('"A separate piece of logic…" is another part: cheap viewer logic and slow origin logic get different services', () => {
    const s = solve(
      'A sports site serves its pages through Amazon CloudFront. On every viewer request it must rewrite the URL and add a header before the cache lookup, a few lines of JavaScript. A separate piece of logic runs only on cache misses: it calls a rights service over the network to pick an origin, which can take up to 3 seconds. Which solution meets these requirements MOST cost-effectively?',
      [
        'Use Lambda@Edge on the viewer-request event for the URL rewrite, and a Lambda@Edge function on the origin-request event for the rights lookup.',
        'Use CloudFront Functions for the URL rewrite, and a Lambda@Edge function on the origin-request event for the rights lookup.',
        'Use CloudFront Functions for the URL rewrite, and a second CloudFront function on the viewer-request event for the rights lookup.',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })

  it('"that also serves other services" is a load balancer shared with others, not another part of the question', () => {
    const s = solve(
      'A company has an internal HTTP endpoint that gets about 1,500 requests a day in short bursts, each handled in under a second. It runs on two always-on instances behind an Application Load Balancer that also serves other, busier services. The company wants to lower compute cost and stop managing servers without changing the URL. Which solution is MOST cost-effective?',
      [
        'Run the endpoint as AWS Fargate tasks that run continuously behind the same listener rule.',
        'Rewrite the endpoint as an AWS Lambda function in a Lambda target group behind the same rule.',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })

  it('"uses no software licensed per socket" is no per-socket licensing; "licensed per core and are not covered by License Mobility" still is', () => {
    expect(read('The billing system uses no software licensed per socket or core.').licensing).toBeUndefined()
    expect(read('The firm owns database licenses that are licensed per physical core and are not covered by License Mobility.').licensing).toBe('per-socket-or-core')
  })

  it('"has two capacity needs": each option step is judged against its own need', () => {
    const s = solve(
      'A ticketing company has two capacity needs in one Region. For a three-day festival next month, it must be certain that 30 instances of one type can launch in one Availability Zone. Its payment fleet runs steadily 24/7, will keep doing so for 3 years, and needs no capacity guarantee. Which solution meets these requirements MOST cost-effectively?',
      [
        'Request Spot Instances for the festival, and cover the payment fleet with a 3-year Compute Savings Plan.',
        'Create an On-Demand Capacity Reservation for the three festival days, and keep a standing On-Demand Capacity Reservation for the payment fleet.',
        'Create an On-Demand Capacity Reservation for the three festival days, and cover the payment fleet with a 3-year Compute Savings Plan.',
      ],
    )
    expect(s.answer).toEqual(['C'])
  })

  it('an option\'s steps may start with any verb of change: "…, and switch the functions to arm64"', () => {
    expect(joinedSteps('Move the API to Graviton instances, keep the vendor tool on x86, and switch the Lambda functions to arm64.')?.map((s) => s.body)).toEqual([
      'Move the API to Graviton instances',
      'keep the vendor tool on x86',
      'switch the Lambda functions to arm64.',
    ])
  })
})
