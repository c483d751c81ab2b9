import {adviseSync} from '../advisor/advise.js'
import type {Advice} from '../advisor/advice.js'
import {extractProfile, type Evidence} from '../extract/extract-profile.js'
import {findServices, type ServiceMention} from '../extract/find-services.js'
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

/** A violated hard constraint outweighs any amount of positive evidence. */
const VIOLATION_PENALTY = 100

function scoreOption(text: string, advice: Advice, mentions: ServiceMention[]): Omit<OptionVerdict, 'letter' | 'chosen'> {
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
    if (rec) {
      score += rec.score
      reasons.push(...rec.reasons.map((r) => r.message))
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
  const advice = adviseSync(kb, profile)
  const choose = Math.max(1, Math.min(input.choose ?? 1, input.options.length))
  const scored = input.options.map((text, i) => ({letter: letterOf(i), ...scoreOption(text, advice, findServices(text, kb.catalog))}))
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
