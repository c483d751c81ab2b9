import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import YAML from 'yaml'

import type {Profile} from '../../src/core/knowledge/profile.js'

import {adviseSync} from '../../src/core/advisor/advise.js'
import {
  answerSignature,
  LIMITS_DECLINED,
  nextQuestion,
  type PlannedQuestion,
} from '../../src/core/advisor/question-plan.js'
import {extractProfile} from '../../src/core/extract/extract-profile.js'
import {profileConflicts} from '../../src/core/knowledge/profile-conflicts.js'
import {bundledKnowledge} from '../helpers/knowledge.js'

const kb = await bundledKnowledge()
const examplesDir = fileURLToPath(new URL('../../examples/profiles', import.meta.url))

/** Every bundled example scenario as the profile its author meant (text examples read through the lexicon). */
const examples = readdirSync(examplesDir).map((file) => {
  const text = readFileSync(join(examplesDir, file), 'utf8')
  const profile = (
    /\.(ya?ml|json)$/.test(file) ? YAML.parse(text) : extractProfile(text, kb.lexicon).profile
  ) as Profile
  return {file, profile}
})

const matches = (facts: Partial<Profile>, target: Profile) =>
  Object.entries(facts).every(([k, v]) => (target as Record<string, unknown>)[k] === v)

/**
 * Plays the questionnaire as someone who knows `target`: answers what it
 * states, skips what it does not. Returns the questions asked and the profile built.
 */
function play(target: Profile): {asked: PlannedQuestion[]; profile: Profile} {
  const profile: Record<string, unknown> = {}
  const settled = new Set<string>()
  const asked: PlannedQuestion[] = []
  for (let q = nextQuestion(kb, profile, settled); q; q = nextQuestion(kb, profile as Profile, settled)) {
    asked.push(q)
    expect(asked.length, 'the questionnaire never ends').toBeLessThan(40)
    const t = target as Record<string, unknown>
    switch (q.kind) {
      case 'choose': {
        const answer = q.answers.find(
          (a) => matches(a.facts, target) && Object.keys(a.facts).some((k) => t[k] !== undefined),
        )
        Object.assign(profile, answer?.facts ?? {})
        settled.add(q.field)

        break
      }
      case 'number': {
        if (t[q.field] !== undefined) profile[q.field] = t[q.field]
        settled.add(q.field)

        break
      }
      case 'pick-any': {
        for (const f of q.fields) {
          if (t[f] !== undefined) profile[f] = t[f]
          settled.add(f)
        }

        break
      }
      default: {
        const within = q.fields.every(
          (f) => t[f] === undefined || (f in q.upTo ? Number(t[f]) <= q.upTo[f]! : q.within[f] === t[f]),
        )
        if (within) {
          Object.assign(profile, q.within)
          for (const f of q.fields) settled.add(f)
        } else settled.add(LIMITS_DECLINED)
      }
    }
  }
  return {asked, profile: profile as Profile}
}

describe('the questionnaire asks only what can change the answer', () => {
  it.each(examples.map((e) => [e.file, e.profile] as const))(
    '%s: at most 10 questions, and the same answer as the whole scenario',
    (_file, target) => {
      const {asked, profile} = play(target)
      expect(asked.length).toBeLessThanOrEqual(10)
      expect(answerSignature(adviseSync(kb, profile), kb)).toBe(answerSignature(adviseSync(kb, target), kb))
    },
  )

  it('does not ask about Spot, resale or AZ reservations for code on a site’s own devices', () => {
    const {asked} = play({
      clients: 'iot-devices',
      connectivity: 'intermittent',
      workload: 'ml-inference',
      edgeProcessing: true,
    })
    const fields = asked.flatMap((q) => (q.kind === 'choose' || q.kind === 'number' ? [q.field] : q.fields))
    for (const field of [
      'interruptionTolerant',
      'usesSpot',
      'mayResell',
      'capacityReservation',
      'commitmentYears',
    ] as const)
      expect(fields).not.toContain(field)
  })

  it('asks the needs of a CDN function together, as the limits of the candidate in the lead', () => {
    const {asked} = play({workload: 'edge-request-logic', cdnEvent: 'viewer-request'})
    const limits = asked.find((q) => q.kind === 'within-limits')
    expect(limits).toBeDefined()
    expect(limits!.question).toMatch(/The answer so far is CloudFront Functions/)
    expect(limits!.limits.join('\n')).toMatch(/Network calls during a request: no/)
    expect(limits!.limits.join('\n')).toMatch(/Code size: up to \d+ KB/)
  })

  it('asks about interruption once, with the base-and-burst answer among its choices', () => {
    const {asked} = play({workload: 'batch', interruptionTolerant: false, burstInterruptible: true})
    const q = asked.find((x) => x.kind === 'choose' && x.field === 'interruptionTolerant')
    expect(q?.kind === 'choose' && q.answers.map((a) => a.facts)).toContainEqual({
      interruptionTolerant: false,
      burstInterruptible: true,
    })
    expect(asked.some((x) => x.kind === 'choose' && x.field === 'burstInterruptible')).toBe(false)
  })
})

describe('contradictions between answers', () => {
  it('flags facts that cannot both hold, and not a base-and-burst split', () => {
    expect(profileConflicts({usesSpot: true, interruptionTolerant: false}).map((c) => c.fields)).toEqual([
      ['usesSpot', 'interruptionTolerant'],
    ])
    expect(profileConflicts({residency: 'on-premises', ownFacility: false})).toHaveLength(1)
    expect(profileConflicts({dataVolume: 'low', dataGbPerDay: 400})[0]?.message).toMatch(/400 GB a day/)
    expect(profileConflicts({interruptionTolerant: false, burstInterruptible: true})).toEqual([])
    expect(profileConflicts({usesSpot: true, interruptionTolerant: false, burstInterruptible: true})).toEqual([])
  })
})
