import {describe, expect, it} from 'vitest'

import {wholePhrases} from '../../src/core/extract/escape-regexp.js'

describe('wholePhrases', () => {
  it('finds a listed phrase as whole words, ignoring case, a space also matching a hyphen, and not inside a longer word', () => {
    const words = ['multi-architecture', 'for sale', 'X86_64']
    const pattern = wholePhrases(words)
    expect(pattern.test('Build a Multi-Architecture image')).toBe(true)
    expect(pattern.test('List them for-sale in the Marketplace')).toBe(true)
    expect(pattern.test('switch the task definition to x86_64')).toBe(true)
    expect(pattern.test('a non-x86_64 build')).toBe(false)
    expect(pattern.test('forsale')).toBe(false)
    // One compiled pattern per list: rule and catalog lists are tested against every option.
    expect(wholePhrases(words)).toBe(pattern)
  })
})
