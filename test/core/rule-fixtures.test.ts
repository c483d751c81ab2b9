import {describe, expect, it} from 'vitest'

import {advise, loadJsonRulesEngineEvaluator} from '../../src/core/advisor/advise.js'
import {extractProfile} from '../../src/core/extract/extract-profile.js'
import {judgeFixture} from '../../src/core/ruletest/run-fixtures.js'
import {loadFixtures} from '../../src/io/load-fixtures.js'
import {bundledRulesDir} from '../../src/io/package-root.js'
import {bundledKnowledge} from '../helpers/knowledge.js'

const {fixtures, problems} = await loadFixtures(bundledRulesDir())

describe('bundled rule fixtures (rules/tests)', () => {
  it('all load', () => {
    expect(problems).toEqual([])
    expect(fixtures.length).toBeGreaterThanOrEqual(25)
  })

  it('cover every catalog id, as a positive (primary or recommended) and as a negative (rejected) where it has hard constraints', async () => {
    const kb = await bundledKnowledge()
    const positive = new Set(
      fixtures.flatMap(({fixture}) => [fixture.expect.primary, ...(fixture.expect.recommended ?? [])]),
    )
    // A rejected variant ("vpc-endpoints/gateway-endpoints") exercises its service's hard constraints too.
    const negative = new Set(
      fixtures.flatMap(({fixture}) => (fixture.expect.rejected ?? []).map((id) => id.split('/')[0])),
    )
    const constrained = new Set(kb.rules.filter((r) => r.event.type === 'reject').map((r) => r.event.params.service))
    for (const entry of kb.catalog) {
      expect(positive.has(entry.id), `${entry.id} has no positive fixture`).toBe(true)
      if (constrained.has(entry.id)) expect(negative.has(entry.id), `${entry.id} has no negative fixture`).toBe(true)
    }
  })

  for (const {file, fixture} of fixtures) {
    it(`${fixture.name}`, async () => {
      const kb = await bundledKnowledge()
      const profile = fixture.profile ?? extractProfile(fixture.text ?? '', kb.lexicon).profile
      const result = judgeFixture(
        fixture,
        file,
        await advise(kb, profile, {evaluator: await loadJsonRulesEngineEvaluator(), explain: true}),
      )
      expect(result.failures).toEqual([])
    })
  }
})
