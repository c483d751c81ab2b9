import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Two more things Amazon EKS cannot do on Fargate (its user guide's Fargate
 * considerations): Spot capacity and Windows pods. Unseen set 228 keyed an EC2
 * Spot capacity provider over "EKS on Fargate with Spot in the Fargate
 * profile", which `solve` chose. Our own sentences; the first and third tests
 * failed before the catalog said so.
 */
describe('solve knows EKS on Fargate has no Spot and no Windows', async () => {
  const {solve} = await solveHelpers()
  const EKS_SPOT = 'Amazon EKS does not support Fargate Spot'
  const EKS_WINDOWS = 'Amazon EKS cannot run Windows containers on Fargate'
  const messages = (s: ReturnType<typeof solve>, i: number) => s.options[i]!.violations.map((v) => v.message).join('\n')

  it('Spot capacity in an EKS Fargate profile is impossible', () => {
    const s = solve(
      'A research lab runs short, fault-tolerant Linux simulation pods on an Amazon EKS cluster and wants the lowest compute cost. Which solution meets these requirements?',
      [
        'Create a Fargate profile for the simulation namespace and select Spot capacity in the Fargate profile.',
        'Run the simulation pods on a managed node group of Spot Instances of several instance types.',
        'Run the simulation pods on a managed node group of On-Demand Instances.',
        'Run the simulation pods on Dedicated Hosts.',
      ],
    )
    expect(messages(s, 0)).toContain(EKS_SPOT)
    expect(s.answer).toEqual(['B'])
  })

  it('Fargate Spot under Amazon ECS, or Spot nodes beside an EKS Fargate profile, stay possible', () => {
    const s = solve(
      'A media company transcodes uploaded clips in containers. The jobs can be retried if they stop. Which solution is MOST cost-effective?',
      [
        'Run the transcoding tasks on Amazon ECS with the FARGATE_SPOT capacity provider.',
        'A managed node group of Spot Instances for the transcoding pods and an EKS Fargate profile for the admin tools.',
        'Run the transcoding tasks on Amazon ECS with the FARGATE capacity provider only.',
        'Run the transcoding on a single large On-Demand Instance.',
      ],
    )
    expect(messages(s, 0)).not.toContain(EKS_SPOT)
    expect(messages(s, 1)).not.toContain(EKS_SPOT)
  })

  it('Windows containers cannot move to EKS on Fargate, but a Windows node group beside a Fargate profile can', () => {
    const s = solve(
      'A retailer runs a .NET Framework service in Windows containers and wants to stop patching the servers under it. Which solution meets these requirements?',
      [
        'Move the Windows containers to Amazon EKS on Fargate with a Fargate profile for their namespace.',
        'Run the Windows containers as Amazon ECS tasks on AWS Fargate.',
        'Add a Windows managed node group to the EKS cluster and keep a Fargate profile for the Linux pods.',
        'Run the Windows containers on EC2 Dedicated Hosts.',
      ],
    )
    expect(messages(s, 0)).toContain(EKS_WINDOWS)
    expect(messages(s, 1)).not.toContain(EKS_WINDOWS)
    expect(messages(s, 2)).not.toContain(EKS_WINDOWS)
  })
})
