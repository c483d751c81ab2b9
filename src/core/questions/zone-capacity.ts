import type {Profile} from '../knowledge/profile.js'
import type {OptionVerdict} from './solve.js'

import {parseNumber} from '../extract/numbers.js'

/**
 * "At least 6 instances must stay in service if an Availability Zone is
 * lost; which layout needs the fewest instances?" is arithmetic, not a
 * choice between services: N instances spread evenly over Z zones keep
 * N − ⌈N/Z⌉ when the fullest zone fails. Answered only when the stem states
 * the capacity and the zone loss, and every option states its layout.
 */
const NUM = String.raw`(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|sixteen|eighteen|twenty)`
const ZONES = String.raw`(?:Availability\s+Zones?|AZs?)`
const UNITS = String.raw`(?:(?:running|healthy|in-service|application|web|EC2|app)\s+)*(?:instances?|servers?|nodes?)`
const num = (s: string) => parseNumber(s) ?? Number.NaN

const NEEDED = new RegExp(String.raw`\b(?:at\s+least|a\s+minimum\s+of|minimum\s+of|no\s+fewer\s+than|needs?|requires?)\s+${NUM}\s+${UNITS}\b`, 'gi')
const ZONE_LOSS = new RegExp(
  String.raw`\b(?:loss|failure|outage)\s+of\s+(?:an?|one|a\s+single|an\s+entire|one\s+entire|any)\s+(?:entire\s+)?(?:${ZONES}|data\s+cent(?:er|re))|\b(?:${ZONES}|data\s+cent(?:er|re))\s+(?:\w+\s+){0,4}?(?:is\s+lost|fails|goes\s+down|becomes\s+unavailable|is\s+unavailable|outage)`,
  'i',
)
// Not bare "least" or "minimum": "at least 6 instances" states the capacity, not the question's aim.
const COST_CUE = /\b(?:fewest|lowest|cheapest|smallest\s+number|minimum\s+number|most\s+cost[- ]effective|least\s+(?:expensive|costly|cost|number))\b/i

const LAYOUTS: readonly [RegExp, (a: number, b: number) => {total: number; zones: number}][] = [
  [new RegExp(String.raw`\b${NUM}\s+${UNITS}\s+in\s+each\s+of\s+(?:the\s+)?${NUM}\s+${ZONES}`, 'i'), (a, b) => ({total: a * b, zones: b})],
  [new RegExp(String.raw`\b${NUM}\s+${ZONES}\s+with\s+${NUM}\s+${UNITS}\s+(?:in\s+)?each\b`, 'i'), (a, b) => ({total: a * b, zones: a})],
  [new RegExp(String.raw`\b${NUM}\s+${UNITS},?\s+(?:spread\s+|distributed\s+|split\s+|placed\s+)?(?:evenly\s+|equally\s+)?(?:across|over|between|in)\s+(?:the\s+)?${NUM}\s+${ZONES}`, 'i'), (a, b) => ({total: a, zones: b})],
  [new RegExp(String.raw`\b${NUM}\s+${UNITS},?\s+(?:all\s+)?in\s+(?:a\s+single|one|the\s+same|a)\s+(?:Availability\s+Zone|AZ)\b`, 'i'), (a) => ({total: a, zones: 1})],
]

function layoutOf(option: string): undefined | {total: number; zones: number} {
  for (const [pattern, layout] of LAYOUTS) {
    const m = pattern.exec(option)
    if (!m) continue
    const a = num(m[1]!)
    const b = m[2] === undefined ? 0 : num(m[2])
    const found = layout(a, b)
    if (Number.isFinite(found.total) && Number.isFinite(found.zones) && found.zones >= 1) return found
  }
  return undefined
}

export interface ZoneCapacityVerdict {
  needed: number
  options: {total: number; zones: number; remaining: number; enough: boolean}[]
  answer: number
}

/** The layout that keeps the stated capacity through the loss of one zone with the fewest instances, or undefined. */
export function zoneCapacity(stem: string, options: readonly string[], profile: Profile): undefined | ZoneCapacityVerdict {
  if (!ZONE_LOSS.test(stem) && profile.zoneResilient !== true) return undefined
  const needs = new Set([...stem.matchAll(NEEDED)].map((m) => num(m[1]!)).filter((n) => Number.isFinite(n)))
  if (needs.size !== 1) return undefined
  const needed = [...needs][0]!
  const layouts = options.map(layoutOf)
  if (layouts.includes(undefined)) return undefined
  const judged = layouts.map((l) => {
    const {total, zones} = l!
    const remaining = zones < 2 ? 0 : total - Math.ceil(total / zones)
    return {total, zones, remaining, enough: remaining >= needed}
  })
  const enough = judged.filter((o) => o.enough)
  if (enough.length === 0) return undefined
  const fewest = Math.min(...enough.map((o) => o.total))
  const best = judged.flatMap((o, i) => (o.enough && o.total === fewest ? [i] : []))
  if (best.length !== 1 || (enough.length > 1 && !COST_CUE.test(stem))) return undefined
  return {needed, options: judged, answer: best[0]!}
}

/** "…, all in one Availability Zone", "in a single AZ": the whole design placed in one zone. */
const ALL_IN_ONE_ZONE = new RegExp(
  String.raw`\b(?:all|everything|entirely|only)\s+(?:of\s+(?:them|it)\s+)?(?:in|within|inside|into)\s+(?:a\s+single|one|the\s+same)\s+${ZONES}|\b(?:in|within|inside|into)\s+(?:a\s+single|only\s+one)\s+${ZONES}`,
  'i',
)
/** "…with a standby in a second Availability Zone", "across three AZs": the option also uses other zones. */
const OTHER_ZONES = new RegExp(String.raw`\b(?:another|a\s+second|other|second|two|three|multiple|several|each|every)\s+${ZONES}|\b(?:across|spread\s+over)\s+(?:\w+\s+)?${ZONES}`, 'i')

/**
 * An option that puts everything in one Availability Zone, when the stem requires the design to survive the loss of a
 * zone and says so in so many words. "High availability" alone is not enough (a review template may ask for it of a job
 * that simply restarts from its checkpoint), nor is a zone failure the stem only mentions ("can be restarted in another
 * Availability Zone if one fails").
 */
export function oneZoneConflicts(option: string, stem: string, profile: Profile): OptionVerdict['violations'] {
  if (profile.zoneResilient !== true || !ZONE_LOSS.test(stem) || !ALL_IN_ONE_ZONE.test(option) || OTHER_ZONES.test(option)) return []
  return [{service: '', rule: 'term', message: 'it puts everything in one Availability Zone, and the question says the design must survive the loss of a zone'}]
}
