import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Compute Optimizer judges EC2 on the last 14 days unless enhanced infrastructure metrics lengthens the look-back (up
 * to 93 days); and it weighs memory only from the CloudWatch agent. Stems ask for these as "recommendations that take
 * about three months of history into account" and "recommendations that account for how much memory the application
 * uses". Our own sentences; each test failed before the change.
 */
describe('solve reads rightsizing that must look further back, or see memory', async () => {
  const {solve, read} = await solveHelpers()

  it('reads a wish for months of history, or a default look-back feared too short; not months of data kept', () => {
    expect(read('The team wants recommendations that weigh roughly three months of utilization history.').longLookback).toBe(true)
    expect(read('The default look-back window will flag the quarter-end servers as over-provisioned.').longLookback).toBe(true)
    expect(read('Auditors keep three months of usage history in Amazon S3.').longLookback).toBeUndefined()
    expect(read('Operators want recommendations that account for how much memory the service uses.').memoryUnmeasured).toBe(true)
    expect(read('The recommendations account for CPU and network use.').memoryUnmeasured).toBeUndefined()
  })

  it('quarter-end peaks that the default look-back misses answer enhanced infrastructure metrics', () => {
    const s = solve(
      'An insurer opted in to AWS Compute Optimizer. Its claims servers run heavy batch work only in the last week of each quarter, and the team fears the default look-back window will call them over-provisioned. It wants recommendations that weigh about three months of utilization history. What should the architect do?',
      [
        'Activate enhanced infrastructure metrics in Compute Optimizer for these instances.',
        'Use Compute Optimizer with its default settings and resize the instances it flags.',
        'Use Cost Explorer to forecast next month’s spend for the instances.',
      ],
    )
    expect(s.answer).toEqual(['A'])
  })
})
