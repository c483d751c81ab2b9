import {adviseSync} from '../advisor/advise.js'
import type {Advice} from '../advisor/advice.js'
import {extractProfile, type Evidence} from '../extract/extract-profile.js'
import {findServices, mentionedVariants, type ServiceMention} from '../extract/find-services.js'
import {splitSegments} from '../extract/segments.js'
import type {KnowledgeBase} from '../knowledge/knowledge-base.js'
import type {Profile} from '../knowledge/profile.js'
import {letterOf} from './question.js'

export interface OptionVerdict {
  letter: string
  text: string
  services: {service: string; variant?: string; alias: string}[]
  score: number
  /** Hard constraints the option's services break, each as one sentence with its rule. */
  violations: {service: string; rule: string; message: string}[]
  /** Why the option scores what it scores. */
  reasons: string[]
  chosen: boolean
}

export interface Solution {
  answer: string[]
  choose: number
  profile: Profile
  evidence: Evidence[]
  options: OptionVerdict[]
  /** Set when the top choices tie with the next option, or no option names a known service. */
  uncertain: string | null
}

/** Facts that describe the whole situation rather than one of the parts a stem lists. */
const SHARED_FIELDS = ['optimizeFor', 'clients', 'connectivity', 'residency', 'operations', 'workload'] as const

/**
 * A multiple-response stem often describes several parts ("The first is a
 * marketing website… The second is a UDP voice service…"), each answered by a
 * different option. Each sentence that states facts gives a reading of its
 * own: its facts over the stem's shared ones.
 */
function partReadings(stem: string, whole: Profile, kb: KnowledgeBase): Advice[] {
  const shared: Record<string, unknown> = {}
  for (const field of SHARED_FIELDS) if (whole[field] !== undefined) shared[field] = whole[field]
  return splitSegments(stem)
    .map((segment) => extractProfile(stem.slice(segment.start, segment.end), kb.lexicon).profile)
    .filter((part) => Object.keys(part).length > 0)
    .map((part) => adviseSync(kb, {...shared, ...part} as Profile))
}

const COVERAGE_QUESTION = /\b(?:discounts?|cover(?:s|ed)?|appl(?:y|ies) to|count(?:s)? toward|eligible for)\b/i

/**
 * "Which usage can a Compute Savings Plan discount?" asks what a service
 * covers, not which service fits a workload. When the stem names exactly one
 * catalog variant that declares what it covers, the catalog answers directly.
 */
function coverageOf(stem: string, kb: KnowledgeBase): {name: string; covers: Set<string>} | undefined {
  if (!COVERAGE_QUESTION.test(stem)) return undefined
  const named = new Map<string, {name: string; covers: Set<string>}>()
  for (const m of findServices(stem, kb.catalog)) {
    const variant = kb.catalog.find((e) => e.id === m.service)?.variants?.find((v) => v.id === m.variant)
    if (variant?.covers) named.set(variant.id, {name: variant.name, covers: new Set(variant.covers)})
  }
  return named.size === 1 ? [...named.values()][0] : undefined
}

/** A violated hard constraint outweighs any amount of positive evidence. */
const VIOLATION_PENALTY = 100

function scoreOption(text: string, advice: Advice, mentions: ServiceMention[], kb: KnowledgeBase): Omit<OptionVerdict, 'letter' | 'chosen'> {
  const distinct = [...new Map(mentions.map((m) => [`${m.service}/${m.variant ?? ''}`, m])).values()]
  const violations: OptionVerdict['violations'] = []
  const reasons: string[] = []
  let score = 0
  for (const m of new Map(distinct.map((d) => [d.service, d])).values()) {
    const rejected = advice.rejected.find((r) => r.service === m.service)
    if (rejected) {
      for (const reason of rejected.reasons) violations.push({service: m.service, rule: reason.rule, message: reason.message})
      score -= VIOLATION_PENALTY * rejected.reasons.length
      continue
    }
    const rec = advice.recommendations.find((r) => r.service === m.service)
    if (!rec) continue
    score += rec.score
    reasons.push(...rec.reasons.map((r) => r.message))
    // Variant evidence: "Zonal Standard Reserved Instances" is judged as zonal and as standard.
    const picked = new Set([...(m.variant ? [m.variant] : []), ...mentionedVariants(text, m.service, kb.catalog)])
    for (const verdict of rec.variants ?? []) {
      if (!picked.has(verdict.variant)) continue
      score += verdict.score - rec.score
      reasons.push(...verdict.reasons.map((r) => r.message))
      for (const reason of verdict.rejected) violations.push({service: m.service, rule: reason.rule, message: reason.message})
      score -= VIOLATION_PENALTY * verdict.rejected.length
    }
  }
  if (distinct.length === 0) reasons.push('names no service edgewise knows, so the rules cannot judge it')
  else if (violations.length === 0 && reasons.length === 0) reasons.push(`nothing in the question calls for ${distinct.map((d) => d.alias).join(' or ')}`)
  return {text, services: distinct.map((d) => ({service: d.service, ...(d.variant ? {variant: d.variant} : {}), alias: d.alias})), score, violations, reasons}
}

/**
 * Answers a question from the rules alone: reads the stem into a profile with
 * the lexicon, maps each option to the services it names, scores each option
 * with the engine (a broken hard constraint sinks it), and picks the best
 * `choose` options. Pure and deterministic.
 */
export function solveQuestion(kb: KnowledgeBase, input: {stem: string; options: readonly string[]; choose?: number | undefined}): Solution {
  const {profile, evidence} = extractProfile(input.stem, kb.lexicon)
  const choose = Math.max(1, Math.min(input.choose ?? 1, input.options.length))
  const readings = [adviseSync(kb, profile), ...(choose > 1 ? partReadings(input.stem, profile, kb) : [])]
  const coverage = coverageOf(input.stem, kb)
  const scored = input.options.map((text, i) => {
    const mentions = findServices(text, kb.catalog)
    if (coverage) {
      const covered = mentions.filter((m) => coverage.covers.has(m.service))
      return {
        letter: letterOf(i),
        text,
        services: mentions.map((m) => ({service: m.service, ...(m.variant ? {variant: m.variant} : {}), alias: m.alias})),
        score: covered.length > 0 ? VIOLATION_PENALTY : -VIOLATION_PENALTY,
        violations: [],
        reasons: [covered.length > 0 ? `${coverage.name} covers ${covered[0]!.alias}` : `${coverage.name} does not cover ${mentions.map((m) => m.alias).join(' or ') || 'this'}`],
      }
    }
    // Each option is judged under the reading of the stem that suits it best.
    const best = readings.map((advice) => scoreOption(text, advice, mentions, kb)).sort((a, b) => b.score - a.score)[0]!
    return {letter: letterOf(i), ...best}
  })
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.letter.localeCompare(b.letter))
  const chosen = new Set(ranked.slice(0, choose).map((o) => o.letter))
  const lastIn = ranked[choose - 1]
  const firstOut = ranked[choose]
  let uncertain: string | null = null
  if (scored.every((o) => o.services.length === 0)) uncertain = 'no option names a service edgewise knows'
  else if (lastIn && firstOut && lastIn.score === firstOut.score) uncertain = `option ${lastIn.letter} and option ${firstOut.letter} score the same (${lastIn.score}); the stem does not separate them`
  return {
    answer: [...chosen].sort(),
    choose,
    profile,
    evidence,
    options: scored.map((o) => ({...o, chosen: chosen.has(o.letter)})),
    uncertain,
  }
}
