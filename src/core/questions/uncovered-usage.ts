import type {KnowledgeBase} from '../knowledge/knowledge-base.js'
import type {OptionVerdict} from './solve.js'

import {type ServiceMention, withoutMentions} from '../extract/find-services.js'

/** A savings aim in the stem's own words: "maximize its savings on…", "reduce the cost of…". */
const SAVINGS_AIM =
  /\b(?:reduce|reducing|lower|lowering|cut|cutting|minimi[sz]e|minimi[sz]ing|optimi[sz]e|optimi[sz]ing|maximi[sz]e|maximi[sz]ing|save|saving|savings|discount|discounts|discounted)\b/i
/** An aim over everything the application runs on: "all application resources", "the whole compute bill". */
const ALL_USAGE =
  /\b(?:all|every|entire|whole|overall|total)\s+(?:of\s+)?(?:(?:the|its|their|our|application|compute|AWS|cloud)\s+){0,2}(?:resources|usage|compute|services|workloads?|components|spend|bill|application|infrastructure)\b/i

/**
 * A discount that must follow the workloads wherever the stem says they go: "keeping the discount as the workloads
 * change", "savings that still apply after the move". It reaches every service the stem names them moving to.
 */
const DISCOUNT_FOLLOWS =
  /\b(?:keep|keeps|keeping|retain|retains|retaining|preserve|preserves|preserving|maintain|maintains|maintaining)\s+(?:(?:the|its|their|our|that|this|a)\s+)?(?:(?:same|full|committed)\s+)?(?:discount|discounts|savings|saving)\s+(?:as|when|while|after|through|across|even\s+(?:as|when|if|after))\b|\b(?:discount|discounts|savings)\s+(?:(?:that|which)\s+)?(?:follows?|carr(?:y|ies)\s+over|still\s+appl(?:y|ies)|continues?\s+to\s+apply|keeps?\s+applying)\b/i

/** The sentence of `text` around offset `at`. */
function sentenceAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('? ', at), text.lastIndexOf('! ', at)) + 1
  const stop = text.slice(at).search(/[.?!](?:\s|$)/)
  return text.slice(start, stop === -1 ? text.length : at + stop)
}

/** The catalog entry a mention names, and its variant when it names one. */
function namedIn(mention: ServiceMention, kb: KnowledgeBase) {
  const entry = kb.catalog.find((e) => e.id === mention.service)
  return {entry, variant: entry?.variants?.find((v) => v.id === mention.variant)}
}

/** What one named way to pay cannot discount, by the catalog: `doesNotCover`, and what sibling variants cover and it does not. */
export function notCoveredBy(mention: ServiceMention, kb: KnowledgeBase): Set<string> {
  const {entry, variant} = namedIn(mention, kb)
  if (!entry) return new Set()
  const siblingsCover = variant?.covers ? (entry.variants ?? []).flatMap((v) => v.covers ?? []) : []
  return new Set([...(entry.doesNotCover ?? []), ...siblingsCover.filter((id) => !variant?.covers?.includes(id))])
}

/** What one named way to pay covers, by its catalog variant ("Compute Savings Plan": EC2, Fargate, Lambda). */
const coveredBy = (mention: ServiceMention, kb: KnowledgeBase): readonly string[] => namedIn(mention, kb).variant?.covers ?? []

/** The catalog's name for a named way to pay, its variant's when it names one. */
export function payNameOf(mention: ServiceMention, kb: KnowledgeBase): string {
  const {entry, variant} = namedIn(mention, kb)
  return variant?.name ?? entry?.name ?? mention.service
}

export const serviceNameOf = (id: string, kb: KnowledgeBase): string => kb.catalog.find((e) => e.id === id)?.name ?? id

/**
 * A way to pay that cannot discount compute the stem says the application
 * runs on: "uses EC2 instances and Lambda functions … wants to maximize its
 * savings on all application resources" sinks an EC2 Instance Savings Plan
 * (EC2 only), since the aim covers Lambda too. The aim must reach the
 * uncovered service: a savings aim in the sentence that names it, over all
 * the application's usage, or a discount kept "as the workloads change";
 * usage a plan the stem already holds covers is not aimed at. Another way to
 * pay in the same option that covers the service
 * answers it ("…and a Compute Savings Plan for the functions"). Without an
 * aim that reaches it nothing is said: a plan for one part ("lower the
 * SageMaker bill") need not cover the rest, and each option of a "choose
 * two" question may pay for one part (the caller judges single answers only).
 */
export function uncoveredUsage(stem: string, stemMentions: readonly ServiceMention[], optionMentions: readonly ServiceMention[], kb: KnowledgeBase): OptionVerdict['violations'] {
  const found: OptionVerdict['violations'] = []
  const coveredInOption = new Set(optionMentions.flatMap((m) => coveredBy(m, kb)))
  // Usage a way to pay the stem already holds covers is not what the question wants savings on.
  const coveredAlready = new Set(stemMentions.flatMap((m) => coveredBy(m, kb)))
  // Product names are not aims: "Compute Savings Plan" says nothing about what the company wants to save on.
  const words = withoutMentions(stem, stemMentions)
  const aimOverAll = words.split(/(?<=[.?!])\s+/).some((s) => ALL_USAGE.test(s) && SAVINGS_AIM.test(s)) || DISCOUNT_FOLLOWS.test(words)
  for (const pay of optionMentions) {
    const notCovered = notCoveredBy(pay, kb)
    for (const used of stemMentions) {
      if (!notCovered.has(used.service) || coveredInOption.has(used.service) || coveredAlready.has(used.service)) continue
      if (!aimOverAll && !SAVINGS_AIM.test(sentenceAt(words, used.start))) continue
      const message = `${payNameOf(pay, kb)} cannot discount ${serviceNameOf(used.service, kb)}, which the application runs on and the question wants savings on`
      if (!found.some((v) => v.message === message)) found.push({service: pay.service, rule: 'coverage', message})
    }
  }
  return found
}

/**
 * A way to pay a step gives one part that cannot discount what that part runs on: "EC2 Instance Savings Plan for
 * Estate 3" where Estate 3 is "a group of AWS Lambda functions": a service the part's own sentences name and the way
 * to pay leaves out. Another way to pay in the same step that covers it answers it.
 */
export function uncoveredPartUsage(stepMentions: readonly ServiceMention[], partServices: ReadonlySet<string>, kb: KnowledgeBase): OptionVerdict['violations'] {
  const coveredInStep = new Set(stepMentions.flatMap((m) => coveredBy(m, kb)))
  const found: OptionVerdict['violations'] = []
  for (const pay of stepMentions) {
    const notCovered = notCoveredBy(pay, kb)
    for (const used of partServices) {
      if (!notCovered.has(used) || coveredInStep.has(used)) continue
      found.push({service: pay.service, rule: 'coverage', message: `${payNameOf(pay, kb)} cannot discount ${serviceNameOf(used, kb)}, which this part runs on`})
    }
  }
  return found
}
