import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * A floor of capacity ("a minimum of one instance", "a desired count of one task") runs, and is paid for, between
 * the bursts of a workload that is idle most of the time (sets 322 #5 and 328 #31, measured unseen first). Our own
 * sentences; the test failed before the change.
 */
describe('solve cautions a floor of capacity kept for sporadic work', async () => {
  const {solve} = await solveHelpers()

  it('a group with a minimum of one instance and a service with a desired count of one task are cautioned', () => {
    const s = solve(
      'A museum turns visitor photos into postcards. Uploads arrive at random times, a few hundred per day, and each postcard takes about 5 seconds to render. What is the MOST cost-effective way to run the rendering?',
      [
        'An Auto Scaling group with a minimum of one instance and a target tracking policy',
        'An Amazon ECS service on Fargate with a desired count of one task',
        'An AWS Lambda function invoked for each upload',
      ],
    )
    for (const i of [0, 1]) expect(s.options[i]!.reasons.join(' ')).toMatch(/keeps capacity running between the bursts/)
    expect(s.options[2]!.reasons.join(' ')).not.toMatch(/keeps capacity running/)
  })
})
