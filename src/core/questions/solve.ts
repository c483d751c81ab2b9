import type {Reason, VariantVerdict} from '../advisor/advice.js'
import type {KnowledgeBase} from '../knowledge/knowledge-base.js'
import type {Profile} from '../knowledge/profile.js'

import {fieldsReadFor} from '../check/findings.js'
import {wholePhrases} from '../extract/escape-regexp.js'
import {type Evidence, type Extraction, extractProfile} from '../extract/extract-profile.js'
import {findServices, type ServiceMention} from '../extract/find-services.js'
import {splitSegments} from '../extract/segments.js'
import {ruleNamed} from '../knowledge/knowledge-base.js'
import {FIELD_SPECS, type FieldSpec} from '../knowledge/profile-fields.js'
import {bufferNeedAbstains} from './buffer-need.js'
import {strategyConflicts, type WantedStrategy, wantedStrategyOf} from './capacity-provider-strategy.js'
import {averageSizedCautions, commitmentSizeVerdict, type FleetSizes, fleetSizesOf, peakSizedCautions} from './commitment-size.js'
import {withContestedReadings} from './contested-readings.js'
import {heldFamilyOf, impossibleSteps} from './impossible-steps.js'
import {keptAsIsCautions} from './kept-as-is.js'
import {manualWorkCautions} from './manual-work.js'
import {oneInvocationConflicts} from './one-invocation.js'
import {
  type CapacitySplit,
  capacitySplitOf,
  eventMismatch,
  responseTooLate,
  splitFits,
  termCautions,
  termConflicts,
} from './option-terms.js'
import {joinedSteps, labeledSteps, labelsOfPartsSpelledBy, partNamedByService, partNamedByStepLabel, partNamedByTarget, type PartNames, partSpelledByStepLabel, speaksOfEveryPart, targetIsAService} from './part-names.js'
import {letterOf} from './question.js'
import {type OptionReading, readOption, withStemService} from './read-option.js'
import {spreadLimitConflicts} from './spread-limit.js'
import {eventsOfSeparateParts, introducesAnotherPart, labelledPartReadings, PART_COUNT, partReadings, type Reading, readingOf, readingsFor, workloadReadings} from './stem-readings.js'
import {networkTransfer, transferCautions, transferConflicts, type TransferVerdict} from './transfer-time.js'
import {notCoveredBy, payNameOf, serviceNameOf, uncoveredPartUsage, uncoveredUsage} from './uncovered-usage.js'
import {wholeStackAtEdgeCautions} from './whole-stack-at-edge.js'
import {oneZoneConflicts, zoneCapacity, type ZoneCapacityVerdict} from './zone-capacity.js'

export interface OptionVerdict {
  letter: string
  text: string
  services: {service: string; variant?: string; alias: string}[]
  /** Products the option names that edgewise's catalog does not hold. */
  outside: string[]
  score: number
  /** The part of the score the option adds itself: not for services the stem already has in its setup. */
  support: number
  /** Hard constraints the option's services break, each as one sentence with its rule. */
  violations: {service: string; rule: string; message: string}[]
  /** Why the option scores what it scores. */
  reasons: string[]
  chosen: boolean
}

export interface Solution {
  /** The letters edgewise is sure of; empty when it abstains. */
  answer: string[]
  choose: number
  profile: Profile
  evidence: Evidence[]
  options: OptionVerdict[]
  /** True when edgewise cannot tell which options are right: it gives no letter. */
  abstained: boolean
  /** When abstaining, the options still standing (not ruled out); when answering, the answer. */
  standing: string[]
  /** When abstaining, what would separate the options still standing. */
  separating: null | string
  /** Why edgewise abstains, in one sentence; null when it answers. */
  uncertain: null | string
  /**
   * True when the question asks which option does NOT fit ("Which option does NOT meet…", "…EXCEPT"): an answer is
   * then the option that breaks a requirement the stem states, every other option breaking none.
   */
  asksWhatDoesNotFit: boolean
  /**
   * True when the answer is what is left after every other option does what the catalog says AWS cannot do ("cancel
   * a Reserved Instance for a refund"), though nothing the stem states calls for it.
   */
  answeredByWhatAwsCannotDo: boolean
}

/** A violated hard constraint outweighs any amount of positive evidence. */
const VIOLATION_PENALTY = 100

/**
 * A caution rule says the service would work but the stated facts make it a
 * poor choice (it costs more, or does more than needed): in an exam's
 * near-miss options that is evidence against it, weaker than any fit a
 * single stated fact earns on its own.
 */
const CAUTION_PENALTY = 2
/**
 * A commitment sized to the capacity that always runs, or an On-Demand base of the count the stem
 * protects, counts as much as a fit of middling weight.
 */
const SIZED_COMMITMENT_WEIGHT = 3
/** Starts a reason that counts against the option (a caution), so a reader can show it apart from the evidence for it. */
export const CAUTION_MARK = 'but: '

/** How far ahead of every other option still standing an answer must score to be given. */
export const ANSWER_MARGIN = 2
/**
 * The score at which the stated facts call for an option strongly enough to
 * answer although another option names only things outside the catalog. Set
 * on our own bank and the public development bank together (ANSWER_MARGIN 2,
 * this 4: 155 of 188 own items answered, 151 right; on the public bank's
 * items where two options name catalog services, 5 answered, 4 right).
 */
export const STRONG_EVIDENCE = 4

/** "Which option is NOT…", "…EXCEPT", "AVOID". */
const CAPITAL_NEGATION = String.raw`\b(?:NOT|EXCEPT|AVOID)\b`
/** "Which approach should the architect avoid?" */
const SHOULD_AVOID = String.raw`\b(?:Which|What)\b[^.?!]{0,80}?\b(?:should|must)\b[^.?!]{0,40}?\bavoid\b`
/** The question sentence itself denies one of `verbs`: "Which option does not meet…", "Which of these would not reduce…". */
const deniesOneOf = (verbs: string) => String.raw`\b(?:Which|What)\b[^.?!]{0,80}?\b(?:does|do|will|would|should|could|can|is|are)(?:\s+not|n't)\s+(?:${verbs})\b`
/** "The LEAST cost-effective", "the MOST expensive", "which statement is false": a rank or a truth value, not a fit. */
const RANK_OR_TRUTH = [
  String.raw`\b(?:least|LEAST|Least) (?:likely|correct|cost-effective|cost effective|economical|LIKELY|CORRECT|COST-EFFECTIVE|ECONOMICAL)\b`,
  String.raw`\b(?:is|are) (?:false|incorrect|inaccurate|untrue)\b`,
  String.raw`\b(?:most|MOST) (?:expensive|costly|EXPENSIVE|COSTLY)\b`,
]
const LEAST_SUITABLE = String.raw`\b(?:least|LEAST|Least) (?:appropriate|suitable|APPROPRIATE|SUITABLE)\b`

// "Which option is NOT…", "…EXCEPT", "which statement is false", "which would not meet…", "the LEAST cost-effective",
// "which should the architect avoid": edgewise judges what fits; it answers only the ones below.
const NEGATIVE_QUESTION = new RegExp(
  [
    CAPITAL_NEGATION,
    LEAST_SUITABLE,
    ...RANK_OR_TRUTH,
    deniesOneOf(
      String.raw`meet|satisfy|fulfil|fulfill|work|help|reduce|lower|fit|address|achieve|provide|support|apply|true|correct|valid|appropriate|recommended|suitable|cost-effective|a\s+(?:valid|good|suitable|benefit)`,
    ),
    SHOULD_AVOID,
  ].join('|'),
)

/**
 * The negative questions whose answer is an option that breaks what the stem asks for: "Which option does NOT meet
 * the requirements?", "…EXCEPT", "Which should the architect avoid?". Not a rank or a truth value (RANK_OR_TRUTH:
 * every option may work at a price; claims are not choices), and not "would not reduce…" (a measure, not a fit).
 */
const BREAKS_REQUIREMENT_QUESTION = new RegExp(
  [
    CAPITAL_NEGATION,
    LEAST_SUITABLE,
    deniesOneOf(String.raw`meet|satisfy|fulfil|fulfill|work|fit|address|achieve|support|appropriate|suitable|a\s+(?:valid|good|suitable)`),
    SHOULD_AVOID,
  ].join('|'),
)
const RANK_OR_TRUTH_QUESTION = new RegExp(RANK_OR_TRUTH.join('|'))

/**
 * Which option does not fit, answered only when it is plain: exactly as many options as asked for break a requirement
 * the stem states, and every other option names only catalog services, breaks nothing and carries no drawback, so
 * nothing unjudged could be the one that does not fit instead.
 */
function notFitting(scored: readonly OptionVerdict[], choose: number, unjudgedSteps: ReadonlyMap<string, readonly string[]>): Decision {
  const breaking = scored.filter((o) => o.violations.length > 0)
  const rest = scored.filter((o) => o.violations.length === 0)
  const clean = (o: OptionVerdict) => judgedClean(o, unjudgedSteps)
  if (breaking.length === choose && rest.every(clean)) return {answer: breaking.map((o) => o.letter)}
  const why =
    breaking.length === choose
      ? `option ${rest.filter((o) => !clean(o)).map((o) => o.letter).join(', ')} may not fit either: edgewise cannot fully judge it, or it has a drawback the question states`
      : breaking.length === 0
        ? 'no option breaks a requirement the question states'
        : `${breaking.length} option${breaking.length === 1 ? '' : 's'} break${breaking.length === 1 ? 's' : ''} a requirement the question states, but it asks for ${choose}`
  // When the count is right, what stands is what breaks and what edgewise cannot clear; otherwise every option.
  const standing = breaking.length === choose ? scored.filter((o) => o.violations.length > 0 || !clean(o)) : [...scored]
  return {abstain: `the question asks which option does not fit, and ${why}`, standing}
}

// "Which statement is correct?", "What happens to the plan's discount?": the options are claims to be true or false,
// not choices to fit to a workload; a claim that names a fitting service is not thereby true.
const STATEMENT_QUESTION =
  /\b(?:Which|What)\s+(?:of\s+the\s+following\s+|of\s+these\s+)?(?:statements?|descriptions?|explanations?)\b|\bWhat\s+(?:will\s+happen|happens|does\s+AWS\s+do)\b|\bhow\s+(?:the\s+)?(?:existing\s+)?(?:commitment|plan|reservation|discount)s?\s+will\s+(?:be\s+)?appl/i

/**
 * The sentence that asks: the last one with a question mark ("Which option does NOT…? (Choose two.)"), else the last
 * one that opens with Which or What, else the whole stem. A capitalised NOT in a requirement ("the database must NOT be
 * interrupted") is part of the scenario, not a question about what does not fit.
 */
function askingSentence(stem: string): string {
  const sentences = sentencesOf(stem)
  return lastQuestion(sentences) ?? sentences.filter((s) => /^\W*(?:Which|What)\b/.test(s)).at(-1) ?? stem
}

/** The stem's sentences, as the extractor splits them, trimmed. */
const sentencesOf = (stem: string) => splitSegments(stem).map(({start, end}) => stem.slice(start, end).trim())
/** The last sentence with a question mark. */
const lastQuestion = (sentences: readonly string[]) => sentences.filter((s) => s.includes('?')).at(-1)

const COVERAGE_QUESTION = /\b(?:discounts?|cover(?:s|ed)?|appl(?:y|ies) to|count(?:s)? toward|eligible for)\b/i

/**
 * "Which usage can a Compute Savings Plan discount?" asks what a service
 * covers, not which service fits a workload. When the stem names exactly one
 * catalog variant that declares what it covers, the catalog answers directly.
 */
function coverageOf(stem: string, kb: KnowledgeBase): undefined | {name: string; covers: Set<string>} {
  // The question itself must ask it: "The group already covers its EC2 fleet with a Compute Savings Plan" is setting.
  // "How are the discounts applied to the 14 instances each hour?" asks an order of billing, not what a plan covers.
  const asked = questionSentence(stem)
  if (!COVERAGE_QUESTION.test(asked) || /^\s*How\b/i.test(asked)) return undefined
  const named = new Map<string, {name: string; covers: Set<string>}>()
  for (const m of findServices(stem, kb.catalog)) {
    const variant = kb.catalog.find((e) => e.id === m.service)?.variants?.find((v) => v.id === m.variant)
    if (variant?.covers) named.set(variant.id, {name: variant.name, covers: new Set(variant.covers)})
  }
  return named.size === 1 ? [...named.values()][0] : undefined
}

/** The sentence that asks: the last one with a question mark, else the last sentence. */
function questionSentence(stem: string): string {
  const sentences = sentencesOf(stem)
  return lastQuestion(sentences) ?? sentences.at(-1) ?? stem
}

/** A caution's own word that, for the stated facts, another service is the better choice than the one it cautions. */
interface BetterServed {
  service: string
  instead: readonly string[]
}

type Scored = Pick<OptionVerdict, 'reasons' | 'score' | 'support' | 'violations'> & {betterServed: BetterServed[]}

/**
 * Whether an option answers a rejection with what else it names: a sibling
 * variant it keeps on (`unlessAlso`: target tracking beside scheduled
 * actions), another service (`unlessWith`: the Auto Scaling group its
 * containers run on, for an EC2 Instance Savings Plan) or its own words
 * (`unlessSaid`: a multi-architecture image for x86-only software on Graviton).
 */
function rejectionAnswered(
  kb: KnowledgeBase,
  ruleName: string,
  variants: readonly string[],
  off: ReadonlySet<string>,
  services: ReadonlySet<string>,
  words: string,
): boolean {
  const rule = ruleNamed(kb, ruleName)
  if (rule?.event.type !== 'reject') return false
  const {unlessAlso, unlessWith, unlessSaid} = rule.event.params
  return (
    (unlessAlso?.some((variant) => variants.includes(variant) && !off.has(variant)) ?? false) ||
    (unlessWith?.some((id) => services.has(id)) ?? false) ||
    (unlessSaid !== undefined && wholePhrases(unlessSaid).test(words))
  )
}

/** Whether an option's words meet a fit's `whenSaid` (always, for a fit without one). */
function fitSaid(kb: KnowledgeBase, ruleName: string, words: string): boolean {
  const rule = ruleNamed(kb, ruleName)
  if (rule?.event.type !== 'fit' || rule.event.params.whenSaid === undefined) return true
  return wholePhrases(rule.event.params.whenSaid).test(words)
}

/** The reasons whose `whenSaid` an option's words meet, and the weight of those they do not. */
function saidFits(kb: KnowledgeBase, reasons: readonly Reason[], words: string): {said: Reason[]; unsaidWeight: number} {
  const said: Reason[] = []
  let unsaidWeight = 0
  for (const reason of reasons) {
    if (fitSaid(kb, reason.rule, words)) said.push(reason)
    else unsaidWeight += reason.weight ?? 0
  }
  return {said, unsaidWeight}
}

/**
 * The rejections standing against the variants an option names and keeps on,
 * from a recommended service's variant verdicts or, when nothing in the stem
 * speaks for the service, its unscored entry (Fargate Spot for an ARM64 task).
 */
function variantRejections(
  verdicts: readonly VariantVerdict[],
  named: OptionReading['services'][number],
  off: ReadonlySet<string>,
  answered: (rule: string) => boolean,
): OptionVerdict['violations'] {
  return verdicts
    .filter((v) => named.variants.includes(v.variant) && !off.has(v.variant))
    .flatMap((v) => v.rejected.filter((reason) => !answered(reason.rule)).map((reason) => ({service: named.service, rule: reason.rule, message: reason.message})))
}

/**
 * An option scored against the stem's one reading: a service the stated facts
 * rule out sinks it; otherwise each kind of service it names (placement,
 * compute, pricing, network…) adds its best score, so naming two services of
 * one kind earns nothing extra, and a named variant is judged as itself.
 */
function scoreOption(reading: OptionReading, stem: Reading, kb: KnowledgeBase, given: Given): Scored {
  const {advice} = stem
  const violations: OptionVerdict['violations'] = []
  const reasons: string[] = []
  const betterServed: BetterServed[] = []
  const bestByKind = new Map<string, number>()
  const supportByKind = new Map<string, number>()
  // Each service the option names, and each variant it keeps on as "service/variant": what a rule's `unlessWith` names.
  const names = new Set(reading.services.flatMap((s) => [s.service, ...s.variants.filter((v) => !(s.turnedOff ?? []).includes(v)).map((v) => `${s.service}/${v}`)]))
  for (const named of reading.services) {
    const off = new Set(named.turnedOff ?? [])
    const answered = (ruleName: string) => rejectionAnswered(kb, ruleName, named.variants, off, names, reading.text)
    // A service the option sells is given up, not used for the workload: what rules it out for the workload stands
    // against buying it, not against selling it.
    const rejection = advice.rejected.find((r) => r.service === named.service)
    const rejected = named.sold ? undefined : rejection
    if (rejected) {
      const standing = rejected.reasons.filter((reason) => !answered(reason.rule))
      for (const reason of standing) violations.push({service: named.service, rule: reason.rule, message: reason.message})
      if (standing.length > 0) continue
    }
    // What rules out buying a commitment leaves what its variants say for selling the one held.
    const rec = advice.recommendations.find((r) => r.service === named.service) ?? (rejection?.variants && named.sold ? {score: 0, reasons: [], variants: rejection.variants} : undefined)
    const against = cautionsOn(named, off, stem, names, reading.text, given)
    // Nothing speaks for the service, but a rule may still rule out the variant the option names (below), and what the
    // stem says against it still counts ("Buy Reserved Instances for the t3 fleet" at sustained high CPU).
    const verdicts = rec?.variants ?? advice.unscored.find((u) => u.service === named.service)?.variants ?? []
    if (!named.sold) violations.push(...variantRejections(verdicts, named, off, answered))
    if (!rec && against.delta === 0) continue
    // A fit that is a thing done to what the stem holds ("sell the idle RIs") counts only for an option that does it.
    const serviceFits = saidFits(kb, rec?.reasons ?? [], reading.text)
    const serviceScore = rec?.score ?? 0
    const base = serviceScore - serviceFits.unsaidWeight
    let score = base
    const why = serviceFits.said.map((r) => r.message)
    for (const verdict of rec?.variants ?? []) {
      if (!named.variants.includes(verdict.variant)) continue
      // Turning a feature off is its absence: what the stem says for it counts against the option.
      if (off.has(verdict.variant)) {
        score -= Math.max(0, verdict.score - serviceScore)
        continue
      }
      const variantFits = saidFits(kb, verdict.reasons, reading.text)
      score += verdict.score - serviceScore - variantFits.unsaidWeight
      why.push(...variantFits.said.map((r) => r.message))
    }
    score += against.delta
    why.push(...against.why)
    betterServed.push(...against.betterServed)
    const kind = kb.catalog.find((e) => e.id === named.service)?.category ?? named.service
    if (score > (bestByKind.get(kind) ?? Number.NEGATIVE_INFINITY)) bestByKind.set(kind, score)
    // A service the stem already has ("the instances run behind an ALB") is the setting, not what the option adds:
    // it does not count towards the option's own support (only its variant does).
    const own = rec && given.services.has(named.service) ? score - base : score
    if (own > (supportByKind.get(kind) ?? Number.NEGATIVE_INFINITY)) supportByKind.set(kind, own)
    reasons.push(...why)
  }
  const score = [...bestByKind.values()].reduce((sum, s) => sum + s, 0) - VIOLATION_PENALTY * violations.length
  if (namesNothing(reading)) reasons.push('names no service edgewise knows, so the rules cannot judge it')
  else if (reading.services.length === 0) reasons.push(`names only ${reading.outside.join(' and ')}, outside what edgewise knows`)
  else if (violations.length === 0 && reasons.length === 0) reasons.push(`nothing in the question calls for ${reading.services.map((s) => s.alias).join(' or ')}`)
  const support = [...supportByKind.values()].reduce((sum, s) => sum + s, 0) - VIOLATION_PENALTY * violations.length
  return {score, support, violations, reasons: [...new Set(reasons)], betterServed}
}

/**
 * What the stem's cautions say about one named service: each counts
 * against it, unless the option turns the cautioned variant off (then it
 * counts for it), also names a variant (`unlessAlso`: a schedule beside
 * target tracking) or a service (`unlessWith`: a gateway endpoint beside the
 * NAT gateway) that answers it, or the stated facts rule out every service
 * the caution names instead.
 */
function cautionsOn(
  named: OptionReading['services'][number],
  off: ReadonlySet<string>,
  stem: Reading,
  names: ReadonlySet<string>,
  words: string,
  given: Given,
): {delta: number; why: string[]; betterServed: BetterServed[]} {
  const found = {delta: 0, why: [] as string[], betterServed: [] as BetterServed[]}
  const ruledOut = new Set(stem.advice.rejected.map((r) => r.service))
  for (const caution of stem.cautions) {
    if (caution.service !== named.service || (caution.variant !== undefined && !named.variants.includes(caution.variant))) continue
    if (caution.unlessAlso?.some((variant) => named.variants.includes(variant) && !off.has(variant))) continue
    if (caution.unlessWith?.some((id) => names.has(id))) continue
    if (caution.unlessSaid !== undefined && wholePhrases(caution.unlessSaid).test(words)) continue
    // A caution read only from what the stem suggests ("Amazon ECS" suggests containers without servers) says nothing
    // against the variant the stem says it runs ("On Amazon ECS with the EC2 launch type"): that is the setting.
    if (caution.variant !== undefined && caution.facts.length > 0 && !caution.facts.some((f) => given.stated.has(f)) && given.variants().has(`${named.service}/${caution.variant}`)) continue
    // The stated facts rule out every better choice the caution names (no Fargate for GPU tasks): nothing is said against it.
    if (caution.instead !== undefined && caution.instead.length > 0 && caution.instead.every((id) => ruledOut.has(id))) continue
    if (caution.variant !== undefined && off.has(caution.variant)) {
      found.delta += CAUTION_PENALTY
      found.why.push(`turns off what the question speaks against: ${caution.message}`)
      continue
    }
    found.delta -= CAUTION_PENALTY
    found.why.push(`${CAUTION_MARK}${caution.message}`)
    if (caution.instead) found.betterServed.push({service: named.service, instead: caution.instead})
  }
  return found
}

/** An option that names neither a catalog service nor a product outside the catalog: nothing edgewise can judge. */
const namesNothing = (reading: OptionReading): boolean => reading.services.length === 0 && reading.outside.length === 0

/** What the stem itself has: the services it names, the variants it says it runs, and the fields it states (not only suggests). */
interface Given {
  services: ReadonlySet<string>
  variants: () => ReadonlySet<string>
  stated: ReadonlySet<string>
}

/** Words that make a way to pay and a compute service one step: "Reserved Instances for the Fargate tasks". */
const PAYS_FOR = /^[^.;:]{0,40}?\b(?:for|to cover|covering|that covers?|which covers?|applied to|to pay for|on)\b[^.;:]{0,25}$/i
const RUNS_ON = /^[^.;:]{0,40}?\b(?:on|with|using|under|through|as)\b[^.;:]{0,25}$/i
/** Another step starts between two mentions: "…Savings Plan. Optimize the Lambda functions…", "…, and move the jobs to…". */
const NEXT_STEP = /[.;:]|\b(?:and|then|while|but)\s+(?:\w+\s+)?(?:use|run|move|migrate|configure|deploy|create|add|set|optimi[sz]e|launch|buy|purchase|keep|put|place|enable|turn)\b/i

/**
 * Steps of one option that contradict each other by the catalog's own facts:
 * a way to pay put on compute it cannot pay for, in one step ("Standard
 * Reserved Instances that cover the Fargate tasks", "run the Lambda
 * functions on Spot Instances"). Two steps ("Buy Reserved Instances for the
 * fleet and move the cron jobs to Lambda") contradict nothing.
 */
function contradictions(text: string, mentions: readonly ServiceMention[], kb: KnowledgeBase): OptionVerdict['violations'] {
  const found = new Map<string, OptionVerdict['violations'][number]>()
  for (const pay of mentions) {
    // Empty for a service outside the catalog.
    const notCovered = notCoveredBy(pay, kb)
    for (const compute of mentions) {
      if (!notCovered.has(compute.service)) continue
      const between = compute.start > pay.end ? text.slice(pay.end, compute.start) : text.slice(compute.end, pay.start)
      const oneStep = !NEXT_STEP.test(between) && (compute.start > pay.end ? PAYS_FOR : RUNS_ON).test(between)
      if (!oneStep) continue
      const message = `${payNameOf(pay, kb)} cannot pay for ${serviceNameOf(compute.service, kb)}, so this option contradicts itself`
      found.set(message, {service: pay.service, rule: 'coverage', message})
    }
  }
  return [...found.values()]
}

const fieldLabel = (field: string) => (FIELD_SPECS as Record<string, FieldSpec>)[field]?.label.toLowerCase() ?? field

/** What the stem leaves unsaid that the rules about these options' services read: the facts that would separate them. */
function separatingFacts(options: readonly OptionVerdict[], profile: Profile, kb: KnowledgeBase): null | string {
  const services = [...new Set(options.flatMap((o) => o.services.map((s) => s.service)))]
  if (services.length === 0) return null
  const unsaid = [...fieldsReadFor(kb, services)].filter((field) => (profile as Record<string, unknown>)[field] === undefined && field !== 'newCustomer')
  return unsaid.length === 0 ? null : `the question does not state: ${unsaid.slice(0, 3).map(fieldLabel).join('; ')}`
}

type Decision = {abstain: string; standing: OptionVerdict[]} | {answer: string[]; byWhatAwsCannotDo?: true}

const cautioned = (o: OptionVerdict) => o.reasons.some((r) => r.startsWith(CAUTION_MARK))

/**
 * An option edgewise judges fully and finds nothing against: it names only catalog services, no step of it rests on
 * a product outside the catalog, and it has no stated drawback. Only such options may be cleared (a NOT question) or
 * be what is left (every other option does what AWS cannot do).
 */
const judgedClean = (o: OptionVerdict, unjudgedSteps: ReadonlyMap<string, readonly string[]>) =>
  o.services.length > 0 && o.outside.length === 0 && !cautioned(o) && !unjudgedSteps.has(o.letter)

/**
 * The options left once a caution settles between two of them: a caution that
 * names the better choice for the stated facts ("a Network Load Balancer gives
 * fixed IP addresses for less") rules out an option with the cautioned service
 * when another option still standing offers that choice without it, with no
 * drawback of its own and called for by the stated facts. A caution read from
 * a misread fact could otherwise hand the answer to an option nothing asks for.
 * Kept as they are when too few options called for by the facts would be left.
 */
function withoutOutdone(standing: readonly OptionVerdict[], choose: number, outdoneBy: ReadonlyMap<string, readonly BetterServed[]>): OptionVerdict[] {
  const offersInstead = (other: OptionVerdict, {service, instead}: BetterServed) =>
    !cautioned(other) &&
    other.score > 0 &&
    other.support > 0 &&
    other.services.some((s) => instead.includes(s.service)) &&
    !other.services.some((s) => s.service === service)
  const outdone = (o: OptionVerdict) => (outdoneBy.get(o.letter) ?? []).some((better) => standing.some((other) => other !== o && offersInstead(other, better)))
  const left = standing.filter((o) => !outdone(o))
  // "Choose two" may want the cautioned option beside the one that outdoes it (a stop schedule for every instance
  // and hibernation for the few with a slow warm-up): rule it out only while enough options called for remain.
  return left.filter((o) => o.score > 0).length >= choose ? left : [...standing]
}

/** "The first is … The second is …": a stem that introduces its workloads one by one. */
const FIRST_SECOND = /\bThe\s+(?:first|second|third|other)\s+(?:one\s+)?(?:is|workload|application|system|service|feature)\b/i

/** Where a list of bare choices breaks: "X; Y; Z". */
const LIST_ITEM_BREAK = /;\s+/

/** One step of an option that names the part it is for, read once per question. */
export interface Step {
  label: string
  body: string
  reading: OptionReading
}

/** The steps of an option, each with the facts of the part it answers. */
type StepsByPart = {body: string; profile: Profile}[]

/** The part each step names, if any: by its label, its words or the service it is for. */
function partsNamedBySteps(steps: readonly Step[], names: readonly PartNames[]): (number | undefined)[] {
  // A service one part alone runs on names that part more surely than a word its sentences share with the step, when
  // the step says it is for that service ("… for the Application Load Balancer's target group"); otherwise it is the
  // last resort.
  return steps.map((step) => {
    const byWords = () => partNamedByTarget(step.body, names) ?? partNamedByStepLabel(step.label, names)
    const byService = () => partNamedByService(step.reading, names)
    // A label the stem gives one part ("(need 2)") names it before any word or service does.
    return partSpelledByStepLabel(step.label, names) ?? (targetIsAService(step.reading) ? (byService() ?? byWords()) : (byWords() ?? byService()))
  })
}

/** The part each step names (`partsNamedBySteps`), when every step names a different one. */
function stepsMatchedToParts(
  steps: readonly Step[],
  names: readonly PartNames[],
  namedBySteps: readonly (number | undefined)[],
): undefined | {steps: readonly Step[]; named: number[]} {
  const named = [...namedBySteps]
  // One step per part, all but one named: the last step is for the part left ("Wiki: …; CI server: …" where only the
  // wiki's sentence shares a word with its label).
  const unnamed = named.flatMap((n, k) => (n === undefined ? [k] : []))
  const unclaimed = names.flatMap((_, k) => (named.includes(k) ? [] : [k]))
  if (steps.length === names.length && unnamed.length === 1 && unclaimed.length === 1) named[unnamed[0]!] = unclaimed[0]!
  if (named.includes(undefined) || new Set(named).size < named.length) return undefined
  return {steps, named: named as number[]}
}

/**
 * A list of bare choices, one per part ("Application Load Balancer; Network Load Balancer; Gateway Load Balancer" for
 * "three applications"): the exam's way of answering parts in the order the stem describes them. The k-th item is for
 * the k-th part, unless an item's words or services name another part.
 */
function inStemOrder(
  steps: readonly Step[],
  names: readonly PartNames[],
  named: readonly (number | undefined)[],
): undefined | {steps: readonly Step[]; named: number[]} {
  if (steps.length !== names.length) return undefined
  return named.every((part, k) => part === undefined || part === k) ? {steps, named: steps.map((_, k) => k)} : undefined
}

/**
 * A list whose items do not each say what they are for in the same way
 * ("Turn on X on the NLB, consolidate the HTTP apps onto one ALB, and an NLB
 * for the payment service"): its comma-separated pieces are read one by one,
 * a piece that names no part joins the piece that does, and the option is
 * judged by part when that gives one group per part.
 */
export function regroupedByPart(steps: readonly Step[], names: readonly PartNames[], kb: KnowledgeBase): undefined | {steps: readonly Step[]; named: number[]} {
  const pieces = steps.flatMap((step) => step.body.split(/(?<=[,;])\s+/)).filter((piece) => piece.trim().length > 0)
  if (pieces.length < names.length) return undefined
  // A group that stays one piece keeps that piece's reading; a group of several is read again as a whole.
  const groups: {text: string; part: number | undefined; reading?: OptionReading}[] = []
  let pending = ''
  for (const piece of pieces) {
    const reading = readOption(piece, kb)
    const part = partNamedByStepLabel(reading.unnamed, names)
    const last = groups.at(-1)
    if (part === undefined) pending += `${piece} `
    else if (last !== undefined && last.part === part) {
      last.text += ` ${pending}${piece}`
      delete last.reading
      pending = ''
    } else {
      groups.push(pending === '' ? {text: piece, part, reading} : {text: `${pending}${piece}`, part})
      pending = ''
    }
  }
  // A last piece that names no part alone ("and an NLB with a TCP listener for the payment service", sharing "TCP"
  // with another part) is for the one part left, if one is; otherwise it ends the piece before it.
  const left = names.flatMap((_, k) => (groups.some((group) => group.part === k) ? [] : [k]))
  if (pending.length > 0 && left.length === 1 && groups.length === names.length - 1) groups.push({text: pending.trim(), part: left[0]})
  else if (pending.length > 0 && groups.length > 0) {
    groups.at(-1)!.text += ` ${pending.trim()}`
    delete groups.at(-1)!.reading
  }
  const named = groups.map((group) => group.part!)
  if (groups.length !== names.length || new Set(named).size < named.length) return undefined
  return {steps: groups.map((group) => ({label: group.text, body: group.text, reading: group.reading ?? readOption(group.text, kb)})), named}
}

/**
 * An option of steps, one per part of the stem ("Factory: IoT Greengrass on
 * the gateways; hospital: an Outposts rack", "X for the API, Y for the
 * batch"), is judged step by step, each against its own part: the factory's
 * flaky link says nothing about the hospital's rack. Undefined unless every
 * step names a different part.
 */
function scoreByStep(
  steps: readonly Step[] | undefined,
  parts: readonly Reading[],
  kb: KnowledgeBase,
  given: Given,
  listed = false,
): (Scored & {stepsByPart: StepsByPart; unjudgedSteps: string[]}) | undefined {
  if (steps === undefined || parts.length < 2 || parts.some((part) => part.names === undefined)) return undefined
  const names = parts.map((part) => part.names!)
  // "Compute Savings Plan for Estate 1 and Estate 3": a step for two labelled parts is one step for each.
  steps = steps.flatMap((step) => {
    const labels = labelsOfPartsSpelledBy(step.label, names)
    return labels.length > 1 ? labels.map((label) => ({...step, label})) : [step]
  })
  // What each step names, worked out once for the direct match and for the stem's order.
  const namedBySteps = partsNamedBySteps(steps, names)
  // One step per part first; a list with fewer items than parts may hold two parts in one item, so it is regrouped
  // piece by piece before it is taken as it is.
  const direct = stepsMatchedToParts(steps, names, namedBySteps)
  const matched =
    (direct?.steps.length === names.length ? direct : undefined) ?? regroupedByPart(steps, names, kb) ?? direct ?? (listed ? inStemOrder(steps, names, namedBySteps) : undefined)
  if (matched === undefined) return undefined
  const {named} = matched
  steps = matched.steps
  const scored = steps.map((step, k) => {
    const part = parts[named[k]!]!
    const verdict = scoreOption(step.reading, part, kb, given)
    const uncovered = uncoveredPartUsage(step.reading.mentions, part.names!.services ?? new Set(), kb)
    return uncovered.length === 0 ? verdict : {...verdict, score: verdict.score - VIOLATION_PENALTY * uncovered.length, support: verdict.support - VIOLATION_PENALTY * uncovered.length, violations: [...verdict.violations, ...uncovered]}
  })
  return {
    score: scored.reduce((sum, s) => sum + s.score, 0),
    // The evidence for the whole is that of its weakest step: a strong step does not vouch for one the facts barely
    // call for, or one edgewise cannot judge.
    support: Math.min(...scored.map((s) => s.support)),
    violations: scored.flatMap((s) => s.violations),
    reasons: [...new Set(scored.flatMap((s) => s.reasons))],
    betterServed: scored.flatMap((s) => s.betterServed),
    stepsByPart: steps.map((step, k) => ({body: step.body, profile: parts[named[k]!]!.profile})),
    // A step that rests on a product outside the catalog and that nothing stated calls for: the option is not known to
    // work for that part ("alert: AWS CloudTrail event history").
    unjudgedSteps: steps.flatMap((step, k) => (scored[k]!.support <= 0 ? step.reading.outside : [])),
  }
}

/** The labels every option gives its steps, in the same order ("Web: …; data science: …"), when they all agree. */
function sharedStepLabels(stepsByOption: readonly (readonly Step[] | undefined)[]): string[] | undefined {
  const labelsOf = (steps: readonly Step[] | undefined) => steps?.map((step) => step.label.trim().toLowerCase())
  const first = labelsOf(stepsByOption[0])
  if (first === undefined || first.length < 2) return undefined
  return stepsByOption.every((steps) => labelsOf(steps)?.join('|') === first.join('|')) ? first : undefined
}

/** The lexicon entry for a stem whose edge work chooses the origin, which only an origin-request trigger can do. */
const ORIGIN_CHOICE = 'cdn-origin-choice'

/**
 * The answer, given only on evidence that would convince a reviewer: the
 * options left after the stem's stated facts rule the others out, or the
 * options that score clearly ahead of every other option still standing. An
 * option that names nothing edgewise can judge and is not ruled out keeps the
 * question open, and so does a tie.
 */
function decide(
  scored: readonly OptionVerdict[],
  choose: number,
  outdoneBy: ReadonlyMap<string, readonly BetterServed[]>,
  unjudgedSteps: ReadonlyMap<string, readonly string[]> = new Map(),
): Decision {
  const fitting = scored.filter((o) => o.violations.length === 0)
  if (fitting.length === 0) return {abstain: 'every option breaks a requirement the question states', standing: []}
  const standing = withoutOutdone(fitting, choose, outdoneBy)
  // What is left once the stated facts rule the rest out is the answer, if the facts also call for it.
  if (standing.length === choose && standing.every((o) => o.score > 0 && o.support > 0)) return {answer: standing.map((o) => o.letter)}
  if (standing.length < choose) return {abstain: `only ${standing.length} option${standing.length === 1 ? '' : 's'} fit, but the question asks for ${choose}`, standing}
  // When every other option does what the catalog says AWS cannot do ("modify the Reserved Instances to extend their
  // term"), what is left is the answer, though nothing stated calls for it: a fact about AWS rules the others out, not
  // a reading of the stem. Only when what is left is judged clean.
  const ruledOutByAws = (o: OptionVerdict) => o.violations.some((v) => v.rule === 'cannot')
  if (
    standing.length === choose &&
    scored.every((o) => standing.includes(o) || ruledOutByAws(o)) &&
    standing.every((o) => judgedClean(o, unjudgedSteps))
  )
    return {answer: standing.map((o) => o.letter), byWhatAwsCannotDo: true}
  const unjudged = standing.filter((o) => o.services.length === 0)
  const ranked = standing.filter((o) => o.services.length > 0).sort((a, b) => b.score - a.score)
  const last = ranked[choose - 1]
  if (last === undefined || last.score <= 0) {
    const called = ranked.filter((o) => o.score > 0).map((o) => o.letter)
    if (called.length === 0) return {abstain: 'nothing in the question calls for any option still standing', standing}
    return {abstain: `the question calls for only ${called.length} of the options still standing (${called.sort().join(', ')}), but asks for ${choose}`, standing}
  }
  const next = ranked[choose]
  if (next !== undefined && last.score - next.score < ANSWER_MARGIN) {
    const close = ranked.filter((o) => last.score - o.score < ANSWER_MARGIN)
    // Letters in the order of their scores, so that each score stands beside its own option.
    return {abstain: `options ${close.map((o) => o.letter).join(' and ')} score too close (${close.map((o) => o.score).join(' vs ')}) to tell apart`, standing: [...close, ...unjudged]}
  }
  // A chosen option answered step by step, one of whose steps rests on a product outside the catalog that nothing
  // stated calls for, is not known to work for that part.
  const unsure = ranked.slice(0, choose).filter((o) => unjudgedSteps.has(o.letter))
  if (unsure.length > 0)
    return {
      abstain: `option ${unsure.map((o) => o.letter).join(', ')} answers one part with ${[...new Set(unsure.flatMap((o) => unjudgedSteps.get(o.letter)!))].join(', ')}, outside what edgewise knows`,
      standing: [...ranked.slice(0, choose + 1), ...unjudged],
    }
  // A chosen option with a stated drawback (a caution) that the next option does not have wins only by a clear margin:
  // the points that put it ahead may be for what the question does not ask.
  // The rival is the best option behind without a drawback, not merely the next one: a cautioned option at the same
  // score as an uncautioned one may sort first.
  const rival = ranked.slice(choose).find((o) => !cautioned(o))
  if (rival !== undefined && ranked.slice(0, choose).some(cautioned) && last.score - rival.score < STRONG_EVIDENCE)
    return {
      abstain: `option ${ranked.slice(0, choose).filter(cautioned).map((o) => o.letter).join(', ')} leads but has a drawback the question states, and option ${rival.letter} is close behind without one`,
      standing: [...ranked.slice(0, choose), rival, ...unjudged],
    }
  // An option the rules cannot judge, wholly or in part, may be the answer, unless the stated facts call strongly
  // for another.
  const open = [...unjudged, ...ranked.slice(choose).filter((o) => o.outside.length > 0)]
  // An option with a stated drawback (a caution) is no strong call for it: what edgewise cannot judge may be better.
  const weak = (o: OptionVerdict) => o.support < STRONG_EVIDENCE || cautioned(o)
  if (open.length > 0 && ranked.slice(0, choose).some(weak)) {
    const names = [...new Set(open.flatMap((o) => o.outside))]
    return {
      abstain: `option ${open.map((o) => o.letter).sort().join(', ')} ${names.length > 0 ? `rests on ${names.join(', ')}, outside what edgewise knows` : 'names nothing edgewise can judge'}, and the question's facts do not call strongly enough for another`,
      standing: [...ranked.slice(0, choose), ...open],
    }
  }
  return {answer: ranked.slice(0, choose).map((o) => o.letter)}
}

/**
 * Answers a question from the rules alone, or says it cannot: reads the stem
 * into one profile (its facts hold for every option), reads each option into
 * the services it names and what it names outside the catalog, scores each
 * with the engine (a broken hard constraint sinks it), and answers only when
 * the evidence separates the options (see `decide`). Pure and deterministic.
 */
export function solveQuestion(kb: KnowledgeBase, input: SolveInput): Solution {
  const extraction = extractProfile(input.stem, kb.lexicon)
  const arithmetic = (input.choose ?? 1) === 1 ? zoneCapacity(input.stem, input.options, extraction.profile) : undefined
  if (arithmetic) return zoneCapacitySolution(input, arithmetic, extraction.profile, extraction.evidence)
  const setup = prepare(kb, input, extraction)
  const solution = solveFrom(kb, setup, extraction.profile)
  return solution.abstained ? solution : withContestedReadings(solution, extraction, (profile) => solveFrom(kb, setup, profile).answer)
}

/**
 * What solve reads once per question, whichever reading of the stem's facts it
 * then scores against (the both-ways check scores a second one): the services
 * and numbers the stem names, and each option's reading and own facts (read
 * on first use, since most questions never need them).
 */
interface Setup {
  input: SolveInput
  choose: number
  stem: Extraction
  coverage: ReturnType<typeof coverageOf>
  given: Given
  /** The catalog services the stem names, where: what the application already runs on. */
  stemMentions: readonly ServiceMention[]
  split: CapacitySplit
  sizes: FleetSizes | undefined
  /** The instance family the stem's Reserved Instances are for, when it names one. */
  heldFamily: string | undefined
  /** What the stem's numbers say about moving its data over its network (the same for every reading of the stem). */
  transfer: TransferVerdict | undefined
  /** The stem introduces its workloads one by one ("The first is … The second is …"). */
  introducesParts: boolean
  /** The base and Spot share the stem asks of an ECS capacity provider strategy, when it states them. */
  strategy: undefined | WantedStrategy
  options: {
    text: string
    reading: OptionReading
    own: () => Extraction
    /** Its steps when it labels them ("Factory: …; hospital: …") or, in a stem that introduces its parts, joins them ("…, and run the web tier in …"). */
    steps: {labeled?: Step[]; joined?: Step[]}
  }[]
}

const readSteps = (steps: readonly {label: string; body: string}[] | undefined, kb: KnowledgeBase): Step[] | undefined =>
  steps?.map((step) => {
    const reading = readOption(step.body, kb)
    // A step that is its own label ("On-demand Lambda for the thumbnails") names its part by its other words: "Lambda"
    // in another part's sentence ("a Java API on AWS Lambda") says nothing of which part the step is for.
    return {label: step.label === step.body ? reading.unnamed : step.label, body: step.body, reading}
  })

function prepare(kb: KnowledgeBase, input: SolveInput, stem: Extraction): Setup {
  const stemMentions = findServices(input.stem, kb.catalog)
  const services = new Set(stemMentions.map((m) => m.service))
  // Read on first use: only a caution on a variant asks which variants the stem runs.
  let variants: ReadonlySet<string> | undefined
  const given: Given = {
    services,
    variants() {
      variants ??= new Set(readOption(input.stem, kb).services.flatMap((s) => s.variants.map((v) => `${s.service}/${v}`)))
      return variants
    },
    stated: stem.stated,
  }
  const introducesParts =
    FIRST_SECOND.test(input.stem) || PART_COUNT.test(input.stem) || introducesAnotherPart(input.stem) || eventsOfSeparateParts(input.stem, stem)
  return {
    input,
    stemMentions,
    choose: Math.max(1, Math.min(input.choose ?? 1, input.options.length)),
    stem,
    coverage: coverageOf(input.stem, kb),
    given,
    split: capacitySplitOf(input.stem),
    sizes: fleetSizesOf(input.stem),
    heldFamily: heldFamilyOf(input.stem),
    transfer: networkTransfer(input.stem),
    introducesParts,
    strategy: wantedStrategyOf(input.stem),
    options: input.options.map((text) => {
      let own: Extraction | undefined
      const read = () => {
        own ??= extractProfile(text, kb.lexicon)
        return own
      }
      const labeled = readSteps(labeledSteps(text), kb)
      const joined = introducesParts ? readSteps(joinedSteps(text), kb) : undefined
      return {text, reading: withStemService(readOption(text, kb), text, services, kb), own: read, steps: {...(labeled ? {labeled} : {}), ...(joined ? {joined} : {})}}
    }),
  }
}

export interface SolveInput {
  stem: string
  options: readonly string[]
  choose?: number | undefined
}

/** The answer to an Availability Zone capacity question, worked out from the numbers each option states. */
function zoneCapacitySolution(input: SolveInput, verdict: ZoneCapacityVerdict, profile: Profile, evidence: Evidence[]): Solution {
  const letter = letterOf(verdict.answer)
  return {
    answer: [letter],
    choose: 1,
    profile,
    evidence,
    options: input.options.map((text, i) => {
      const o = verdict.options[i]!
      const kept = `${o.total} instances in ${o.zones} Availability Zone${o.zones === 1 ? '' : 's'} keep ${o.remaining} in service when the fullest zone fails; ${verdict.needed} are needed`
      const score = o.enough ? (i === verdict.answer ? 2 : 1) : -VIOLATION_PENALTY
      return {
        letter: letterOf(i),
        text,
        services: [],
        outside: [],
        score,
        support: score,
        violations: o.enough ? [] : [{service: '', rule: 'zone-capacity', message: kept}],
        reasons: o.enough ? [i === verdict.answer ? `${kept}, with the fewest instances that do` : `${kept}, but with more instances than another option`] : [],
        chosen: i === verdict.answer,
      }
    }),
    abstained: false,
    standing: [letter],
    separating: null,
    uncertain: null,
    asksWhatDoesNotFit: false,
    answeredByWhatAwsCannotDo: false,
  }
}

/**
 * The stem's parts, when at least two options are lists of choices that each say which part they are for ("… for the
 * URL rewrites, and … for the entitlement check"), every item naming a different part; otherwise undefined.
 */
function partsTheOptionsAnswer(stem: string, profile: Profile, kb: KnowledgeBase, options: Setup['options']): Reading[] | undefined {
  const lists = options.flatMap(({text}) => {
    const steps = joinedSteps(text)
    return steps !== undefined && steps.length >= 2 ? [steps] : []
  })
  if (lists.length < 2) return undefined
  const parts = partReadings(stem, profile, kb)
  if (parts.length < 2 || parts.some((part) => part.names === undefined)) return undefined
  const names = parts.map((part) => part.names!)
  const forEachPart = lists.filter((steps) => {
    const named = steps.map((step) => partNamedByTarget(step.body, names))
    return named.every((n) => n !== undefined) && new Set(named).size === named.length
  })
  return forEachPart.length >= 2 ? parts : undefined
}

/** `solveQuestion` for a given reading of the stem: what a different reading of one fact would answer. */
function solveFrom(kb: KnowledgeBase, setup: Setup, profile: Profile): Solution {
  const {input, choose, coverage, given, split, sizes, heldFamily, transfer} = setup
  const whole = readingOf(kb, profile)
  // A stem that introduces its workloads one by one ("The first is … The second is …") is read in parts for one
  // answer too, and an option that gives each of them a step ("…, and run the web tier in…") is judged step by step.
  const labels = sharedStepLabels(setup.options.map(({steps}) => steps.labeled))
  const stated =
    (labels && labelledPartReadings(input.stem, labels, profile, setup.stem.evidence, kb)) ??
    (choose > 1 || setup.introducesParts || setup.options.some(({steps}) => steps.labeled !== undefined) ? partReadings(input.stem, profile, kb) : undefined)
  // "CloudFront Functions for the URL rewrites, and Lambda@Edge for the entitlement check": when options say, step by
  // step, which part of the stem each choice is for, the stem has those parts though it never counts them.
  const answered = stated === undefined ? partsTheOptionsAnswer(input.stem, profile, kb, setup.options) : undefined
  const parts = stated ?? answered ?? []
  const workloadReading = workloadReadings(setup.stem, profile, kb)
  const outdoneBy = new Map<string, BetterServed[]>()
  const unjudged = new Map<string, string[]>()
  const scored: OptionVerdict[] = setup.options.map(({text, reading, own, steps}, i) => {
    const services = reading.services.map(({variants: _, turnedOff: __, ...s}) => s)
    // An option that names nothing at all ("Amazon EC2 instances in any Region") is not shown to lie outside what the
    // plan covers: it is left unjudged, not ruled out.
    if (coverage && !namesNothing(reading)) {
      const covered = reading.services.filter((m) => coverage.covers.has(m.service))
      return {
        letter: letterOf(i),
        text,
        services,
        outside: reading.outside,
        score: covered.length > 0 ? VIOLATION_PENALTY : -VIOLATION_PENALTY,
        support: covered.length > 0 ? VIOLATION_PENALTY : -VIOLATION_PENALTY,
        violations: covered.length > 0 ? [] : [{service: '', rule: 'coverage', message: `${coverage.name} does not cover ${reading.services.map((m) => m.alias).join(' or ') || 'this'}`}],
        reasons: covered.length > 0 ? [`${coverage.name} covers ${covered[0]!.alias}`] : [],
        chosen: false,
      }
    }
    // A stem that describes several parts (each its own facts) judges each option by the part it answers; one
    // that describes one workload holds every fact for every option.
    const ownProfile = () => own().profile
    // An option for every part at once ("both features in one function") must fit each of them: its worst part counts.
    const everyPart = parts.length > 1 && speaksOfEveryPart(text)
    const judgedBy = everyPart ? parts : readingsFor(ownProfile, [workloadReading(ownProfile) ?? whole], parts, reading.unnamed)
    const byReading = () => {
      const byScore = judgedBy.map((a) => scoreOption(reading, a, kb, given)).sort((a, b) => b.score - a.score)
      return everyPart ? byScore.at(-1)! : byScore[0]!
    }
    const joined = steps.joined ?? (answered === undefined ? undefined : readSteps(joinedSteps(text), kb))
    const {betterServed, stepsByPart, unjudgedSteps, ...best} = scoreByStep(steps.labeled, parts, kb, given) ??
      scoreByStep(joined, parts, kb, given, joined?.length === text.split(LIST_ITEM_BREAK).length) ?? {
        ...byReading(),
        stepsByPart: undefined,
        unjudgedSteps: [],
      }
    if (unjudgedSteps.length > 0) unjudged.set(letterOf(i), unjudgedSteps)
    // What a term or tenancy asks of the work is asked of the part each step answers, when the option answers by part.
    const byPart = stepsByPart ?? [{body: text, profile}]
    // The stem's On-Demand base belongs to the part that has a base, when the option answers part by part.
    const splitFor = (step: {profile: Profile}) => (stepsByPart === undefined || step.profile.burstInterruptible === true ? split : {})
    outdoneBy.set(letterOf(i), betterServed)
    const commitmentSize = commitmentSizeVerdict(text, sizes, profile)
    const contradicted = [
      ...contradictions(text, reading.mentions, kb),
      ...impossibleSteps(text, reading.mentions, kb, setup.stemMentions, heldFamily),
      ...byPart.flatMap((step) => termConflicts(step.body, step.profile, splitFor(step))),
      ...commitmentSize.conflicts,
      ...spreadLimitConflicts(text, input.stem, reading.mentions, kb),
      ...transferConflicts(text, transfer),
      ...oneZoneConflicts(text, input.stem, profile),
      ...strategyConflicts(text, setup.strategy),
      ...oneInvocationConflicts(text, reading.services.map((named) => named.service), input.stem, profile.executionSeconds, kb),
      ...(choose === 1 ? uncoveredUsage(input.stem, setup.stemMentions, reading.mentions, kb) : []),
    ]
    const cautions = [
      ...manualWorkCautions(text, profile, input.stem),
      ...wholeStackAtEdgeCautions(text, reading.mentions, input.stem),
      ...keptAsIsCautions(text, profile, input.stem),
      ...byPart.flatMap((step) => termCautions(step.body, step.profile, input.stem)),
      ...transferCautions(text, transfer),
      ...commitmentSize.cautions,
      ...averageSizedCautions(text, input.stem),
      ...peakSizedCautions(text, input.stem, sizes),
      // The stem's events are those the readings the option is judged by kept: the whole stem's, or its part's.
      ...eventMismatch(
        own,
        new Set(judgedBy.flatMap((r) => (r.profile.cdnEvent === undefined ? [] : [r.profile.cdnEvent]))),
        setup.stem.evidence.some((e) => e.entry === ORIGIN_CHOICE),
      ),
      ...responseTooLate(own, input.stem),
    ]
    const keepsProtectedBase = byPart.flatMap((step) => splitFits(step.body, splitFor(step)))
    const sizedToBase = [...commitmentSize.fits, ...keepsProtectedBase]
    const penalty = VIOLATION_PENALTY * contradicted.length + CAUTION_PENALTY * cautions.length
    const bonus = SIZED_COMMITMENT_WEIGHT * sizedToBase.length
    return {
      letter: letterOf(i),
      text,
      services,
      outside: reading.outside,
      ...best,
      score: best.score - penalty + bonus,
      support: best.support - penalty + bonus,
      violations: [...best.violations, ...contradicted],
      reasons: [...cautions.map((c) => `${CAUTION_MARK}${c}`), ...best.reasons, ...sizedToBase],
      chosen: false,
    }
  })
  const asking = askingSentence(input.stem)
  const asksNotFitting = NEGATIVE_QUESTION.test(asking)
  const decision: Decision = asksNotFitting
    ? BREAKS_REQUIREMENT_QUESTION.test(asking) && !RANK_OR_TRUTH_QUESTION.test(asking) && !STATEMENT_QUESTION.test(input.stem)
      ? notFitting(scored, choose, unjudged)
      : {abstain: 'the question asks which option does not fit, and edgewise judges what fits', standing: scored}
    : STATEMENT_QUESTION.test(input.stem) && !coverage
      ? {abstain: 'the options are statements to be judged true or false, and edgewise judges which choice fits a workload', standing: scored}
    : scored.every((o) => o.services.length === 0) && !coverage
      ? {abstain: 'no option names a service edgewise knows', standing: scored}
      : (bufferNeedAbstains(input.stem, scored) ?? decide(scored, choose, outdoneBy, unjudged))
  const answer = 'answer' in decision ? [...decision.answer].sort() : []
  const chosen = new Set(answer)
  return {
    answer,
    choose,
    profile,
    evidence: setup.stem.evidence,
    options: scored.map((o) => ({...o, chosen: chosen.has(o.letter)})),
    abstained: answer.length === 0,
    standing: 'answer' in decision ? answer : decision.standing.map((o) => o.letter).sort(),
    separating: 'answer' in decision ? null : separatingFacts(decision.standing, profile, kb),
    uncertain: 'answer' in decision ? null : decision.abstain,
    asksWhatDoesNotFit: asksNotFitting,
    answeredByWhatAwsCannotDo: 'answer' in decision && decision.byWhatAwsCannotDo === true,
  }
}
