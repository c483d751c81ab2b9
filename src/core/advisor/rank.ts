import type {CatalogEntry} from '../knowledge/catalog.js'
import type {Profile} from '../knowledge/profile.js'
import type {Advice, FactRef, Reason, Recommendation, Rejection, VariantVerdict} from './advice.js'
import type {RuleOutcome} from './evaluate.js'

import {type Rule, STATED_FACT} from '../knowledge/rule.js'
import {satisfiedLeaves} from './conditions.js'
import {describeCondition} from './describe-condition.js'
import {combines, planTracks, trackOf, type TrackPlan} from './tracks.js'

const weightOf = (o: RuleOutcome) => (o.rule.event.type === 'fit' ? o.rule.event.params.weight : 0)

function factsBehind(outcome: RuleOutcome): FactRef[] {
  const seen = new Set<string>()
  const facts: FactRef[] = []
  for (const leaf of satisfiedLeaves(outcome.trace)) {
    if (leaf.fact === STATED_FACT || seen.has(leaf.fact)) continue
    seen.add(leaf.fact)
    facts.push({field: leaf.fact, value: leaf.factValue})
  }
  return facts
}

export function reasonOf(outcome: RuleOutcome): Reason {
  const {params} = outcome.rule.event
  return {
    rule: outcome.rule.name,
    message: params.message,
    ...('weight' in params ? {weight: params.weight} : {}),
    facts: factsBehind(outcome),
    doc: params.doc,
  }
}

/** What the fired rules say about one catalog service. */
export interface Tally {
  entry: CatalogEntry
  score: number
  fits: RuleOutcome[]
  rejects: RuleOutcome[]
  /** Variant id → the fired rules that name that variant. */
  variants: Map<string, {fits: RuleOutcome[]; rejects: RuleOutcome[]}>
}

const variantOf = (o: RuleOutcome) => (o.rule.event.type === 'note' ? undefined : o.rule.event.params.variant)

function variantVerdicts(t: Tally): undefined | VariantVerdict[] {
  if (!t.entry.variants?.length) return undefined
  return t.entry.variants.map((v) => {
    const fired = t.variants.get(v.id) ?? {fits: [], rejects: []}
    return {
      variant: v.id,
      name: v.name,
      score: t.score + fired.fits.reduce((n, o) => n + weightOf(o), 0),
      reasons: fired.fits.map(reasonOf),
      rejected: fired.rejects.map((r) => ({
        ...reasonOf(r),
        instead: r.rule.event.type === 'reject' ? (r.rule.event.params.instead ?? []) : [],
      })),
    }
  })
}

/** Higher score first; ties go to more pieces of evidence, then to catalog order (stable). */
function byStrength(a: Tally, b: Tally): number {
  return b.score - a.score || b.fits.length - a.fits.length
}

/** Some rule speaks for one of the service's variants. */
const hasVariantFits = (t: Tally) => [...t.variants.values()].some((v) => v.fits.length > 0)

/** A service with no evidence of its own can still be viable through a variant (a capacity reservation for On-Demand). */
const hasEvidence = (t: Tally) => t.score > 0 || hasVariantFits(t)

/** The reasons these rejecting outcomes give, each with what to use instead. */
export function reasonsOfRejects(rejects: readonly RuleOutcome[]): Rejection['reasons'] {
  return rejects.map((r) => ({
    ...reasonOf(r),
    instead: r.rule.event.type === 'reject' ? (r.rule.event.params.instead ?? []) : [],
  }))
}

/** The reasons a rejected service was rejected, each with what to use instead. */
export const rejectionReasons = (t: Tally): Rejection['reasons'] => reasonsOfRejects(t.rejects)

/** Whether one of these rejecting outcomes comes from a mandatory (not waivable) rule. */
export const anyMandatory = (rejects: readonly RuleOutcome[]) =>
  rejects.some((r) => r.rule.event.type === 'reject' && r.rule.event.params.mandatory === true)

export const isMandatoryRejection = (t: Tally) => anyMandatory(t.rejects)

/** Candidates no rule rejected and some rule spoke for, strongest first: the recommendations, in order. */
export function viableByStrength(tallies: readonly Tally[]): Tally[] {
  return tallies.filter((t) => t.rejects.length === 0 && hasEvidence(t)).sort(byStrength)
}

/** Sorts fired rules by the catalog service they name, in catalog order. Reasons are not built here. */
export function tallyOutcomes(catalog: readonly CatalogEntry[], outcomes: readonly RuleOutcome[]): Tally[] {
  const tallies = new Map<string, Tally>(
    catalog.map((entry) => [entry.id, {entry, score: 0, fits: [], rejects: [], variants: new Map()}]),
  )
  for (const outcome of outcomes) {
    if (!outcome.fired) continue
    const tally = tallies.get(outcome.rule.event.params.service)
    if (!tally) continue
    const variant = variantOf(outcome)
    if (variant) {
      const v = tally.variants.get(variant) ?? {fits: [], rejects: []}
      if (outcome.rule.event.type === 'reject') v.rejects.push(outcome)
      else if (outcome.rule.event.type === 'fit') v.fits.push(outcome)
      tally.variants.set(variant, v)
      continue
    }
    if (outcome.rule.event.type === 'reject') tally.rejects.push(outcome)
    else if (outcome.rule.event.type === 'fit') {
      tally.fits.push(outcome)
      tally.score += outcome.rule.event.params.weight
    }
  }
  return [...tallies.values()]
}

/**
 * Turns rule verdicts into advice: rejected candidates (with the constraint
 * that rejected them), ranked recommendations with their reasons, and the
 * candidates nothing spoke for. Pure; the order of `catalog` breaks final ties.
 */
export function rankCandidates(
  profile: Profile,
  catalog: readonly CatalogEntry[],
  outcomes: readonly RuleOutcome[],
): Advice {
  const all = tallyOutcomes(catalog, outcomes)
  const ruledOut = new Set(all.filter((t) => t.rejects.length > 0).map((t) => t.entry.id))
  // "Use instead" must not send the reader to a candidate this same advice rules out.
  const withoutRuledOut = (reasons: Rejection['reasons']) =>
    reasons.map((r) => ({...r, instead: r.instead.filter((id) => !ruledOut.has(id))}))
  const rejected: Rejection[] = all
    .filter((t) => t.rejects.length > 0)
    .map((t) => ({
      service: t.entry.id,
      name: t.entry.name,
      mandatory: isMandatoryRejection(t),
      reasons: withoutRuledOut(rejectionReasons(t)),
      ...(hasVariantFits(t) ? {variants: variantVerdicts({...t, score: 0})!} : {}),
    }))
  const viable = viableByStrength(all)
  const plan = planTracks(viable.map((t) => ({entry: t.entry, score: t.score, evidence: t.fits.length})))
  const roleIn = (t: Tally) =>
    (trackOf(t.entry) === 'compute' ? plan.compute : plan.purchasing).roles.get(t.entry.id) ?? 'alternative'
  const recommendations: Recommendation[] = viable.map((t) => ({
    service: t.entry.id,
    name: t.entry.name,
    category: t.entry.category,
    track: trackOf(t.entry),
    role: roleIn(t),
    score: t.score,
    reasons: t.fits.map(reasonOf),
    tradeoffs: t.entry.tradeoffs,
    costNotes: [],
    ...(t.entry.availability.status === 'available' ? {} : {availability: t.entry.availability.note}),
    docs: t.entry.docs.map((d) => d.url),
    ...(t.entry.variants?.length ? {variants: variantVerdicts(t)} : {}),
  }))
  const unscored = all
    .filter((t) => t.rejects.length === 0 && !hasEvidence(t))
    .map((t) => {
      const variantRejected = [...t.variants.values()].some((v) => v.rejects.length > 0)
      return {
        service: t.entry.id,
        name: t.entry.name,
        reason: whenItFits(t.entry.id, outcomes),
        ...(variantRejected ? {variants: variantVerdicts(t)} : {}),
      }
    })
  const primaries = [plan.compute, plan.purchasing].filter((p) => p.primary !== undefined)
  // The stronger track primary, as the single answer scripts read from `primary`.
  const top = viable.find((t) => primaries.some((p) => p.primary?.id === t.entry.id))
  const topPlan = top && (trackOf(top.entry) === 'compute' ? plan.compute : plan.purchasing)
  return {
    profile,
    primary: top?.entry.id ?? null,
    nothingFits: top ? null : explainNothingFits(profile, rejected.length),
    tiedWithPrimary: topPlan?.tied ?? [],
    compute: summary(plan.compute),
    purchasing: {
      ...summary(plan.purchasing),
      paysForComputePrimary: plan.paysForComputePrimary ?? null,
      none: plan.purchasing.primary ? null : noPurchasingPrimary(plan.compute.primary, catalog),
    },
    recommendations,
    rejected,
    unscored,
  }
}

// A rule's conditions read the same every time; batches would otherwise re-describe them per profile.
const descriptions = new WeakMap<Rule, string>()
function describedConditions(rule: Rule): string {
  let text = descriptions.get(rule)
  if (text === undefined) descriptions.set(rule, (text = describeCondition(rule.conditions)))
  return text
}

/** For a candidate nothing spoke for: the situations its strongest fit rules describe. */
function whenItFits(service: string, outcomes: readonly RuleOutcome[]): string {
  const fits = outcomes
    .filter((o) => o.rule.event.type === 'fit' && o.rule.event.params.service === service)
    .sort((a, b) => weightOf(b) - weightOf(a))
    .slice(0, 2)
    .map((o) => describedConditions(o.rule))
  return fits.length > 0
    ? `nothing stated calls for it; it fits when ${fits.join(', or when ')}`
    : 'nothing stated calls for it'
}

/** One track's answer as ids, for --json. */
const summary = (p: TrackPlan) => ({
  primary: p.primary?.id ?? null,
  tiedWithPrimary: p.tied,
  alongside: [...p.roles].filter(([, role]) => role === 'complement').map(([id]) => id),
  alternatives: [...p.roles].filter(([, role]) => role === 'alternative').map(([id]) => id),
})

/** Why no way to pay is recommended: nothing in the catalog pays for this compute, or nothing stated calls for one. */
function noPurchasingPrimary(compute: CatalogEntry | undefined, catalog: readonly CatalogEntry[]): string {
  if (compute && !catalog.some((e) => trackOf(e) === 'purchasing' && combines(e, compute)))
    return `No purchasing option in the catalog pays for ${compute.name}.`
  return 'Nothing stated calls for a particular way to pay: state the load pattern, how long it will run and whether it may be interrupted.'
}

function explainNothingFits(profile: Profile, rejectedCount: number): string {
  const stated = Object.values(profile).filter((v) => v !== undefined).length
  if (stated === 0)
    return 'The profile states no requirements. Give at least the workload, the clients or the connectivity (see `edgewise advise --help`).'
  if (rejectedCount > 0)
    return `No candidate fits: ${rejectedCount} were ruled out by hard constraints (listed under "rejected") and no stated requirement calls for any of the others.`
  return 'No stated requirement calls for any candidate in the catalog. Add the workload shape, the clients or the latency target.'
}
