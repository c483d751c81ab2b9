import type {ServiceMention} from '../extract/find-services.js'

/**
 * An option that moves a whole application to an edge location (a Local Zone,
 * a Wavelength Zone, an Outpost) when the stem says only part of it needs to
 * be close to its users: "…while the catalog database, nightly analytics and
 * archive have no latency requirement". The latency-sensitive tier is what
 * belongs there; the rest has no reason to leave the Region, where every
 * service is offered.
 */
const EDGE_LOCATIONS = new Set(['local-zones', 'wavelength', 'outposts'])

/** "have no latency requirement", "is not latency-sensitive", "latency does not matter for …". */
const PART_WITHOUT_LATENCY_NEED =
  /\b(?:no|without\s+(?:any|a))\s+(?:special\s+|particular\s+|strict\s+|real\s+)?latency\s+(?:requirements?|needs?|constraints?|sensitivity|targets?)\b|\b(?:is|are)\s+not\s+latency[- ]sensitive\b|\blatency[- ](?:insensitive|tolerant)\b|\blatency\s+(?:does\s+not|doesn't|do\s+not|don't)\s+matter\b/i

/** "Run the entire stack…", "move everything…", "all of the tiers": the option takes every part along. */
const WHOLE_STACK =
  /\b(?:the\s+)?(?:entire|whole|full|complete)\s+(?:stack|application|platform|system|workload|environment|estate)\b|\beverything\b|\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:tiers|components|services|workloads|layers)\b/i

const CAUTION = 'the option moves the whole application to an edge location, though the question says only part of it needs low latency'

export function wholeStackAtEdgeCautions(optionText: string, optionMentions: readonly ServiceMention[], stemText: string): string[] {
  if (!PART_WITHOUT_LATENCY_NEED.test(stemText) || !WHOLE_STACK.test(optionText)) return []
  return optionMentions.some((m) => EDGE_LOCATIONS.has(m.service)) ? [CAUTION] : []
}
