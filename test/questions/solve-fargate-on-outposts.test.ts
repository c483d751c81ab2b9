import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * AWS Fargate is not available on AWS Outposts (EKS user guide, "Amazon EKS on AWS Outposts"): containers on an
 * Outpost run on EC2 capacity there. Unseen set 301 keyed an ECS cluster whose Auto Scaling group launches EC2
 * instances on the Outpost; solve chose "ECS tasks with the Fargate launch type in a subnet on the Outpost". Our own
 * sentences; the first test failed before the catalog said so.
 */
describe('solve knows Fargate does not run on Outposts', async () => {
  const {solve} = await solveHelpers()
  const NOT_ON_OUTPOSTS = 'AWS Fargate is not available on AWS Outposts'
  const messages = (s: ReturnType<typeof solve>, i: number) => s.options[i]!.violations.map((v) => v.message).join('\n')
  const stem =
    'A paper mill has an AWS Outposts rack in its control building so that its quality-inspection containers sit next to the mill’s own systems. Where should the containers run?'

  it('Fargate tasks or Fargate Spot placed on the Outpost are impossible; EC2 capacity on the Outpost is not', () => {
    const s = solve(stem, [
      'Run the containers as Amazon ECS tasks on Fargate in a subnet on the Outpost.',
      'Run the containers on Fargate Spot on the Outpost to save money.',
      'Run the containers on Amazon ECS with EC2 container instances launched into the Outpost subnet.',
      'Run the containers on Amazon ECS on Fargate in the Region.',
    ])
    expect(messages(s, 0)).toContain(NOT_ON_OUTPOSTS)
    expect(messages(s, 1)).toContain(NOT_ON_OUTPOSTS)
    expect(messages(s, 2)).not.toContain(NOT_ON_OUTPOSTS)
  })

  it('Fargate in the Region beside EC2 capacity on the Outpost is not said to be on the Outpost', () => {
    const s = solve(stem, [
      'Run the web front end on Fargate in the Region and the inspection containers on EC2 container instances on the Outpost.',
      'Run everything on Dedicated Hosts.',
    ])
    expect(messages(s, 0)).not.toContain(NOT_ON_OUTPOSTS)
  })
})
