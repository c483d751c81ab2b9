import type {CatalogEntry} from '../knowledge/catalog.js'

/**
 * Advice answers two questions, each with its own recommendation: where the
 * workload runs (placement, compute model, the network in front of it) and
 * how to pay for that compute (the catalog's `pricing` category). A Savings
 * Plan and AWS Lambda do not compete; two ways to run the code do.
 */
export const TRACKS = ['compute', 'purchasing'] as const
export type Track = (typeof TRACKS)[number]

export const trackOf = (entry: Pick<CatalogEntry, 'category'>): Track =>
  entry.category === 'pricing' ? 'purchasing' : 'compute'

/** Two services combine when the catalog says either works together with the other (`complements`). */
export const combines = (
  a: Pick<CatalogEntry, 'complements' | 'id'>,
  b: Pick<CatalogEntry, 'complements' | 'id'>,
): boolean => a.complements?.includes(b.id) === true || b.complements?.includes(a.id) === true

export type Role = 'alternative' | 'complement' | 'primary'

/** A candidate the rules spoke for and none rejected; lists of these come strongest first. */
export interface Ranked {
  entry: CatalogEntry
  score: number
  /** Pieces of evidence (fired fit rules): the tie-break after score. */
  evidence: number
}

export interface TrackPlan {
  primary: CatalogEntry | undefined
  roles: Map<string, Role>
  tied: string[]
}

export interface Plan {
  compute: TrackPlan
  purchasing: TrackPlan
  /**
   * Whether the purchasing primary pays for the compute primary (they
   * combine); undefined when either is missing. The rules, not this, decide
   * what is recommended: a mismatch is shown to the reader, not hidden.
   */
  paysForComputePrimary: boolean | undefined
}

function planTrack(ranked: readonly Ranked[]): TrackPlan {
  const top = ranked[0]
  const roles = new Map<string, Role>()
  for (const [i, r] of ranked.entries())
    roles.set(r.entry.id, i === 0 ? 'primary' : top && combines(r.entry, top.entry) ? 'complement' : 'alternative')
  const tied = top
    ? ranked
        .slice(1)
        .filter((r) => r.score === top.score && r.evidence === top.evidence)
        .map((r) => r.entry.id)
    : []
  return {primary: top?.entry, roles, tied}
}

/**
 * Splits ranked candidates by track and gives each its own primary.
 * "Alongside" holds only what combines with that primary (catalog
 * `complements`, either way round); everything else in the track is an
 * alternative to it.
 */
export function planTracks(ranked: readonly Ranked[]): Plan {
  const compute = planTrack(ranked.filter((r) => trackOf(r.entry) === 'compute'))
  const purchasing = planTrack(ranked.filter((r) => trackOf(r.entry) === 'purchasing'))
  const paysForComputePrimary =
    compute.primary && purchasing.primary ? combines(compute.primary, purchasing.primary) : undefined
  return {compute, purchasing, paysForComputePrimary}
}
