import {describe, expect, it} from 'vitest'

import {partReadings} from '../../src/core/questions/stem-readings.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Pods are Kubernetes' unit of work: a sentence that speaks of pods on EKS says the workload runs on Kubernetes,
 * which is what EKS Hybrid Nodes, EKS Anywhere and an EKS local cluster are judged by. Unseen set 282 keyed Hybrid
 * Nodes for GPU servers the company owns, onto which it wants to schedule pods from its EKS cluster in the Region;
 * solve chose ECS Anywhere, which would mean rewriting the services. A sentence that only says pods run on EKS
 * states the platform of the whole stem, not a part of it. Our own sentences; the first test failed before.
 */
describe('solve: pods on EKS are Kubernetes work', async () => {
  const {kb, read, solve} = await solveHelpers()

  it('owned servers that should take pods from the EKS cluster in the Region join it as Hybrid Nodes', () => {
    const s = solve(
      'A genomics startup runs Amazon EKS in an AWS Region. It owns 8 GPU servers in a university data center that reaches the Region over a redundant AWS Direct Connect link, and the servers were bought last year. The team wants its EKS cluster to place analysis pods onto those servers without running a second control plane. Which solution meets these requirements?',
      [
        'Install Amazon EKS Anywhere on the GPU servers and run it as a second cluster.',
        'Replace the GPU servers with an AWS Outposts rack that has GPU instances.',
        'Register the GPU servers with Amazon ECS Anywhere and rewrite the pods as ECS task definitions.',
        'Join the GPU servers to the existing EKS cluster as Amazon EKS Hybrid Nodes.',
      ],
    )
    expect(s.profile.kubernetes).toBe(true)
    expect(s.answer).toEqual(['D'])
  })

  it('"two kinds of pods on Amazon EKS" is the platform of every part, not a part of its own', () => {
    const stem =
      'A ticketing company runs two kinds of pods on Amazon EKS. Its stateless video-rendering pods can be stopped at any moment and started again elsewhere. Its checkout pods must not be interrupted and will run steadily for the next 3 years. Which option is MOST cost-effective?'
    const parts = partReadings(stem, read(stem), kb)
    expect(parts).toHaveLength(2)
    expect(parts.every((part) => part.profile.kubernetes === true)).toBe(true)
  })
})
