import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Pods on EKS Fargate profiles get no Spot capacity, however the option says it ("schedule the pods on Spot
 * capacity"); and a fleet described as "Spot-backed", whose two-minute warning "is not enough", runs on Spot and
 * suffers its interruptions, which is what Capacity Rebalancing is for. Our own sentences; each test failed before its
 * change.
 */
describe('solve reads Spot pods on EKS Fargate and fleets that suffer interruptions', async () => {
  const {solve, read} = await solveHelpers()

  it('pods on EKS Fargate scheduled on Spot capacity cannot be; pods on a managed node group of Spot can', () => {
    const s = solve(
      'A team runs queue workers as ECS tasks on Fargate. They are stateless, and a stopped task just lets its message reappear. The project may end in 5 months. The team wants the biggest saving with little change.',
      [
        'Add FARGATE_SPOT to the cluster and give the workers a capacity provider strategy on Fargate Spot.',
        'Move the workers to EKS on Fargate and schedule the pods on Spot capacity.',
        'Buy a 3-year Compute Savings Plan for the Fargate usage.',
        'Move the workers to EKS with a managed node group and run the pods on Spot capacity.',
      ],
    )
    expect(s.options[1]!.violations.map((v) => v.rule)).toContain('cannot')
    expect(s.options[3]!.violations.map((v) => v.rule)).not.toContain('cannot')
    expect(s.answer).toEqual(['A'])
  })

  it('a "Spot-backed" group runs on Spot, and a two-minute warning that is not enough is an interruption that hurts', () => {
    expect(read('Our Spot-backed Auto Scaling group of web workers is busy at noon.').usesSpot).toBe(true)
    expect(read('An all-Spot fleet renders the frames.').usesSpot).toBe(true)
    expect(read('The team asked whether a Spot-based design would suit the database.').usesSpot).toBeUndefined()
    expect(read('The two-minute warning is not enough to drain the connections.').avoidInterruptions).toBe(true)
    expect(read('The two-minute notice is enough to save the state.').avoidInterruptions).toBeUndefined()
  })

  it('a Spot-backed group that loses instances before it can drain them answers Capacity Rebalancing', () => {
    const s = solve(
      'Our Spot-backed Auto Scaling group of stateless web workers sometimes loses a handful of instances at once, and the two-minute warning is not enough to drain them. We want replacements to start as soon as EC2 signals elevated interruption risk. What should we turn on?',
      ['Capacity Rebalancing on the Auto Scaling group', 'Hibernation as the Spot interruption behavior', 'A Spot maximum price set to the On-Demand price', 'A scheduled scaling action every hour'],
    )
    expect(s.answer).toEqual(['A'])
  })
})
