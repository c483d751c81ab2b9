import * as z from 'zod/mini'

/** The four SAA-C03 domains, as slugs. */
export const DOMAINS = ['secure', 'resilient', 'high-performing', 'cost-optimized'] as const
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const
export const QUESTION_TYPES = ['single', 'multiple'] as const
export const SOURCES = ['authored', 'generated', 'imported'] as const

const Text = z.string().check(z.minLength(1))
const Id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (lower-case letters, digits, dashes)'))

export const OptionSchema = z.strictObject({
  text: Text,
  correct: z.boolean(),
  /** Why this option is right or wrong. Required in the curated bank, optional in imports. */
  rationale: z.optional(Text),
})

/**
 * The interchange shape every importer produces and every exporter accepts: a
 * stem and options with their keys, plus whatever metadata the source had.
 */
export const DraftQuestionSchema = z.strictObject({
  id: Id,
  stem: Text,
  options: z.array(OptionSchema).check(z.minLength(2)),
  /** How many options to choose; equals the number of correct options. */
  choose: z.number().check(z.int(), z.positive()),
  /** Derived from `choose`; kept when present so a bank exported to JSON reads back unchanged. */
  type: z.optional(z.enum(QUESTION_TYPES)),
  explanation: z.optional(Text),
  domain: z.optional(z.enum(DOMAINS)),
  task: z.optional(z.string().check(z.regex(/^[1-4]\.[1-5]$/, 'must be an SAA-C03 task statement such as "4.2"'))),
  services: z.optional(z.array(Id)),
  difficulty: z.optional(z.enum(DIFFICULTIES)),
  references: z.optional(z.array(z.string().check(z.regex(/^https:\/\//, 'must be an https:// URL')))),
  source: z.optional(z.enum(SOURCES)),
  /** Free-form labels carried through formats that have them (Moodle category, Anki tags). */
  tags: z.optional(z.array(Text)),
})

export type QuestionOption = z.infer<typeof OptionSchema>
export type DraftQuestion = z.infer<typeof DraftQuestionSchema>

/** `single` when one option is correct, `multiple` otherwise. */
export const questionType = (q: Pick<DraftQuestion, 'choose'>): (typeof QUESTION_TYPES)[number] => (q.choose > 1 ? 'multiple' : 'single')

/**
 * The question with its fields in schema order and without undefined ones or
 * empty lists (which say nothing): JSON written from it reads back equal, and
 * writing that again gives the same bytes.
 */
export function canonicalQuestion<T extends DraftQuestion>(q: T): DraftQuestion {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(DraftQuestionSchema.def.shape)) {
    const value = (q as Record<string, unknown>)[key]
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue
    out[key] = key === 'options' ? (value as QuestionOption[]).map((o) => (o.rationale === undefined ? {text: o.text, correct: o.correct} : {text: o.text, correct: o.correct, rationale: o.rationale})) : value
  }
  return out as DraftQuestion
}

/** A = 0, B = 1 … */
export const letterOf = (index: number): string => String.fromCodePoint(65 + index)
