import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Readings that own-words probes answered wrongly: a load that jumps at a
 * 24-hour clock time read as random spikes, a "reactive scaling falls behind"
 * that said nothing, workers whose CPU "stays flat whatever the queue length"
 * read as steady load, "target-track" naming no scaling policy, and a fleet
 * whose peak instances may be interrupted while its baseline may not, with
 * options that run every instance on Spot or every instance On-Demand. Our own
 * sentences; each test failed before its change.
 */
describe('solve reads clock-time ramps, flat CPU and protected bases', async () => {
  const {solve, read} = await solveHelpers()

  it('a jump at a 24-hour clock time is a predictable peak, not a random spike', () => {
    const p = read('Requests jump steeply at 18:30 when the evening broadcast ends.')
    expect(p.loadPattern).toBe('predictable-peaks')
    expect(read('Requests jump without warning, several times a day.').loadPattern).toBe('spiky')
    expect(read('The rota system is busy on Friday afternoons from 13:00 to 16:00.').clockTimePeaks).toBe(true)
  })

  it('a known Friday-afternoon ramp that reactive scaling cannot catch is met with scheduled actions', () => {
    const s = solve(
      'A staff rota system is busy on Friday afternoons from 13:00 to 16:00, when it needs 24 instances; 3 instances cover the rest of the week. Requests jump steeply at 13:00, and reactive scaling lags behind for the first quarter of an hour. Which approach is MOST cost-effective?',
      [
        'Run 24 instances all week and cover them with an EC2 Instance Savings Plan.',
        'Lower the CPU target of the target tracking policy to 25% so that the group adds instances sooner.',
        'Add scheduled actions that raise the group to 24 instances at 12:45 on Fridays and back to 3 at 16:00.',
        'Switch to step scaling with a short instance warm-up.',
      ],
    )
    expect(s.profile.clockTimePeaks).toBe(true)
    expect(s.profile.loadPattern).not.toBe('spiky')
    expect(s.answer).toEqual(['C'])
  })

  it('CPU that stays flat however long the queue grows is no load signal, and says nothing about steady load', () => {
    const p = read("The renderers' CPU utilization stays flat regardless of how many jobs are waiting.")
    expect(p.cpuNotLoadSignal).toBe(true)
    expect(p.loadPattern).toBeUndefined()
  })

  it('"target-track" a backlog metric names target tracking scaling, which wins over a CPU target for queue workers', () => {
    const s = solve(
      "A print shop's EC2 Auto Scaling group takes render jobs from an Amazon SQS queue. Each renderer finishes about 4 jobs a minute, and jobs arrive in uneven waves during the day. The renderers' CPU utilization stays flat regardless of how many jobs are waiting. Which scaling approach is MOST cost-effective?",
      [
        'Keep target tracking on 60% average CPU utilization with a minimum of eight instances.',
        'Publish the number of queued jobs per running instance as a custom metric and target-track it at 20 jobs.',
        'Set the group to its maximum size during opening hours and to zero at night with scheduled actions.',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })

  it('peak instances that may be interrupted beside a baseline that may not: neither all Spot nor all On-Demand', () => {
    const stem =
      'An online form service needs 8 instances at all times and up to 40 instances at month end. Instances added for the month-end peaks can be interrupted without harm, but the baseline must not be interrupted. Which Auto Scaling configuration is MOST cost-effective?'
    expect(read(stem).burstInterruptible).toBe(true)
    const s = solve(stem, [
      'Run all 40 instances as On-Demand Instances and cover them with Reserved Instances.',
      'Run every instance as a Spot Instance across several instance types.',
      'Keep an On-Demand base of 8 covered by a Savings Plan, with Spot across several instance types above it.',
    ])
    expect(s.answer).toEqual(['C'])
    const allOnDemand = s.options[0]!
    expect(allOnDemand.violations.map((v) => v.message).join(' ')).toMatch(/above the base On-Demand/)
    expect(s.options[1]!.violations.map((v) => v.message).join(' ')).toMatch(/base that must not be interrupted on Spot/)
  })

  it('servers a company already owns, said of the servers or of each of its sites, are servers to keep using', () => {
    expect(read('The museum group wants to keep using the servers it already owns.').existingServers).toBe(true)
    expect(read('A cinema chain runs its ticket scanners on a small server in the projection room of each of its 80 cinemas.').existingServers).toBe(true)
    expect(read('The API runs on a server in each Availability Zone.').existingServers).toBeUndefined()
  })
})
