import {describe, expect, it} from 'vitest'

import {joinedSteps} from '../../src/core/questions/part-names.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Container stems with one choice per workload that set 179 (measured unseen
 * first) answered wrongly, and the readings writing these tests in other words
 * showed were missing: options listed as "X for the fleet, the test containers
 * on Y, and the GPU containers on Z"; containers named as "container
 * workloads" or "test containers"; a team "comfortable managing container
 * instances"; occasional containers, which Fargate bills only while they run;
 * a "permanently running" cluster for them; ECS Anywhere where nothing keeps
 * the work outside AWS; and servers that "already sit in each of its stores".
 * Our own sentences; each test failed before its change.
 */
describe('solve judges container workloads part by part', async () => {
  const {solve, read} = await solveHelpers()

  it('a list of choices after one verb is one step per part', () => {
    expect(
      joinedSteps('Run the encoders on ECS with EC2 capacity, the nightly checks on AWS Fargate, and the model servers on GPU instances.')?.map((s) => s.body),
    ).toEqual(['Run the encoders on ECS with EC2 capacity', 'the nightly checks on AWS Fargate', 'the model servers on GPU instances.'])
  })

  it('containers named by what they do, and a team at ease with container instances', () => {
    expect(read('A music service runs two container workloads.').containerized).toBe(true)
    expect(read('Analysts run small report containers a few times a month.').containerized).toBe(true)
    expect(read('Shipping containers are tracked by GPS.').containerized).toBeUndefined()
    expect(read('The platform team is comfortable managing container instances.').operations).toBe('instances')
    expect(read('Two engineers spend much of their time patching the container instances.').operations).toBeUndefined()
  })

  it('steady encoders on EC2 with a commitment, occasional test containers on Fargate, GPU inference on EC2', () => {
    const s = solve(
      'A podcast network runs three container workloads. A large fleet of audio-encoding containers runs at high, steady utilization 24/7, and the platform team is comfortable managing container instances. Editors run small preview containers for a few scattered hours each week. A speech-to-text model serves requests from containers that need NVIDIA GPUs. Which solution meets these requirements MOST cost-effectively?',
      [
        'Run the encoding fleet on Amazon ECS on EC2 instances covered by a Savings Plan, the preview containers on a permanently running ECS cluster of EC2 instances, and the model containers on ECS with GPU EC2 instances.',
        'Run the encoding fleet on Amazon ECS on EC2 instances covered by a Savings Plan, the preview containers on AWS Fargate, and the model containers on AWS Fargate tasks.',
        'Run the encoding fleet on Amazon ECS on EC2 instances covered by a Savings Plan, the preview containers on AWS Fargate, and the model containers on ECS with GPU EC2 instances.',
      ],
    )
    expect(s.answer).toEqual(['C'])
  })

  it('ECS Anywhere is cautioned when nothing keeps the work outside AWS, and fits servers that already sit in each store', () => {
    const options = [
      'Run the containers on Amazon ECS on EC2 instances in the Region.',
      'Register servers from a colocation provider with Amazon ECS Anywhere and run the containers there.',
    ]
    const inRegion = solve('A team runs containerized services at a steady load 24/7 on instances it is happy to manage. Which option is MOST cost-effective?', options)
    expect(inRegion.options[1]!.reasons.join(' ')).toMatch(/nothing stated keeps this work outside AWS/)
    expect(inRegion.answer).toEqual(['A'])
    const stores = read('The chain wants to run containers on the Linux servers that already sit in each of its 150 pharmacies. Buying new hardware for the pharmacies is not an option.')
    expect(stores.existingServers).toBe(true)
  })

  it('a desired count equal to the largest burst is capacity sized for the peak', () => {
    const s = solve(
      'A lab runs containerized genome jobs of 3 hours that checkpoint to Amazon S3 and can resume if interrupted. Hundreds of jobs arrive in bursts twice a week, and nothing runs between bursts. Which solution is MOST cost-effective?',
      [
        'Run the jobs as an Amazon ECS service on AWS Fargate with a desired task count equal to the largest burst.',
        'Submit the jobs to AWS Batch with a managed Spot compute environment that scales to zero vCPUs.',
      ],
    )
    expect(s.options[0]!.reasons.join(' ')).toMatch(/sized for the peak|capacity sized for the peak|keeps capacity sized for the peak/)
    expect(s.answer).toEqual(['B'])
  })
})
