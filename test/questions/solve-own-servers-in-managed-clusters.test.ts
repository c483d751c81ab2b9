import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Readings found on sets 336 and 338 (measured unseen first, then read): the
 * company's own servers joined to a cluster whose Kubernetes control plane AWS
 * runs, and an option's steps split at verbs such as "activate" and "install".
 * Our own sentences; each test failed before its change.
 */
describe('solve reads own servers in AWS-managed clusters, and steps joined by "and activate"', async () => {
  const {solve, read} = await solveHelpers()

  it('"must run on the bank\'s existing on-premises servers" keeps the servers it owns', () => {
    expect(read("Two services must run on the bank's existing on-premises servers, next to its ledger.").existingServers).toBe(true)
  })

  it('"wants AWS to manage the Kubernetes control plane" runs Kubernetes', () => {
    expect(read('The platform team wants AWS to manage the Kubernetes control plane.').kubernetes).toBe(true)
  })

  it('own servers joined to EKS clusters whose control plane AWS runs: not ECS Anywhere, not a new Outposts rack', () => {
    const s = solve(
      "An insurer runs its claim microservices on Amazon EKS in one AWS Region. A few services must run on the insurer's existing on-premises servers, close to a mainframe. A Direct Connect link joins the data centre to the Region. The insurer wants AWS to manage the Kubernetes control plane, with the on-premises servers in the same clusters as the cloud nodes. Which solution meets these requirements?",
      [
        'Register the on-premises servers with Amazon ECS Anywhere and run those services as ECS tasks.',
        'Join the on-premises servers to the existing EKS clusters as Amazon EKS Hybrid Nodes.',
        'Order an AWS Outposts rack and run Amazon EKS local clusters on it.',
      ],
    )
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('amazon-ecs.not-kubernetes')
    expect(s.answer).toEqual(['B'])
  })

  it('"…, and activate enhanced infrastructure metrics" is its own step: memory in the step before is not said of it', () => {
    const s = solve(
      'A company wants rightsizing recommendations for its memory-heavy EC2 fleet that take memory into account and look back about three months. Which solution meets these requirements?',
      [
        'Opt in to AWS Compute Optimizer, install the CloudWatch agent to publish memory utilization, and activate enhanced infrastructure metrics.',
        'Opt in to AWS Compute Optimizer, turn on detailed monitoring to collect memory utilization, and keep the default lookback.',
      ],
    )
    expect(s.options[0]!.violations).toEqual([])
    expect(s.options[1]!.violations.map((v) => v.message).join(' ')).toMatch(/Detailed monitoring/)
  })
})
