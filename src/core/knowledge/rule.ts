import * as z from 'zod/mini'

/**
 * Rules are json-rules-engine rules (https://github.com/CacheControl/json-rules-engine)
 * with our metadata in `event.params`. A `reject` event is a hard constraint
 * (the candidate cannot work), a `fit` event is weighted evidence, a
 * `caution` says the candidate works but the requirements call for something
 * simpler or cheaper (a warning in `check`), and a `note` marks a requirement
 * the choice depends on that was never stated.
 */
export const OPERATORS = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'contains',
  'doesNotContain',
] as const
export type Operator = (typeof OPERATORS)[number]

/** Operators that are true when the fact is missing; rules must guard them with `stated`. */
export const NEGATIVE_OPERATORS: ReadonlySet<Operator> = new Set(['notEqual', 'notIn', 'doesNotContain'])

/** Extra fact: the list of profile fields the user actually stated. */
export const STATED_FACT = 'stated'

type Scalar = boolean | number | string
export interface LeafCondition {
  fact: string
  operator: Operator
  value: Scalar | Scalar[]
}
export type Condition = LeafCondition | {all: Condition[]} | {any: Condition[]} | {not: Condition}

const ScalarSchema = z.union([z.string(), z.number(), z.boolean()])
const LeafSchema = z.strictObject({
  fact: z.string().check(z.minLength(1)),
  operator: z.enum(OPERATORS),
  value: z.union([ScalarSchema, z.array(ScalarSchema)]),
})

export const ConditionSchema: z.ZodMiniType<Condition> = z.union([
  z.strictObject({
    get all() {
      return z.array(ConditionSchema).check(z.minLength(1))
    },
  }),
  z.strictObject({
    get any() {
      return z.array(ConditionSchema).check(z.minLength(1))
    },
  }),
  z.strictObject({
    get not() {
      return ConditionSchema
    },
  }),
  LeafSchema,
])

const Text = z.string().check(z.minLength(1))
const RuleId = z
  .string()
  .check(z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must look like service-id.rule-name (lower-case, dots and dashes)'))
const ServiceId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a catalog id'))
/** A catalog id, or "service-id/variant-id" for one variant of it (an On-Demand Capacity Reservation). */
const ServiceOrVariantId = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)?$/, 'must be a catalog id, or service-id/variant-id'),
  )
const DocUrl = z.string().check(z.regex(/^https:\/\//, 'must be an https:// documentation link'))

/** A rule about one variant of a service (a Standard RI, an Outposts server) names it here. */
const VariantId = z.optional(
  z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a variant id of the service')),
)

/**
 * Variants of the same service that answer the rule when an option names them
 * beside its variant: target tracking kept for the daytime beside scheduled
 * actions that empty the group at night. Read by `solve`; `check` keeps one
 * variant per chosen service, so it never sees the pair.
 */
const UnlessAlso = z.optional(
  z.array(z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a variant id of the service'))),
)

export const RejectParamsSchema = z.strictObject({
  service: ServiceId,
  variant: VariantId,
  /** One line a person reads: why this candidate cannot work. */
  message: Text,
  /** Catalog ids to use instead. */
  instead: z.optional(z.array(ServiceId)),
  /** `service-id/limit-id` in the catalog whose number this rule compares against. */
  limit: z.optional(z.string().check(z.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be service-id/limit-id'))),
  doc: DocUrl,
  /** Mandatory rules cannot be waived in `check`. */
  mandatory: z.optional(z.boolean()),
  /** Sibling variants that answer the rejection when an option names them too (see `UnlessAlso`). */
  unlessAlso: UnlessAlso,
  /**
   * Catalog services, or "service/variant", that answer the rejection when a `solve` option names them beside the
   * rejected one: an EC2 Instance Savings Plan for containers the option itself runs on EC2 instances in an Auto
   * Scaling group; a regional Reserved Instance whose discount applies to the On-Demand Capacity Reservation the
   * option also creates.
   */
  unlessWith: z.optional(z.array(ServiceOrVariantId)),
  /**
   * Words by which a `solve` option itself removes the cause of the rejection
   * ("a multi-architecture image" for x86-only software on Graviton). Matched
   * as whole words, ignoring case, in the option's text. Word lists, not patterns.
   */
  unlessSaid: z.optional(z.array(Text)),
})

export const FitParamsSchema = z.strictObject({
  service: ServiceId,
  variant: VariantId,
  weight: z.number().check(z.positive(), z.lte(10)),
  message: Text,
  doc: DocUrl,
  /**
   * Words a `solve` option must say for this fit to count for it, when the fit
   * is a thing done to what the stem already holds (idle Standard RIs are
   * sold: "sell", "Marketplace"), not a reason to pick the service. Matched as
   * whole words, ignoring case. `advise` and `check` ignore it.
   */
  whenSaid: z.optional(z.array(Text)),
})

/** A note: the decision for this service depends on something the requirements leave out. Used by `check`. */
export const NoteParamsSchema = z.strictObject({
  service: ServiceId,
  message: Text,
  doc: DocUrl,
})

/** A caution: the service would work, but what the requirements state makes it a poor choice (cost, complexity). Used by `check` (a warning). */
export const CautionParamsSchema = z.strictObject({
  service: ServiceId,
  variant: VariantId,
  /** One line a person reads: why this is more than the requirements need. */
  message: Text,
  /** Catalog ids to use instead, when the better choice is one. */
  instead: z.optional(z.array(ServiceId)),
  /** Sibling variants that answer the caution when an option names them too (see `UnlessAlso`). */
  unlessAlso: UnlessAlso,
  /**
   * Catalog services that answer the caution when a `solve` option names them
   * beside the cautioned one: a gateway endpoint for the S3 traffic beside the
   * NAT gateway kept for the rest. "service/variant" names one variant.
   */
  unlessWith: z.optional(z.array(ServiceOrVariantId)),
  /**
   * Words by which a `solve` option itself answers the caution ("after the resized fleet has run" for a commitment
   * cautioned until the instances are right-sized). Whole words, ignoring case, in the option's text. Word lists, not
   * patterns; `advise` and `check` ignore them.
   */
  unlessSaid: z.optional(z.array(Text)),
  doc: DocUrl,
})

export const RuleSchema = z.strictObject({
  name: RuleId,
  /** Why the rule exists, for people maintaining the pack. */
  rationale: Text,
  priority: z.optional(z.number().check(z.int(), z.positive())),
  conditions: ConditionSchema,
  event: z.union([
    z.strictObject({type: z.literal('reject'), params: RejectParamsSchema}),
    z.strictObject({type: z.literal('fit'), params: FitParamsSchema}),
    z.strictObject({type: z.literal('note'), params: NoteParamsSchema}),
    z.strictObject({type: z.literal('caution'), params: CautionParamsSchema}),
  ]),
})

export type Rule = z.infer<typeof RuleSchema>
export type RejectParams = z.infer<typeof RejectParamsSchema>
export type FitParams = z.infer<typeof FitParamsSchema>
