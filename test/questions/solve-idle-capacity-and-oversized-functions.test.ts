import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Readings that set 318, 320 and 322 (measured unseen first) missed: capacity
 * needed for one week and "not for the rest of the year" (a term bought for it
 * sits idle), a function "I/O-bound" because it waits on another service (not
 * on local disks), memory configured far above the peak the function uses
 * (a rightsizing need), and Fargate for every pod "including the DaemonSets",
 * which EKS on Fargate cannot run. Our own sentences; each test failed before
 * its change.
 */
describe('solve reads idle capacity, waiting functions and oversized memory', async () => {
  const {solve, read} = await solveHelpers()

  it('instances not needed for the rest of the year want no term', () => {
    expect(read('The store does not need those 80 instances for the rest of the year.').commitmentYears).toBe(0)
    expect(read('The store needs 80 instances for the rest of the year.').commitmentYears).toBeUndefined()
  })

  it('waiting on a partner API is not disk I/O; a disk-bound indexer is', () => {
    expect(read('The worker is I/O-bound and spends most of each call waiting on responses from a partner API.').resourceProfile).toBeUndefined()
    expect(read('The log indexer is I/O-bound.').resourceProfile).toBe('storage-io-bound')
  })

  it('memory configured far above the peak in use is a rightsizing need', () => {
    expect(read('The function is configured with 2,048 MB even though its peak memory use is about 300 MB.').costManagementNeed).toBe('rightsizing')
    expect(read('The function is configured with 2,048 MB of memory.').costManagementNeed).toBeUndefined()
  })

  it('capacity held for a yearly week-long event is reserved for that week only', () => {
    const s = solve(
      'A ticketing company runs a big on-sale week once a year. During that week it must be sure it can launch 120 m6i.2xlarge instances in two Availability Zones. The company does not need those instances for the rest of the year. Which option guarantees the capacity MOST cost-effectively?',
      [
        'Buy 1-year zonal Standard Reserved Instances for 120 instances in the two Availability Zones',
        'Create On-Demand Capacity Reservations in the two Availability Zones just before the week and cancel them afterwards',
        'Launch Spot Instances with the price-capacity-optimized allocation strategy when the week starts',
        'Purchase a Compute Savings Plan sized for the on-sale week',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })

  it('an over-sized function waiting on another service lowers its memory and moves to arm64', () => {
    const s = solve(
      'A Node.js AWS Lambda function runs about 30 million times a month. It is I/O-bound: most of each invocation is spent waiting for a payment provider to respond. It has no native x86 dependencies, and it is configured with 4,096 MB of memory although its peak memory use is about 350 MB. Which two changes lower its cost with the LEAST effort? (Choose two.)',
      [
        'Raise the memory to 10,240 MB so that the function gets more CPU.',
        'Switch the function to the arm64 architecture, test it, and publish a new version.',
        'Set the timeout to 15 minutes and turn on provisioned concurrency.',
        'Put the function in a VPC and reach the payment provider through a NAT gateway.',
        'Apply the AWS Compute Optimizer memory recommendation for the function.',
      ],
      2,
    )
    expect(s.answer).toEqual(['B', 'E'])
  })

  it('Fargate profiles cannot host the DaemonSets of an EKS cluster', () => {
    const s = solve(
      'A startup runs Amazon EKS with managed node groups of c5.4xlarge nodes that sit near 25% utilization. Pods vary widely in size, and most are interruptible batch jobs. The team wants nodes that match the pending pods and that can use Spot capacity. What should the team use?',
      [
        'A single managed node group of larger c5.9xlarge nodes with Cluster Autoscaler',
        'EKS Fargate profiles for all pods, including the DaemonSets',
        'Karpenter with a NodePool that allows many instance types and both Spot and On-Demand capacity',
        'A fixed-size node group that a schedule shrinks every night',
      ],
    )
    expect(s.options[1]!.violations.length).toBeGreaterThan(0)
  })
})
