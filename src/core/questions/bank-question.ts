import * as z from 'zod/mini'

import {DIFFICULTIES, DOMAINS, QUESTION_TYPES, SOURCES, type DraftQuestion} from './question.js'

const Id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (lower-case letters, digits, dashes)'))
const DocUrl = z.string().check(z.regex(/^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//, 'must be an https://docs.aws.amazon.com/ or https://aws.amazon.com/ page'))

/** The YAML front matter of a question file in the bank. */
export const QuestionFrontMatterSchema = z.strictObject({
  id: Id,
  domain: z.enum(DOMAINS),
  task: z.string().check(z.regex(/^[1-4]\.[1-5]$/, 'must be an SAA-C03 task statement such as "4.2" (quote it in YAML)')),
  services: z.array(Id).check(z.minLength(1)),
  difficulty: z.enum(DIFFICULTIES),
  type: z.enum(QUESTION_TYPES),
  choose: z.number().check(z.int(), z.positive()),
  references: z.array(DocUrl).check(z.minLength(1)),
  source: z.enum(SOURCES),
})

export type QuestionFrontMatter = z.infer<typeof QuestionFrontMatterSchema>

/** A curated or generated question with everything the exam and explanations need. */
export type BankQuestion = DraftQuestion &
  Required<Pick<DraftQuestion, 'domain' | 'task' | 'services' | 'difficulty' | 'references' | 'source' | 'explanation'>> & {
    type: (typeof QUESTION_TYPES)[number]
  }
