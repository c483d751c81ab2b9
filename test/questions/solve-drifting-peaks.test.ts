import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Daily peaks at clock times call for a schedule, unless the stem says they
 * drift in time or size or that nobody wants to keep a schedule up to date:
 * then predictive scaling, which relearns the pattern every day. Our own
 * sentences; the readings come from unseen probe sets 52 and 53.
 */
describe('solve: clock-time peaks, and peaks that drift', async () => {
  const {solve, read} = await solveHelpers()

  it('reads a clock-time climb and the ways people say it drifts', () => {
    const fixed = read('Every weekday, traffic climbs sharply between 08:45 and 09:15.')
    expect(fixed.clockTimePeaks).toBe(true)
    expect(fixed.loadPattern).toBe('predictable-peaks')
    expect(read('Logins spike between 8 am and 9 am every workday.').clockTimePeaks).toBe(true)
    expect(read('Traffic climbs between 10% and 20% each month.').clockTimePeaks).toBeUndefined()
    for (const text of [
      'Every weekday, traffic climbs sharply between 08:45 and 09:15, and the size of the climb changes from week to week.',
      'Every weekday, load climbs at 07:30; its size keeps shifting as customers are added.',
      'Every day, load climbs steeply from 11:00, and the peaks grow a little each month as the business expands.',
      'Load climbs at 07:30 every weekday, and the exact timing drifts over the school year.',
      'Load climbs at 07:30 every weekday. The operations team does not want to maintain a calendar of scaling times.',
    ])
      expect(read(text).clockTimePeaks, text).toBe(false)
    expect(read('The team wants to fix this with the LEAST ongoing operational effort.').optimizeFor).toBe('operational-overhead')
  })

  const options = [
    'Add a predictive scaling policy in forecast-and-scale mode, and keep the target tracking policy for surprises.',
    "Add a scheduled action that raises the group's minimum size to the highest peak seen so far at 08:30 every weekday.",
    'Replace the target tracking policy with a simple scaling policy with a 60-second cooldown.',
    "Raise the group's minimum size permanently to the largest peak, and keep target tracking for the rest.",
  ]

  it('peaks that drift take predictive scaling over a schedule', () => {
    const s = solve(
      'A booking site runs its web tier in an Auto Scaling group. Every weekday, traffic climbs sharply between 08:45 and 09:15, and the size of the climb changes from week to week. New instances need about 8 minutes before they can serve. Which solution meets these requirements MOST cost-effectively?',
      options,
    )
    expect(s.options[1]!.reasons.some((r) => r.startsWith('but: '))).toBe(true)
    expect(s.options[3]!.reasons.some((r) => r.startsWith('but: ') && /sized for the peak/.test(r))).toBe(true)
    expect(s.answer).toEqual(['A'])
  })

  it('slow first responses and business hours given in 24-hour times take provisioned concurrency on a schedule', () => {
    expect(read('Users report slow first responses around 09:00.').coldStartSensitive).toBe(true)
    expect(read('Traffic is heavy from 07:00 to 19:00 on weekdays and close to zero at other times.').loadPattern).toBe('predictable-peaks')
    const s = solve(
      'An ordering API runs on AWS Lambda (Python) and loads a large model file during initialization. Users report slow first responses when the day starts. Traffic is heavy from 07:00 to 19:00 on weekdays and close to zero at other times. Which solution meets the latency goal MOST cost-effectively?',
      [
        'Configure provisioned concurrency on the function alias at the business-hours peak level, 24 hours a day.',
        'Configure provisioned concurrency on the alias, raised at 06:45 and lowered at 19:15 on weekdays.',
      ],
    )
    expect(s.options[0]!.reasons.some((r) => r.startsWith('but: '))).toBe(true)
    expect(s.answer).toEqual(['B'])
  })
})

