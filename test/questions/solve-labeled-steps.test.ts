import {describe, expect, it} from 'vitest'

import {labeledSteps} from '../../src/core/questions/part-names.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Unseen set 123 wrote every option as one labeled step per workload ("Order
 * management: …; label rendering: …"). Judged as one text against the whole
 * stem, each step borrowed the other workload's facts. Our own sentences; the
 * solve test failed before the change.
 */
describe('solve judges an option of labeled steps step by step, each against its own part', async () => {
  const {solve} = await solveHelpers()

  it('splits an option into labeled steps only when every step has a label', () => {
    expect(labeledSteps('Ledger: 3-year Standard Reserved Instances; thumbnails: Spot Instances')).toEqual([
      {label: 'Ledger', body: '3-year Standard Reserved Instances'},
      {label: 'thumbnails', body: 'Spot Instances'},
    ])
    expect(labeledSteps('Use Spot Instances; keep a base of On-Demand')).toBeUndefined()
    expect(labeledSteps('Ledger: Reserved Instances')).toBeUndefined()
  })

  it('each step is judged by the workload its label names', () => {
    const s = solve(
      'A company runs two workloads. The ledger service runs 24/7 at a steady load on m7i instances, must never be interrupted, and will not change for 3 years. The thumbnail generator runs as stateless jobs that can be retried if they are interrupted. Which purchasing choices are MOST cost-effective?',
      [
        'Ledger: On-Demand Instances; thumbnails: Spot Instances',
        'Ledger: 3-year Standard Reserved Instances; thumbnails: Spot Instances',
        'Ledger: Spot Instances; thumbnails: 3-year Standard Reserved Instances',
        'Ledger: 1-year Convertible Reserved Instances; thumbnails: On-Demand Instances',
      ],
    )
    expect(s.options[2]!.violations.length).toBeGreaterThan(0)
    expect(s.answer).toEqual(['B'])
  })
})

describe('solve: an API the edge logic calls is not the workload', async () => {
  const {read} = await solveHelpers()

  it('"looks up from an external entitlement API" on a cache miss is logic at the CDN', () => {
    const p = read(
      'A broadcaster serves video through Amazon CloudFront. On a cache miss it must choose among several S3 origins based on the viewer plan, which it looks up from an external entitlement API.',
    )
    expect(p.workload).toBe('edge-request-logic')
    expect(p.needsNetworkAccess).toBe(true)
  })
})

describe('solve: workloads introduced one by one, and options that give each a step', async () => {
  const {solve} = await solveHelpers()

  it('"The first is … The second is …" with "…, and run the web tier in …" judges each step by its workload', () => {
    const s = solve(
      'A bank is moving two workloads to AWS. The first is an Oracle database whose licenses are counted per physical core and require reporting the sockets and cores it runs on. The second is a stateless web tier whose traffic varies through the day and can be interrupted. Which solution is MOST cost-effective?',
      [
        'Run the database on Dedicated Hosts with the bank’s own licenses, and run the web tier in an Auto Scaling group that mixes On-Demand and Spot Instances.',
        'Run the database on Dedicated Instances with the bank’s own licenses, and run the web tier in an Auto Scaling group that mixes On-Demand and Spot Instances.',
        'Run the database on shared-tenancy License Included instances, and run the web tier on Spot Instances.',
        'Run the database on Dedicated Hosts with the bank’s own licenses, and run the web tier on more Dedicated Hosts sized for peak traffic.',
      ],
    )
    expect(s.options[0]!.violations).toEqual([])
    expect(s.answer).toEqual(['A'])
  })
})

describe('solve: three steps joined by commas', async () => {
  it('"Resize images with X, run the API on Y, and run the pipeline on Z" is three steps', async () => {
    const {joinedSteps} = await import('../../src/core/questions/part-names.js')
    expect(joinedSteps('Resize images with AWS Lambda, run the API on AWS Fargate, and run the pipeline on AWS Batch with Spot Instances.')?.map((s) => s.body)).toEqual([
      'Resize images with AWS Lambda',
      'run the API on AWS Fargate',
      'run the pipeline on AWS Batch with Spot Instances.',
    ])
    expect(joinedSteps('Run the jobs on Spot Instances, which cost less.')).toBeUndefined()
  })
})

/**
 * Set 128 counted its parts as sites ("has two sites") and joined each option's
 * steps with "…, and install …": neither was read as steps, so each option was
 * judged as one text against the first site only. Our own sentences; both tests
 * failed before the change.
 */
describe('solve: a stem that counts its sites, and steps joined by "and install"', async () => {
  const {solve} = await solveHelpers()

  it('"and install an Outposts rack at …" starts a step of its own', async () => {
    const {joinedSteps} = await import('../../src/core/questions/part-names.js')
    expect(joinedSteps('Run IoT Greengrass on the trawler, and install an AWS Outposts rack at the port office.')?.map((s) => s.body)).toEqual([
      'Run IoT Greengrass on the trawler',
      'install an AWS Outposts rack at the port office.',
    ])
  })

  it('each site is judged by its own facts when the stem says it "has two sites"', () => {
    const s = solve(
      'A fishing cooperative has two sites. On its trawler, sensors stream catch data, the satellite link drops for hours at a time, and models trained in AWS must flag problems on board within milliseconds. At its port office, which has a reliable fiber link to AWS, regulators require that the catch records stay on premises, and staff want AWS to install and service the hardware. Which solution meets these requirements?',
      [
        'Install an AWS Outposts rack on the trawler, and run AWS IoT Greengrass on a gateway at the port office.',
        'Run AWS IoT Greengrass on a gateway on the trawler, and install an AWS Outposts rack at the port office.',
        'Use an AWS Local Zone near the trawler, and use an AWS Wavelength Zone for the port office.',
        'Run AWS IoT Greengrass on a gateway on the trawler, and use an AWS Local Zone for the port office.',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })
})

describe('solve: data that must stay on premises, on servers the company must keep using', async () => {
  const {solve} = await solveHelpers()

  it('ECS Anywhere on the owned servers outdoes a new Outposts rack', () => {
    const s = solve(
      'A county council replaced the servers in its on-premises data center last year and must keep the land-registry workloads on premises for data residency reasons. It already runs containers on Amazon ECS in the cloud and wants the on-premises containers managed through the same ECS control plane without buying more hardware. Which solution is MOST cost-effective?',
      [
        'Order an AWS Outposts rack and run the containers with Amazon ECS on the Outpost.',
        'Run the containers on Amazon ECS with AWS Fargate in the nearest Region.',
        'Register the existing servers as external instances with Amazon ECS Anywhere and run the containers there.',
        'Build a self-managed Kubernetes cluster on the existing servers.',
      ],
    )
    expect(s.answer).toEqual(['C'])
  })
})

/**
 * Unseen set 143 (measured on arrival at 2 right of 6 answered, then read) gave
 * each option as a list of choices, one per workload: "X for the thumbnails, Y
 * for the API, and Z for the transcoding". Read as one text against the whole
 * stem, the 40-minute job's facts sank the Lambda step meant for the thumbnails,
 * and a shared-tenancy step meant for the Linux application broke the audited
 * application's dedicated hardware. Our own sentences; the solve tests failed
 * before the change.
 */
describe('solve: options that list one choice per workload', async () => {
  const {solve} = await solveHelpers()

  it('splits "X for the A, Y for the B, and Z for the C" into steps, keeping an item\'s own comma', async () => {
    const {joinedSteps} = await import('../../src/core/questions/part-names.js')
    expect(
      joinedSteps('CloudFront Functions for the redirects, Lambda@Edge on origin request for the entitlement lookups, and AWS IoT Greengrass on the gateways for the inference.')?.map(
        (s) => s.body,
      ),
    ).toEqual(['CloudFront Functions for the redirects', 'Lambda@Edge on origin request for the entitlement lookups', 'and AWS IoT Greengrass on the gateways for the inference.'])
    expect(joinedSteps('A warm pool of stopped, pre-initialized instances for the shop, and hibernation for the reporting box.')?.map((s) => s.body)).toEqual([
      'A warm pool of stopped, pre-initialized instances for the shop',
      'and hibernation for the reporting box.',
    ])
    expect(joinedSteps('Spot Instances, which are cheap, with a base of On-Demand.')).toBeUndefined()
  })

  it('each listed choice is judged against the workload it names', () => {
    const s = solve(
      'A photo agency has three serverless workloads. A resize function runs for about 200 ms whenever a photo is uploaded to Amazon S3, and uploads are sporadic. A customer API on AWS Lambda written in Java has predictable traffic from 08:00 to 18:00 on weekdays and must not show cold starts during those hours. A nightly archive job takes about 50 minutes per batch and can simply be retried if interrupted. Which solution meets these requirements MOST cost-effectively?',
      [
        'On-demand Lambda for the resize function, provisioned concurrency kept on around the clock for the API, and Lambda with the maximum timeout for the archive job.',
        'An always-on EC2 instance for the resize function, provisioned concurrency scheduled for business hours for the API, and AWS Batch on Spot Instances for the archive job.',
        'On-demand Lambda for the resize function, the maximum memory setting without provisioned concurrency for the API, and Lambda with the maximum timeout for the archive job.',
        'On-demand Lambda for the resize function, provisioned concurrency scaled on a business-hours schedule for the API, and AWS Batch on Spot Instances for the archive job.',
      ],
    )
    expect(s.options[3]!.violations).toEqual([])
    expect(s.answer).toEqual(['D'])
  })

  it('a tenancy chosen for one workload is checked against that workload only', () => {
    const s = solve(
      'An insurer is moving three workloads to AWS. An Oracle database must reuse per-core licenses whose terms require visibility into the physical sockets and cores. A claims application must run on hardware dedicated to the company, with no licensing constraints. A steady Linux reporting service has no licensing or isolation requirements. Which solution meets these requirements MOST cost-effectively?',
      [
        'Dedicated Instances for the Oracle database, Dedicated Hosts for the claims application, and default-tenancy instances under a Savings Plan for the reporting service.',
        'Dedicated Hosts for the Oracle database, Dedicated Instances for the claims application, and default-tenancy instances under a Savings Plan for the reporting service.',
        'License-included shared-tenancy instances for the Oracle database, Dedicated Instances for the claims application, and default-tenancy instances under a Savings Plan for the reporting service.',
        'Dedicated Hosts for the Oracle database, Dedicated Hosts for the claims application, and Dedicated Hosts for the reporting service.',
      ],
    )
    expect(s.options[1]!.violations).toEqual([])
    expect(s.answer).toEqual(['B'])
  })
})

/**
 * Unseen sets 143 and 147 (read after their arrival figures) wrote lists whose
 * items do not all say "for the …": "Turn on cross-zone load balancing on the
 * NLB, consolidate the HTTP applications onto one ALB with host-based rules,
 * and an NLB with a TCP listener for the payment service". Such a list is read
 * piece by piece and regrouped by the part each piece names.
 */
describe('solve: a list regrouped by the part each piece names', async () => {
  const {kb} = await solveHelpers()

  it('a piece that names no part joins the next that does, and a last unnamed piece takes the part left', async () => {
    const {namesOf} = await import('../../src/core/questions/part-names.js')
    const {readOption} = await import('../../src/core/questions/read-option.js')
    const {regroupedByPart} = await import('../../src/core/questions/solve.js')
    const names = [
      'An internal TCP relay sits behind a load balancer whose two zones hold 2 and 6 targets.',
      'Twelve small HTTP dashboards each have their own load balancer with little traffic.',
      'A billing service needs TLS passed through to its targets.',
    ].map(namesOf)
    const text =
      'Turn on cross-zone load balancing for the relay, consolidate the HTTP dashboards onto one ALB with host-based rules, and an NLB with a TCP listener for billing.'
    const steps = [{label: text, body: text, reading: readOption(text, kb)}]
    const regrouped = regroupedByPart(steps, names, kb)
    expect(regrouped?.named).toEqual([0, 1, 2])
    expect(regrouped?.steps.map((s) => s.body)).toEqual([
      'Turn on cross-zone load balancing for the relay,',
      'consolidate the HTTP dashboards onto one ALB with host-based rules,',
      'and an NLB with a TCP listener for billing.',
    ])
  })
})

describe('solve: a listed choice names its part by what it is "for"', async () => {
  const {solve} = await solveHelpers()

  it('"… node group of Spot Instances for the thumbnail pods" is for the thumbnail pods, though "node" is another part\'s word', () => {
    const s = solve(
      'A streaming company runs three workloads on one Amazon EKS cluster. Stateless thumbnail pods are retryable and can be evicted at any time. StatefulSet cache pods with Amazon EBS volumes run steadily 24/7 and must not be interrupted. A few bursty admin dashboards run as pods, and the team does not want to manage or patch nodes for them. Which solution meets these requirements MOST cost-effectively?',
      [
        'A managed node group of Spot Instances for the thumbnail pods, a managed node group of On-Demand Instances covered by a Savings Plan for the cache pods, and an EKS Fargate profile for the admin dashboards',
        'An EKS Fargate profile for the thumbnail pods, a managed node group of Spot Instances for the cache pods, and a managed node group of On-Demand Instances for the admin dashboards',
        'A managed node group of Spot Instances for the thumbnail pods, an EKS Fargate profile for the cache pods, and a managed node group of Spot Instances for the admin dashboards',
        'A managed node group of On-Demand Instances for the thumbnail pods, a managed node group of On-Demand Instances covered by a Savings Plan for the cache pods, and an EKS Fargate profile for the admin dashboards',
      ],
    )
    expect(s.answer).toEqual(['A'])
  })
})
