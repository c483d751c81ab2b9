import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * A placement group decides where instances sit on the hardware; EC2 interrupts Spot Instances when it needs the
 * capacity back, when the Spot price passes a maximum price, or when a launch group's constraint fails. Unseen sets 301
 * #9 and 311 #1 offered "launch the Spot Instances into a cluster placement group so that they are less likely to be
 * interrupted", and solve chose it. Our own sentences; the test failed before the catalog held the claim as impossible.
 */
describe('solve: a placement group claimed to lower Spot interruptions', async () => {
  const {solve} = await solveHelpers()

  it('contradicts the documentation, in any of its wordings', () => {
    const stem =
      'A research group renders animation frames overnight on EC2. Any frame can be rendered again if its instance disappears, and the group wants the lowest compute cost. Which option should a solutions architect recommend?'
    for (const claim of ['so that the Spot Instances are less likely to be interrupted', 'to reduce Spot interruptions', 'to lower the chance of interruption']) {
      const s = solve(stem, [`Run the render nodes on Spot Instances in a spread placement group ${claim}.`, 'Run the render nodes on Spot Instances across several instance types.'])
      expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/does not change when Amazon EC2 interrupts Spot Instances/)
    }
  })

  it('leaves a placement group chosen for its network alone', () => {
    const s = solve(
      'A tightly coupled MPI simulation needs the lowest latency between its 16 nodes. Which option should a solutions architect recommend?',
      ['Launch the nodes in a cluster placement group.', 'Launch the nodes in a spread placement group.'],
    )
    expect(s.options[0]!.violations).toEqual([])
  })
})
