import {describe, expect, it} from 'vitest'

import {speaksOfEveryPart} from '../../src/core/questions/part-names.js'
import {PART_COUNT} from '../../src/core/questions/stem-readings.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Own-words set 193 (read after an unseen measure) opened stems on "Both the marketing site and the video portal…"
 * and counted parts with verbs and phrases the count missed ("is modernizing two services", "runs two Amazon ECS
 * services"). Our own sentences; the solve test answered A (Lambda@Edge for a URL rewrite at hundreds of thousands of
 * requests per second) before the change.
 */
describe('solve: a stem that names two things at once, or counts them in other words', async () => {
  const {solve} = await solveHelpers()

  it('counts the parts of "Both the X site and the Y portal", "is modernizing two services", "runs two Amazon ECS services"', () => {
    expect(PART_COUNT.test('Both the news website and the subscriber portal of a publisher sit behind Amazon CloudFront.')).toBe(true)
    expect(PART_COUNT.test('A bank is modernizing two services.')).toBe(true)
    expect(PART_COUNT.test('A food-delivery company runs two Amazon ECS services.')).toBe(true)
  })

  it('does not count "both the cost and the latency", which are not things that run', () => {
    expect(PART_COUNT.test('Both the cost and the latency of the service must stay low.')).toBe(false)
  })

  it('a "Both the X and the Y" sentence says its facts of every part', () => {
    expect(speaksOfEveryPart('Both the real-time multiplayer service and the patch-download service serve players on every continent.')).toBe(true)
  })

  it('judges each site by its own event: CloudFront Functions for the viewer-request rewrite, Lambda@Edge for the origin call', () => {
    const s = solve(
      'Both the news website and the subscriber portal of a publisher sit behind Amazon CloudFront. For every viewer request to the news website, a short piece of JavaScript must rewrite the URL and add a security header, and the site takes hundreds of thousands of requests per second on election nights. For the subscriber portal, each origin request must call an external licensing service over HTTPS before picking the origin. Which approach meets these requirements MOST cost-effectively?',
      [
        'Lambda@Edge functions for both the news website and the subscriber portal, on the viewer request and origin request events respectively.',
        "CloudFront Functions for both sites, with the portal's function calling the licensing service on the viewer request event.",
        'CloudFront Functions on the viewer request event for the news website; a Lambda@Edge function on the origin request event for the subscriber portal.',
        'A Lambda@Edge function on the viewer request event for the news website; CloudFront Functions on the origin request event for the subscriber portal.',
      ],
    )
    expect(s.answer).toEqual(['C'])
  })
})
