import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * "Load rises at roughly the same time every morning" is a recurring peak, and "instances are often still launching
 * when the surge arrives" is capacity that starts too slowly for it: what predictive scaling is for. Our own
 * sentences; each test failed before the change.
 */
describe('solve reads recurring surges that reactive scaling meets too late', async () => {
  const {solve, read} = await solveHelpers()

  it('a surge at about the same time every day recurs; instances still booting when it arrives start too slowly', () => {
    expect(read('Orders climb at about the same time each evening.').loadPattern).toBe('predictable-peaks')
    expect(read('The team meets at the same time every morning.').loadPattern).toBeUndefined()
    expect(read('New instances are usually still booting when the peak hits.').slowStartup).toBe(true)
    expect(read('Instances are still running when the batch ends.').slowStartup).toBeUndefined()
  })

  it('a morning surge that drifts, met by instances still launching, answers predictive scaling', () => {
    const s = solve(
      'A ticketing site runs on EC2 instances in an Auto Scaling group with target tracking. Traffic jumps at roughly the same time every morning, though the hour creeps later over a few weeks. New instances are often still booting when the surge hits. Nobody wants to keep scaling schedules up to date. What should the architect add?',
      [
        'Scheduled actions for every morning, reviewed once a month.',
        'A predictive scaling policy that launches capacity ahead of the forecast load.',
        'Step scaling with lower CPU thresholds in place of target tracking.',
        'A simple scaling policy with a longer cooldown.',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })
})
