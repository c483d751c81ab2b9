import {describe, expect, it} from 'vitest'

import {partReadings} from '../../src/core/questions/stem-readings.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * One job described in two sentences that say the team's preference two ways ("a containerized job", "does not want
 * to manage servers") is one workload, not two parts: the job's 40 minutes hold for every option. Set 274 (a "Select
 * TWO" question) let Lambda escape its 15-minute limit by being judged on the second sentence alone; with one answer
 * it was sunk. The failure kind 3. Our own sentences; both tests failed before.
 */
describe('solve: two ways of saying how the team wants to run one job do not split the job', async () => {
  const {kb, read, solve} = await solveHelpers()
  const stem =
    'A dental group builds a billing export every night. The export is a containerized Node.js job that runs for about 35 minutes and needs 2 vCPUs and 4 GB of memory. The job now runs on an EC2 instance that is idle the rest of the day, and the team does not want to manage servers. Which combination of steps is MOST cost-effective? (Select TWO.)'

  it('the stem is one workload', () => {
    expect(partReadings(stem, read(stem), kb)).toEqual([])
  })

  it('Lambda is sunk by the 35-minute run in a "Select TWO" question too', () => {
    const s = solve(
      stem,
      [
        'Run the job as an Amazon ECS task on AWS Fargate.',
        'Rewrite the job as an AWS Lambda function with 10,240 MB of memory.',
        'Keep the EC2 instance and buy a 3-year Reserved Instance for it.',
        'Start the ECS task every night with an Amazon EventBridge Scheduler schedule.',
        'Move the job to an Amazon Lightsail instance.',
      ],
      2,
    )
    expect(s.options[1]!.violations.map((v) => v.rule)).toContain('lambda.max-timeout')
  })
})
