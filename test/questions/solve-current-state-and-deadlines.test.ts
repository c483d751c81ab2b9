import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * What a stem says the estate is today, against what it asks for; a deadline
 * against a commitment; sizes against families. Our own sentences; each test
 * failed before the change it covers.
 */
describe('solve tells the present setup and deadlines from requirements', async () => {
  const {solve, read} = await solveHelpers()

  it('the servers a step runs on today are no preference to keep them', () => {
    const profile = read('Today the report step runs on three c6i.large instances that sit idle most of the day. The office wants to stop patching servers.')
    expect(profile.operations).toBe('serverless')
  })

  it('short work with idle nights and no servers to patch answers Lambda over a smaller always-on group', () => {
    const s = solve(
      'A county clerk receives about 2,000 online forms a month; each starts a check that runs for 10 to 30 seconds. Forms arrive in office hours, and nights and weekends are idle. Today the check runs on two always-on m6i.large instances. The clerk wants lower cost and no longer wants to patch servers. Which option is MOST cost-effective?',
      [
        'Run the check as an AWS Lambda function invoked for each form',
        'Run two AWS Fargate tasks at all times',
        'Use one t3.large instance in an Auto Scaling group with a minimum of one',
        'Buy a 3-year Reserved Instance for one m6i.large',
      ],
    )
    expect(s.options[2]!.reasons.some((r) => r.startsWith('but: '))).toBe(true)
    expect(s.answer).toEqual(['A'])
  })

  it('results needed within a week set a deadline, not a commitment', () => {
    expect(read('The results are needed only within a week.').commitmentYears).toBeUndefined()
    expect(read('The plant will run within the next three years on the same hardware.').commitmentYears).toBe(3)
  })

  it('several sizes in one family are not a change of family', () => {
    const profile = read('The fleet mixes several sizes of m7i, and the company will stay on this instance family for three years.')
    expect(profile.computeFlexibility).toBe('fixed-family')
  })

  it('interruptions that must not waste much work ask for fewer of them', () => {
    expect(read('It wants the lowest cost without letting interruptions waste much work.').avoidInterruptions).toBe(true)
  })

  it('GPU containers on ECS keep the EC2 launch type open, as Fargate has no GPUs', () => {
    const s = solve(
      'A media firm runs a containerized service that upscales video frames on GPUs, 24/7 at a steady, high load on about 20 containers, each with one NVIDIA GPU. The team already runs Amazon ECS. Which option costs the LEAST?',
      [
        'Run the tasks on AWS Fargate with a GPU in the task definition',
        'Run the tasks on Amazon ECS with a capacity provider of GPU instances, covered by a Savings Plan',
        'Run the tasks on Amazon ECS on GPU instances bought On-Demand',
        'Run the code in AWS Lambda with the most memory',
      ],
    )
    expect(s.options[1]!.violations).toEqual([])
    expect(s.answer).toEqual(['B'])
  })
  it('instances that run 24 hours a day do not make each request a day long, and a lookup API calls nothing', () => {
    const profile = read(
      'A county runs a parcel-lookup API that gets about 10,000 requests a day, and each request takes around 150 ms. It runs on two m5.large instances that run 24 hours a day at 2% CPU.',
    )
    expect(profile.executionSeconds).toBe(0.15)
    expect(profile.needsNetworkAccess).toBeUndefined()
  })
  it('an instance idle for the rest of the hour is not steady load', () => {
    expect(read('The job finishes in four minutes; the rest of the hour the instance is idle.').loadPattern).toBe('spiky')
  })
})
