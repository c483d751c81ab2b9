import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Readings that unseen sets 104 and 105 showed wrong: a stem that counts its
 * workloads ("covers three workloads") and then describes each in a sentence
 * that opens on "A …" was split into two parts, so a 1-year commitment for a
 * 4-day event was judged by the steady workload; and capacity kept running
 * while the stem wants no idle compute paid for. Our own sentences; each test
 * failed before its change.
 */
describe('solve reads counted parts and a ban on paying for idle compute', async () => {
  const {solve} = await solveHelpers()

  it('each "A …" sentence after "three workloads" is its own part', () => {
    const s = solve(
      'A cost review covers three workloads. A booking API runs steadily 24/7 on m7i instances in one Region and will not change for 3 years. A nightly report queue is fault-tolerant and runs about 5 hours each night. A 4-day trade fair needs 30 c7i.xlarge instances guaranteed in one Availability Zone, after which they are removed. Which combination of purchasing choices is MOST cost-effective? (Choose three.)',
      [
        'Spot Instances across several instance types for the report queue',
        '1-year Standard Reserved Instances for the 4-day trade fair capacity',
        'A 3-year EC2 Instance Savings Plan for m7i covering the booking API',
        'Spot Instances for the booking API',
        'On-Demand Capacity Reservations for the trade fair, cancelled after 4 days',
        'Dedicated Hosts for the report queue',
      ],
      3,
    )
    expect(s.options[1]!.violations.length).toBeGreaterThan(0)
    expect(s.answer).not.toContain('B')
  })

  it('capacity that is always running is cautioned when the stem wants no idle compute paid for', () => {
    const s = solve(
      'About 20 video files arrive each day at random times; each takes 20 to 45 minutes to process. The company wants every file processed without paying for idle compute. Which solution is MOST cost-effective?',
      [
        'An AWS Batch compute environment on On-Demand instances with a minimum of 8 vCPUs always running.',
        'One Amazon ECS task on AWS Fargate per file, started by an EventBridge rule.',
        'AWS Lambda with the maximum timeout.',
        'A c6i.xlarge instance that runs around the clock.',
      ],
    )
    expect(s.options[0]!.reasons.some((r) => r.startsWith('but: ') && /no idle compute/.test(r))).toBe(true)
    expect(s.answer).not.toEqual(['A'])
  })
})

describe('solve: Fargate Spot is an ECS capacity provider', async () => {
  const {solve} = await solveHelpers()

  it('an option that turns on Fargate Spot for EKS Fargate profiles contradicts the documentation', () => {
    const s = solve(
      'A company runs stateless pods on Amazon EKS on a managed node group of On-Demand instances. The pods stop cleanly on SIGTERM and run on several instance types. Which change reduces compute cost MOST?',
      [
        'Move the pods to Fargate profiles and turn on Fargate Spot for each profile.',
        'Add a managed node group with the Spot capacity type and several instance types.',
        'Move the node group to Dedicated Hosts.',
        'Buy Reserved Instances for the node group.',
      ],
    )
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('cannot')
  })
})

describe('solve: a site of static files', async () => {
  const {read} = await solveHelpers()

  it('"contains only HTML, CSS, JavaScript, and image files" is static content, not a web application', () => {
    expect(read('The marketing site runs on four EC2 instances and contains only HTML, CSS, JavaScript, and image files.').workload).toBe('static-content')
    expect(read('The site serves HTML pages rendered per user from a database.').workload).not.toBe('static-content')
  })
})

describe('solve: jobs that wait for each other', async () => {
  const {solve} = await solveHelpers()

  it('plain ECS tasks are cautioned for AWS Batch, and a "managed Spot compute environment" is Spot', () => {
    const s = solve(
      'A lab runs thousands of containerized alignment jobs each night; each runs 1-3 hours, can be retried from the start if interrupted, and some jobs must wait for others to finish. The lab will not operate a job scheduler. Which solution has the LEAST operational overhead?',
      [
        'Run each job as an AWS Lambda function invoked from a queue.',
        'Install an open-source HPC scheduler on an EC2 head node.',
        'Submit the jobs to AWS Batch with a managed Spot compute environment and job dependencies.',
        'Run the jobs as Amazon ECS tasks on AWS Fargate, all started by one EventBridge schedule at midnight.',
      ],
    )
    expect(s.options[2]!.services.map((x) => x.service)).toContain('ec2-spot')
    expect(s.options[3]!.reasons.some((r) => r.startsWith('but: ') && /no job queue/.test(r))).toBe(true)
    expect(s.answer).toEqual(['C'])
  })
})
