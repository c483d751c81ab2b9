import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Requirements as tickets and e-mails state them: "boots in ~12 min", "spikes are random", "keeping 20 instances
 * running all day costs too much" (a rejected remedy, not a steady load), "cold starts of ~6 s", "faster cold starts
 * without an extra ongoing charge". Our own sentences; each test failed before the change.
 */
describe('solve reads requirements written as tickets and e-mails', async () => {
  const {solve, read} = await solveHelpers()

  it('reads start-up time, random spikes, a rejected always-on fleet, cold starts and a no-extra-charge wish', () => {
    expect(read('The pricing engine boots in ~9 min while it loads its models.').slowStartup).toBe(true)
    expect(read('Each instance boots in 40 seconds.').slowStartup).toBeUndefined()
    expect(read('Spikes are random, whenever a partner uploads a file.').loadPattern).toBe('spiky')
    expect(read('Keeping 30 instances running all day is too expensive.').loadPattern).toBeUndefined()
    expect(read('The service runs all day and all night.').loadPattern).toBe('steady')
    expect(read('The Java handler has cold starts of ~5 s after each deploy.').coldStartSensitive).toBe(true)
    const wish = read('We want quicker cold starts without any additional recurring cost.')
    expect(wish.coldStartSensitive).toBe(true)
    expect(wish.optimizeFor).toBe('cost')
  })

  it('a Java function whose cold starts must shrink at no extra charge answers SnapStart', () => {
    const s = solve(
      'Ticket from the claims team: "Java 17 Lambda behind API Gateway; cold starts of ~5 s after deploys and bursts. The Provisioned Concurrency estimate was too high for our budget. We want quicker cold starts without any additional recurring cost." What should the architect recommend?',
      ['Configure provisioned concurrency for 40 execution environments.', 'Turn on Lambda SnapStart for the published versions of the function.', 'Move the function to a larger memory setting of 10,240 MB.'],
    )
    expect(s.answer).toEqual(['B'])
  })

  it('a slow-booting fleet with random spikes, too costly to keep at peak size, answers a warm pool', () => {
    const s = solve(
      'E-mail from operations: "Quote service boots in ~10 min because each instance loads a 15 GB rate table. Spikes are random and take the group from 3 to 15 instances. Keeping 15 instances running all day costs too much; scaling out from scratch is too slow." Which solution BEST balances cost and scale-out speed?',
      ['Add a warm pool of pre-initialized instances kept in the Stopped state to the Auto Scaling group.', 'Raise the minimum size of the group to 15 instances.', 'Add scheduled actions that scale out to 15 instances every hour.'],
    )
    expect(s.answer).toEqual(['A'])
  })

  it('"nights and weekends basically zero" is a fleet idle out of hours, which scheduled actions shrink', () => {
    expect(read('Used Mon-Fri 09:00-17:00; nights and weekends basically zero.').idleOutOfHours).toBe(true)
    expect(read('On weekends nothing changes in the schedule.').idleOutOfHours).toBeUndefined()
    const s = solve(
      'Meeting notes: intranet = ALB + Auto Scaling group of 4 × m6i.large On-Demand. Used Mon-Fri ~09:00-17:00; nights and weekends basically zero. Must not be interrupted in office hours. Action: cut compute cost. What should the architect do?',
      [
        'Buy 3-year Reserved Instances for the 4 instances.',
        'Add a target tracking policy at 50% CPU and keep the minimum capacity at 4.',
        'Add scheduled actions that lower the minimum and desired capacity to 1 on weekday evenings and weekends and raise them to 4 at 08:30 on weekdays.',
      ],
    )
    expect(s.answer).toEqual(['C'])
  })
})
