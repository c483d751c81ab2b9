import {describe, expect, it} from 'vitest'

import {extractProfile} from '../../src/core/extract/extract-profile.js'
import {bundledKnowledge} from '../helpers/knowledge.js'

/**
 * Lexicon patterns that must stay inside one sentence skip "anything but a
 * full stop". A dot followed by a letter or digit ends no sentence: it sits
 * inside "m6i.xlarge", "c6i.2xlarge", "Node.js", "e.g." or "2.5". Every such
 * span in the bundled lexicon lets that dot through, so a stem that names an
 * instance type is read as well as one that does not.
 */
const BARE_SENTENCE_SPAN = /\[\^(?:\.;|;\.|\.)\](?!\|\\\.\(\?=)/

describe('lexicon spans within a sentence', async () => {
  const kb = await bundledKnowledge()

  it('every "not a full stop" span in the bundled lexicon also lets a dot inside a word through', () => {
    const bare = kb.lexicon.flatMap((e) =>
      e.patterns.filter((p) => BARE_SENTENCE_SPAN.test(p)).map((p) => `${e.id}: ${p.slice(0, 80)}`),
    )
    expect(bare).toEqual([])
  })

  it('reads across an instance type name, and still stops at a sentence end', () => {
    const across = extractProfile(
      'The NAT gateway that the c6i.2xlarge workers use carries mostly Amazon S3 traffic.',
      kb.lexicon,
    )
    expect(across.profile.privateSubnetTraffic).toBe('s3-or-dynamodb')
    const apart = extractProfile('The NAT gateway was removed last year. Reports are kept in Amazon S3.', kb.lexicon)
    expect(apart.profile.privateSubnetTraffic).toBeUndefined()
  })
})
