import {describe, expect, it} from 'vitest'

import {capacitySplitOf} from '../../src/core/questions/option-terms.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Readings from unseen sets 243, 244 and 246, in our own sentences: Savings
 * Plans do not cover Snowball Edge devices, "Snowball Edge Compute Optimized"
 * is not CDN edge logic, "no long-term need" is no commitment, an On-Demand
 * base kept "running" with Spot above it, and the Elastic Beanstalk and ECS
 * wordings of a base ("On-Demand above base percentage", "a base of 4 on
 * FARGATE"). Each test failed before its change.
 */
describe('solve reads Snow pricing, short needs and base wordings', async () => {
  const {read, solve} = await solveHelpers()
  const messages = (s: ReturnType<typeof solve>, i: number) => s.options[i]!.violations.map((v) => v.message).join('\n')

  it('a Savings Plan does not cover the instances on Snowball Edge devices', () => {
    const s = solve(
      'A mining company keeps three Snowball Edge Compute Optimized devices at a pit with no network link and will keep them there for three years. Which option lowers their cost the MOST?',
      [
        'Buy a 3-year Compute Savings Plan for the EC2-compatible instances on the devices.',
        'Move the devices to 3-year long-term pricing.',
        'Return the devices every month and order new ones.',
        'Replace the devices with On-Demand Instances in the nearest Region.',
      ],
    )
    expect(messages(s, 0)).toContain('do not apply to Snowball Edge devices')
    expect(read('The pit keeps three Snowball Edge Compute Optimized devices.').workload).toBeUndefined()
  })

  it('"no long-term need for these instances" is no commitment', () => {
    expect(read('For 36 hours it needs 40 instances in one zone, but it has no long-term need for these instances.').commitmentYears).toBe(0)
  })

  it('"keep two On-Demand Instances running" and "capacity added above those two … during peaks can be Spot" state a base of two', () => {
    const stem =
      'A team runs its web tier on Elastic Beanstalk and must always keep two On-Demand Instances running. Any capacity added above those two instances during peaks can be Spot. Which configuration is cheapest?'
    expect(capacitySplitOf(stem).base).toBe(2)
    expect(read(stem).burstInterruptible).toBe(true)
    const s = solve(stem, [
      'Enable Spot, set the On-Demand base to 2 and the On-Demand above base percentage to 0, with several instance types.',
      'Enable Spot, set the On-Demand base to 2 and the On-Demand above base percentage set to 100.',
      'Launch only Spot Instances with a minimum of four.',
      'Launch only On-Demand Instances.',
    ])
    expect(s.options[0]!.violations).toEqual([])
    expect(s.options[1]!.violations.map((v) => v.message).join(' ')).toMatch(/above the base/)
  })

  it('"a base of 4 on FARGATE" keeps the base; "a base of 4 on FARGATE_SPOT" puts it on Spot', () => {
    const s = solve(
      'An ECS service on Fargate reads jobs from a queue; a stopped job is simply processed again. The service runs 4 to 30 tasks, and the company wants at least 4 tasks that can never be interrupted. Which option is MOST cost-effective?',
      [
        'Use the FARGATE and FARGATE_SPOT capacity providers with a base of 4 on FARGATE and a higher weight on FARGATE_SPOT.',
        'Use the FARGATE and FARGATE_SPOT capacity providers with a base of 4 on FARGATE_SPOT and a higher weight on FARGATE.',
        'Use only the FARGATE capacity provider.',
        'Run the tasks on Dedicated Hosts.',
      ],
    )
    expect(messages(s, 0)).toBe('')
    expect(messages(s, 1)).toMatch(/puts the base that must not be interrupted on Spot/)
  })
})
