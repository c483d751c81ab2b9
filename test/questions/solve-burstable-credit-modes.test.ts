import {describe, expect, it} from 'vitest'

import {readOption} from '../../src/core/questions/read-option.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * "Such as an M-family instance", "the standard credit specification": the names people give fixed-performance
 * families and burstable credit modes, in the singular too. Our own sentences; each test failed before its change.
 */
describe('solve reads instance families, credit modes and CPU use as people name them', async () => {
  const {kb, solve, read: profile} = await solveHelpers()
  const read = (option: string) => readOption(option, kb).services.map((s) => `${s.service}${s.variants.length > 0 ? `/${s.variants.join(',')}` : ''}`)

  it('names a family in the singular and a credit mode by its specification', () => {
    expect(read('Move it to a right-sized M-family instance')).toContain('general-purpose-instances')
    expect(read('Move it to a C family instance')).toContain('compute-optimized-instances')
    expect(read('Launch the T3 instances with the standard credit specification')).toContain('burstable-instances/standard-mode')
  })

  it('a T instance held at high CPU, billed for surplus credits, answers a fixed-performance family', () => {
    const s = solve(
      'An internal reporting site runs on a t3.xlarge in unlimited mode. Its CPU sits near 75% all day and night, and each bill carries surplus CPU credit charges. Performance must not drop. Which change lowers the cost the most?',
      ['Switch the instance to standard credit mode.', 'Move the instance to a t3a.xlarge in unlimited mode.', 'Move the site to a right-sized fixed-performance instance, such as an M-family instance.'],
    )
    expect(s.answer).toEqual(['C'])
  })

  it('CPU "80 percent all the time" is sustained; credits run out in a monthly burst are bursts; "never more than baseline" is low', () => {
    expect(profile('The reporting service now uses 80 percent CPU all the time.').cpuUsage).toBe('sustained-high')
    expect(profile('The T3 instance keeps running out of CPU credits.').cpuUsage).toBe('sustained-high')
    expect(profile('The shop bursts above its baseline for a few hours each week and runs out of CPU credits.').cpuUsage).toBe('low-with-bursts')
    expect(profile('The test box never needs more than its baseline CPU.').cpuUsage).toBe('low-steady')
    expect(profile('The instance constantly bursts above its baseline.').cpuUsage).toBeUndefined()
  })

  it('three workloads on T instances, each answered by its own choice', () => {
    const s = solve(
      'A school runs three workloads on burstable instances. A booking site on a T3 instance bursts above its baseline for a few hours each week, runs out of CPU credits and slows down. A grading service on another T3 instance now uses 85 percent CPU all the time. A staff wiki never needs more than its baseline CPU. Which plan is MOST cost-effective?',
      [
        'Unlimited mode for the booking site, a right-sized M-family instance for the grading service, and a small T instance in standard mode for the wiki.',
        'Unlimited mode for the booking site, unlimited mode on the same T3 instance for the grading service, and a small T instance in standard mode for the wiki.',
        'A larger C-family instance for the booking site, a right-sized M-family instance for the grading service, and a small T instance in standard mode for the wiki.',
        'Unlimited mode for the booking site, a right-sized M-family instance for the grading service, and a large memory optimized instance for the wiki.',
      ],
    )
    expect(s.answer).toEqual(['A'])
  })
})
