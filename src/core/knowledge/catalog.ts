import * as z from 'zod/mini'

import {closestName} from '../validation/closest-name.js'

/** Catalog ids other tools and reports key on; keep them stable. */
export const CATEGORIES = [
  'placement',
  'compute-model',
  'pricing',
  'network',
  'load-balancing',
  'instance-type',
  'orchestration',
  'cost-management',
  'data-transfer',
] as const

const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'))
const DocUrl = z
  .string()
  .check(
    z.regex(
      /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//,
      'must be an https://docs.aws.amazon.com/ or https://aws.amazon.com/ page',
    ),
  )
const Id = z
  .string()
  .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (lower-case letters, digits and dashes)'))
const Text = z.string().check(z.minLength(1))

/** A number AWS documents, with the page it comes from and when someone last checked it. */
export const LimitSchema = z.strictObject({
  id: Id,
  label: Text,
  value: z.union([z.number(), Text]),
  unit: z.optional(Text),
  note: z.optional(Text),
  source: DocUrl,
  checked: IsoDate,
})

export const DocLinkSchema = z.strictObject({title: Text, url: DocUrl})

/**
 * Something a service or variant cannot have done to it, which exam options
 * propose as a step ("Sell the Convertible Reserved Instances on the Reserved
 * Instance Marketplace"): an option with such a step contradicts the
 * documentation. Word lists, not patterns: a rule pack is data.
 */
export const ImpossibleActionSchema = z.strictObject({
  /** Verbs of a step that name the action ("sell", "exchange"), matched as whole words. */
  verbs: z.array(Text).check(z.minLength(1)),
  /** When set, the step must also contain one of these for the action to be impossible ("instance family"). */
  with: z.optional(z.array(Text)),
  /** Words that make the step possible after all ("X86_64" beside "ARM64": the option moves off ARM64). */
  unless: z.optional(z.array(Text)),
  /**
   * `option`: the words may stand anywhere in the option, not only in the
   * service's own step ("Keep the ARM64 task definition and add the
   * FARGATE_SPOT capacity provider" is one setup in two steps).
   */
  scope: z.optional(z.enum(['step', 'option'])),
  message: Text,
  source: DocUrl,
  checked: IsoDate,
})

export const VariantSchema = z.strictObject({
  id: Id,
  name: Text,
  aliases: z.array(Text),
  summary: Text,
  /**
   * Words that pick this variant when they stand next to a mention of the
   * parent service ("Zonal Standard Reserved Instances": zonal + standard).
   */
  keywords: z.optional(z.array(Text)),
  /** Catalog ids whose usage this variant discounts or applies to (a Compute Savings Plan: EC2, Fargate, Lambda). */
  covers: z.optional(z.array(Id)),
  cannot: z.optional(z.array(ImpossibleActionSchema)),
})

/**
 * Aliases that are also ordinary words or another product's terms ("on
 * demand", "Lambda architecture", "snowball effect"): where they name this
 * service. Word lists, not patterns: a rule pack is data.
 */
export const AmbiguousAliasSchema = z.strictObject({
  aliases: z.array(Text).check(z.minLength(1)),
  /** Names the service only when the same sentence also has one of these words ("On-Demand Instances", "On-Demand with Spot"). */
  onlyWith: z.optional(z.array(Text)),
  /** Never names it when the same sentence has one of these words ("Reserved Instances reserve capacity" is not a Capacity Reservation). */
  notWith: z.optional(z.array(Text)),
  /** Never names it right after one of these words ("DynamoDB on-demand", "scale on demand"). */
  notAfter: z.optional(z.array(Text)),
  /** Never names it right before one of these words ("on-demand capacity mode", "Lambda architecture"). */
  notBefore: z.optional(z.array(Text)),
})

export const AvailabilitySchema = z.strictObject({
  status: z.enum(['available', 'closed-to-new-customers']),
  note: Text,
  source: DocUrl,
  checked: IsoDate,
})

export const CatalogEntrySchema = z.strictObject({
  id: Id,
  name: Text,
  aliases: z.array(Text).check(z.minLength(1)),
  category: z.enum(CATEGORIES),
  summary: Text,
  variants: z.optional(z.array(VariantSchema)),
  ambiguous: z.optional(z.array(AmbiguousAliasSchema)),
  limits: z.array(LimitSchema),
  costModel: Text,
  availability: AvailabilitySchema,
  tradeoffs: z.array(Text).check(z.minLength(1)),
  complements: z.optional(z.array(Id)),
  /**
   * For a way to pay: catalog services whose usage it can never pay for
   * (Reserved Instances and Lambda). An answer that pairs them ("Reserved
   * Instances that cover the Lambda functions") contradicts itself.
   */
  doesNotCover: z.optional(z.array(Id)),
  /**
   * Products outside the catalog that are part of this service, by the names
   * `solve` gives them ("instance store" for storage optimized instances): an
   * option that names both rests on this service, not on something unknown.
   */
  includes: z.optional(z.array(Text)),
  /** Actions no variant of this service can have done to it (see `ImpossibleActionSchema`). */
  cannot: z.optional(z.array(ImpossibleActionSchema)),
  docs: z.array(DocLinkSchema).check(z.minLength(1)),
})

export type CatalogEntry = z.infer<typeof CatalogEntrySchema>
export type Limit = z.infer<typeof LimitSchema>

/** The catalog id a misspelt id or alias was probably meant to be ("lamda" → "lambda"), if one is close. */
export function nearestCatalogId(
  typed: string,
  catalog: readonly Pick<CatalogEntry, 'aliases' | 'id' | 'name'>[],
): string | undefined {
  const owner = new Map<string, string>()
  for (const e of catalog)
    for (const name of [e.id, e.name, ...e.aliases])
      if (!owner.has(name.toLowerCase())) owner.set(name.toLowerCase(), e.id)
  const meant = closestName(typed, [...owner.keys()])
  return meant === undefined ? undefined : owner.get(meant)
}
