import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Target group features as exam writers describe the symptom: targets in one
 * zone overloaded behind an NLB, requests cut off at scale-in, users who must
 * keep reaching one server. Our own sentences; each test failed before the
 * variants and facts existed.
 */
describe('solve reads load balancer target group features', async () => {
  const {solve, read} = await solveHelpers()

  it('an NLB whose smaller zone is overloaded needs cross-zone load balancing', () => {
    const s = solve(
      'A trading API sits behind a Network Load Balancer in two Availability Zones. Zone A runs 6 registered instances and zone B runs only 2, and the instances in zone B are overloaded while zone A is mostly idle. What should the company change?',
      [
        'Enable sticky sessions on the Application Load Balancer target group',
        'Turn on cross-zone load balancing for the Network Load Balancer',
        'Increase the health check interval',
        'Move the API to a Gateway Load Balancer',
      ],
    )
    expect(s.profile.unevenZones).toBe(true)
    expect(s.answer).toEqual(['B'])
  })

  it('requests cut off at scale-in are a deregistration delay; session state in memory is affinity', () => {
    expect(read('Uploads are cut off when instances are terminated during scale-in.').drainInFlight).toBe(true)
    expect(read('In-flight requests must complete before a target leaves the group.').drainInFlight).toBe(true)
    expect(read('Session data is held in memory on each web server.').sessionAffinity).toBe(true)
    expect(read('Sessions live in ElastiCache, so any instance can serve any user.').sessionAffinity).toBeUndefined()
    const s = solve(
      'An order API runs on EC2 instances behind an Application Load Balancer. When the Auto Scaling group scales in, checkouts that are still in flight on the removed instance fail. What should a solutions architect configure?',
      ['A deregistration delay on the Application Load Balancer target group', 'Sticky sessions on the Application Load Balancer target group', 'A Network Load Balancer in front of the Application Load Balancer'],
    )
    expect(s.answer).toEqual(['A'])
  })

  it('one ALB with routing rules beats a load balancer per service when the stem wants the least cost', () => {
    const s = solve(
      'A ticketing platform is splitting its site into four container services: search, seats, payments and accounts. Every request must reach the right service based on its URL path, under one HTTPS hostname, at the lowest cost. What should the company deploy?',
      [
        'Four Application Load Balancers, one per service, with Amazon Route 53 records',
        'One Application Load Balancer with path-based listener rules that forward to four target groups',
        'One Network Load Balancer with four target groups',
      ],
    )
    expect(s.profile.contentRouting).toBe(true)
    expect(s.options[0]!.reasons.some((r) => r.startsWith('but: One Application Load Balancer'))).toBe(true)
    expect(s.answer).toEqual(['B'])
  })
  it('an option that only names a target group setting configures the load balancer the stem has', () => {
    const s = solve(
      'An old PHP storefront runs on EC2 instances behind an Application Load Balancer and keeps each shopper\'s basket in the local memory of the server that took the first request. Since the group grew from two to five instances, baskets are randomly emptied. The team cannot change the application code before the holiday season. What should a solutions architect do?',
      [
        'Lengthen the deregistration delay of the target group',
        'Turn on stickiness for the target group with a duration-based cookie',
        'Switch the target group to the least outstanding requests algorithm',
        'Add a second listener on port 8443',
      ],
    )
    expect(s.profile.sessionAffinity).toBe(true)
    expect(s.profile.noCodeChanges).toBe(true)
    expect(s.options[1]!.services).toEqual([{service: 'application-load-balancer', variant: 'sticky-sessions', alias: 'Application Load Balancer'}])
    expect(s.answer).toEqual(['B'])
  })

  it('an option names no stem service when its words fit none, or more than one, of them', () => {
    const s = solve('A web tier runs behind an Application Load Balancer and a Network Load Balancer. What should change?', [
      'Lengthen the deregistration delay of the target group',
      'Add more memory',
    ])
    expect(s.options[0]!.services).toEqual([])
    expect(s.options[1]!.services).toEqual([])
  })
  it('traffic only the servers may decrypt needs an NLB TCP listener, not a TLS listener', () => {
    const s = solve(
      'A bank requires that client TLS sessions be decrypted only on its application servers, which hold the keys; no load balancer or proxy may decrypt the traffic. The servers run in three Availability Zones. Which load balancer setup meets this?',
      [
        'An Application Load Balancer with an HTTPS listener that re-encrypts to the targets',
        'A Network Load Balancer with a TLS listener and an ACM certificate',
        'A Network Load Balancer with a TCP listener on port 443 forwarding to the targets on port 443',
        'Amazon CloudFront with an HTTPS-only origin policy',
      ],
    )
    expect(s.profile.tlsPassthrough).toBe(true)
    expect(s.options[1]!.violations.map((v) => v.rule)).toContain('network-load-balancer.tls-listener-decrypts')
    expect(s.answer).toEqual(['C'])
  })
  it('services behind a load balancer each, reached by path or subdomain, share one ALB with a target group each', () => {
    const s = solve(
      'A travel company runs six small internal services, each behind its own Application Load Balancer. Each service is reached at its own path under api.example.net or at its own subdomain. Load balancer hourly charges have become a noticeable part of the bill. Which change cuts cost while each service still scales on its own?',
      [
        'Replace each Application Load Balancer with a Network Load Balancer',
        'Use one Application Load Balancer whose listener rules match path and host header and forward to a target group per service',
        'Put all six services in one Auto Scaling group registered in a single target group behind one Application Load Balancer',
        'Replace each Application Load Balancer with a Gateway Load Balancer',
      ],
    )
    expect(s.profile.contentRouting).toBe(true)
    expect(s.profile.optimizeFor).toBe('cost')
    expect(s.options[2]!.reasons.some((r) => r.startsWith('but: Path- and host-based'))).toBe(true)
    expect(s.answer).toEqual(['B'])
  })
  it('an option that turns a cautioned feature off counts for it, and a leader with a drawback does not win by a little', () => {
    const s = solve(
      'A voice-chat service runs behind a Network Load Balancer with a UDP listener, with 15 targets in each of three Availability Zones. Someone turned on cross-zone load balancing, and the bill now shows large inter-AZ data transfer charges. What should a solutions architect do to reduce this cost while keeping the load spread evenly?',
      [
        'Replace the Network Load Balancer with an Application Load Balancer',
        'Turn off cross-zone load balancing on the Network Load Balancer',
        'Keep cross-zone load balancing on and move all targets into one Availability Zone',
        'Put AWS Global Accelerator in front of the Network Load Balancer',
      ],
    )
    expect(s.options[1]!.reasons.some((r) => r.startsWith('turns off what the question speaks against'))).toBe(true)
    expect(s.options[2]!.reasons.some((r) => r.startsWith('but: Cross-zone'))).toBe(true)
    expect(s.options[3]!.reasons.some((r) => r.startsWith('but: Global Accelerator'))).toBe(true)
    expect(s.answer).not.toEqual(['D'])
    expect(s.standing).toContain('B')
  })

  it('a subdomain per service is routing by host, and "NLBs have no hourly charge" is false', () => {
    expect(read('Each microservice uses its own subdomain, for example orders.shop.example.com.').contentRouting).toBe(true)
    const s = solve(
      'A retailer runs 12 internal HTTPS services, each behind its own Application Load Balancer and reached at its own subdomain. Traffic is light, and the load balancer charges now exceed the instance costs. Which change lowers cost while keeping every hostname?',
      [
        'Replace each Application Load Balancer with a Network Load Balancer, because Network Load Balancers have no hourly charge.',
        'Put all services behind one Application Load Balancer with host-based listener rules that forward each hostname to its target group.',
        'Move the instances behind each load balancer to Spot Instances.',
        'Keep the load balancers and buy Reserved Instances for the instances.',
      ],
    )
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('cannot')
    expect(s.answer).toEqual(['B'])
  })

  it('charges that jumped after cross-zone load balancing was turned on are inter-AZ charges; a hand-built stack is manual work', () => {
    expect(read('Since the team enabled cross-zone load balancing, data transfer charges have climbed.').crossZoneCharges).toBe(true)
    expect(read('Regional data transfer costs have doubled this quarter.').crossZoneCharges).toBe(true)
    expect(read('A startup with three developers and no operations engineer runs the shop.').optimizeFor).toBe('operational-overhead')
    const s = solve(
      'A two-developer startup with no operations engineer needs its Java web app on AWS with load balancing and scaling. Which option should it choose?',
      ['Hand-build an Auto Scaling group and an Application Load Balancer with templates written from scratch', 'Run the app on Dedicated Hosts', 'Buy Reserved Instances for the app', 'Use On-Demand Instances without scaling'],
    )
    expect(s.options[0]!.reasons[0]).toBe(`but: ${'the option adds work the team does by hand, and the question asks for the least operational overhead'}`)
  })

  it('a caution that names the better choice settles between the cautioned option and one that offers that choice', () => {
    const options = [
      'Front the terminals with AWS Global Accelerator and a Network Load Balancer, and allow-list the two anycast addresses',
      'Front the terminals with an Application Load Balancer and allow-list the addresses its DNS name returns',
      'Front the terminals with a Network Load Balancer and attach one Elastic IP address to each of its zones',
      'Give each EC2 instance its own Elastic IP address and list every address in the firewall',
    ]
    const local = solve(
      'A lottery operator takes ticket sales from 4,000 shop terminals in one country over a binary TCP protocol on port 9100. Everything runs in a single AWS Region, and the shops\' firewalls only open outbound traffic to a short, fixed list of IP addresses. Which option meets this need at the LOWEST cost?',
      options,
    )
    expect(local.options[0]!.reasons.some((r) => r.startsWith('but: Global Accelerator'))).toBe(true)
    expect(local.answer).toEqual(['C'])
    // Without the caution (terminals in many countries, endpoints in two Regions) nothing rules the accelerator out.
    const global = solve(
      'A lottery operator takes ticket sales from shop terminals on four continents over a binary TCP protocol on port 9100, served from two AWS Regions with failover between them. The shops\' firewalls only open outbound traffic to a short, fixed list of IP addresses. Which option meets this need?',
      options,
    )
    expect(global.options[0]!.reasons.some((r) => r.startsWith('but: Global Accelerator'))).toBe(false)
    expect(global.answer).not.toEqual(['C'])
  })

  it('a caution does not hand the answer to an option that nothing in the question calls for', () => {
    const s = solve(
      "A stadium app shows seat maps on fans' phones over a carrier's 5G network, and latency is not a concern for it. Where should its servers run?",
      ["In an AWS Wavelength Zone of the stadium's carrier", 'On an AWS Outposts rack in the stadium', 'In an AWS Local Zone near the stadium', "In an Amazon CloudFront distribution's edge locations"],
    )
    // The Wavelength caution names CloudFront instead, but nothing here calls for CloudFront: Wavelength stays standing.
    expect(s.options[0]!.reasons.some((r) => r.startsWith('but: the stated latency target'))).toBe(true)
    expect(s.options[3]!.score).toBe(0)
    expect(s.answer).toEqual([])
    expect(s.standing).toContain('A')
  })

  it('firewalls that allow only IP addresses registered in advance need static IPs, which an NLB gives with Elastic IPs for less', () => {
    const stem =
      'A clearing house serves a binary TCP protocol on port 9100 to 150 banks. Each bank firewall only allows outbound connections to IP addresses registered in advance, and all banks are in the same country as the Region. The service runs on EC2 instances in two Availability Zones. Which solution is the MOST cost-effective?'
    expect(read(stem).staticIps).toBe(true)
    const s = solve(stem, [
      'An Application Load Balancer with a listener on port 9100',
      'AWS Global Accelerator in front of a Network Load Balancer, giving the banks its static IP addresses',
      'A Network Load Balancer with an Elastic IP address in each Availability Zone, giving the banks those addresses',
      'An Application Load Balancer whose addresses a script emails to the banks when they change',
    ])
    // The Elastic IP addresses are the NLB's own static addresses, not a product outside the catalog.
    expect(s.options[2]!.outside).toEqual([])
    expect(s.answer).toEqual(['C'])
  })
})
