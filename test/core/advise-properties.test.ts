import * as fc from 'fast-check'
import {describe, expect, it} from 'vitest'

import {AdviceSchema} from '../../src/core/advisor/advice.js'
import {advise, adviseSync} from '../../src/core/advisor/advise.js'
import {evaluateRulesSync} from '../../src/core/advisor/evaluate.js'
import {jsonRulesEngineEvaluator} from '../../src/core/advisor/jre-evaluator.js'
import {ProfileSchema} from '../../src/core/knowledge/profile.js'
import {arbitraryProfile} from '../helpers/arbitraries.js'
import {bundledKnowledge} from '../helpers/knowledge.js'

const kb = await bundledKnowledge()

describe('advise over random valid profiles', () => {
  it('generates only valid profiles (the property is about valid input)', () => {
    fc.assert(fc.property(arbitraryProfile, (p) => ProfileSchema.safeParse(p).success))
  })

  it('never throws, is deterministic, and either recommends something or says why nothing fits', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryProfile, async (profile) => {
        const first = await advise(kb, profile)
        const second = await advise(kb, profile)
        expect(second).toEqual(first)
        expect(AdviceSchema.safeParse(first).success).toBe(true)
        if (first.primary === null) {
          expect(first.recommendations).toEqual([])
          expect(first.nothingFits).toMatch(/\w/)
        } else {
          expect(first.nothingFits).toBeNull()
          expect(first.recommendations[0]?.service).toBe(first.primary)
        }
        // Every candidate is accounted for exactly once.
        const seen = [...first.recommendations, ...first.rejected, ...first.unscored].map((c) => c.service).sort()
        expect(seen).toEqual(kb.catalog.map((e) => e.id).sort())
      }),
      {numRuns: 200},
    )
  })

  it('answers where it runs and how to pay separately; "alongside" combines, "use instead" is never ruled out', () => {
    const byId = new Map(kb.catalog.map((e) => [e.id, e]))
    const combine = (a: string, b: string) =>
      byId.get(a)?.complements?.includes(b) === true || byId.get(b)?.complements?.includes(a) === true
    fc.assert(
      fc.property(arbitraryProfile, (profile) => {
        const advice = adviseSync(kb, profile)
        const ruledOut = new Set(advice.rejected.map((r) => r.service))
        for (const r of advice.rejected)
          for (const reason of r.reasons)
            for (const id of reason.instead) expect(ruledOut.has(id), `${r.service} → ${id}`).toBe(false)
        for (const track of ['compute', 'purchasing'] as const) {
          const recs = advice.recommendations.filter((r) => r.track === track)
          for (const r of recs)
            expect(r.track).toBe(byId.get(r.service)!.category === 'pricing' ? 'purchasing' : 'compute')
          const primaries = recs.filter((r) => r.role === 'primary')
          expect(primaries.map((r) => r.service)).toEqual(advice[track].primary === null ? [] : [advice[track].primary])
          // The track's primary is its strongest candidate.
          if (primaries[0]) expect(Math.max(...recs.map((r) => r.score))).toBe(primaries[0].score)
          for (const id of advice[track].alongside)
            expect(combine(id, advice[track].primary!), `${id} alongside ${advice[track].primary}`).toBe(true)
          for (const id of advice[track].alternatives) expect(combine(id, advice[track].primary!)).toBe(false)
        }
        if (advice.primary !== null)
          expect([advice.compute.primary, advice.purchasing.primary]).toContain(advice.primary)
      }),
      {numRuns: 300},
    )
  })

  it("the synchronous evaluator gives json-rules-engine's verdict on every rule", async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryProfile, async (profile) => {
        const reference = await jsonRulesEngineEvaluator(kb.rules, profile)
        const fast = evaluateRulesSync(kb.rules, profile)
        expect(fast.map((o) => [o.rule.name, o.fired])).toEqual(reference.map((o) => [o.rule.name, o.fired]))
        expect(adviseSync(kb, profile)).toEqual(await advise(kb, profile, {evaluator: jsonRulesEngineEvaluator}))
      }),
      {numRuns: 300},
    )
  })
})
