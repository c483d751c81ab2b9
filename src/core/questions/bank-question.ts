import * as z from 'zod/mini'

import {DIFFICULTIES, DOMAINS, type DraftQuestion, QUESTION_TYPES, SOURCES} from './question.js'

const Id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (lower-case letters, digits, dashes)'))
const DocUrl = z.string().check(z.regex(/^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//, 'must be an https://docs.aws.amazon.com/ or https://aws.amazon.com/ page'))
const AnyHttps = z.string().check(z.regex(/^https:\/\//, 'must be an https:// URL'))
const Task = z.string().check(z.regex(/^[1-4]\.[1-5]$/, 'must be an SAA-C03 task statement such as "4.2" (quote it in YAML)'))

/** The YAML front matter of a curated (authored or generated) question file: every field is required. */
export const QuestionFrontMatterSchema = z.strictObject({
  id: Id,
  domain: z.enum(DOMAINS),
  task: Task,
  services: z.array(Id).check(z.minLength(1)),
  difficulty: z.enum(DIFFICULTIES),
  type: z.enum(QUESTION_TYPES),
  choose: z.number().check(z.int(), z.positive()),
  references: z.array(DocUrl).check(z.minLength(1)),
  source: z.enum(SOURCES),
})

/**
 * The front matter of an imported question file (`source: imported`, as
 * `questions import --to-dir` writes it): other people's banks rarely say
 * which domain, task, service or difficulty a question belongs to, so only
 * what the exam needs is required.
 */
export const ImportedFrontMatterSchema = z.strictObject({
  id: Id,
  type: z.enum(QUESTION_TYPES),
  choose: z.number().check(z.int(), z.positive()),
  source: z.literal('imported'),
  domain: z.optional(z.enum(DOMAINS)),
  task: z.optional(Task),
  services: z.optional(z.array(Id)),
  difficulty: z.optional(z.enum(DIFFICULTIES)),
  references: z.optional(z.array(AnyHttps)),
  tags: z.optional(z.array(z.string().check(z.minLength(1)))),
})

export type QuestionFrontMatter = z.infer<typeof QuestionFrontMatterSchema>
export type ImportedFrontMatter = z.infer<typeof ImportedFrontMatterSchema>

/**
 * A question the exam can ask. The curated bank and the generator fill every
 * field; a question from someone else's bank may have no domain, task,
 * difficulty or explanation, and its `services` are the catalog services its
 * correct options name (possibly none).
 */
export type BankQuestion = DraftQuestion & Required<Pick<DraftQuestion, 'references' | 'services' | 'source' | 'type'>>

/** A curated or generated question: everything the explanations and the domain mix need. */
export type CuratedQuestion = BankQuestion & Required<Pick<DraftQuestion, 'difficulty' | 'domain' | 'explanation' | 'task'>>
