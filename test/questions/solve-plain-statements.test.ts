import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Facts people state plainly that the lexicon missed on unseen probe sets 53
 * and 55: work that is handed to another node or re-queued, no set finishing
 * time, a group kept near a CPU figure by hand, and hardware "that isn't
 * shared". Our own sentences; each failed before.
 */
describe('solve reads plainly stated requirements', async () => {
  const {solve, read} = await solveHelpers()

  it('work that is re-queued or handed to another node, and work with no set finishing time, tolerates interruption', () => {
    for (const text of [
      'Each tile is processed on its own, and a failed tile can simply be re-queued.',
      'If a worker vanishes, the scheduler hands that job to another worker.',
      "We don't need the batch to finish at a set time; a few hours late is fine.",
    ])
      expect(read(text).interruptionTolerant, text).toBe(true)
  })

  it('a group resized by hand to keep its CPU near a figure asks for target tracking', () => {
    expect(read("Twice a day someone resizes the group to keep the group's average CPU utilization close to 60%.").metricTarget).toBe(true)
    const s = solve(
      "Engineers resize an EC2 Auto Scaling group by hand several times a day to keep the group's average CPU utilization close to 60%. They want the group to do it by itself with the least configuration. Which policy should they use?",
      [
        'A step scaling policy with several CloudWatch alarms and step adjustments',
        'A target tracking scaling policy on average CPU utilization at 60%',
        'Scheduled actions at the top of every hour',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })

  it('hardware that "isn\'t shared" with other customers is dedicated hardware', () => {
    expect(read("The ledger servers must run on hardware that isn't shared with any other AWS customer.").dedicatedHardware).toBe(true)
  })
})
