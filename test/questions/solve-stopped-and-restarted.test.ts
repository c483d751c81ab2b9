import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * "The jobs can handle being stopped and restarted" is work that tolerates interruption, as "can cope with being
 * interrupted" was, and "will not provision, patch or scale EC2 instances" wants no servers, as "does not want to
 * provision…" did; said of containers, the two answer Fargate Spot. Our own sentences; each test
 * failed before the change.
 */
describe('solve reads work that handles being stopped and restarted', async () => {
  const {solve, read} = await solveHelpers()

  it('"handle being stopped and restarted" tolerates interruption; "cannot handle being restarted" does not', () => {
    expect(read('The render tasks can handle being stopped and restarted.').interruptionTolerant).toBe(true)
    expect(read('The workers are fine with being reclaimed.').interruptionTolerant).toBe(true)
    expect(read('The ledger cannot handle being restarted.').interruptionTolerant).toBe(false)
  })

  it('"will not provision, patch or scale EC2 instances" wants no servers; it does not ask for instances', () => {
    expect(read('The team will not provision, patch or scale EC2 instances.').operations).toBe('serverless')
    expect(read('The team will not run the database on Lambda, but will patch its instances.').operations).toBeUndefined()
  })

  it('containerised jobs that handle restarts, with no instances to run, answer Fargate Spot', () => {
    const s = solve(
      'A team runs containerised report jobs on Amazon ECS. The jobs can handle being stopped and restarted, and the team will not provision, patch or scale EC2 instances. Which option gives the LOWEST compute cost?',
      ['Run the tasks on Fargate with the FARGATE capacity provider', 'Run the tasks on an Auto Scaling group of On-Demand EC2 instances', 'Run the tasks on the FARGATE_SPOT capacity provider'],
    )
    expect(s.answer).toEqual(['C'])
  })
})
