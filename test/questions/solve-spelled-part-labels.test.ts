import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * A stem that introduces its parts with a sentence using the label's noun ("The studio has two requirements.
 * Requirement 1: … Requirement 2: …") gives each label the sentence that spells it out. Found on set 355. Our own
 * sentences; the test failed before its change.
 */
describe('solve opens each labelled part where the stem spells its label', async () => {
  const {solve} = await solveHelpers()

  it('the UDP part is judged by its own sentence, not by the CDN part before it', () => {
    const s = solve(
      'A games studio has two requirements. Requirement 1: its download website rewrites URL paths on every viewer request with a few lines of lightweight logic. Requirement 2: a voice chat service that uses UDP runs in two AWS Regions and needs static anycast IP addresses with fast failover between the Regions. Which combination meets both requirements?',
      [
        'Requirement 1: CloudFront Functions on viewer request. Requirement 2: a CloudFront distribution with an origin failover group.',
        'Requirement 1: CloudFront Functions on viewer request. Requirement 2: AWS Global Accelerator.',
      ],
    )
    expect(s.answer).toEqual(['B'])
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('cloudfront.http-only')
  })
})
