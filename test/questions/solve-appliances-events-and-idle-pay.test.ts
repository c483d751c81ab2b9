import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Own-words sets 195 and 198 (read after an unseen measure) answered wrongly on firewall appliances put behind an ALB,
 * on a zonal Reserved Instance for a 3-day yearly event, and on an always-running task for a service that must cost
 * nothing while idle. Our own sentences; each test gave the wrong letter before the change.
 */
describe('solve: appliances in the traffic path, a few days of capacity a year, nothing paid while idle', async () => {
  const {solve} = await solveHelpers()

  it('an ALB in front of firewall appliances leaves them out of the traffic path; a central Gateway Load Balancer does not', () => {
    const s = solve(
      'A shipping company runs a pair of third-party firewall appliances on EC2 instances in each of its 12 VPCs, each pair sized for peak load. The appliances support GENEVE. The company wants to inspect all internet-bound and inter-VPC traffic with fewer appliances that scale horizontally and stay highly available. Which solution meets these requirements MOST cost-effectively?',
      [
        'Put the appliances behind an Application Load Balancer in each VPC and scale them with target tracking.',
        'Build one inspection VPC with the appliances behind a Gateway Load Balancer, reached through GWLB endpoints.',
        'Put the appliances behind a Network Load Balancer in each VPC with cross-zone load balancing turned on.',
        'Remove the appliances and rely on security groups and network ACLs in each VPC.',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })

  it('capacity certain for a 3-day final once a year is a Capacity Reservation for those days, not a year of reservation', () => {
    const s = solve(
      'A streaming service must be certain that 80 c7i.8xlarge instances are available in one specific Availability Zone for the 3-day final of a cycling race, because live transcoding cannot risk an insufficient-capacity error. The workload runs only during those 3 days each year. Which solution meets these requirements MOST cost-effectively?',
      [
        'Create On-Demand Capacity Reservations in that Availability Zone for the 3 days and cancel them afterward.',
        'Buy 1-year zonal Standard Reserved Instances for 80 c7i.8xlarge instances in that Availability Zone.',
        'Request 80 Spot Instances in that Availability Zone with the capacity-optimized allocation strategy.',
        'Buy a 1-year EC2 Instance Savings Plan for the C7i family sized for 80 c7i.8xlarge instances.',
      ],
    )
    expect(s.answer).toEqual(['A'])
  })

  it('"pay nothing while the service is idle" cautions a task that stays running', () => {
    const s = solve(
      'A team of two has a Python scoring service packaged as a 5 GB container image. An internal tool calls it about 300 times a day; each call takes about 30 seconds and uses up to 6 GB of memory. The team wants to pay nothing while the service is idle and does not want to manage servers or clusters. Which solution meets these requirements with the LEAST operational overhead?',
      [
        'Split the model across AWS Lambda layers and deploy the code as a .zip archive function with 6,144 MB of memory.',
        'Host the model on an EC2 instance that runs continuously behind an internal load balancer.',
        'Run the container as an Amazon ECS service on AWS Fargate with one task that stays running.',
        'Push the image to Amazon ECR and create an AWS Lambda function from the container image with 6,144 MB of memory.',
      ],
    )
    expect(s.options[2]!.reasons.join(' ')).toMatch(/no idle compute paid for/)
    expect(s.answer).not.toEqual(['C'])
  })
})

/**
 * Own-words set 198 (read after an unseen measure): Snowcone devices named as an option though they are discontinued,
 * and provisioned concurrency left on permanently for traffic that comes only at scheduled events. Our own sentences;
 * the solve tests abstained before the change.
 */
describe('solve: discontinued Snowcone devices, and provisioned concurrency kept on between events', async () => {
  const {solve, read} = await solveHelpers()

  it('a Snowcone can no longer be ordered', () => {
    const s = solve(
      'A film crew shoots for 5 weeks at a desert location with no network connection and records about 40 TB of footage, which must reach Amazon S3 afterwards. The company is an existing Snowball Edge customer. Which solution meets these requirements MOST cost-effectively?',
      [
        'Order AWS Snowcone devices for the shoot and ship them back for import into Amazon S3.',
        'Order AWS Snowball Edge Storage Optimized devices for the shoot and ship them back for import into Amazon S3.',
      ],
    )
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/discontinued/)
  })

  it('traffic from almost nothing to a burst at scheduled events does not pay for provisioned concurrency between them', () => {
    expect(read('At each match, traffic rises from almost nothing to about 600 concurrent executions within a minute.').loadPattern).toBe('spiky')
    const s = solve(
      'A concert venue runs its ticket-scanning API on AWS Lambda functions written in Python. When the doors open, traffic rises from almost nothing to about 600 concurrent executions within a minute, and cold starts make the first scans time out. Concerts are scheduled weeks in advance, and traffic between concerts is negligible. The first scans of each concert must not see cold-start latency. Which solution meets these requirements MOST cost-effectively?',
      [
        'Configure provisioned concurrency of 600 on the function alias and leave it in place permanently.',
        'Move the functions to an EC2 Auto Scaling group sized for 600 concurrent requests at all times.',
        'Use scheduled actions in Application Auto Scaling to add provisioned concurrency before each concert and remove it after.',
        "Raise the functions' memory to 10,240 MB so that every cold start finishes sooner.",
      ],
    )
    expect(s.answer).toEqual(['C'])
  })
})

/** Own-words set 201 (read after an unseen measure) answered with "Lambda@Edge with VPC access", which cannot be. */
describe('solve: Lambda@Edge has no VPC access', async () => {
  const {solve, read} = await solveHelpers()

  it('rejects a Lambda@Edge function connected to a VPC, and reads "only when CloudFront must go to an origin"', () => {
    expect(read('The lookup should run only when CloudFront must go to an origin.').cdnEvent).toBe('origin-request')
    const s = solve('A CloudFront distribution must look up each tenant in a database before choosing an origin. Which option works?', [
      'A Lambda@Edge function with VPC access on viewer requests.',
      'A Lambda@Edge function on origin requests that calls the database over its public endpoint.',
    ])
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/cannot be connected to a VPC/)
  })
})
