import type {ServiceMention} from '../extract/find-services.js'
import type {KnowledgeBase} from '../knowledge/knowledge-base.js'
import type {OptionVerdict} from './solve.js'

import {parseNumber} from '../extract/numbers.js'

// Counts an option states: "12 instances", "four in each zone", "across three Availability Zones".
const NUM = String.raw`(\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|sixteen|eighteen|twenty|thirty|forty|fifty)`
const UNITS = String.raw`(?:[\w.-]+\s+){0,2}?(?:instances?|nodes?|servers?|VMs|brokers?|replicas?)`
const ZONE = String.raw`(?:Availability\s+Zones?|AZs?|zones?)`
const PER_ZONE = new RegExp(String.raw`\b${NUM}\s+(?:${UNITS}\s+)?(?:in\s+each|per|in\s+every|for\s+each)\s+(?:\w+\s+)?${ZONE}`, 'i')
const ONE_ZONE = new RegExp(String.raw`\b(?:in|within|inside|into)\s+(?:a\s+single|one|the\s+same|a)\s+${ZONE}\b`, 'i')
const ACROSS = new RegExp(String.raw`\b(?:across|over|spanning|spans|span|between)\s+(?:the\s+|all\s+)?${NUM}\s+${ZONE}`, 'i')
const TOTAL = new RegExp(String.raw`\b${NUM}\s+${UNITS}\b`, 'i')
const EVERY_TOTAL = new RegExp(TOTAL.source, 'gi')

const num = (s: string | undefined) => (s === undefined ? Number.NaN : (parseNumber(s) ?? Number.NaN))

/** "all instances", "the whole cluster", "every node": the option places the stem's whole fleet without counting it. */
const WHOLE_FLEET = /\b(?:all|every|each)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:instances?|nodes?|servers?|brokers?|VMs)\b|\bthe\s+(?:whole|entire)\s+(?:cluster|fleet|ring)\b/i

/** The one fleet size the stem states ("a cluster of 150 EC2 instances"); none when it states two different ones. */
function stemCount(stem: string): number | undefined {
  const counts = new Set([...stem.matchAll(EVERY_TOTAL)].map((m) => num(m[1])).filter(Number.isFinite))
  return counts.size === 1 ? [...counts][0] : undefined
}

function perZone(option: string, stem: string): number | undefined {
  const stated = num(PER_ZONE.exec(option)?.[1])
  if (Number.isFinite(stated)) return stated
  const own = num(TOTAL.exec(option)?.[1])
  const total = Number.isFinite(own) ? own : WHOLE_FLEET.test(option) ? (stemCount(stem) ?? Number.NaN) : Number.NaN
  if (!Number.isFinite(total)) return undefined
  if (ONE_ZONE.test(option)) return total
  const zones = num(ACROSS.exec(option)?.[1])
  return Number.isFinite(zones) && zones >= 1 ? Math.ceil(total / zones) : undefined
}

/**
 * "Launch all 12 instances into one spread placement group in a single
 * Availability Zone": a rack-level spread group runs at most seven instances
 * per zone (the catalog's `placement-groups/spread-instances-per-zone`), so
 * an option that puts more in one zone cannot be built. Judged only where the
 * option states how it lays the instances over zones, and its own count or
 * "all instances" of the one fleet size the stem states.
 */
export function spreadLimitConflicts(option: string, stem: string, mentions: readonly ServiceMention[], kb: KnowledgeBase): OptionVerdict['violations'] {
  if (!mentions.some((m) => m.service === 'placement-groups' && m.variant === 'spread')) return []
  const limit = kb.catalog.find((e) => e.id === 'placement-groups')?.limits.find((l) => l.id === 'spread-instances-per-zone')?.value
  const count = perZone(option, stem)
  if (typeof limit !== 'number' || count === undefined || count <= limit) return []
  return [
    {
      service: 'placement-groups',
      rule: 'spread-limit',
      message: `a spread placement group runs at most ${limit} instances per Availability Zone, and this option puts ${count} in one zone`,
    },
  ]
}
