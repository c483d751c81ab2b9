import type {ServiceMention} from '../extract/find-services.js'
import type {KnowledgeBase} from '../knowledge/knowledge-base.js'
import type {OptionVerdict} from './solve.js'

import {wholePhrases} from '../extract/escape-regexp.js'

/**
 * Where one step of an option ends and the next begins: a full stop, a
 * semicolon or colon, or "and"/"then" before a new imperative ("…on the
 * Reserved Instance Marketplace and buy c7g Standard Reserved Instances").
 */
const STEP_BOUNDARY =
  /[.;:]|,?\s+\b(?:and|then|and then|while|but)\s+(?=(?:\w+\s+)?(?:use|run|move|migrate|configure|deploy|create|add|set|buy|purchase|keep|put|place|enable|turn|sell|list|exchange|modify|switch|launch|optimi[sz]e|register|convert|submit|request|replace|leave|apply|share|cancel|activate|install|publish|opt|attach|collect|review|enroll|tag)\b)/gi

/** Words by which a step acts on what an earlier step bought: "the reservations", "the Capacity Reservations", "them", "the plan's term". */
const REFERS_BACK =
  /\b(?:them|those|these|the\s+(?:[\w-]+\s+)?(?:reservations?|RIs?|plans?|plan's|plan’s|commitments?|purchases?)|the\s+(?:(?:unused|unneeded|extra|excess|remaining|surplus|idle|leftover)\s+)?(?:part|portion|share)\b(?!\s+of\b))\b/i

/** The steps of an option as [start, end) offsets. */
function stepsOf(text: string): [number, number][] {
  const steps: [number, number][] = []
  let start = 0
  for (const m of text.matchAll(STEP_BOUNDARY)) {
    steps.push([start, m.index])
    start = m.index + m[0].length
  }
  steps.push([start, text.length])
  return steps
}

/**
 * The step with what belongs to other mentions of the same service blanked
 * out: each other variant's name and the words after it up to the next
 * mention of the service, so "a Compute Savings Plan for the EC2 instances
 * and a SageMaker AI Savings Plan for the notebooks" puts neither EC2 under
 * the SageMaker plan nor SageMaker under the Compute plan.
 */
function ownPartOfStep(text: string, start: number, end: number, self: ServiceMention, mentions: readonly ServiceMention[]): string {
  // Only other variants: "the Reserved Instance Marketplace" names no variant and is part of what a step does to one.
  const same = mentions
    .filter((m) => m.service === self.service && (m === self || (m.variant !== undefined && m.variant !== self.variant)) && m.start >= start && m.end <= end)
    .sort((a, b) => a.start - b.start)
  let step = text.slice(start, end)
  for (const [i, other] of same.entries()) {
    if (other === self) continue
    const to = same[i + 1]?.start ?? end
    step = step.slice(0, other.start - start) + ' '.repeat(to - other.start) + step.slice(to - start)
  }
  return step
}

/**
 * Steps of an option that do to a service or variant what the catalog says
 * cannot be done to it: selling Convertible Reserved Instances, exchanging
 * Standard ones, modifying a reservation to change its instance family.
 */
export function impossibleSteps(
  text: string,
  mentions: readonly ServiceMention[],
  kb: KnowledgeBase,
  stemMentions: readonly ServiceMention[] = [],
  heldFamily?: string,
): OptionVerdict['violations'] {
  const found = new Map<string, OptionVerdict['violations'][number]>()
  // "Sell them in the Reserved Instance Marketplace": an option's first step that points back acts on what the stem
  // holds, when the stem names one variant of that service ("20 Convertible Reserved Instances").
  let earlier: ServiceMention[] = soleVariants(stemMentions)
  // "The company wants a 1-year Savings Plan … Commit to all of today's usage, then sell the unused part in the Reserved
  // Instance Marketplace": when the stem names a service of its kind and no variant of it, a step that points back, in
  // an option that names no purchase of that kind itself (a marketplace is where it sells, not what), acts on that
  // service. "Create Capacity Reservations … and cancel them" cancels the reservations, not the stem's Savings Plan.
  const stemServices = soleServices(stemMentions, kb)
  for (const [start, end] of stepsOf(text)) {
    const step = text.slice(start, end)
    const own = mentions.filter((m) => m.start >= start && m.end <= end)
    // "Buy Convertible RIs, and list the reservations on the Marketplace": a step that points back acts on the earlier step's purchase.
    const inherited = REFERS_BACK.test(step)
      ? [
          ...earlier.filter((e) => e.variant !== undefined && !own.some((m) => m.service === e.service && m.variant !== undefined)),
          ...stemServices.filter((e) => !mentions.some((m) => !MARKETPLACE.test(m.alias) && categoryOf(m.service, kb) === categoryOf(e.service, kb))),
        ]
      : []
    for (const m of [...own, ...inherited]) {
      const entry = kb.catalog.find((e) => e.id === m.service)
      const variant = entry?.variants?.find((v) => v.id === m.variant)
      const ownPart = own.includes(m) ? ownPartOfStep(text, start, end, m, mentions) : step
      for (const action of [...(entry?.cannot ?? []), ...(variant?.cannot ?? [])]) {
        const where = action.scope === 'option' ? text : step
        if (!wholePhrases(action.verbs).test(where)) continue
        if (action.with && !wholePhrases(action.with).test(withFamilyChange(action.scope === 'option' ? text : ownPart, heldFamily))) continue
        if (action.unless && wholePhrases(action.unless).test(where)) continue
        found.set(action.message, {service: m.service, rule: 'cannot', message: action.message})
      }
    }
    if (own.length > 0) earlier = own
  }
  return [...found.values()]
}

/** A mention that names a place of sale ("the Reserved Instance Marketplace"), not a purchase. */
const MARKETPLACE = /\bMarketplace\b/i

function categoryOf(service: string, kb: KnowledgeBase): string | undefined {
  return kb.catalog.find((e) => e.id === service)?.category
}

/** The first mention of each service the stem names with no variant, when it names no other service of the same kind. */
function soleServices(mentions: readonly ServiceMention[], kb: KnowledgeBase): ServiceMention[] {
  const services = [...new Set(mentions.map((m) => m.service))]
  return services.flatMap((service) => {
    const own = mentions.filter((m) => m.service === service)
    const kind = categoryOf(service, kb)
    if (own.some((m) => m.variant !== undefined) || services.some((other) => other !== service && categoryOf(other, kb) === kind)) return []
    return [own[0]!]
  })
}

/** The stem's variant mentions of each service it names in one variant only. */
function soleVariants(mentions: readonly ServiceMention[]): ServiceMention[] {
  const variants = new Map<string, Set<string>>()
  for (const m of mentions) if (m.variant !== undefined) variants.set(m.service, (variants.get(m.service) ?? new Set()).add(m.variant))
  return mentions.filter((m) => m.variant !== undefined && variants.get(m.service)!.size === 1)
}

/** An instance type's size after the dot: "large", "2xlarge", "metal". */
const SIZE = String.raw`(?:\d{1,2}x)?(?:large|xlarge|medium|small|micro|nano|metal)`
/** An EC2 instance family as it opens an instance type's name: "c5" in "c5.xlarge", "c7g", "m6i", "r7gd". */
const FAMILY = new RegExp(String.raw`\b([cmrtxzipgdfh]\d{1,2}[a-z-]*?)(?:\.${SIZE}\b|\b)`, 'gi')

/**
 * "Modify the c5 Standard Reserved Instances so that their instance type changes to c7g.xlarge": a step that names
 * instance types of two families changes the family, though it never says the word.
 */
function withFamilyChange(step: string, heldFamily?: string): string {
  const families = new Set([...step.matchAll(FAMILY)].map((m) => m[1]!.toLowerCase()))
  // "Modify the Reserved Instances so that they apply to m7g instances" when the stem holds them for m5: a change too.
  const changes = families.size > 1 || (heldFamily !== undefined && families.size === 1 && !families.has(heldFamily))
  return changes ? `${step} (instance family)` : step
}

const SIZED_TYPE = String.raw`([cmrtxzipgdfh]\d{1,2}[a-z]{0,3})(?:\.${SIZE})?`
/** "Standard Reserved Instances for m5.xlarge", "c5 Convertible RIs": the family a reservation the stem holds is for. */
const HELD_FAMILY = new RegExp(
  String.raw`\b${SIZED_TYPE}\s+(?:Linux\s+|Windows\s+)?(?:(?:Standard|Convertible|regional|zonal)\s+)*(?:Reserved\s+Instances?|RIs?)\b` +
    String.raw`|\b(?:Reserved\s+Instances?|RIs?|reservations?)\s+(?:\w+\s+){0,2}?(?:for|on|covering)\s+(?:\d+\s+)?${SIZED_TYPE}\b`,
  'gi',
)

/** The one instance family the stem's reservations are for, if it names exactly one (read once per question). */
export function heldFamilyOf(stem: string): string | undefined {
  const families = new Set([...stem.matchAll(HELD_FAMILY)].map((m) => (m[1] ?? m[2])!.toLowerCase()))
  return families.size === 1 ? [...families][0] : undefined
}
