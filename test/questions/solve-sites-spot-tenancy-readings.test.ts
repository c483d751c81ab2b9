import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Readings that unseen own-words probes (sets 61 to 63) answered wrongly with
 * confidence: servers that already sit in every shop, a Spot fleet whose
 * backlog grows at each interruption, single-tenant hardware with no per-core
 * licences, a product launch measured in weeks, how often a site is edited,
 * a small site whose owner wants one fixed monthly price, workstations used a
 * few hours a day that must come back with their memory, and a lookup that
 * must run only when CloudFront goes to the origin.
 * Our own sentences; each test failed before its change.
 */
describe('solve reads site servers, Spot interruptions that hurt, tenancy and short launches', async () => {
  const {solve, read} = await solveHelpers()

  it('a server already in every branch is hardware a hybrid option can run on: ECS Anywhere over new racks or the Region', () => {
    expect(read('A bakery chain has one small server in each of its 60 branches.').existingServers).toBe(true)
    expect(read('Each branch uploads its orders to a server in the Region.').existingServers).toBeUndefined()
    const s = solve(
      'A bakery chain has one small server in each of its 60 branches. It wants to run the containerized ordering service it already runs on Amazon ECS in the cloud on those servers, with the same task definitions, and ordering must keep working when a branch loses its internet connection for a while. Which solution is MOST cost-effective?',
      [
        'Run the service on AWS Fargate in the Region and connect each branch with a Site-to-Site VPN.',
        'Order an AWS Outposts server for every branch and run the tasks on it.',
        'Register the branch servers as external instances with Amazon ECS Anywhere and run the tasks there.',
        'Send a Snowball Edge device to each branch and run the containers on it.',
      ],
    )
    expect(s.answer).toEqual(['C'])
  })

  it('a backlog that grows each time Spot Instances are reclaimed calls for Capacity Rebalancing, and one cheap type is cautioned', () => {
    expect(read('Whenever Spot Instances are reclaimed, the job queue backs up for a few minutes.').avoidInterruptions).toBe(true)
    expect(read('If a job is interrupted it simply runs again, and nobody minds a short delay.').avoidInterruptions).toBeUndefined()
    const s = solve(
      'A media company transcodes clips with a stateless worker fleet in an Auto Scaling group that runs mostly on Spot Instances across several instance types. Whenever Spot Instances are reclaimed, the group only replaces them afterwards and the job queue backs up for a few minutes. The company wants to stay on Spot and smooth out these drops. Which solution is MOST cost-effective?',
      [
        'Move the workers to On-Demand Instances covered by a Compute Savings Plan.',
        'Switch the group to the lowest-price allocation strategy and restrict it to the single cheapest instance type.',
        'Enable Capacity Rebalancing on the Auto Scaling group.',
        'Schedule an hourly instance refresh that replaces all workers before they can be reclaimed.',
      ],
    )
    expect(s.options[1]!.reasons.join(' ')).toMatch(/single instance type/)
    expect(s.answer).toEqual(['C'])
  })

  it('hardware no other customer uses, with no per-core licences, takes Dedicated Instances; default tenancy breaks the rule', () => {
    const p = read(
      'The regulator requires that the ledger instances run on hardware that no other AWS customer uses. We are not bringing any per-socket or per-core licences.',
    )
    expect(p.dedicatedHardware).toBe(true)
    expect(p.licensing).toBe('none')
    const s = solve(
      'The regulator requires that the ledger instances run on hardware that no other AWS customer uses. We are not bringing any per-socket or per-core licences, and nobody wants to manage host capacity. Which option has the LEAST operational overhead?',
      [
        'Allocate Dedicated Hosts and place the ledger instances on them.',
        'Run the ledger instances with default tenancy in an account used only for the ledger.',
        'Launch the ledger instances as Dedicated Instances.',
        'Install an AWS Outposts rack in the company data center for the ledger.',
      ],
    )
    expect(s.options[1]!.violations.map((v) => v.message).join(' ')).toMatch(/shared with other AWS customers/)
    expect(s.answer).toEqual(['C'])
  })

  it('a launch that lasts weeks and a refusal to sign anything past it are a short horizon', () => {
    expect(read('The shop needs extra capacity for a three-week product launch.').commitmentYears).toBe(0)
    expect(read("Procurement won't sign anything that runs past the launch.").commitmentYears).toBe(0)
    expect(read('The company expects to launch two products a year for the next three years.').commitmentYears).toBe(3)
  })

  it('how often a site is edited is not the load it serves', () => {
    expect(read('The pages are edited a few times a week by the owner.').loadPattern).toBeUndefined()
    expect(read('The API gets only a few requests per hour.').loadPattern).toBe('spiky')
  })

  it('one fixed monthly price for a small site is what a Lightsail bundle is', () => {
    expect(read('The club wants a fixed, predictable monthly bill for its website.').fixedMonthlyPrice).toBe(true)
    expect(read('Each cluster carries a fixed monthly fee.').fixedMonthlyPrice).toBeUndefined()
    const s = solve(
      'A choir moves its WordPress site from a shared host to AWS. About 1,500 people visit it each month, nobody in the choir has used AWS, and the treasurer wants one fixed, predictable monthly bill that includes data transfer. Occasional downtime for updates is fine. Which option is MOST cost-effective?',
      [
        'Run WordPress on EC2 instances in an Auto Scaling group behind an Application Load Balancer.',
        'Deploy WordPress to a load-balanced AWS Elastic Beanstalk environment.',
        'Create an Amazon Lightsail instance from the WordPress blueprint on a small bundle.',
        'Run WordPress in containers on AWS Fargate behind an Application Load Balancer.',
      ],
    )
    expect(s.answer).toEqual(['C'])
  })

  it('instances used a few hours a day that reload memory for half an hour each morning want hibernation, not a plan for 24 hours', () => {
    const p = read(
      'Each morning the modelling tools spend about 30 minutes loading a reference dataset into memory, so the team keeps its instances running 24 hours a day even though each is used about 5 hours on weekdays. The engineers want to resume exactly where they stopped the day before. Their volumes are backed up daily with AWS Backup.',
    )
    expect(p.slowStartup).toBe(true)
    expect(p.executionSeconds).toBeUndefined()
    expect(p.idleOutOfHours).toBe(true)
    expect(p.loadPattern).toBeUndefined()
    expect(p.resumeState).toBe(true)
    expect(p.workload).toBeUndefined()
    const s = solve(
      'Each morning the modelling tools spend about 30 minutes loading a reference dataset into memory, so the team keeps its 12 r7i.xlarge instances running 24 hours a day even though each is used about 5 hours on weekdays. The engineers want to resume exactly where they stopped the day before. Which option cuts compute cost the most?',
      [
        'Buy a 3-year EC2 Instance Savings Plan for the r7i family and keep the instances running.',
        'Relaunch the instances with hibernation enabled and hibernate them every evening.',
        'Run the instances as Spot Instances with a persistent request, around the clock.',
        'Move the instances to a larger size so the dataset loads faster each morning.',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })

  it('a lookup that must run only when CloudFront goes to the origin is edge logic on the origin request', () => {
    const p = read(
      'Game patches are served through CloudFront from S3. A licence lookup over HTTPS must happen before the origin path is chosen, and it must run only when CloudFront has to go to the origin, never on cache hits.',
    )
    expect(p.workload).toBe('edge-request-logic')
    expect(p.cdnEvent).toBe('origin-request')
    expect(read('The origin is an S3 bucket in one Region.').cdnEvent).toBeUndefined()
    const s = solve(
      'Game patches are served through CloudFront from S3. A licence lookup over HTTPS takes about 200 ms and must happen before the origin path is chosen, and it must run only when CloudFront has to go to the origin, never on cache hits. Which option is MOST cost-effective?',
      [
        'A CloudFront Function on the viewer request event that calls the licence service.',
        'A Lambda@Edge function on the viewer request event that calls the licence service.',
        'A Lambda@Edge function on the origin request event that calls the licence service and sets the origin path.',
        'An Auto Scaling group of EC2 instances behind an ALB as the new origin, with caching left on.',
      ],
    )
    expect(s.answer).toEqual(['C'])
  })
})
