import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * From unseen set 159 and read set 138: peaks told by their clock times
 * ("every weekday from 08:45 to 12:15") were not read as clock-time peaks,
 * and once they were, a stem that also says the timing drifts read "both
 * ways". A drift qualifies the clock times; it does not deny them. Our own
 * sentences; each test failed before its change.
 */
describe('solve: clock-time peaks, fixed or drifting', async () => {
  const {solve, read} = await solveHelpers()
  const options = [
    'Predictive scaling in forecast-and-scale mode alongside the target tracking policy.',
    'Scheduled actions that raise the minimum before each peak and lower it afterwards.',
    'A simple scaling policy with a long cooldown.',
    'Raise the minimum to the highest peak of last month.',
  ]

  it('"every weekday from 08:45 to 12:15" is a peak at a fixed clock time', () => {
    expect(read('The portal needs 30 instances every weekday from 08:45 to 12:15.').clockTimePeaks).toBe(true)
  })

  it('peaks at clock times whose timing drifts call for predictive scaling, not "reads both ways"', () => {
    const s = solve(
      'A ticket shop sees load rise every day between 10:00 and 14:00, and the timing of the peak slowly drifts over the season. New instances need about 9 minutes to bootstrap, and the team does not want to hand-maintain schedules. Which solution is MOST cost-effective?',
      options,
    )
    expect(s.uncertain ?? '').not.toMatch(/reads both ways/)
    expect(s.answer).toEqual(['A'])
  })
})
