import {describe, expect, it} from 'vitest'

import {partReadings} from '../../src/core/questions/stem-readings.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Readings that unseen set 157 and read set 75 showed wrong: a stem that
 * numbers its requirements inline ("must (1) … and (2) …") was read as one
 * workload, so a fact of one item sank or lifted options meant for the
 * other; an option that names a numbered item by its subject ("the
 * thumbnail workers") was judged against another item; and a CloudFront
 * function placed on an origin event was judged only when the stem named
 * that event. Our own sentences; each test failed before its change.
 */
describe('solve reads requirements numbered inline as parts', async () => {
  const {kb, solve, read} = await solveHelpers()

  it('"(1) … and (2) …" in one sentence are two parts, each with its own facts', () => {
    const stem =
      'A ticket site needs its CloudFront distribution to (1) add a country code to every request URL from a viewer header, and (2) on cache misses only, build a seat map from the origin response that needs about 512 MB of memory. Which edge functions should it use? (Choose two.)'
    const parts = partReadings(stem, read(stem), kb)
    expect(parts.length).toBeGreaterThanOrEqual(2)
    expect(parts[0]!.profile.memoryMb).toBeUndefined()
    expect(parts[1]!.profile.memoryMb).toBe(512)
  })

  it('an option that names a numbered item by its subject is judged against that item', () => {
    const s = solve(
      'A media team runs on Amazon ECS with AWS Fargate: (1) a public API that must never be interrupted, (2) audio workers on x86 Linux that can be stopped and retried, and (3) caption workers built as Windows containers that can also be retried. Which combination of actions reduces cost? (Choose two.)',
      [
        'Run the caption workers on the Fargate Spot capacity provider.',
        'Run the audio workers on Fargate Spot.',
        'Buy a Compute Savings Plan for the API.',
        'Run the public API on Fargate Spot.',
      ],
      2,
    )
    expect(s.options[0]!.violations.some((v) => /Windows/.test(v.message))).toBe(true)
    // The audio workers' item says nothing of Windows: their Fargate Spot stands.
    expect(s.options[1]!.violations).toHaveLength(0)
    expect(s.answer).not.toContain('A')
  })
})

describe('solve: CloudFront Functions run only on viewer events', async () => {
  const {solve} = await solveHelpers()

  it('a CloudFront function on an origin event contradicts the documentation, whatever the stem says', () => {
    const s = solve('A news site wants to add a security header to responses. Which option works?', [
      'A CloudFront function on the origin response event that adds the header.',
      'A CloudFront function on the viewer response event that adds the header.',
      'A Lambda@Edge function on the origin response event that adds the header.',
      'An Application Load Balancer rule.',
    ])
    expect(s.options[0]!.violations.some((v) => /only on the viewer request and viewer response/.test(v.message))).toBe(true)
    expect(s.options[1]!.violations).toHaveLength(0)
    expect(s.options[2]!.violations).toHaveLength(0)
  })
})
