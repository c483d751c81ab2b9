import type {ChosenService, Finding} from './finding.js'

/**
 * Which part of the system a chosen service is for, when the decision says so:
 * "AWS Lambda for the API and AWS Batch for the nightly export", "the export
 * runs on AWS Batch". A design often chooses one service per component, and a
 * requirement about one component (the export's three hours) says nothing
 * about another's service (the API's Lambda).
 */

const LEADING =
  /^\s*(?:(?:instances?|functions?|tasks?|jobs?|containers?|clusters?|fleets?|workers?)\s+)?(?:(?:is|are|will be|gets?)\s+)?(?:used\s+|chosen\s+)?for\s+(?:the\s+|our\s+|its\s+|all\s+|each\s+|every\s+|an?\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)(?=\s*(?:[,;.:)]|\band\b|\bwith\b|\bwhile\b|\bbecause\b|\bso\b|\bbut\b|$))/i
const TRAILING =
  /(?:^\s*|[,;]\s*(?:and\s+)?|\band\s+)(?:the\s+|our\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:runs?|will run|is run|are run|is hosted|are hosted|will be hosted|will live|lives|goes|moves?)\s+(?:on|in|to|with)\s+(?:an?\s+|the\s+)?$/i
const STOP = new Set([
  'the',
  'our',
  'all',
  'each',
  'every',
  'and',
  'for',
  'new',
  'its',
  'their',
  'service',
  'services',
  'part',
  'parts',
  'system',
  'workload',
  'workloads',
  'application',
  'app',
])

/** The component a service is chosen for, from its sentence (`before`: the words up to it, `after`: the words after it), if the sentence names one. */
export function purposeOf(before: string, after: string): string | undefined {
  const named = LEADING.exec(after)?.[1] ?? TRAILING.exec(before)?.[1]
  return named === undefined || words(named).length === 0 ? undefined : named.toLowerCase()
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .filter((w) => w.length >= 3 && !STOP.has(w))
}

const mentions = (context: string, purpose: string) =>
  words(purpose).some((w) => new RegExp(`\\b${w.replaceAll('-', String.raw`\-`)}`, 'i').test(context))

/**
 * Whether a finding's requirement is about another chosen service's component:
 * its sentence names that component and not the one this service is for. Only
 * when the decision gives both services a component; otherwise the document's
 * requirements apply to every choice, as before.
 */
export function aboutAnotherComponent(
  finding: Finding,
  context: string | undefined,
  chosen: readonly ChosenService[],
): boolean {
  if (context === undefined) return false
  const mine = chosen.find((c) => c.service === finding.service)?.purpose
  if (mine === undefined || mentions(context, mine)) return false
  return chosen.some((c) => c.service !== finding.service && c.purpose !== undefined && mentions(context, c.purpose))
}
