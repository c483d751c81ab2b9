import type {KnowledgeBase} from '../knowledge/knowledge-base.js'
import type {Profile, ProfileField} from '../knowledge/profile.js'
import type {Condition} from '../knowledge/rule.js'
import type {Advice} from './advice.js'

import {describeFact, FIELD_ORDER, FIELD_SPECS, type FieldSpec} from '../knowledge/profile-fields.js'
import {adviseSync} from './advise.js'
import {combines, trackOf} from './tracks.js'

/**
 * Which question the interactive questionnaire asks next. A question is worth
 * asking only when some answer to it would change the answer — where it runs,
 * and how to pay for that — given what is known so far. The rules decide:
 * every possible answer is run through them. So a factory's own devices are
 * not asked about Spot or resale (nothing in the catalog buys them), and a CDN
 * function is not asked about commitments.
 */

export interface Answer {
  label: string
  facts: Partial<Profile>
}

export type PlannedQuestion =
  | {kind: 'choose'; key: string; field: ProfileField; question: string; answers: Answer[]}
  | {kind: 'number'; key: string; field: ProfileField; question: string; unit: string}
  /** Several needs of one unit of work at once: does it stay within what the leading candidate allows? */
  | {
      kind: 'pick-any'
      key: string
      fields: ProfileField[]
      question: string
      items: {field: ProfileField; label: string}[]
    }
  /** Related yes/no refinements on one screen: the ones marked are true, the rest false. */
  | {
      kind: 'within-limits'
      key: string
      fields: ProfileField[]
      question: string
      limits: string[]
      within: Partial<Profile>
      upTo: Partial<Record<ProfileField, number>>
    }

/** Marks the "within limits" question declined: its fields are then asked one by one. */
export const LIMITS_DECLINED = 'limits:declined'

const specOf = (field: ProfileField) => FIELD_SPECS[field] as FieldSpec

/** The answers a person picks from (the field's own values, yes/no, or its combined answers). */
export function answersOf(field: ProfileField): Answer[] {
  const spec = specOf(field)
  if (spec.answers) return [...spec.answers]
  if (spec.kind === 'boolean')
    return [
      {label: 'yes', facts: {[field]: true}},
      {label: 'no', facts: {[field]: false}},
    ]
  if (spec.kind === 'enum' || spec.kind === 'choice')
    return spec.values.map((v) => ({label: spec.valueLabels[String(v)] ?? String(v), facts: {[field]: v}}))
  return []
}

/**
 * The answer, as the reader sees it: where it runs, and the strongest way to
 * pay that actually pays for it. Ways to pay count only when one could pay for
 * the compute chosen.
 */
export function answerSignature(advice: Advice, kb: KnowledgeBase): string {
  const compute = kb.catalog.find((e) => e.id === advice.compute.primary)
  const payment = advice.recommendations.find((r) => {
    if (r.track !== 'purchasing') return false
    const entry = kb.catalog.find((e) => e.id === r.service)
    return compute === undefined || (entry !== undefined && trackOf(entry) === 'purchasing' && combines(entry, compute))
  })
  return JSON.stringify([advice.compute.primary, payment?.service ?? null])
}

const thresholdCache = new WeakMap<KnowledgeBase, Map<string, number[]>>()

/** The numbers rules compare each numeric fact with (900 for executionSeconds, …). */
function thresholds(kb: KnowledgeBase): Map<string, number[]> {
  const cached = thresholdCache.get(kb)
  if (cached) return cached
  const found = new Map<string, number[]>()
  const visit = (c: Condition): void => {
    if ('all' in c || 'any' in c) for (const child of 'all' in c ? c.all : c.any) visit(child)
    else if ('not' in c) visit(c.not)
    else if (typeof c.value === 'number') found.set(c.fact, [...(found.get(c.fact) ?? []), c.value])
  }
  for (const rule of kb.rules) visit(rule.conditions)
  thresholdCache.set(kb, found)
  return found
}

/** Facts to try for a field: each answer, or either side of every number the rules compare it with (ascending). */
function probes(field: ProfileField, kb: KnowledgeBase): Partial<Profile>[] {
  if (specOf(field).kind !== 'number') return answersOf(field).map((a) => a.facts)
  const values = [...new Set((thresholds(kb).get(field) ?? []).flatMap((n) => [Math.max(0, n - 1), n, n + 1]))].sort(
    (a, b) => a - b,
  )
  return values.map((v) => ({[field]: v}))
}

const signatureWith = (kb: KnowledgeBase, profile: Profile, facts: Partial<Profile>) =>
  answerSignature(adviseSync(kb, {...profile, ...facts} as Profile), kb)

/** Whether some answer to `field` changes the answer for `profile`. */
export function canChangeAnswer(
  kb: KnowledgeBase,
  profile: Profile,
  field: ProfileField,
  baseline = signatureWith(kb, profile, {}),
): boolean {
  return probes(field, kb).some((facts) => signatureWith(kb, profile, facts) !== baseline)
}

/** What keeps the answer as it is: "Run time up to 900 s", "Needs GPUs: no". Undefined when no value does. */
function keepingLimit(
  kb: KnowledgeBase,
  profile: Profile,
  field: ProfileField,
  baseline: string,
): undefined | {text: string; facts: Partial<Profile>; upTo?: number} {
  const spec = specOf(field)
  const tried = probes(field, kb).map((facts) => ({facts, keeps: signatureWith(kb, profile, facts) === baseline}))
  if (spec.kind === 'number') {
    const firstChange = tried.findIndex((t) => !t.keeps)
    const kept = tried.slice(0, firstChange).at(-1)
    // Only a bound ("up to N") is asked about; the number itself stays unstated.
    const upTo = kept?.facts[field] as number | undefined
    return upTo === undefined ? undefined : {text: `${spec.label}: up to ${upTo} ${spec.unit}`, facts: {}, upTo}
  }
  const keep = tried.find((t) => t.keeps)
  return keep ? {text: describeFact(field, keep.facts[field]), facts: keep.facts} : undefined
}

function questionFor(field: ProfileField): PlannedQuestion {
  const spec = specOf(field)
  if (spec.kind === 'number') return {kind: 'number', key: field, field, question: spec.question, unit: spec.unit}
  return {kind: 'choose', key: field, field, question: spec.question, answers: answersOf(field)}
}

/**
 * The next question: the first field, in questionnaire order, that has not
 * been asked (answered or skipped), that its own `askWhen` allows, and some
 * answer to which changes the answer. When that field is one of several needs
 * of a unit of work that could each change it (run time, memory, GPUs,
 * network calls), they are asked together: does the work stay within what the
 * leading candidate allows? Undefined when nothing left could change the answer.
 */
export function nextQuestion(
  kb: KnowledgeBase,
  profile: Profile,
  asked: ReadonlySet<string>,
): PlannedQuestion | undefined {
  const advice = adviseSync(kb, profile)
  const baseline = answerSignature(advice, kb)
  const relevant = FIELD_ORDER.filter((field) => {
    if (asked.has(field) || profile[field] !== undefined) return false
    const spec = specOf(field)
    if (spec.askWhen && !spec.askWhen(profile)) return false
    return canChangeAnswer(kb, profile, field, baseline)
  })
  const first = relevant[0]
  if (first === undefined) return undefined
  const {group} = specOf(first)
  if (group !== undefined) {
    const together = relevant.filter((f) => specOf(f).group === group && specOf(f).kind === 'boolean')
    if (together.length >= 2)
      return {
        kind: 'pick-any',
        key: `group:${together.join(',')}`,
        fields: together,
        question: 'Which of these apply? (Space marks one; Enter confirms; none marked means none applies.)',
        items: together.map((field) => ({field, label: specOf(field).label})),
      }
  }
  if (!specOf(first).capability || asked.has(LIMITS_DECLINED)) return questionFor(first)
  const limits = relevant
    .filter((f) => specOf(f).capability)
    .flatMap((field) => {
      const limit = keepingLimit(kb, profile, field, baseline)
      return limit ? [{field, ...limit}] : []
    })
  if (limits.length < 2) return questionFor(first)
  const leader = kb.catalog.find((e) => e.id === advice.compute.primary)?.name ?? 'the answer so far'
  return {
    kind: 'within-limits',
    key: `limits:${limits.map((l) => l.field).join(',')}`,
    fields: limits.map((l) => l.field),
    question: `The answer so far is ${leader}. Does one unit of work stay within all of these?`,
    limits: limits.map((l) => l.text),
    within: Object.assign({}, ...limits.map((l) => l.facts)) as Partial<Profile>,
    upTo: Object.fromEntries(limits.filter((l) => l.upTo !== undefined).map((l) => [l.field, l.upTo])),
  }
}
