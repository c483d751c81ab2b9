import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * What the stem says against a service counts against an option that names
 * it even when nothing in the stem speaks for it; an option that also takes
 * the remedy the caution names, or a caution whose better choices the facts
 * all rule out, counts nothing. Our own sentences.
 */
describe('solve: cautions on what an option names', async () => {
  const {solve, read} = await solveHelpers()

  it('a commitment for a burstable fleet at sustained high CPU is cautioned, not chosen over fixed-performance instances', () => {
    const s = solve(
      'An analytics team runs 8 t3.2xlarge instances in unlimited mode. CPU has averaged 80% around the clock for six months, and the bill shows large surplus CPU credit charges. The service must stay as fast as it is. Which change is the MOST cost-effective?',
      [
        'Buy 1-year Standard Reserved Instances for the 8 t3.2xlarge instances.',
        'Move the service to fixed-performance m7i.2xlarge instances.',
        'Add two more t3.2xlarge instances so that each runs at a lower average.',
        'Switch the instances to standard credit mode.',
      ],
    )
    expect(s.options[0]!.reasons.some((r) => r.startsWith('but: ') && /burst credits/.test(r))).toBe(true)
    expect(s.answer).not.toEqual(['A'])
  })

  it('keeping a NAT gateway for the rest of the traffic beside a gateway endpoint for S3 is not cautioned for NAT processing', () => {
    const s = solve(
      'Instances in private subnets send about 40 TB a month to Amazon S3 through a NAT gateway, and NAT gateway data processing charges are now large. The instances still need to reach a few public APIs on the internet. Which change reduces cost the MOST?',
      [
        'Create a gateway VPC endpoint for S3, add it to the private route tables, and keep the NAT gateway for the internet-bound calls.',
        'Replace the NAT gateway with a larger NAT gateway in another Availability Zone.',
      ],
    )
    expect(s.options[0]!.reasons.filter((r) => r.startsWith('but: ') && /NAT gateway/.test(r))).toEqual([])
    expect(s.answer).toEqual(['A'])
  })

  it('a caution whose better choices the stated facts rule out says nothing against the option', () => {
    const s = solve(
      'A team runs containerized image-recognition tasks that each need an NVIDIA GPU. Which option runs them on Amazon ECS?',
      [
        'Run the tasks on AWS Fargate with a GPU in the task definition.',
        'Run the tasks on Amazon ECS with an Auto Scaling group capacity provider of GPU instances.',
      ],
    )
    expect(s.options[0]!.violations.length).toBeGreaterThan(0)
    expect(s.options[1]!.reasons.filter((r) => r.startsWith('but: '))).toEqual([])
  })

  it('Global Accelerator in front of a Network Load Balancer is only an added fee for TCP clients near the Region under a cost aim', () => {
    const s = solve(
      'A company ingests sensor data over a custom TCP protocol through a Network Load Balancer with cross-zone load balancing turned on; the targets are spread evenly over three Availability Zones and clients arrive evenly at each zone. The bill shows large inter-AZ data transfer charges. Which change reduces these charges while keeping three Availability Zones?',
      [
        'Put AWS Global Accelerator in front of the Network Load Balancer.',
        "Turn off cross-zone load balancing on the Network Load Balancer's target group.",
        'Replace the Network Load Balancer with an Application Load Balancer.',
      ],
    )
    expect(s.options[0]!.reasons.filter((r) => r.startsWith('but: ')).length).toBeGreaterThanOrEqual(2)
    expect(s.answer).toEqual(['B'])
  })

  it('customers on other continents are viewers around the world, and responses that can be cached are cacheable content', () => {
    expect(read('Customers on other continents see slow page loads.').clients).toBe('global-viewers')
    expect(read('The team in another country maintains the code.').clients).toBeUndefined()
    expect(read('About 70% of the responses, such as product images, can be cached for several minutes.').workload).toBe('static-content')
  })

  it('a link too slow to upload the data, a server room with space and power, and the same EC2 tools as in the Region point to Outposts', () => {
    const p = read(
      'A lab produces about 30 TB of measurements a day in its own building. Analysts must use the same EC2-based tools they use in the Region, but the internet link would need days to upload one day of data. The building has a server room with space and power.',
    )
    expect(p.managedHardwareOnSite).toBe(true)
    expect(p.edgeProcessing).toBe(true)
    expect(p.siteScale).toBe('data-center')
  })

  it('a bill that is hard to predict is not load that is hard to predict', () => {
    expect(read('The volunteers find the bill hard to predict.').loadPattern).toBeUndefined()
    expect(read('It is hard to predict the monthly bill.').loadPattern).toBeUndefined()
    expect(read('Traffic is hard to predict.').loadPattern).toBe('unpredictable')
  })
  it('a caution only suggested by the stem says nothing against the variant the stem says it runs', () => {
    const s = solve(
      'A media company runs its transcoding service on Amazon ECS with the EC2 launch type. Queue depth swings during the day, and the container instances must be added and removed automatically so that new tasks always find room. Which option meets this need?',
      [
        'Attach an Auto Scaling group capacity provider with managed scaling to the cluster.',
        'Add step scaling policies to the ECS service.',
      ],
    )
    expect(s.options[0]!.reasons.filter((r) => r.startsWith('but: ') && /EC2 launch type/.test(r))).toEqual([])
  })

  it('a stated wish for containers without servers still speaks against the EC2 launch type the stem runs', () => {
    const s = solve(
      'A media company runs its transcoding service on Amazon ECS with the EC2 launch type. The team no longer wants to manage, patch or scale any container instances. Which option meets this need?',
      [
        'Attach an Auto Scaling group capacity provider with managed scaling to the cluster.',
        'Move the service to the Fargate launch type.',
      ],
    )
    expect(s.options[0]!.reasons.some((r) => /EC2 launch type/.test(r))).toBe(true)
    expect(s.answer).toEqual(['B'])
  })
  it('moving the whole application to a Local Zone is cautioned when only part of it needs low latency', () => {
    const s = solve(
      'A betting company sends odds updates to punters in one large city, who need responses within a few milliseconds; its reporting jobs and audit archive have no latency requirement. A Local Zone is available in that city. Which design is MOST cost-effective?',
      [
        'Run the entire stack, reporting and archive included, in the Local Zone.',
        'Run only the odds service in the Local Zone, and keep the reporting jobs and the archive in the parent Region.',
      ],
    )
    expect(s.options[0]!.reasons.some((r) => r.startsWith('but: ') && /whole application/.test(r))).toBe(true)
    expect(s.options[1]!.reasons.filter((r) => r.startsWith('but: '))).toEqual([])
    expect(s.answer).not.toEqual(['A'])
  })
})

