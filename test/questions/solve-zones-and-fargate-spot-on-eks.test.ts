import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Readings found on sets 332 and 338 (measured unseen first, then read): a
 * design that must survive the loss of a zone, a cluster placement group said
 * to span two zones, and Fargate Spot for tasks an option first moves to EKS.
 * Our own sentences; each test failed before its change.
 */
describe('solve reads zone loss, cluster placement groups across zones and Fargate Spot on EKS', async () => {
  const {solve, read} = await solveHelpers()

  it('"still survives the loss of an Availability Zone" asks for zone resilience', () => {
    expect(read('The store wants the cheapest layout that still survives the loss of an Availability Zone.').zoneResilient).toBe(true)
  })

  it('everything in one Availability Zone breaks a design that must survive the loss of a zone', () => {
    const s = solve(
      'A company runs a self-managed key-value store that needs very high random I/O and replicates its data between nodes itself. It wants the MOST cost-effective design that still survives the loss of an Availability Zone. Which solution meets these requirements?',
      [
        'Run the nodes on storage optimized instances with local NVMe instance store, all in one Availability Zone.',
        'Run the nodes on storage optimized instances with local NVMe instance store, spread across three Availability Zones.',
      ],
    )
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/one Availability Zone/)
    expect(s.options[1]!.violations).toEqual([])
    expect(s.answer).toEqual(['B'])
  })

  it('"high availability" from a template, for a job that restarts from its checkpoint, does not rule out one zone', () => {
    const s = solve(
      'Review note: a weather team runs a tightly coupled MPI model on 24 c7i instances for 6 hours each night. The review checklist says "design for high availability", but the model writes checkpoints and restarts from the last one after any failure. Which placement is MOST cost-effective?',
      ['A cluster placement group in a single Availability Zone for all 24 instances', 'A spread placement group across three Availability Zones'],
    )
    expect(s.options[0]!.violations).toEqual([])
  })

  it('a cluster placement group "that spans two Availability Zones" is impossible', () => {
    const s = solve(
      'An engineering firm runs a tightly coupled MPI solver that needs the lowest node-to-node latency. Which configuration should it choose?',
      [
        'Launch HPC instances in a cluster placement group in one Availability Zone.',
        'Launch HPC instances in a cluster placement group that spans two Availability Zones.',
      ],
    )
    expect(s.options[1]!.violations.map((v) => v.message).join(' ')).toMatch(/cannot span zones/)
    expect(s.answer).toEqual(['A'])
  })

  it('"move the tasks to Amazon EKS and run them on Fargate Spot": EKS has no Fargate Spot, though "them" names no EKS', () => {
    const s = solve(
      'A company runs idempotent queue workers on Amazon ECS with AWS Fargate. The workers can be stopped at any time. It wants the lowest cost without managing EC2 instances. What should it do?',
      ['Run the workers with the FARGATE_SPOT capacity provider.', 'Move the workers to Amazon EKS and run them on Fargate Spot.'],
    )
    expect(s.options[1]!.violations.map((v) => v.message).join(' ')).toMatch(/Amazon EKS runs pods on regular Fargate capacity only/)
    expect(s.answer).toEqual(['A'])
  })
})
