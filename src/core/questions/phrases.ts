import * as z from 'zod/mini'

const Sentences = z.array(z.string().check(z.minLength(1))).check(z.minLength(1))

/** rules/generator/phrases.json: how the generator states facts in prose. */
export const PhraseBookSchema = z.strictObject({
  description: z.optional(z.string()),
  openers: Sentences,
  subjects: Sentences,
  questions: Sentences,
  /** field → value (as a string; "long"/"short" for run time) → phrasings. */
  facts: z.record(z.string(), z.record(z.string(), Sentences)),
})

export type PhraseBook = z.infer<typeof PhraseBookSchema>
