import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * From unseen set 154 and read sets 42 and 145: work wanted "the first time a
 * size is requested" runs on cache misses, where both origin events run; a
 * stem that has the edge code choose the origin needs the origin request; and
 * sending each URL path to its own origin is what cache behaviors do, with no
 * function. Our own sentences; each test failed before its change.
 */
describe('solve: CloudFront origin events and path routing', async () => {
  const {solve, read} = await solveHelpers()
  const eventCaution = (s: ReturnType<typeof solve>, k: number) =>
    s.options[k]!.reasons.some((r) => /the question's work belongs at the/.test(r))

  it('work done the first time an object is requested fits either origin event', () => {
    const stem =
      'A recipe site behind Amazon CloudFront wants a thumbnail generated the first time a particular thumbnail is requested, using a 20 MB image library for about a second. Which solution is MOST cost-effective?'
    expect(read(stem).cdnEvent).toBe('origin-request')
    const s = solve(stem, [
      'A Lambda@Edge function on the origin response event that creates the thumbnail when it is missing.',
      'A Lambda@Edge function on the viewer request event that creates the thumbnail on every request.',
      'A CloudFront function on the viewer request event.',
      'An EC2 fleet that pre-generates every size ahead of time.',
    ])
    expect(eventCaution(s, 0)).toBe(false)
    expect(eventCaution(s, 1)).toBe(true)
  })

  it('edge code that chooses the origin belongs at the origin request, not the origin response', () => {
    const s = solve(
      'A news app serves readers through CloudFront with origins in two Regions. On each cache miss the app must look up the reader’s home Region and send the request to that Region’s origin. Which solution meets these requirements?',
      [
        'A Lambda@Edge function on the origin request event that changes the origin.',
        'A Lambda@Edge function on the origin response event that resends the request to the other origin.',
        'A CloudFront function on the viewer request event.',
        'A Lambda@Edge function on the viewer request event.',
      ],
    )
    expect(eventCaution(s, 0)).toBe(false)
    expect(eventCaution(s, 1)).toBe(true)
  })

  it('each URL path sent to its own origin is answered by cache behaviors, not a function', () => {
    const s = solve(
      'A travel site uses one CloudFront distribution. Requests for /media/* must go to an Amazon S3 bucket and requests for /search/* must go to an Application Load Balancer. Which solution is MOST cost-effective?',
      [
        'Create a cache behavior for each path pattern that points to its origin.',
        'Attach a Lambda@Edge origin request function that picks the origin from the path.',
        'Attach a CloudFront function that rewrites the origin for each request.',
        'Create a second distribution for the search pages.',
      ],
    )
    expect(s.answer).toEqual(['A'])
  })

  // Unseen set 257: requests to be filtered "before they reach the origin" tied a viewer-request option with an
  // origin-response one.
  it('a response event is too late for work wanted before the request reaches the origin', () => {
    const s = solve(
      'A ticket shop on Amazon CloudFront must drop bot sign-ups at the edge by reading the JSON body of each POST before the requests reach the origin. Which solution meets these requirements?',
      [
        'A Lambda@Edge function on the viewer request event, with the include body option, that rejects bot sign-ups.',
        'A Lambda@Edge function on the origin response event that reads the body and rejects bot sign-ups.',
        'A CloudFront Function on the viewer request event that parses the body.',
        'An AWS WAF rate-based rule only.',
      ],
    )
    const late = (k: number) => s.options[k]!.reasons.some((r) => /after the origin has had the request/.test(r))
    expect(late(1)).toBe(true)
    expect(late(0)).toBe(false)
    expect(s.answer).toEqual(['A'])
  })
})
