import {describe, expect, it} from 'vitest'

import {readOption} from '../../src/core/questions/read-option.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * "An Auto Scaling group with no placement group", "Lambda functions without provisioned concurrency": what an option
 * goes without is not what it proposes; a variant it goes without is turned off, so what the stem says for the
 * variant counts against the option. Our own sentences; each test failed before the change.
 */
describe('solve reads what an option goes without', async () => {
  const {kb, solve} = await solveHelpers()
  const read = (option: string) => readOption(option, kb).services.map((s) => ({service: s.service, off: s.turnedOff ?? []}))

  it('a service named after "without" or "with no" is not proposed; a variant is turned off', () => {
    expect(read('An Auto Scaling group with no placement group, spread over every Availability Zone').map((s) => s.service)).toEqual(['ec2-auto-scaling'])
    expect(read('Run the API on Fargate without a Savings Plan').map((s) => s.service)).toEqual(['fargate'])
    expect(read('Use Lambda functions without provisioned concurrency')).toEqual([{service: 'lambda', off: ['provisioned-concurrency']}])
    expect(read('Buy No Upfront Reserved Instances').map((s) => s.service)).toEqual(['reserved-instances'])
  })

  it('a tightly coupled job answers the cluster placement group, not a group that goes without one', () => {
    const s = solve(
      'A weather model runs across 24 EC2 instances that exchange messages all the time and need the lowest latency between them. It does not need to survive the loss of an Availability Zone. Which configuration gives the BEST network performance?',
      [
        'A spread placement group across three Availability Zones',
        'A cluster placement group in one Availability Zone',
        'An Auto Scaling group with no placement group across every Availability Zone in the Region',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })
})
