import {describe, expect, it} from 'vitest'

import {labelsAPart} from '../../src/core/questions/part-names.js'
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

describe('solve splits a sentence at the labels it gives in brackets', async () => {
  const {solve} = await solveHelpers()

  it('two needs in one sentence, each closed by its bracketed label, are judged apart', () => {
    const s = solve(
      'A games company runs a voice chat service over UDP in two AWS Regions that needs static anycast IP addresses (need 1), and its download website must rewrite URL paths on every viewer request with a few lines of lightweight logic (need 2). Which combination meets both needs?',
      [
        'Need 1: AWS Global Accelerator. Need 2: CloudFront Functions on viewer request.',
        'Need 1: CloudFront Functions on viewer request. Need 2: AWS Global Accelerator.',
      ],
    )
    expect(s.options[0]!.violations).toEqual([])
    expect(s.answer).toEqual(['A'])
  })
})

describe('"need" and "goal" label a part only when capitalised or bracketed', () => {
  it('reads "Need 2:" and "(goal 1)" as labels, and "the tiers need 2 vCPUs" as a sentence', () => {
    expect(labelsAPart('Need 2: the web tier scales on request count.')).toBe(true)
    expect(labelsAPart('The portal must stay in the EU (goal 1).')).toBe(true)
    expect(labelsAPart('The web tiers need 2 vCPUs each and the workers need 4.')).toBe(false)
  })
})
