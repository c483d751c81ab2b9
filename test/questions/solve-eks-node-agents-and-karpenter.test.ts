import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * EKS questions that turn on the nodes: DaemonSets need EC2 nodes (Fargate pods have none to share), and Karpenter
 * fits the nodes to the pods and consolidates under-used ones. Our own sentences; each test failed before its change.
 */
describe('solve reads DaemonSets and knows Karpenter', async () => {
  const {solve, read} = await solveHelpers()

  it('an agent that must run on every node rules out Fargate, unless the option makes it a sidecar', () => {
    expect(read('Each node runs a log shipper as a DaemonSet.').nodeAgents).toBe(true)
    expect(read('A security agent must run on every node of the cluster.').nodeAgents).toBe(true)
    const s = solve(
      'A media company runs its Kubernetes workloads on Amazon EKS. A log shipper and a security scanner run as DaemonSets on every node. The company wants less node management. Which compute option should it use?',
      ['Fargate profiles for every pod, DaemonSets included', 'Fargate profiles, with both agents rebuilt as sidecar containers in each pod'],
    )
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('fargate.no-daemonsets')
    expect(s.options[1]!.violations.map((v) => v.rule)).not.toContain('fargate.no-daemonsets')
  })

  it('Karpenter answers a Kubernetes cluster whose fixed-size node groups sit under-used', () => {
    const s = solve(
      'A travel site runs its services on Amazon EKS with Helm charts and must stay on Kubernetes. Its managed node groups use one large instance type sized for the evening peak, so the nodes are underused most of the day. Which change lowers cost the MOST?',
      [
        'Deploy Karpenter with a NodePool that allows many instance types and turn on consolidation.',
        'Rewrite the services as Amazon ECS task definitions on AWS Fargate.',
        'Buy a 3-year Compute Savings Plan for the current node groups.',
        'Create one EKS cluster for each service so each can be sized on its own.',
      ],
    )
    expect(s.answer).toEqual(['A'])
  })
})
