import {describe, expect, it} from 'vitest'

import {partReadings} from '../../src/core/questions/stem-readings.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * "…runs UDP voice servers in two Regions and also delivers firmware downloads to devices worldwide": one sentence
 * that says the company "also" runs a second thing describes two parts, and an option that names one of them in the
 * stem's words is judged by that part alone when the two parts say different things of the same fact (UDP against
 * downloads). Our own sentences; each test failed before its change.
 */
describe('solve reads a second part a sentence introduces with "and also"', async () => {
  const {kb, solve, read} = await solveHelpers()
  const stem =
    'A music company runs UDP-based live voice-chat servers in two AWS Regions and also delivers large firmware downloads to listening devices around the world. It wants good performance for both kinds of traffic at a sensible cost. Which actions should a solutions architect take? (Choose two.)'

  it('splits the sentence before "and also delivers", and not a sentence whose "also" is in a relative clause', () => {
    const parts = partReadings(stem, read(stem), kb)
    expect(parts.map((p) => p.profile.protocol)).toEqual(['tcp-udp', undefined])
    const one = 'A studio runs game servers in two Regions for players who also stream video of their matches. Which option is best?'
    expect(partReadings(one, read(one), kb)).toEqual([])
  })

  it('the downloads go through CloudFront and the voice traffic through Global Accelerator, not the other way round', () => {
    const s = solve(
      stem,
      [
        'Put the firmware downloads on EC2 instances behind AWS Global Accelerator.',
        'Send the voice-chat traffic to the regional servers through AWS Global Accelerator.',
        'Send the voice-chat UDP traffic through an Amazon CloudFront distribution.',
        'Run the voice-chat sessions in Lambda@Edge functions at edge locations.',
        'Serve the firmware downloads from Amazon S3 through an Amazon CloudFront distribution.',
      ],
      2,
    )
    expect(s.answer).toEqual(['B', 'E'])
  })
})
