import * as z from 'zod/mini'

/** Indicative list prices, kept as dated data and always presented as estimates. */
export const PriceSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  label: z.string().check(z.minLength(1)),
  usd: z.number().check(z.nonnegative()),
  unit: z.string().check(z.minLength(1)),
  region: z.optional(z.string()),
  note: z.optional(z.string()),
  source: z
    .string()
    .check(
      z.regex(/^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//, 'must be an AWS pricing or documentation page'),
    ),
  checked: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')),
})

export const PriceFileSchema = z.strictObject({
  currency: z.literal('USD'),
  note: z.string(),
  prices: z.array(PriceSchema),
})

export type Price = z.infer<typeof PriceSchema>
export type PriceFile = z.infer<typeof PriceFileSchema>
