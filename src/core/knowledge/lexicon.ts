import * as z from 'zod/mini'

/**
 * The phrase lexicon: how people write requirements, mapped to profile facts.
 * Patterns are regular expressions (data, compiled case-insensitively). A `value`
 * entry sets a fixed value; a `measure` entry reads a number and a unit from the
 * named groups `num` and `unit` and converts it with `units`.
 */
const Text = z.string().check(z.minLength(1))

/** How a measured number becomes the fact's value: as is, snapped to a purchase term, or binned into a data-volume class. */
export const TRANSFORMS = ['none', 'commitment-years', 'volume-class'] as const

export const MeasureSchema = z.strictObject({
  /** Unit word (lower-case, singular or as matched) → multiplier into the fact's unit. */
  units: z.record(z.string(), z.number().check(z.positive())),
  transform: z.optional(z.enum(TRANSFORMS)),
})

export const LexiconEntrySchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case')),
  fact: Text,
  value: z.optional(z.union([z.string(), z.number(), z.boolean()])),
  measure: z.optional(MeasureSchema),
  /**
   * What a negation just before the match ("not", "never", "without", "cannot" …)
   * does: `flip` a boolean, `drop` the match, or `ignore` it. Default: flip for
   * booleans, drop otherwise.
   */
  negation: z.optional(z.enum(['flip', 'drop', 'ignore'])),
  /**
   * How firmly the words state the fact: `stated` (the default) for words that
   * say it outright ("the job takes 3 hours", "must not be interrupted"),
   * `inferred` for words that only suggest it ("ECS", "telemetry", "low
   * latency"). `check` reports an error or warning only on stated facts; an
   * inferred one gives at most a note.
   */
  evidence: z.optional(z.enum(['stated', 'inferred'])),
  /** The fact is itself a permission or a possibility ("may be interrupted", "may need to resell"): may, might and could state it instead of hedging it. */
  possibility: z.optional(z.boolean()),
  /**
   * How far a match may run: within its sentence (`sentence`, the default), or
   * on into the next sentence of the same paragraph (`next-sentence`), for a
   * fact that people state in two steps ("The instances run in private subnets.
   * They read their input from S3."), or into the next two (`two-sentences`),
   * for one stated in three ("… run in private subnets. They read large files.
   * The files are stored in S3."). The match must start in the first.
   */
  reach: z.optional(z.enum(['sentence', 'next-sentence', 'two-sentences'])),
  /** When two entries set the same fact differently, the higher priority wins. Default 1. */
  priority: z.optional(z.number()),
  patterns: z.array(Text).check(z.minLength(1)),
  /** Sentences that must produce this entry's value: the lexicon's own tests. */
  examples: z.array(Text).check(z.minLength(1)),
  /** Sentences that must not trigger this entry. */
  counterexamples: z.optional(z.array(Text)),
})

export type LexiconEntry = z.infer<typeof LexiconEntrySchema>
