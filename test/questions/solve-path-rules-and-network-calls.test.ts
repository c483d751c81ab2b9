import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Routing an ALB already does by path is a need the options must keep; a CloudFront function cannot call an API; and
 * "cannot be verified without calling the API" asks for the call rather than denying it (own-words 17 #8, 145 #14).
 * Our own sentences; each test failed before its change.
 */
describe('solve reads path routing in place, network calls at the edge and "cannot ... without"', async () => {
  const {solve, read} = await solveHelpers()

  it('routing an ALB already does by path ("path-based rules", "listener rules send /a and /b to different target groups") is a need', () => {
    expect(read('The portal runs behind an Application Load Balancer that uses path-based rules.').contentRouting).toBe(true)
    expect(read('Its listener rules send /shop/* and /help/* to different target groups.').contentRouting).toBe(true)
  })

  it('a CloudFront function that calls an API is cannot; "cannot be checked without calling" asks for the call', () => {
    expect(read('The tickets are opaque and cannot be checked without calling the ticketing API.').needsNetworkAccess).toBe(true)
    expect(read('The function checks the signature without calling any API.').needsNetworkAccess).toBe(false)
    const s = solve(
      'A concert site must confirm, for every viewer request to its live pages, that the viewer holds a ticket. The tickets are opaque and cannot be checked without calling the ticketing API. Which solution meets the requirement?',
      [
        'A CloudFront function on the viewer request event that calls the ticketing API for each request',
        'A Lambda@Edge function on the viewer request event that calls the ticketing API and returns 403 when the ticket is invalid',
      ],
    )
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('cannot')
    expect(s.answer).toEqual(['B'])
  })
})
