import {describe, expect, it} from 'vitest'

import {partReadings} from '../../src/core/questions/stem-readings.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * From unseen set 158 (least operational overhead): an option that has an
 * engineer repeat a step by hand stood level with one that automates it,
 * though the stem asked for no manual steps; and read set 147 showed a stem
 * that "runs two front ends" read as one workload. Our own sentences; each
 * test failed before its change.
 */
describe('solve: work repeated by hand, and front ends counted as parts', async () => {
  const {kb, solve, read} = await solveHelpers()
  const manual = (s: ReturnType<typeof solve>, k: number) =>
    s.options[k]!.reasons.some((r) => /does by hand/.test(r))

  it('a step an engineer repeats by hand is cautioned when the stem wants no manual steps', () => {
    const s = solve(
      'A company runs a UDP service behind a Network Load Balancer. It wants lower data transfer charges without adding manual steps. Which solution meets these requirements?',
      [
        'Turn cross-zone load balancing off and have an operator rebalance the instances by hand each month.',
        'Turn cross-zone load balancing off and let the Auto Scaling group keep the zones even.',
        'Resize the fleet manually every Friday.',
        'Replace the NLB with an Application Load Balancer.',
      ],
    )
    expect(manual(s, 0)).toBe(true)
    expect(manual(s, 1)).toBe(false)
    expect(manual(s, 2)).toBe(true)
  })

  it('the same step is not cautioned when the stem says nothing of manual work or overhead', () => {
    const s = solve('A company runs a UDP service behind a Network Load Balancer. Which solution costs least?', [
      'Turn cross-zone load balancing off and have an operator rebalance the instances by hand each month.',
      'Replace the NLB with an Application Load Balancer.',
    ])
    expect(manual(s, 0)).toBe(false)
  })

  it('"runs two front ends" counts parts', () => {
    const stem =
      'A studio runs two front ends. The chat gateway pays large inter-AZ data transfer charges. The shop has uneven numbers of targets in each Availability Zone. Which configuration is MOST cost-effective?'
    expect(partReadings(stem, read(stem), kb).length).toBeGreaterThanOrEqual(2)
  })

  it('code the team must write and keep is cautioned when the stem wants no code to maintain', () => {
    const s = solve(
      'A lab has 30 EC2 instances used only on weekdays from 09:00 to 18:00. It wants them stopped at night with no code to maintain. Which solution has the LEAST operational overhead?',
      [
        'Write a Lambda function that checks CPU every 10 minutes and stops idle instances.',
        'Use the AWS Instance Scheduler with a weekday schedule.',
        'Build a custom script on a small instance that stops the fleet each evening.',
        'Buy Reserved Instances for the fleet.',
      ],
    )
    const code = (k: number) => s.options[k]!.reasons.some((r) => /write and keep its own code/.test(r))
    expect(code(0)).toBe(true)
    expect(code(1)).toBe(false)
    expect(code(2)).toBe(true)
  })
})
