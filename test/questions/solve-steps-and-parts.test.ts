import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * `solve` on exam-style questions in our own words about placement groups,
 * load balancer layers, stems that describe two parts of an estate, and
 * options whose steps contradict each other. Each test failed before the
 * change it covers.
 */
describe('solve reads placement, layers, parts and steps', async () => {
  const {solve, read} = await solveHelpers()

  it('nodes that wait on each other over the network answer "cluster placement group"', () => {
    const s = solve(
      'A geophysics company runs seismic imaging on 40 EC2 instances. The solver is tightly coupled: every node swaps partial results with its neighbours many times a second, and the runs are slowed by the network between the nodes. Which option speeds up the runs?',
      ['Launch the instances in a spread placement group', 'Launch the instances in a cluster placement group', 'Buy Dedicated Instances for the solver', 'Switch the instances to Spot Instances'],
    )
    expect(s.answer).toEqual(['B'])
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('placement-groups.spread-not-close')
  })

  it('three servers that must never fail together sink the cluster strategy', () => {
    const s = solve(
      'A broadcaster runs three playout controllers on EC2. They must sit on distinct hardware so that a single hardware failure can stop at most one of them. Which placement should the company use?',
      ['A cluster placement group', 'A spread placement group', 'A partition placement group with one partition', 'An Auto Scaling group in one Availability Zone'],
    )
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('placement-groups.cluster-correlated-failures')
    expect(s.answer).toEqual(['B'])
  })

  it('"the transport layer" is TCP/UDP traffic: a Network Load Balancer, and no Application Load Balancer', () => {
    const s = solve(
      'A betting exchange serves its price feed to partners at the transport layer of the OSI model on a custom port. The company must spread the connections across several EC2 instances. Which load balancer should it use?',
      ['An Application Load Balancer', 'A Network Load Balancer', 'Amazon CloudFront', 'An Application Load Balancer behind AWS Global Accelerator'],
    )
    expect(s.profile.protocol).toBe('tcp-udp')
    expect(s.options[0]!.violations.length).toBeGreaterThan(0)
    expect(s.answer).toEqual(['B'])
  })

  it('instances that run in a single Availability Zone today do not ask for a capacity reservation', () => {
    const profile = read('The order service runs on four EC2 instances in a single Availability Zone, so one outage stops it.')
    expect(profile.capacityReservation).toBeUndefined()
  })

  it('a sentence that introduces another part ("also runs") keeps its facts to itself', () => {
    const stem =
      'A media company runs a steady fleet of memory optimized EC2 instances that will stay on the same instance family for three years. The company also runs containerized services on AWS Fargate, and their use is steady too. Which two purchases give the largest savings? (Choose two.)'
    const s = solve(stem, ['An EC2 Instance Savings Plan for the memory optimized family', 'Spot Instances for the EC2 fleet', 'A Compute Savings Plan sized to the Fargate usage', 'Dedicated Hosts for the EC2 fleet', 'Nothing: pay On-Demand for all of it'], 2)
    expect(s.options[0]!.violations).toEqual([])
    expect(s.answer).toEqual(['A', 'C'])
  })

  it('an option that names its CloudFront event answers the part of the stem that runs there', () => {
    const stem =
      'An online magazine sits behind Amazon CloudFront and serves a very large number of requests. It needs two things: at every viewer request, rewrite a handful of legacy paths and set a language cookie, which takes a few lines of simple code; and, for requests that miss the cache, ask a remote paywall service whether the reader may see the article before CloudFront goes to the origin. Which two choices do this MOST cost-effectively? (Choose two.)'
    const s = solve(
      stem,
      [
        'A Lambda@Edge function on the viewer request event rewrites the paths and sets the cookie',
        'A CloudFront function on the viewer request event rewrites the paths and sets the cookie',
        'A CloudFront function on the origin request event asks the paywall service',
        'A Lambda@Edge function on the origin request event asks the paywall service',
        'An Application Load Balancer rule at the origin rewrites the paths',
      ],
      2,
    )
    // Judged against the whole stem, the viewer-event Lambda@Edge option would earn the origin part's network fit.
    expect(s.options[0]!.score).toBeLessThan(s.options[1]!.score)
    expect(s.options[2]!.violations.map((v) => v.rule)).toContain('cloudfront-functions.viewer-events-only')
    expect(s.answer).toEqual(['B', 'D'])
  })

  it('light logic at viewer events on a cost aim counts against Lambda@Edge', () => {
    const s = solve(
      'A travel site on Amazon CloudFront must add two security headers to every response at the viewer response event. The code is tiny and calls nothing else. Which option is MOST cost-effective?',
      ['A Lambda@Edge function on the viewer response event', 'A CloudFront function on the viewer response event', 'An Application Load Balancer that adds the headers', 'An EC2 proxy fleet in front of the origin'],
    )
    expect(s.options[0]!.reasons.some((r) => r.startsWith('but: '))).toBe(true)
    expect(s.answer).toEqual(['B'])
  })

  it('a way to pay put on compute it cannot pay for contradicts itself; two separate steps do not', () => {
    const s = solve('A company runs a steady API on AWS Fargate for the next three years. Which option lowers its cost the most?', [
      'Buy Standard Reserved Instances that cover the Fargate tasks',
      'Buy a Compute Savings Plan for the Fargate usage',
      'Run the tasks on Dedicated Hosts',
      'Keep paying On-Demand',
    ])
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('coverage')
    const twoSteps = solve('A company wants to cut the cost of its EC2 fleet and of its nightly cron jobs.', [
      'Buy Reserved Instances for the EC2 fleet and move the cron jobs to AWS Lambda',
      'Move everything to Dedicated Hosts',
    ])
    expect(twoSteps.options[0]!.violations.map((v) => v.rule)).not.toContain('coverage')
  })

  it('instances that must come back each morning with their data already in memory hibernate', () => {
    const s = solve(
      'An analytics team runs six EC2 instances that spend 40 minutes after every start loading a price history into RAM. The instances are only used during office hours, and the team wants to stop paying for them overnight while finding the data already in memory when work starts. Which option is MOST cost-effective?',
      ['Stop and start the instances on a schedule', 'Enable hibernation and hibernate the instances each evening', 'Buy a one-year Compute Savings Plan and keep them running', 'Move the work to AWS Lambda'],
    )
    expect(s.profile.resumeState).toBe(true)
    expect(s.answer).toEqual(['B'])
  })

  it('"sub-millisecond latency" and "hundreds of thousands of IOPS" describe storage, not a run time', () => {
    const profile = read('Every database node must serve hundreds of thousands of random IOPS at sub-millisecond latency.')
    expect(profile.executionSeconds).toBeUndefined()
    expect(profile.resourceProfile).toBe('storage-io-bound')
  })

  it('"no per-core licensing" is no licensing need, and hardware "not shared with other accounts" is single tenancy', () => {
    const s = solve(
      'A genomics lab must keep its EC2 workloads on hardware that is not shared with any other AWS customers. Its pipeline uses free software with no per-core licensing, and nobody wants to manage physical servers. Which option meets the rule with the LEAST operational overhead?',
      ['EC2 Dedicated Hosts with host affinity', 'Dedicated Instances', 'Default-tenancy Spot Instances', 'AWS Lambda'],
    )
    expect(s.profile.licensing).toBe('none')
    expect(s.profile.dedicatedHardware).toBe(true)
    expect(s.answer).toEqual(['B'])
  })

  it('S3 traffic that must stay off the internet takes a gateway endpoint; from a data center it is not judged that way', () => {
    const options = ['Create a gateway VPC endpoint for Amazon S3 and add it to the route tables', 'Send the traffic through a NAT gateway', 'Use S3 Transfer Acceleration', 'Attach an internet gateway']
    const s = solve('Reporting servers on EC2 in a VPC save invoices to an S3 bucket. Those invoices may never travel over the public internet. What should the architect do?', options)
    expect(s.profile.privateSubnetTraffic).toBe('s3-or-dynamodb')
    expect(s.answer).toEqual(['A'])
    const fromOnPremises = solve('Servers in the corporate data center upload invoices to an S3 bucket over Direct Connect. Those invoices may never travel over the public internet. What should the architect do?', options)
    expect(fromOnPremises.profile.privateSubnetTraffic).toBeUndefined()
    expect(fromOnPremises.answer).toEqual([])
  })

  it('instances added and removed so each one carries a set load is target tracking, not a schedule', () => {
    const s = solve(
      'A ticket seller wants its Auto Scaling group to add and remove instances so that each instance handles about 800 requests per minute, without writing alarms or thresholds. Which configuration should it use?',
      ['Scheduled scaling actions every hour', 'A step scaling policy with three steps', 'A target tracking policy on ALB requests per target', 'A simple scaling policy with a cooldown'],
    )
    expect(s.profile.metricTarget).toBe(true)
    expect(s.options[0]!.violations.length).toBeGreaterThan(0)
    expect(s.answer).toEqual(['C'])
  })
  it('work at a CloudFront event is edge logic, and an option at another event is cautioned', () => {
    const s = solve(
      'A music service streams through Amazon CloudFront. Only on a cache miss must each request be checked with the label-licensing service over HTTPS, which picks the origin that holds the licensed track. Which solution meets this at the LOWEST cost?',
      [
        'A CloudFront function on the viewer request event that calls the licensing service',
        'A Lambda@Edge function on the viewer request event, so every request calls the licensing service',
        'A Lambda@Edge function on the origin request event that calls the licensing service and sets the origin',
        'EC2 proxy servers in three Regions as the CloudFront origin',
      ],
    )
    expect(s.profile.workload).toBe('edge-request-logic')
    expect(s.options[1]!.reasons[0]).toMatch(/^but: the option runs at the viewer-request event/)
    expect(s.options[2]!.score).toBeGreaterThan(s.options[1]!.score)
    // "each request" also reads as the viewer event, and that reading would answer B: edgewise does not guess.
    expect(s.answer).toEqual([])
    expect(s.standing).toContain('C')
    const plain = solve('A music service streams through Amazon CloudFront. Only on a cache miss must the request be checked with the label-licensing service over HTTPS, which picks the origin that holds the licensed track. Which solution meets this at the LOWEST cost?',
      s.options.map((o) => o.text),
    )
    expect(plain.answer).toEqual(['C'])
  })
  it('an API that edge logic calls is not the workload, and "before a request is sent to the origin" is the origin event', () => {
    const profile = read('A shop serves images through Amazon CloudFront. Before a request is sent to the origin, the function must call an external pricing API to pick the right folder.')
    expect(profile.cdnEvent).toBe('origin-request')
    expect(profile.workload).not.toBe('api')
  })
  it('an option that names its part ("the whole web tier") is judged by the part that states it', () => {
    const s = solve(
      'A travel site runs a web tier of 10 instances all day that grows to 25 at lunchtime, and bookings in progress on the web tier must not be interrupted. Each night a separate fleet converts uploaded photos from a queue, and a conversion that is interrupted is simply picked up again by another worker. Which purchasing choices lower compute cost the MOST? (Select TWO.)',
      [
        'Buy Reserved Instances for all 25 web instances',
        'Cover the steady web baseline with a Savings Plan and add On-Demand Instances for the lunchtime peak',
        'Run the whole web tier, including the baseline, on Spot Instances',
        'Create On-Demand Capacity Reservations for the photo fleet',
        'Run the nightly photo workers on Spot Instances across several instance types',
      ],
      2,
    )
    expect(s.options[2]!.violations.length).toBeGreaterThan(0)
    expect(s.answer).not.toContain('C')
  })

  it('a clause that names no part goes on describing the part before it, and facts said of both parts hold for each', () => {
    const stem =
      'An insurer keeps 16 m7i.xlarge instances busy around the clock for its quoting website, and that load has been flat for two years. Separately, a claims-scoring batch starts 150 instances every evening for about two hours; each job saves its progress and is simply rerun if its instance goes away. Finance wants to lower the bill for both the website and the batch. Which two changes should the architect make? (Choose two.)'
    const s = solve(
      stem,
      [
        'Buy a Savings Plan sized for the 150 evening batch instances',
        'Cover the 16 always-on website instances with a Savings Plan matched to that steady load',
        'Move the quoting website to Spot Instances for the deepest discount',
        'Reserve capacity for the 150 batch instances with On-Demand Capacity Reservations',
        'Run the evening batch on Spot Instances across several instance types and Availability Zones',
      ],
      2,
    )
    // The website's own sentence states no tolerance of interruption: Spot earns nothing there from the batch's.
    expect(s.options[2]!.score).toBeLessThanOrEqual(0)
    expect(s.options[4]!.score).toBeGreaterThan(s.options[2]!.score)
    expect(s.answer).toEqual(['B', 'E'])
  })

  it('an option that names a part by the label the stem gives it ("Feature 2") is judged by that part alone', () => {
    const s = solve(
      'A sports broadcaster is adding two features to its Amazon CloudFront distribution. Feature A must run on every viewer request to reject requests without a valid signed cookie, within a fraction of a millisecond. Feature B is needed only for requests not found in the cache: it asks a rights service over HTTPS, which can take a second, and then decides which of two origins should serve the stream. Which two choices give the lowest-cost design? (Select TWO.)',
      [
        'Build Feature A as a Lambda@Edge function on the origin request event.',
        'Build Feature B as a CloudFront Function on the origin request event.',
        'Build Feature A as a CloudFront Function on the viewer request event.',
        'Build both features into a single Lambda@Edge function on the viewer request event.',
        'Build Feature B as a Lambda@Edge function on the origin request event.',
      ],
      2,
    )
    // Feature A's own sentence asks for no network call: Lambda@Edge earns nothing for one there, and runs at the wrong event.
    expect(s.options[0]!.reasons.some((r) => r.startsWith('but: the option runs at the origin-request event'))).toBe(true)
    expect(s.options[0]!.score).toBeLessThan(s.options[4]!.score)
    // One function for both must fit both: at Feature A's sub-millisecond viewer check it is the costly choice.
    expect(s.options[3]!.score).toBeLessThan(s.options[2]!.score)
    expect(s.answer).toEqual(['C', 'E'])
  })

  it('an option is judged by the part whose own words it uses, over the event it proposes', () => {
    const s = solve(
      "A travel magazine serves its site through Amazon CloudFront. Every incoming request for an old gallery path such as /photos.cgi?set=9 must be rewritten to /galleries/9 before the cache lookup, using simple string logic. Separately, readers send tips as HTTPS POST requests, and each submission body has to be scanned by a moderation library the team maintains in Python before the request reaches the origin. Which two steps meet these requirements MOST cost-effectively? (Choose two.)",
      [
        'Attach a Lambda@Edge function to the viewer request event to rewrite the old gallery paths.',
        'Attach a CloudFront function to the viewer request event to rewrite the old gallery paths.',
        'Attach a CloudFront function to the viewer request event of the tips cache behavior to read each POST body and run the moderation scan.',
        'Send the tip submissions to an Application Load Balancer in front of EC2 instances that run the scan.',
        'Attach a Python Lambda@Edge function with the include body option to the origin request event of the tips cache behavior.',
      ],
      2,
    )
    // Option C proposes the viewer request event, but its words are the tips' part: Python and a body to read rule it out.
    expect(s.options[2]!.violations.map((v) => v.rule)).toContain('cloudfront-functions.javascript-only')
    expect(s.answer).toEqual(['B', 'E'])
  })

  it('a base kept On-Demand with everything above it on Spot keeps the base; the whole tier on Spot does not', () => {
    const stem =
      "A marketplace's stateless web tier never runs fewer than 10 instances and grows to 35 for evening promotions. Sessions are held in a cache, and the team accepts that some of the promotion capacity might be reclaimed. Which two actions provide the capacity MOST cost-effectively? (Select TWO.)"
    const s = solve(
      stem,
      [
        'Move the whole web tier, including the 10-instance baseline, to Spot Instances.',
        'Configure a mixed instances policy with an On-Demand base capacity of 10 and 100% Spot above the base across several instance types.',
        'Create an On-Demand Capacity Reservation for 35 instances for the whole year.',
        'Buy Reserved Instances for 35 instances.',
        'Keep every instance On-Demand.',
      ],
      2,
    )
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('term')
    expect(s.options[1]!.violations).toEqual([])
  })

  it('a check on every request, cache hits included, is the viewer request event', () => {
    const profile = read('Every download request, including those served from the cache, must first be checked by calling the studio\'s licensing API.')
    expect(profile.cdnEvent).toBe('viewer-request')
    expect(profile.workload).toBe('edge-request-logic')
  })

  it('a service named only in the reason an option gives ("because …") is not what the option proposes', () => {
    const s = solve(
      'A school district wants to cut its EC2 bill by finding instances that are larger than their measured load needs, with as little analysis of its own as possible. Which two steps should it take? (Choose two.)',
      [
        'Enable detailed monitoring on the instances, because AWS Compute Optimizer reads only 1-minute metrics',
        'Opt in to AWS Compute Optimizer and act on its EC2 recommendations',
        'Install the CloudWatch agent so that memory use is recorded as a metric',
        'Buy Reserved Instances for every instance in use today',
        'Export the billing data and write a script that flags idle instances',
      ],
      2,
    )
    expect(s.options[0]!.services).toEqual([])
    expect(s.options[1]!.services.map((x) => x.service)).toContain('compute-optimizer')
    expect(s.answer).not.toContain('A')
    // A leading reason is still the option's own setting, not a reason clause after the proposal.
    expect(solve('Which purchase fits?', ['Because the load is steady, buy Reserved Instances']).options[0]!.services.map((x) => x.service)).toEqual(['reserved-instances'])
  })

  it('"a scheduler the team writes" is work by hand when the question asks for the least operational overhead', () => {
    const s = solve(
      'A lab runs 3,000 containerized simulation jobs each night from a queue with priorities; each needs 4 vCPUs for 30 to 50 minutes. The lab wants no instances to manage and no scheduler of its own. Which solution has the LEAST operational overhead?',
      ['Amazon ECS tasks on AWS Fargate started by a scheduler the team writes', 'AWS Batch with a Fargate compute environment'],
    )
    expect(s.options[0]!.reasons.some((r) => r.includes('work the team does by hand'))).toBe(true)
    expect(s.options[1]!.reasons.some((r) => r.includes('work the team does by hand'))).toBe(false)
  })
})
