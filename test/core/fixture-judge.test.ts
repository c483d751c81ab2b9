import {describe, expect, it} from 'vitest'

import type {RuleFixture} from '../../src/core/knowledge/fixture.js'

import {advise} from '../../src/core/advisor/advise.js'
import {judgeFixture} from '../../src/core/ruletest/run-fixtures.js'
import {bundledKnowledge} from '../helpers/knowledge.js'

const kb = await bundledKnowledge()
const judge = async (expectation: RuleFixture['expect'], profile: RuleFixture['profile'], explain = true) =>
  judgeFixture({name: 'case', profile, expect: expectation}, 'case.yaml', await advise(kb, profile ?? {}, {explain}))

describe('judging a fixture', () => {
  const intermittentOutpost = {residency: 'on-premises', connectivity: 'intermittent'} as const

  it('passes a caution that fires and fails one that does not', async () => {
    expect((await judge({cautioned: ['outposts']}, intermittentOutpost)).failures).toEqual([])
    expect((await judge({cautioned: ['wavelength']}, intermittentOutpost)).failures).toEqual([
      'expected a caution about wavelength, but no caution rule fired for it',
    ])
    expect((await judge({notCautioned: ['outposts']}, intermittentOutpost)).failures).toEqual([
      'expected no caution about outposts, but: outposts.intermittent-link',
    ])
  })

  it('says so when cautions are expected of advice without a rule trace', async () => {
    expect((await judge({cautioned: ['outposts']}, intermittentOutpost, false)).failures[0]).toMatch(/no rule trace/)
  })

  it('judges variants: rejected, not rejected and recommended', async () => {
    const capacity = {commitmentYears: 3, loadPattern: 'steady', capacityReservation: true} as const
    expect(
      (
        await judge(
          {
            rejected: ['reserved-instances/regional-reserved-instances'],
            recommended: ['reserved-instances/zonal-reserved-instances'],
          },
          capacity,
        )
      ).failures,
    ).toEqual([])
    expect((await judge({rejected: ['reserved-instances/zonal-reserved-instances']}, capacity)).failures).toEqual([
      'expected reserved-instances/zonal-reserved-instances to be rejected, but it was not',
    ])
    expect((await judge({notRejected: ['reserved-instances/regional-reserved-instances']}, capacity)).failures).toEqual(
      [
        'expected reserved-instances/regional-reserved-instances not to be rejected, but: reserved-instances.regional-no-capacity',
      ],
    )
  })
})
