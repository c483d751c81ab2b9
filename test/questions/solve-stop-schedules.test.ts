import {describe, expect, it} from 'vitest'

import {readOption} from '../../src/core/questions/read-option.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * An option that stops instances on a schedule without naming Instance
 * Scheduler ("stop them each evening with EventBridge Scheduler") is a
 * stop/start schedule, and one that hibernates on the same schedule is the
 * hibernation variant of On-Demand. Before this reading such options named
 * nothing the rules could judge, so the question abstained; reading them
 * alone would have handed the answer to a plain stop where the stem needs
 * memory kept or a long warm-up avoided, so the rules that weigh that came
 * with it. Our own sentences; each test failed before its change.
 */
describe('solve reads stop/start schedules and when hibernation beats them', async () => {
  const {solve, kb} = await solveHelpers()
  const services = (text: string) => readOption(text, kb).services.map((s) => s.service)

  it('reads a stop/start schedule in its usual spellings, whatever runs it', () => {
    for (const option of [
      'Stop the build agents every evening and start them again each morning with Amazon EventBridge Scheduler.',
      'Use EventBridge Scheduler to stop the instances each evening and start them on weekday mornings.',
      'Keep On-Demand pricing and shut down the test servers outside business hours on an automated schedule.',
      'Run the tool on one instance that a scheduled action stops each night.',
      'Run the instances On-Demand only during the day by using scheduled start and stop actions.',
    ])
      expect(services(option), option).toContain('instance-scheduler')
    expect(readOption('Use EventBridge Scheduler to stop the instances each evening.', kb).outside).toEqual([])
  })

  it('a claimed effect, a one-off stop and a hibernation schedule are not a stop/start schedule', () => {
    for (const option of [
      'Turn on detailed monitoring so that Amazon EC2 stops idle instances automatically outside working hours.',
      'Stop the instance and change its type to m7i.large.',
      'Enable hibernation and hibernate the instances each evening with EventBridge Scheduler.',
    ])
      expect(services(option), option).not.toContain('instance-scheduler')
  })

  const officeHours = [
    'Stop the instances each evening and start them each morning with EventBridge Scheduler, and let the caches reload after each start.',
    'Relaunch the instances with hibernation enabled and hibernate them each evening on a schedule.',
    'Keep the instances running and buy a 1-year Compute Savings Plan for them.',
    'Move the tools to Spot Instances that run around the clock.',
  ]

  it('office-hours instances with nothing else said stop on a schedule', () => {
    const s = solve(
      'A design team uses eight r6i.large instances only from 08:00 to 18:00 on weekdays; the rest of the time they sit idle. Which option is MOST cost-effective?',
      officeHours,
    )
    expect(s.answer).toEqual(['A'])
  })

  it('memory that must survive the night, or a long warm-up after each start, takes hibernation over a plain stop', () => {
    for (const stem of [
      'A design team uses eight r6i.large instances only from 08:00 to 18:00 on weekdays. Each instance builds a session cache during the day that cannot be rebuilt, and users expect it intact the next morning. Which option is MOST cost-effective?',
      'A design team uses eight r6i.large instances only from 08:00 to 18:00 on weekdays. The tools take about 30 minutes each morning to reload their caches into memory, and the team wants to stop that wait. Which option is MOST cost-effective?',
    ]) {
      const s = solve(stem, officeHours)
      expect(s.options[0]!.reasons.some((r) => r.startsWith('but: ') && /hibernat/i.test(r)), stem).toBe(true)
      expect(s.answer, stem).toEqual(['B'])
    }
  })

  it('an application that keeps no in-memory state is not read as needing it kept', () => {
    const s = solve('The API keeps no in-memory state that must survive a restart, and it runs on EC2 instances.', officeHours)
    expect(s.profile.resumeState).toBeUndefined()
  })
})

describe('solve: a stop schedule and hibernation chosen together', async () => {
  const {solve} = await solveHelpers()

  it('"choose two" keeps the cautioned stop schedule beside the hibernation that outdoes it', () => {
    const s = solve(
      'A company runs 60 test EC2 instances around the clock, but testers use them only from 07:00 to 19:00 on weekdays. A few of the instances hold an in-memory index that takes 25 minutes to rebuild after a restart. Which combination of actions reduces cost without slowing the testers down? (Choose two.)',
      [
        'Stop the instances outside working hours with Instance Scheduler on AWS.',
        'Buy 3-year Standard Reserved Instances for all 60 instances.',
        'Enable hibernation on the index instances so their memory survives while they are stopped.',
        'Move the instances to Dedicated Hosts.',
        'Move the instances to burstable instances in unlimited mode that keep running all day.',
      ],
      2,
    )
    expect(s.answer).toEqual(['A', 'C'])
  })
})
