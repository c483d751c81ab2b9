import type {Evidence} from '../extract/extract-profile.js'
import type {Profile} from '../knowledge/profile.js'
import type {ChosenService, RequirementEvidence} from './finding.js'

/** A document reduced to what the checker judges: requirements with their evidence, and services named. */
export interface DocumentFacts {
  profile: Profile
  /** Where each stated fact came from; the first statement of each field. */
  evidence: Map<string, RequirementEvidence>
  chosen: ChosenService[]
  notChosen: ChosenService[]
  /** The sentence each field's evidence stands in, for telling which component a requirement is about. */
  contexts?: Map<string, string>
  /**
   * The profile's fields that the document states outright (fields, or words
   * that say the fact: see `strengthAt`); the others are only
   * suggested by its wording. Absent: every field is stated.
   */
  stated?: ReadonlySet<string>
  /** Field → the service each of its pieces of evidence is about, and the value it says; see `bindings`. */
  boundTo?: ReadonlyMap<string, readonly Binding[]>
  /** Services the document names without setting them aside: a better fit it already knows of is not news. */
  acknowledged?: ReadonlySet<string>
  /** The decision splits the work into smaller pieces ("one function per 5-minute batch"): a whole job's run time is not a piece's. */
  splitsWork?: boolean
}

/** A piece of evidence's value and the service its sentence says it is about (null: the whole design). */
export interface Binding {
  service: null | string
  value: boolean | number | string
}

/** What a fact is bound to when its sentence is about compute outside the catalog (EC2 instance types, node groups). */
export const OTHER_COMPUTE_ID = '(other compute)'

/** Turns extraction evidence into the first statement of each field, preferring one that states it outright. */
export function evidenceByField(evidence: readonly Evidence[], lineOffset: number): Map<string, RequirementEvidence> {
  const byField = new Map<string, RequirementEvidence & {strength: Evidence['strength']}>()
  for (const e of evidence) {
    const kept = byField.get(e.field)
    if (kept && (kept.strength === 'stated' || e.strength !== 'stated')) continue
    byField.set(e.field, {
      field: e.field,
      value: e.value,
      quote: e.quote,
      line: e.line + lineOffset,
      strength: e.strength,
    })
  }
  return new Map([...byField].map(([field, {strength: _, ...kept}]) => [field, kept]))
}

/** 1-based line of the first line in `text` that matches `pattern`, counting from `firstLine`. */
export function lineOf(text: string, pattern: RegExp, firstLine = 1): number | undefined {
  const lines = text.split('\n')
  const index = lines.findIndex((l) => pattern.test(l))
  return index === -1 ? undefined : firstLine + index
}

/**
 * Keeps the first mention of each service, sorted by line, with the first
 * variant any of its mentions named ("AWS Outposts … an Outposts rack").
 */
export function firstMentions(mentions: readonly ChosenService[]): ChosenService[] {
  const first = new Map<string, ChosenService>()
  for (const m of mentions) if (!first.has(m.service) || first.get(m.service)!.line > m.line) first.set(m.service, m)
  return [...first.values()]
    .map((kept) => {
      if (kept.variant) return kept
      const variant = mentions.find((m) => m.service === kept.service && m.variant)?.variant
      return variant ? {...kept, variant} : kept
    })
    .sort((a, b) => a.line - b.line || a.service.localeCompare(b.service))
}
