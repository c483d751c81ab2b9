import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * No setting on a Spot Instance keeps EC2 from reclaiming it: an option that says hibernation or termination
 * protection makes Spot "never interrupted" is false, whatever else it proposes; and "lose as little work as possible
 * when AWS reclaims an instance" is work whose interruptions hurt. Our own sentences; each test failed before its
 * change.
 */
describe('solve reads Spot settings that claim to stop interruptions, and work lost to reclaims', async () => {
  const {solve, read} = await solveHelpers()
  const stem =
    'A genomics lab runs restartable alignment jobs on EC2 Spot Instances. Each job writes progress to Amazon S3 and can resume from it. The lab wants Spot prices with as few lost hours as possible.'
  const sunk = (option: string) => solve(stem, [option, 'Run the jobs on On-Demand Instances.']).options[0]!.violations.some((v) => /keeps EC2 from reclaiming/.test(v.message))

  it('hibernation or termination protection said to keep Spot from being interrupted is false', () => {
    expect(sunk('Configure the Spot Instances to hibernate so that they are never interrupted.')).toBe(true)
    expect(sunk('Turn on termination protection for the Spot Instances to prevent interruptions.')).toBe(true)
    expect(sunk('Set the interruption behavior of the Spot Instances to hibernate and resume the jobs after capacity returns.')).toBe(false)
  })

  it('"as little work as possible when AWS reclaims an instance" is an interruption that hurts', () => {
    expect(read('The team wants to lose as little work as possible when AWS reclaims an instance.').avoidInterruptions).toBe(true)
    expect(read('The team wants to lose as little work as possible.').avoidInterruptions).toBeUndefined()
  })
})
