import {describe, expect, it} from 'vitest'

import {manualWorkCautions} from '../../src/core/questions/manual-work.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * A stem that says an action "must be stopped automatically", or wants "no human in the loop", rules out a step
 * someone does by hand; "does not want to write or maintain custom code" rules out code the team keeps. Found on set
 * 354. Our own sentences; the tests failed before the change.
 */
describe('manual work against a stem that wants it done automatically', () => {
  const handStep = 'Send the alert to the on-call channel and have an operator stop the test instances.'

  it('"must be stopped automatically" and "no human in the loop" rule out a person doing it', () => {
    expect(manualWorkCautions(handStep, {}, 'When the forecast passes the limit, the test instances must be stopped automatically.')).toHaveLength(1)
    expect(manualWorkCautions(handStep, {}, 'At the threshold, block new launches with no human in the loop.')).toHaveLength(1)
    expect(manualWorkCautions(handStep, {}, 'When the forecast passes the limit, the test instances are stopped.')).toEqual([])
  })

  it('"does not want to write or maintain custom code" rules out an option that writes a script', () => {
    const script = 'Write a custom script that polls the bill every hour and stops the instances.'
    expect(manualWorkCautions(script, {}, 'The team does not want to write or maintain custom code.')).toHaveLength(1)
  })
})

describe('a record kept in a spreadsheet is work done by hand', () => {
  it('is cautioned when the question asks for the least operational overhead', () => {
    const option = 'Run the servers on Dedicated Hosts and track core counts in a shared spreadsheet.'
    expect(manualWorkCautions(option, {optimizeFor: 'operational-overhead'}, 'Which solution needs the LEAST operational effort?')).toHaveLength(1)
    expect(manualWorkCautions('Run the servers on Dedicated Hosts and track core counts with AWS License Manager.', {optimizeFor: 'operational-overhead'}, '')).toEqual([])
  })
})

describe('provisioned concurrency fixed at the peak all day', async () => {
  const {solve} = await solveHelpers()

  it('a fixed value that covers the peak, 24 hours a day, pays for the peak when traffic is near zero', () => {
    const s = solve(
      'A Python Lambda function serves a booking API. Traffic is heavy from 09:00 to 18:00 on weekdays and near zero otherwise, and during busy hours the API must not see cold-start latency. Which option is the MOST cost-effective?',
      [
        'Set a fixed provisioned concurrency value on the alias that covers the weekday peak, all day and night.',
        'Use Application Auto Scaling scheduled actions to raise provisioned concurrency before 09:00 and lower it after 18:00.',
      ],
    )
    expect(s.profile.coldStartSensitive).toBe(true)
    expect(s.options[0]!.reasons.join(' ')).toMatch(/sized for the peak running all the time/)
  })
})
