import {describe, expect, it} from 'vitest'

import {networkTransfer} from '../../src/core/questions/transfer-time.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Whether a network moves a stem's data in time is arithmetic: bytes × 8 /
 * bits per second. An unseen probe (set 77) shipped Snowball Edge devices for
 * 20 TB that an 800 Mbps share of the link moves in about 2.3 days of the 10
 * allowed. Our own numbers and sentences.
 */
describe('network transfer time from the numbers a stem states', async () => {
  const {solve} = await solveHelpers()

  it('uses the share of the link the copy may use, and judges only clear cases', () => {
    const fits = networkTransfer('The lab must move 30 TB to Amazon S3 within 14 days over a 2 Gbps link, of which 1 Gbps can be used for the copy.')
    expect(fits?.fits).toBe(true)
    expect(fits?.days).toBeCloseTo((30e12 * 8) / 1e9 / 86_400, 5)
    const tooSlow = networkTransfer('The studio must move 400 TB to AWS within 3 weeks; its internet link is 200 Mbps.')
    expect(tooSlow?.fits).toBe(false)
    // About 9.3 days of 12: neither clearly enough nor clearly too slow.
    expect(networkTransfer('The team must move 80 TB within 12 days over a 800 Mbps link.')).toBeUndefined()
    // Two amounts of data, or no deadline: nothing to compute.
    expect(networkTransfer('It holds 30 TB of images and 5 TB of logs, and the 1 Gbps link must move them within 14 days.')).toBeUndefined()
    expect(networkTransfer('It holds 30 TB of images behind a 1 Gbps link.')).toBeUndefined()
  })

  it('cautions shipping devices when the link has time to spare, and rules out the network when it has not', () => {
    const spare = solve(
      'A company must copy 30 TB of records from its data center to Amazon S3 within 14 days. Its 2 Gbps link has 1 Gbps free for the copy. Which option is MOST cost-effective?',
      ['Order AWS Snowball Edge devices, load the records, and ship the devices back.', 'Copy the records with AWS DataSync over the existing connection.'],
    )
    expect(spare.options[0]!.reasons.join(' ')).toMatch(/well within the 14 days allowed/)
    const short = solve(
      'A studio must move 400 TB of footage to AWS within 3 weeks; its internet link is 200 Mbps. Which option meets the deadline?',
      ['Copy the footage with AWS DataSync over the existing connection.', 'Order AWS Snowball Edge devices and ship the footage on them.'],
    )
    expect(short.options[0]!.violations.map((v) => v.rule)).toContain('transfer-time')
    expect(short.options[1]!.violations).toEqual([])
  })
})
