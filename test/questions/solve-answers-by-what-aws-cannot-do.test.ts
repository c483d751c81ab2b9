import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * When every other option does what the catalog says AWS cannot do, the option left is the answer, though nothing
 * the stem states calls for it: a fact about AWS rules the others out, not a reading of the stem. Measured over the
 * banked questions first: every question this answers was right. Our own sentences; the first test failed before the
 * change.
 */
describe('solve answers by what AWS cannot do', async () => {
  const {solve} = await solveHelpers()
  const stem =
    'A studio holds 3-year Convertible Reserved Instances for c5 instances, and its render farm will need fewer of them next year. What can the studio do with the reservations?'

  it('answers with the one option left when every other option is something AWS cannot do', () => {
    const s = solve(stem, [
      'Sell the Convertible Reserved Instances in the Reserved Instance Marketplace.',
      'Cancel the Convertible Reserved Instances and ask for a refund of the remaining term.',
      'Exchange the Convertible Reserved Instances for other Convertible Reserved Instances of equal or greater value.',
    ])
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('cannot')
    expect(s.options[1]!.violations.map((v) => v.rule)).toContain('cannot')
    expect(s.answer).toEqual(['C'])
  })

  it('still abstains when the option left rests on something outside the catalog', () => {
    const s = solve(stem, [
      'Sell the Convertible Reserved Instances in the Reserved Instance Marketplace.',
      'Cancel the Convertible Reserved Instances and ask for a refund of the remaining term.',
      'Open an AWS Support case and ask AWS Support to move the reservations to the newer family.',
    ])
    expect(s.abstained).toBe(true)
  })
})

describe('solve says when it answers by what AWS cannot do', async () => {
  const {solve} = await solveHelpers()

  it('marks the answer, so --json and the text output can say why', () => {
    const s = solve('A studio holds 3-year Convertible Reserved Instances for c5 instances, and its render farm will need fewer of them next year. What can the studio do with the reservations?', [
      'Sell the Convertible Reserved Instances in the Reserved Instance Marketplace.',
      'Cancel the Convertible Reserved Instances and ask for a refund of the remaining term.',
      'Exchange the Convertible Reserved Instances for other Convertible Reserved Instances of equal or greater value.',
    ])
    expect(s.answeredByWhatAwsCannotDo).toBe(true)
    expect(solve('A studio runs a steady web fleet around the clock for three years. Which purchase is the most cost-effective?', ['Standard Reserved Instances for the fleet.', 'Spot Instances that may be reclaimed.']).answeredByWhatAwsCannotDo).toBe(false)
  })
})

describe('solve knows a Reserved Instance term neither renews nor extends', async () => {
  const {solve} = await solveHelpers()

  it('sinks "they renew automatically" and "extend the term", and keeps a queued purchase', () => {
    const s = solve(
      'A retailer’s 3-year Reserved Instances for its order database hosts end in six weeks, and the hosts will keep running. How can the discount continue without a gap?',
      [
        'Nothing. Reserved Instances renew automatically when the term ends.',
        'Modify the Reserved Instances so that their term is extended by another year.',
        'Queue a purchase of new Reserved Instances that starts on the day the current ones expire.',
      ],
    )
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/do not renew/)
    expect(s.options[1]!.violations.map((v) => v.message).join(' ')).toMatch(/no modification or support case extends it/)
    expect(s.options[2]!.violations).toEqual([])
  })

  it('tasks on ECS Anywhere external instances cannot use the FARGATE launch type; the EXTERNAL launch type is the answer', () => {
    const s = solve(
      'A retailer leases servers in its warehouses for three more years and wants to run some containers on them, managed from the same Amazon ECS control plane as its cloud services, without buying hardware. What should it do?',
      [
        'Register the warehouse servers with Amazon ECS Anywhere as external instances and run the tasks with the EXTERNAL launch type.',
        'Register the warehouse servers with Amazon ECS Anywhere as external instances and run the tasks with the FARGATE launch type.',
        'Order AWS Outposts servers for each warehouse and run the tasks on them with the EC2 launch type.',
      ],
    )
    expect(s.options[1]!.violations.map((v) => v.rule)).toContain('cannot')
    expect(s.options[0]!.violations).toEqual([])
    expect(s.answer).toEqual(['A'])
  })
})
