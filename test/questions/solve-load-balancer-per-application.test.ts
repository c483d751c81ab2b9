import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Stems that describe one load balancer per application ("each behind its own
 * Application Load Balancer", "gave each one its own internal ALB", "pays for
 * all 12 load balancers") ask, by inference, for one Application Load Balancer
 * that routes by host name or path (sets 320 and 322, read this session).
 * Our own sentences; each test failed before its change.
 */
describe('solve reads a load balancer per application as a need for content routing', async () => {
  const {solve, read} = await solveHelpers()

  it('each application behind its own load balancer, or paying for many of them', () => {
    expect(read('The agency hosts 9 client portals, each behind its own Application Load Balancer.').contentRouting).toBe(true)
    expect(read('Someone gave every microservice its own internal ALB.').contentRouting).toBe(true)
    expect(read('The company pays for fourteen separate load balancers.').contentRouting).toBe(true)
    expect(read('The storefront runs behind an Application Load Balancer.').contentRouting).toBeUndefined()
  })

  it('eight light-traffic apps, each with its own ALB, consolidate behind one ALB with host rules', () => {
    const s = solve(
      'A university runs eight small internal web portals, each behind its own Application Load Balancer. Every portal gets light traffic and has its own hostname. The university wants to cut load balancing costs. Which solution is MOST cost-effective?',
      [
        'Replace each Application Load Balancer with a Network Load Balancer and terminate TLS on the instances.',
        'Put an AWS Global Accelerator standard accelerator in front of the eight load balancers.',
        'Move all eight portals behind one Application Load Balancer with a host-based listener rule and a target group for each portal.',
        'Replace each Application Load Balancer with a Gateway Load Balancer.',
      ],
    )
    expect(s.answer).toEqual(['C'])
  })
})
