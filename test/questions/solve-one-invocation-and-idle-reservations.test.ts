import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Readings that unseen set 95 and earlier read sets showed wrong: one Lambda
 * invocation proposed for millions of items (the count times the time per
 * item is arithmetic), a conversion that "can be started again" if its worker
 * stops, and a Capacity Reservation proposed for instances that sit idle out
 * of hours. Our own sentences; each test failed before its change.
 */
describe('solve: one invocation for every item, restartable work, idle reservations', async () => {
  const {read, solve} = await solveHelpers()
  const stem =
    'A retailer drops about 2 million small CSV files into an Amazon S3 bucket each night. Each file needs about 3 seconds of parsing. The team wants a serverless design with the LEAST operational effort.'

  it('one invocation that loops over every file outlasts the Lambda timeout; one invocation per file does not', () => {
    const s = solve(stem, [
      'One AWS Lambda function that lists the bucket and loops over every file within one invocation.',
      'An AWS Lambda function invoked once per file by S3 event notifications.',
      'A fleet of EC2 instances that polls the bucket.',
      'An Amazon EMR cluster that runs each night.',
    ])
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('one-invocation')
    expect(s.options[0]!.violations[0]!.message).toMatch(/2,000,000 items at about 3 s each runs for about 1667 hours/)
    expect(s.options[1]!.violations).toEqual([])
  })

  it('says nothing when the stem gives no count, or the total fits', () => {
    const few = solve('Each night about 100 files arrive, and each needs about 2 seconds of parsing.', [
      'One AWS Lambda function that loops over every file within one invocation.',
      'A fleet of EC2 instances.',
    ])
    expect(few.options[0]!.violations.map((v) => v.rule)).not.toContain('one-invocation')
  })

  it('work that "can be started again" when its worker stops tolerates interruption', () => {
    expect(read('Each file takes 10 to 50 minutes to convert, and a conversion can be started again from the beginning if its worker stops.').interruptionTolerant).toBe(true)
  })

  it('a Capacity Reservation is billed while instances are stopped out of hours', () => {
    const s = solve(
      'Developers use 40 test instances only from 08:00 to 18:00 on weekdays; they sit idle at night and at weekends. Which option lowers the cost MOST?',
      [
        'Create On-Demand Capacity Reservations for the test instances and stop the instances at night.',
        'Stop the instances outside working hours with Instance Scheduler on AWS.',
        'Buy 3-year Reserved Instances for the test instances.',
        'Move the test instances to Dedicated Hosts.',
      ],
    )
    expect(s.options[0]!.reasons.some((r) => r.startsWith('but: ') && /billed at the On-Demand rate for every hour it exists/.test(r))).toBe(true)
    expect(s.answer).toEqual(['B'])
  })
})

describe('solve: S3 traffic that starts in branch offices', async () => {
  const {solve} = await solveHelpers()

  it('branches on a VPN need an S3 interface endpoint, which is then not cautioned for its price', () => {
    const s = solve(
      'An insurer’s 200 branches upload claim photos to Amazon S3. The branches reach the company VPC over Site-to-Site VPN connections, and the uploads then leave the VPC through a NAT gateway. The traffic must stay on private IP addresses and the NAT gateway charges must go. Which solution meets these requirements?',
      [
        'Add a gateway VPC endpoint for Amazon S3 and keep the branches on the public S3 endpoint name.',
        'Add an interface VPC endpoint for Amazon S3 and point the branches at its endpoint-specific DNS names.',
        'Give each branch its own internet connection for the uploads.',
        'Send the uploads through proxy instances in a public subnet.',
      ],
    )
    expect(s.profile.s3FromOnPremises).toBe(true)
    expect(s.options[1]!.reasons.some((r) => r.startsWith('but: '))).toBe(false)
    expect(s.answer).toEqual(['B'])
  })
})

describe('solve: large uploads through an API, loops over every file, capacity nobody may miss', async () => {
  const {read, solve} = await solveHelpers()

  it('reads the upload size as the request size only when the uploads go through the API', () => {
    expect(read('Users upload videos of up to 2 GB. Each upload goes through a REST API on EC2 instances.').payloadMb).toBe(2048)
    expect(read('Users upload videos of up to 2 GB straight to Amazon S3 with presigned URLs.').payloadMb).toBeUndefined()
  })

  it('"processes every file in a loop" is one invocation for all the files', () => {
    const s = solve('Once a month, 2 million small JSON files under one S3 prefix must be validated; each file takes about 2 seconds.', [
      'One AWS Lambda function, started monthly, that lists the prefix and processes every file in a loop until it finishes.',
      'An always-on EC2 cluster.',
    ])
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('one-invocation')
  })

  it('"cannot risk being unable to launch", "no one-year or three-year commitment"', () => {
    const p = read('The site cannot risk being unable to launch 200 instances when the sale opens, and the owner does not want any one-year or three-year commitment.')
    expect(p.capacityReservation).toBe(true)
    expect(p.commitmentYears).toBe(0)
  })
})
