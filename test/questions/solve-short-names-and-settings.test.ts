import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Names other people use for what the catalog knows under a longer name: "the Capacity Reservations" for the
 * On-Demand Capacity Reservations a stem holds, "the Outpost subnets" as a place, and a Lambda function's event
 * source mapping batch size as a Lambda setting. Found on sets 348, 352 and 354. Our own sentences; each test
 * failed before its change.
 */
describe('solve reads a held reservation named by its short name', async () => {
  const {solve} = await solveHelpers()

  it('converting the held Capacity Reservations into Reserved Instances is something they cannot have done', () => {
    const s = solve(
      'A media company keeps On-Demand Capacity Reservations in one Availability Zone for its encoding fleet. Finance wants the fleet billed at a lower rate from now on. What should the company do?',
      [
        'Convert the Capacity Reservations into zonal Reserved Instances and keep the same Availability Zone.',
        'Buy a regional Reserved Instance that matches the reserved instances, so its discount applies to the reservations.',
      ],
    )
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('cannot')
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/On-Demand Capacity Reservation cannot be converted/)
    expect(s.answer).not.toEqual(['A'])
  })
})

describe('solve reads where containers are placed on an Outpost', async () => {
  const {solve} = await solveHelpers()

  it('Fargate tasks in the Outpost subnets are as impossible as Fargate on the Outpost', () => {
    const s = solve('A shipyard has an AWS Outposts rack in its yard office for its welding-inspection containers. Where should the containers run?', [
      'Run the containers as Amazon ECS tasks on Fargate, with the Outpost subnets as the task subnets.',
      'Run the containers on Amazon ECS with EC2 container instances launched on the Outpost.',
    ])
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toContain('AWS Fargate is not available on AWS Outposts')
  })
})

describe('solve reads Lambda batching as a Lambda setting', async () => {
  const {solve} = await solveHelpers()

  it('an option that raises the event source mapping batch size is judged as Lambda, not as naming nothing', () => {
    const s = solve(
      'A Node.js Lambda function is invoked from an SQS queue one message at a time, and each invocation opens a new database connection first. Which change lowers the cost of running the function?',
      ['Raise the batch size of the event source mapping and add a batching window.', 'Set reserved concurrency on the function to 500.'],
    )
    expect(s.options[0]!.services.map((m) => m.service)).toContain('lambda')
  })
})

describe('solve reads a reservation scoped to the Availability Zone or the Region', async () => {
  const {solve} = await solveHelpers()

  it('"scoped to the Region" is a regional RI, which reserves no capacity; "scoped to the Availability Zone" is zonal', () => {
    const s = solve(
      'A bank keeps a warm standby fleet that must have EC2 capacity reserved in one particular Availability Zone, and it wants an RI discount on it. Which purchase meets the requirement?',
      ['Standard RIs scoped to the Availability Zone.', 'Standard RIs scoped to the Region.'],
    )
    expect(s.options[1]!.violations.map((v) => v.rule)).toContain('reserved-instances.regional-no-capacity')
    expect(s.answer).toEqual(['A'])
  })
})

describe('solve reads a part that needs no hardware isolation', async () => {
  const {read} = await solveHelpers()

  it('"no licensing or isolation requirements" says single-tenant hardware is not needed', () => {
    expect(read('The third workload is a stateless web tier with no licensing or isolation requirements.').dedicatedHardware).toBe(false)
    expect(read('The payments tier has strict isolation requirements from the regulator.').dedicatedHardware).toBeUndefined()
  })
})

describe('solve reads a deadline kept without exception as work that must not be interrupted', async () => {
  const {read} = await solveHelpers()

  it('"must finish by 06:00 every morning without exception" does not tolerate interruption; a plain deadline says nothing', () => {
    expect(read('The settlement batch must finish by 06:00 every morning without exception.').interruptionTolerant).toBe(false)
    expect(read('The settlement batch must finish by 06:00 every morning.').interruptionTolerant).toBeUndefined()
  })
})

describe('solve reads hardware that must not be shared with other customers’ instances', async () => {
  const {read} = await solveHelpers()

  it('"cannot share physical hardware with instances that belong to other AWS customers" asks for single-tenant hardware', () => {
    expect(read('The VMs cannot share physical hardware with instances that belong to other AWS customers.').dedicatedHardware).toBe(true)
  })
})
