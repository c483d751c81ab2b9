import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * A stem that counts its parts and then gives one sentence to each is read
 * part by part, though a sentence opens on no new subject, and an option
 * that lists bare choices ("X; Y; Z") answers them in the stem's order; and a way to
 * pay a step gives one part must cover what that part runs on. Our own
 * sentences.
 */
describe('solve: counted parts answered in order', async () => {
  const {solve} = await solveHelpers()

  const balancers =
    'A logistics firm is choosing load balancers for three systems. Its web portal must send /tracking and /billing requests to different target groups. A UDP telemetry collector must keep one fixed IP address in each Availability Zone so that customers can allow-list it. Every packet that enters the inspection VPC must pass through a fleet of third-party intrusion-prevention appliances. Which choice is correct for all three systems?'

  it('a list of bare choices answers the counted parts in order', () => {
    const s = solve(balancers, [
      'Network Load Balancer; Application Load Balancer; Gateway Load Balancer',
      'Application Load Balancer; Network Load Balancer; Gateway Load Balancer',
      'Application Load Balancer; Application Load Balancer; Network Load Balancer',
      'Gateway Load Balancer; Network Load Balancer; Application Load Balancer',
    ])
    expect(s.answer).toEqual(['B'])
  })

  it('a way to pay that cannot discount what its part runs on is a violation of that step', () => {
    const s = solve(
      'A company is planning commitments for two workloads. Workload A is a fleet of m6i instances that will keep the same instance family and Region for three years, and it should get the deepest discount available. Workload B is a set of AWS Lambda functions with a steady baseline of invocations. Which plan fits both workloads?',
      ['Workload A: EC2 Instance Savings Plan; Workload B: EC2 Instance Savings Plan', 'Workload A: EC2 Instance Savings Plan; Workload B: Compute Savings Plan'],
    )
    expect(s.options[0]!.violations.some((v) => v.rule === 'coverage' && /Lambda/.test(v.message))).toBe(true)
    expect(s.options[1]!.violations.filter((v) => v.rule === 'coverage')).toEqual([])
  })
  it('a step for two labelled parts is judged once for each of them', () => {
    const s = solve(
      'A company is planning commitments for three workloads. Workload A is a fleet of m6i instances that will keep the same instance family and Region for three years, and it should get the deepest discount available. Workload B is a set of AWS Lambda functions with a steady baseline of invocations. Workload C is a mix of EC2 instances and Fargate tasks whose instance families change often. Which plan fits all three workloads?',
      [
        'Compute Savings Plan for Workload B and Workload C; EC2 Instance Savings Plan for Workload A',
        'EC2 Instance Savings Plan for Workload A and Workload B; Compute Savings Plan for Workload C',
        'Compute Savings Plan for Workload A; Compute Savings Plan for Workload B; Compute Savings Plan for Workload C',
      ],
    )
    // Option B's first step is judged for Workload A (where it fits) and for Workload B (which runs on Lambda).
    expect(s.options[1]!.reasons.some((r) => /deepest Savings Plan discount/.test(r))).toBe(true)
    expect(s.options[1]!.violations.some((v) => /Lambda/.test(v.message))).toBe(true)
    expect(s.answer).toEqual(['A'])
  })
})
