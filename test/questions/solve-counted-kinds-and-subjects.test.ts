import {describe, expect, it} from 'vitest'

import {partReadings} from '../../src/core/questions/stem-readings.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Readings that unseen sets 143, 147 and 155 showed wrong: stems that count
 * their parts in words the part counter missed ("three kinds of jobs", "is
 * planning for two workloads"), parts introduced by "Another …" or by "The
 * <subject> …" after the count, and a Spot node group named "Spot-backed".
 * Our own sentences; each test failed before its change.
 */
describe('solve reads parts counted as kinds, and the subjects that introduce them', async () => {
  const {kb, solve, read} = await solveHelpers()
  const parts = (stem: string) => partReadings(stem, read(stem), kb)

  it('"three kinds of jobs" counts parts, and a labelled step is judged against its own job', () => {
    const stem =
      'A media archive runs three kinds of jobs. A thumbnail step takes about 2 seconds per photo. A migration job copies old reels and runs in a container for about 5 hours. A cleanup script runs once a week and finishes in under a minute. Which compute choice for each job type is MOST cost-effective?'
    expect(parts(stem)).toHaveLength(3)
    const s = solve(stem, [
      'Thumbnails: AWS Lambda; migration: AWS Lambda with the longest timeout; cleanup: AWS Lambda.',
      'Thumbnails: an always-on c7i.large instance; migration: an Amazon ECS task on AWS Fargate; cleanup: AWS Lambda.',
      'Thumbnails: AWS Lambda; migration: an Amazon ECS task on AWS Fargate; cleanup: AWS Lambda.',
      'Thumbnails: AWS Lambda; migration: an Amazon ECS task on AWS Fargate; cleanup: a Dedicated Host.',
    ])
    expect(s.options[0]!.violations.some((v) => /15 minutes/.test(v.message))).toBe(true)
    expect(s.answer).not.toContain('A')
  })

  it('workloads counted by any verb are parts ("is planning capacity for two workloads")', () => {
    const stem =
      'A travel site is planning capacity for two workloads. A search API is busy every hour of the year. A fare-crawler fleet can be stopped at any moment and resumes from a checkpoint. Which purchase for each workload is MOST cost-effective?'
    expect(parts(stem)).toHaveLength(2)
  })

  it('"Another fleet …" introduces a part, so a step for it is judged by its own facts', () => {
    const stem =
      'A logistics company wants commitment discounts. A data team trains models on Amazon SageMaker every day. Another fleet stays on the r7i family in one Region for 3 years and must not be interrupted. Which solution is MOST cost-effective?'
    expect(parts(stem)).toHaveLength(2)
    const s = solve(stem, [
      'A SageMaker Savings Plan for the SageMaker usage, and Spot Instances in one pool for the r7i fleet.',
      'A SageMaker Savings Plan for the SageMaker usage, and an EC2 Instance Savings Plan for the r7i fleet.',
      'An EC2 Instance Savings Plan for the SageMaker usage, and a Compute Savings Plan for the r7i fleet.',
      'Spot Instances for the SageMaker usage, and On-Demand Instances for the r7i fleet.',
    ])
    expect(s.answer).not.toContain('A')
  })

  it('after the count, "The session store …" opens a part of its own; "The company …" does not', () => {
    const stem =
      'A broker wants to cut its EC2 bill for three workloads. The quote API runs on Linux c6i instances at a steady 55% CPU. A licensed risk engine runs on Windows Server and is certified only for x86. The session store runs Memcached on m6i instances that use 88% of their memory and 9% of their CPU. The company has no plans to change Regions. Which set of changes reduces cost the MOST?'
    const found = parts(stem)
    expect(found).toHaveLength(3)
    expect(found[2]!.profile.resourceProfile).toBe('memory-bound')
  })

  it('"Spot-backed managed node groups" and "Spot nodes" are EC2 Spot, not an unknown service', () => {
    const s = solve(
      'A company runs stateless batch pods on Amazon EKS. The pods are fault tolerant and can be rescheduled at any time. Which option is MOST cost-effective?',
      [
        'Spot-backed managed node groups for the batch pods.',
        'Dedicated Hosts for the batch pods.',
        'On-Demand nodes covered by a 3-year Standard Reserved Instance for the batch pods.',
        'Spot nodes in a single instance type for the batch pods.',
      ],
    )
    expect(s.options[0]!.services.map((m) => m.service)).toContain('ec2-spot')
    expect(s.options[3]!.services.map((m) => m.service)).toContain('ec2-spot')
  })
})

describe('solve: capacity kept running for work that comes in bursts', async () => {
  const {solve} = await solveHelpers()

  it('an always-running service for a few hundred requests a day is cautioned; removing one is not', () => {
    const stem =
      'A clinic runs a containerized form-scanning service that handles a few hundred requests a day, each in about 20 seconds. Which hosting choice is MOST cost-effective?'
    const s = solve(stem, [
      'An always-running Amazon ECS service on AWS Fargate with two tasks.',
      'AWS Lambda with the function packaged as a container image.',
      'Remove the two always-running instances and use AWS Lambda.',
      'A Dedicated Host.',
    ])
    const idle = (k: number) => s.options[k]!.reasons.some((r) => /pays for it while idle/.test(r))
    expect(idle(0)).toBe(true)
    expect(idle(2)).toBe(false)
  })
})
