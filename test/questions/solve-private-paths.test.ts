import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * On-premises systems that must reach S3 over Direct Connect or VPN: only an
 * interface endpoint has addresses they can reach; a gateway endpoint is a
 * route-table target inside the VPC. Our own sentences; each test failed
 * before the s3FromOnPremises fact existed.
 */
describe('solve reads private paths to S3 from on premises', async () => {
  const {solve, read} = await solveHelpers()

  it('reads the three parts in any order and within two sentences, and not S3 traffic from a VPC', () => {
    for (const text of [
      'Laboratory instruments on premises write results to an S3 bucket. The company already has a VPN to AWS and the data must stay off the public internet.',
      'Over Direct Connect, the data center must pull reference files from Amazon S3.',
      'Amazon S3 must be reachable from the headquarters network through private IP addresses only.',
    ])
      expect(read(text).s3FromOnPremises, text).toBe(true)
    expect(read('Workers in private subnets read the bucket; the traffic must never cross the internet.').s3FromOnPremises).toBeUndefined()
    expect(read('The branch offices upload to S3 over the internet.').s3FromOnPremises).toBeUndefined()
  })

  it('answers the interface endpoint and rules the gateway endpoint out', () => {
    const s = solve(
      'Point-of-sale servers in 40 retail stores send daily sales files to Amazon S3 across the company Site-to-Site VPN. Security requires that the uploads never traverse the public internet. What should a solutions architect set up?',
      [
        'An S3 gateway endpoint in the VPC that terminates the VPN',
        'An S3 interface endpoint in that VPC, used by the stores through its private DNS name',
        'A NAT gateway in the VPC',
      ],
    )
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('vpc-endpoints.gateway-not-from-on-premises')
    expect(s.answer).toEqual(['B'])
  })
  it('a zone outage that cut egress and cross-AZ charges to the NAT gateway call for one NAT gateway per zone', () => {
    const s = solve(
      'A logistics firm runs its workers in private subnets across three Availability Zones, and every private route table points to one NAT gateway in the first zone. During an outage of that zone, workers in the other zones lost access to a partner API, and the bill shows cross-AZ data transfer charges for traffic to the NAT gateway. Which change fixes both?',
      [
        'Replace the NAT gateway with a larger NAT instance in the same Availability Zone',
        'Add a second NAT gateway to the same public subnet',
        'Create a NAT gateway in each Availability Zone and route each zone to the NAT gateway in its own zone',
        'Turn on VPC Flow Logs for the private subnets',
      ],
    )
    expect(s.profile.crossZoneCharges).toBe(true)
    expect(s.profile.zoneResilient).toBe(true)
    expect(s.answer).toEqual(['C'])
  })

  it('"NAT traffic from the private-subnet workers goes to S3" is S3 traffic, and "must stay in private subnets" is no residency', () => {
    const p = read('Flow logs show that almost all NAT traffic from the private-subnet batch workers goes to Amazon S3. The workers must stay in private subnets.')
    expect(p.privateSubnetTraffic).toBe('s3-or-dynamodb')
    expect(p.residency).toBeUndefined()
    expect(read('Patient records must stay in Germany.').residency).toBe('in-jurisdiction')
  })

  it('private subnets, what the instances read, and where it is stored, told in three sentences, is S3 traffic from private subnets', () => {
    const s = solve(
      'A team deploys a rendering service on EC2 instances in private subnets in two Availability Zones. The instances read large scene files many times a day. The scene files are kept in Amazon S3 buckets. Which design keeps data transfer costs lowest?',
      [
        'Create a gateway VPC endpoint for S3 and add it to the private subnets\' route tables.',
        'Create one NAT gateway in a public subnet and route the private subnets through it.',
        'Create an interface VPC endpoint for S3 in each private subnet.',
        'Create a NAT gateway in each Availability Zone and route each zone through its own.',
      ],
    )
    expect(s.profile.privateSubnetTraffic).toBe('s3-or-dynamodb')
    expect(s.answer).toEqual(['A'])
  })
})

describe('solve: gateway endpoints exist only for S3 and DynamoDB', async () => {
  const {solve} = await solveHelpers()

  it('an option with a gateway endpoint for Systems Manager breaks the documentation', () => {
    const s = solve(
      'Instances in private subnets download large files from Amazon S3 and are managed with AWS Systems Manager. The company wants to remove its NAT gateway and keep the traffic off the internet. Which solution is MOST cost-effective?',
      [
        'A gateway endpoint for S3 and interface endpoints for Systems Manager.',
        'A gateway endpoint for S3 and a gateway endpoint for Systems Manager.',
        'An interface endpoint for S3 and the existing NAT gateway for Systems Manager.',
        'A NAT instance for S3 and interface endpoints for Systems Manager.',
      ],
    )
    expect(s.options[1]!.violations.map((v) => v.rule)).toContain('cannot')
    expect(s.options[0]!.violations.map((v) => v.rule)).not.toContain('cannot')
  })
})
