import * as z from 'zod/mini'

import {ProfileSchema} from '../knowledge/profile.js'

/**
 * The `advise --json` contract. Changing a field name here is a breaking change
 * for scripts; a test pins this shape.
 */
export const FactRefSchema = z.object({field: z.string(), value: z.unknown()})

export const ReasonSchema = z.object({
  rule: z.string(),
  message: z.string(),
  weight: z.optional(z.number()),
  facts: z.array(FactRefSchema),
  doc: z.string(),
})

/** How each variant of a service fares: the service's own score plus variant-only evidence, or what rules it out. */
export const VariantVerdictSchema = z.object({
  variant: z.string(),
  name: z.string(),
  score: z.number(),
  reasons: z.array(ReasonSchema),
  rejected: z.array(z.extend(ReasonSchema, {instead: z.array(z.string())})),
})

export const RecommendationSchema = z.object({
  service: z.string(),
  name: z.string(),
  category: z.string(),
  /** compute: where it runs (placement, compute model, network); purchasing: how to pay for it. */
  track: z.enum(['compute', 'purchasing']),
  /** Within its track: the primary, a complement that combines with the primary ("use alongside"), or an alternative to it. */
  role: z.enum(['primary', 'complement', 'alternative']),
  score: z.number(),
  reasons: z.array(ReasonSchema),
  tradeoffs: z.array(z.string()),
  costNotes: z.array(z.string()),
  availability: z.optional(z.string()),
  docs: z.array(z.string()),
  variants: z.optional(z.array(VariantVerdictSchema)),
})

export const RejectionSchema = z.object({
  service: z.string(),
  name: z.string(),
  mandatory: z.boolean(),
  reasons: z.array(z.extend(ReasonSchema, {instead: z.array(z.string())})),
  /**
   * Present only when a variant still has fits of its own: what rules out buying Reserved Instances does not rule
   * out selling the Standard ones a company holds. Each verdict's score counts its own fits only.
   */
  variants: z.optional(z.array(VariantVerdictSchema)),
})

export const UnscoredSchema = z.object({
  service: z.string(),
  name: z.string(),
  reason: z.string(),
  /** Present only when a rule rules out one of its variants (Fargate Spot for an ARM64 task) though nothing speaks for the service. */
  variants: z.optional(z.array(VariantVerdictSchema)),
})

/** One track's answer, by service id; every id is also in `recommendations` with its detail. */
export const TrackSummarySchema = z.object({
  primary: z.nullable(z.string()),
  /** Candidates of this track that tied with its primary on score and evidence. */
  tiedWithPrimary: z.array(z.string()),
  /** What combines with the primary. */
  alongside: z.array(z.string()),
  /** Lower-scoring candidates that would replace the primary. */
  alternatives: z.array(z.string()),
})

export const AdviceSchema = z.object({
  profile: ProfileSchema,
  /** The stronger of the two track primaries (kept for scripts written before the tracks). */
  primary: z.nullable(z.string()),
  /** Set when nothing fits: says plainly why. */
  nothingFits: z.nullable(z.string()),
  /** Candidates that tied with `primary` on score, in its track. */
  tiedWithPrimary: z.array(z.string()),
  /** Where it runs: placement, compute model and the network in front of it. */
  compute: TrackSummarySchema,
  /** How to pay for the compute (Spot, On-Demand, Reserved Instances, Savings Plans, Dedicated Hosts). */
  purchasing: z.extend(TrackSummarySchema, {
    /**
     * Whether the catalog says the purchasing primary pays for the compute
     * primary; false is shown as a caveat (On-Demand Instances do not buy
     * Lambda time); null when either primary is missing.
     */
    paysForComputePrimary: z.nullable(z.boolean()),
    /** Why there is no purchasing primary (null when there is one). */
    none: z.nullable(z.string()),
  }),
  recommendations: z.array(RecommendationSchema),
  rejected: z.array(RejectionSchema),
  unscored: z.array(UnscoredSchema),
})

export type FactRef = z.infer<typeof FactRefSchema>
export type Reason = z.infer<typeof ReasonSchema>
export type Recommendation = z.infer<typeof RecommendationSchema>
export type VariantVerdict = z.infer<typeof VariantVerdictSchema>
export type Rejection = z.infer<typeof RejectionSchema>
export type Advice = z.infer<typeof AdviceSchema>
export type TrackSummary = z.infer<typeof TrackSummarySchema>
