import type {Profile, ProfileField} from './profile.js'

/** Two or more stated facts that cannot all be true of one workload. */
export interface ProfileConflict {
  fields: ProfileField[]
  message: string
}

interface ConflictRule {
  fields: ProfileField[]
  holds: (p: Profile) => boolean
  message: (p: Profile) => string
}

const stated = (p: Profile, ...fields: ProfileField[]) => fields.every((f) => p[f] !== undefined)
const GB_RANGES: Record<string, [number, number]> = {
  low: [0, 1],
  moderate: [1, 100],
  high: [100, 10_000],
  massive: [10_000, Number.POSITIVE_INFINITY],
}

/**
 * Facts that contradict each other. Only pairs where both answers cannot be
 * meant at once: "the base must not be interrupted, the burst may" is a
 * consistent pair, not a contradiction.
 */
const RULES: readonly ConflictRule[] = [
  {
    fields: ['usesSpot', 'interruptionTolerant'],
    holds: (p) => p.usesSpot === true && p.interruptionTolerant === false && p.burstInterruptible !== true,
    message: () =>
      'The fleet already runs on Spot, but the work must not be interrupted: AWS can reclaim Spot capacity with two minutes’ notice.',
  },
  {
    fields: ['burstInterruptible', 'interruptionTolerant'],
    holds: (p) => p.burstInterruptible === true && p.interruptionTolerant === true,
    message: () => 'All of the work may be interrupted, yet only capacity above a base may be: say which one holds.',
  },
  {
    fields: ['operations', 'licensing'],
    holds: (p) => p.operations === 'serverless' && p.licensing === 'per-socket-or-core',
    message: () => 'Serverless compute has no host to license per socket or core, or to see and keep.',
  },
  {
    fields: ['residency', 'ownFacility'],
    holds: (p) => p.residency === 'on-premises' && p.ownFacility === false,
    message: () =>
      'The data must stay in your own data center or site, but there is no site of your own to host hardware in.',
  },
  {
    fields: ['dataVolume', 'dataGbPerDay'],
    holds: (p) =>
      stated(p, 'dataVolume', 'dataGbPerDay') &&
      !(p.dataGbPerDay! >= GB_RANGES[p.dataVolume!]![0] && p.dataGbPerDay! <= GB_RANGES[p.dataVolume!]![1]),
    message: (p) => `${p.dataGbPerDay} GB a day does not fall in the "${p.dataVolume}" data volume range.`,
  },
]

/** Every contradiction among the stated facts. */
export function profileConflicts(profile: Profile): ProfileConflict[] {
  return RULES.filter((r) => r.holds(profile)).map((r) => ({fields: r.fields, message: r.message(profile)}))
}
