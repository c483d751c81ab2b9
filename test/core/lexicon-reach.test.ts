import {describe, expect, it} from 'vitest'

import {extractProfile} from '../../src/core/extract/extract-profile.js'
import {type LexiconEntry, LexiconEntrySchema} from '../../src/core/knowledge/lexicon.js'

const entry = (reach?: 'next-sentence' | 'two-sentences'): LexiconEntry => ({
  id: 'queue-workers',
  fact: 'jobQueue',
  value: true,
  ...(reach ? {reach} : {}),
  patterns: [String.raw`\bworkers?\b[^;]{0,120}?\bpoll\w*\s+(?:an?\s+|the\s+)?queue\b`],
  examples: ['The workers live in a fleet. They poll a queue.'],
})

/**
 * `reach: next-sentence` lets an entry read a fact people state in two steps:
 * the setup in one sentence, the action in the next, within one paragraph.
 */
describe('a lexicon entry that reaches into the next sentence', () => {
  it('reads the fact across two sentences of a paragraph, and only with reach', () => {
    const text = 'The workers run on a small fleet. Each of them polls the queue every second.'
    expect(extractProfile(text, [entry('next-sentence')]).profile.jobQueue).toBe(true)
    expect(extractProfile(text, [entry()]).profile.jobQueue).toBeUndefined()
  })

  it('stops at a blank line and at a heading', () => {
    const paragraphs = 'The workers run on a small fleet.\n\nEach of them polls the queue every second.'
    const heading = 'The workers run on a small fleet.\n# Billing\nEach of them polls the queue every second.'
    expect(extractProfile(paragraphs, [entry('next-sentence')]).profile.jobQueue).toBeUndefined()
    expect(extractProfile(heading, [entry('next-sentence')]).profile.jobQueue).toBeUndefined()
  })

  it('reaches one sentence, not two', () => {
    const text = 'The workers run on a small fleet. The fleet is in Ireland. Each of them polls the queue.'
    expect(extractProfile(text, [entry('next-sentence')]).profile.jobQueue).toBeUndefined()
  })

  it('`two-sentences` reaches two sentences, not three, and the prefilter agrees', () => {
    const two = 'The workers run on a small fleet. The fleet is in Ireland. Each of them polls the queue.'
    const three =
      'The workers run on a small fleet. The fleet is in Ireland. It is cheap. Each of them polls the queue.'
    expect(extractProfile(two, [entry('two-sentences')]).profile.jobQueue).toBe(true)
    expect(extractProfile(three, [entry('two-sentences')]).profile.jobQueue).toBeUndefined()
    const blank = 'The workers run on a small fleet. The fleet is in Ireland.\n\nEach of them polls the queue.'
    expect(extractProfile(blank, [entry('two-sentences')]).profile.jobQueue).toBeUndefined()
    for (const text of [two, three, 'A queue. The workers run. Then more. They poll a queue. End.'])
      expect(extractProfile(text, [entry('two-sentences')])).toEqual(
        extractProfile(text, [entry('two-sentences')], {prefilter: false}),
      )
  })

  it('gives one piece of evidence for one statement, quoted from where it starts', () => {
    const text = 'Our workers sit in one subnet. They poll a queue.'
    const {evidence} = extractProfile(text, [entry('next-sentence')])
    expect(evidence).toHaveLength(1)
    expect(evidence[0]!.quote.startsWith('workers')).toBe(true)
  })

  it('the literal prefilter schedules it wherever running every pattern would find it', () => {
    const texts = [
      'The workers run on a small fleet. Each of them polls the queue every second.',
      'Billing is monthly. The workers run on a small fleet. They poll a queue. Nothing else.',
      'A queue is polled. The workers are busy.',
      'Each of them polls the queue. The workers run on a small fleet.',
    ]
    for (const text of texts) {
      expect(extractProfile(text, [entry('next-sentence')])).toEqual(
        extractProfile(text, [entry('next-sentence')], {prefilter: false}),
      )
    }
  })

  it('is checked like any other field of a rule pack', () => {
    expect(LexiconEntrySchema.safeParse({...entry(), reach: 'paragraph'}).success).toBe(false)
    expect(LexiconEntrySchema.safeParse(entry('next-sentence')).success).toBe(true)
    expect(LexiconEntrySchema.safeParse(entry('two-sentences')).success).toBe(true)
  })
})
