import * as fc from 'fast-check'
import {describe, expect, it} from 'vitest'

import {contentId, fnv1a64} from '../../src/core/questions/content-id.js'

/** The textbook definition on BigInt: the reference the fast version must match bit for bit (ids are stored in sessions and files). */
function reference(text: string): string {
  let hash = 0xcb_f2_9c_e4_84_22_23_25n
  for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * 0x1_00_00_00_01_b3n) & ((1n << 64n) - 1n)
  return hash.toString(16).padStart(16, '0').slice(0, 12)
}

describe('content ids', () => {
  it('hash exactly as 64-bit FNV-1a does', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 200}), (text) => {
      expect(fnv1a64(text)).toBe(reference(text))
    }), {numRuns: 2000})
    expect(fnv1a64('')).toBe('cbf29ce48422')
    expect(fnv1a64('a')).toBe('af63dc4c8601')
  })

  it('ignore case, spacing and option order, not wording', () => {
    expect(contentId('Which  is cheapest?', ['B', 'a'], 'md')).toBe(contentId('which is cheapest?', ['A', 'b'], 'md'))
    expect(contentId('Which is cheapest?', ['a', 'b'])).not.toBe(contentId('Which is dearest?', ['a', 'b']))
  })
})
