import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Auto Scaling told through symptoms (set 191, read after an unseen measure
 * of 17/17 answered of 40): "how many instances to add for each range of the
 * breach" asks for step scaling, and queue workers that scale-in terminates
 * "in the middle of a job" protect themselves while they hold one. Our own
 * sentences; each test failed before its change.
 */
describe('solve reads Auto Scaling symptoms', async () => {
  const {solve} = await solveHelpers()

  it('"how many instances to add for each range of the breach" is step scaling', () => {
    const s = solve(
      'A shop scales on a simple scaling policy that adds 1 instance when average CPU passes 60%. During a sale the group fell far behind. The team wants to keep its CloudWatch alarm and choose how many instances to add for each range of the breach. Which solution is MOST cost-effective?',
      [
        'Keep the simple scaling policy and shorten its cooldown to 0 seconds.',
        'Replace it with a step scaling policy on the same alarm, adding 1 instance from 60% to 80% and 4 instances above 80%.',
        'Raise the minimum capacity to the size the group reached at the peak of the last sale.',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })

  it('queue workers cut off mid-job by scale-in protect themselves while they hold a job', () => {
    const s = solve(
      'Rendering workers in an Auto Scaling group take jobs from an Amazon SQS queue; a job can run for an hour. When the queue empties, the group scales in and often kills instances in the middle of a render. The company wants to keep scaling in idle workers. Which solution is MOST cost-effective?',
      [
        'Change the termination policy to OldestInstance.',
        'Suspend the Terminate process of the group while the queue has messages.',
        'Have each worker turn on instance scale-in protection when it starts a job and turn it off when the job ends.',
      ],
    )
    expect(s.answer).toEqual(['C'])
  })
})
