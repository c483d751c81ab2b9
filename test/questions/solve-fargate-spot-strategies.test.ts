import {describe, expect, it} from 'vitest'

import {strategyOf, wantedStrategyOf} from '../../src/core/questions/capacity-provider-strategy.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Readings found on sets 334 and 338 (measured unseen first, then read): the
 * arithmetic of an ECS capacity provider strategy, what no setting can do for
 * a Fargate Spot task, and one instance type in a Spot compute environment
 * whose settings are split by semicolons. Our own sentences; each test failed
 * before its change.
 */
describe('solve works out capacity provider strategies and what Fargate Spot cannot promise', async () => {
  const {solve} = await solveHelpers()

  it('reads a strategy item by item, and none from options that give no base or weight', () => {
    expect(strategyOf('FARGATE with base 3 and weight 1; FARGATE_SPOT with weight 4')).toEqual([
      {spot: false, base: 3, weight: 1},
      {spot: true, base: 0, weight: 4},
    ])
    expect(strategyOf('Run the tasks on FARGATE_SPOT and fall back to FARGATE when Spot is short')).toBeUndefined()
    expect(wantedStrategyOf('At least 3 tasks must run on regular Fargate, and about 80 percent of the rest on Fargate Spot.')).toEqual({base: 3, spotPercent: 80})
  })

  it('the base on regular Fargate and the Spot share by weight decide the answer', () => {
    const s = solve(
      'A company runs an image-tagging service on Amazon ECS with AWS Fargate. At least 3 tasks must always run on regular Fargate capacity. Tasks beyond those should run about 80 percent on Fargate Spot and 20 percent on regular Fargate. Which capacity provider strategy meets these requirements?',
      [
        'FARGATE_SPOT with base 3 and weight 4; FARGATE with weight 1',
        'FARGATE with base 3 and weight 4; FARGATE_SPOT with weight 1',
        'FARGATE with base 3 and weight 1; FARGATE_SPOT with weight 4',
        'FARGATE with base 2 and weight 1; FARGATE_SPOT with weight 4',
      ],
    )
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/runs on Fargate Spot/)
    expect(s.options[1]!.violations.map((v) => v.message).join(' ')).toMatch(/20% of the tasks above the base/)
    expect(s.options[3]!.violations.map((v) => v.message).join(' ')).toMatch(/base of 2 tasks/)
    expect(s.answer).toEqual(['C'])
  })

  it('no setting keeps a Fargate Spot task from being interrupted, migrated or prioritised', () => {
    const s = solve(
      'A company runs report workers as ECS tasks on Fargate Spot. Sometimes a worker loses its current report when AWS takes the capacity back. The team wants each worker to finish or return its report before it stops. What should they do?',
      [
        'Catch the SIGTERM that ECS sends with the two-minute Fargate Spot warning, and set a stop timeout long enough to finish or requeue the report.',
        'Turn on ECS managed termination protection so the Fargate Spot tasks cannot be interrupted.',
        'Give the tasks more CPU so that Fargate Spot gives them a higher priority for capacity.',
      ],
    )
    expect(s.options[1]!.violations.map((v) => v.rule)).toContain('cannot')
    expect(s.options[2]!.violations.map((v) => v.rule)).toContain('cannot')
    expect(s.answer).toEqual(['A'])
  })

  it('"type SPOT; allow only one instance type" is Spot from one pool, though a semicolon stands between', () => {
    const s = solve(
      'A lab runs thousands of restartable, checkpointed containerized jobs each night and wants the lowest cost, finishing on time even when one instance type is short of capacity. Which setup meets these requirements?',
      [
        'AWS Batch with a managed compute environment of type SPOT; allow many instance families and sizes; use the SPOT_PRICE_CAPACITY_OPTIMIZED allocation strategy.',
        'AWS Batch with a managed compute environment of type SPOT; allow only one instance type; use the SPOT_PRICE_CAPACITY_OPTIMIZED allocation strategy.',
      ],
    )
    expect(s.options[1]!.reasons.join(' ')).toMatch(/single instance type/)
    expect(s.options[0]!.reasons.join(' ')).not.toMatch(/single instance type/)
  })

  it('a job of many hours on Spot that restarts from the beginning after each interruption is cautioned', () => {
    const s = solve(
      'A research group runs a climate simulation that takes 20 hours and cannot be split across nodes. It wants Spot Instances to cut cost, and the simulation must finish even if it is interrupted several times. Which approach should it take?',
      [
        'Run the simulation on a Spot Instance unchanged, and have AWS Batch retry the job from the beginning up to 10 times.',
        'Make the simulation write checkpoints to Amazon S3 and resume from the latest one, then run it on Spot Instances with retries.',
      ],
    )
    expect(s.options[0]!.reasons.join(' ')).toMatch(/may never finish/)
    expect(s.answer).not.toEqual(['A'])
  })
})
