import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Options that act on the reservations the stem says the company holds
 * ("Sell them in the Reserved Instance Marketplace", "cancel the
 * reservations"), found on set 183 (measured unseen first): the catalog's
 * "cannot" for the stem's variant now applies to them; and modifying a
 * reservation from one instance family's type to another's is a family
 * change, though the option never says "family". Our own sentences; each test
 * failed before its change.
 */
describe('solve judges what an option does to the reservations the stem holds', async () => {
  const {solve, read} = await solveHelpers()

  it('"sell them" acts on the Convertible Reserved Instances the stem holds, which cannot be sold', () => {
    const s = solve(
      'A company holds 12 regional 3-year Convertible Reserved Instances for m5.xlarge Linux in eu-west-1, with 19 months left. Next month the whole fleet moves to m7g instances in eu-west-1. How should the company keep its commitment discount?',
      [
        'Sell them in the Reserved Instance Marketplace and buy m7g Standard Reserved Instances.',
        'Exchange them for m7g Convertible Reserved Instances of equal or greater total value.',
      ],
    )
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/Convertible Reserved Instances cannot be sold/)
    expect(s.answer).not.toEqual(['A'])
  })

  it('modifying m5 reservations to an m7g type changes the family, which modification cannot do', () => {
    const s = solve(
      'A company bought 3-year Standard Reserved Instances for 20 m5.large Linux instances a year ago. The application now runs on m7g instances, and the m5 instances are gone. The company wants to recover as much value as possible from the reservations. What should a solutions architect recommend?',
      [
        'List the m5 Standard Reserved Instances on the Reserved Instance Marketplace.',
        'Modify the m5 Standard Reserved Instances so that their instance type changes to m7g.large.',
        'Ask AWS Support to cancel the reservations and refund the rest of the term.',
      ],
    )
    expect(s.options[1]!.violations.map((v) => v.message).join(' ')).toMatch(/not its instance family/)
    expect(s.options[2]!.violations.map((v) => v.message).join(' ')).toMatch(/cannot be cancelled/)
    expect(s.answer).toEqual(['A'])
  })

  // Unseen set 259 offered "modify the Standard RIs so that they apply in a different Region" to recover money.
  it('a modification cannot move a Reserved Instance to another Region', () => {
    const s = solve(
      'A studio is shutting down a workload in eu-west-1 that still has 20 months left on regional Standard Reserved Instances, and nothing else in eu-west-1 can use them. Finance wants back as much of the value as it can. What should the company do?',
      [
        'Modify the Standard Reserved Instances so that they apply to instances in another Region.',
        'List the Standard Reserved Instances for sale in the Reserved Instance Marketplace.',
        'Ask AWS Support to cancel the Reserved Instances.',
        'Keep the Reserved Instances and wait for the term to end.',
      ],
    )
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/cannot apply to instances in a different Region/)
    expect(s.options[1]!.violations).toEqual([])
  })

  // Unseen set 265: RIs held "for m5.xlarge" and an option to "modify the Reserved Instances so that they apply to m7g".
  it('modifying held reservations to a type of another family changes the family, though only the new type is named', () => {
    const s = solve(
      'A company holds 3-year Standard Reserved Instances for c5.2xlarge Linux instances in one Region, with 18 months left. It has moved the workload to c7g instances and runs no c5 instances any more. It wants to recover as much value as possible from the unused reservations. What should it do?',
      [
        'Modify the Reserved Instances so that they apply to c7g.2xlarge instances.',
        'List the Standard Reserved Instances in the Reserved Instance Marketplace.',
        'Ask AWS to cancel the Reserved Instances.',
        'Modify the Reserved Instances to apply to c5.xlarge instances in another Availability Zone.',
      ],
    )
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/not its instance family/)
    expect(s.options[3]!.violations.map((v) => v.message).join(' ')).not.toMatch(/not its instance family/)
    expect(read('They hold 3-year Standard Reserved Instances for c5.2xlarge instances and want to recover as much value as possible from the unused reservations.').mayResell).toBe(true)
  })
})
