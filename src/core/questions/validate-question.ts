import type {Token} from 'marked'

import type {Problem} from '../validation/problem.js'
import {issuesToProblems, parseReporting} from '../validation/zod-issues.js'
import {QuestionFrontMatterSchema, type BankQuestion} from './bank-question.js'
import {chooseCountInStem, parseQuestionBody, rationaleFor} from './parse-question-markdown.js'
import {letterOf} from './question.js'

export interface QuestionSource {
  file: string
  /** File name without extension: the id must equal it. */
  name: string
  frontMatter: unknown
  tokens: readonly Token[]
  /** 1-based line where the Markdown body starts (after the front matter). */
  bodyLine: number
}

const normalize = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim()

/**
 * Builds a bank question from its file and checks it: front matter schema,
 * id matching the file name, option count and keys matching type and choose,
 * "(Choose N.)" in multiple-response stems, no duplicate options, a rationale
 * for every option, an explanation, and services that exist in the catalog.
 * Every problem is reported, each with file, line and field.
 */
export function buildBankQuestion(source: QuestionSource, catalogIds: ReadonlySet<string>): {question?: BankQuestion; problems: Problem[]} {
  const {file} = source
  const problems: Problem[] = []
  const meta = parseReporting(QuestionFrontMatterSchema, source.frontMatter ?? {})
  if (!meta.success) problems.push(...issuesToProblems(file, meta.error.issues).map((p) => ({...p, line: 1})))
  const {body, problems: bodyProblems} = parseQuestionBody(source.tokens, source.bodyLine, file)
  problems.push(...bodyProblems)
  const at = (line: number, path: string, message: string) => problems.push({file, line, path, message})
  if (body.stem === '') at(source.bodyLine, 'stem', 'the question has no stem: write it before the options')
  if (body.options.length < 2) at(body.stemLine || source.bodyLine, 'options', `needs at least two options as a task list; found ${body.options.length}`)
  const seen = new Map<string, number>()
  body.options.forEach((o, i) => {
    const prior = seen.get(normalize(o.text))
    if (prior !== undefined) at(o.line, `options[${i}]`, `duplicates option ${letterOf(prior)}`)
    seen.set(normalize(o.text), i)
    if (!rationaleFor(body, i)) at(o.line, `rationale.${letterOf(i)}`, `option ${letterOf(i)} has no rationale line ("- ${letterOf(i)}: why") under ## Rationale`)
  })
  for (const letter of body.rationales.keys()) {
    if (letter.charCodeAt(0) - 65 >= body.options.length) at(body.rationales.get(letter)!.line, `rationale.${letter}`, `there is no option ${letter}`)
  }
  if (!body.explanation) at(source.bodyLine, 'explanation', 'add an "## Explanation" section')
  if (!meta.success) {
    // The schema failed somewhere; still check the fields that can be read, so all problems show at once.
    const raw = (source.frontMatter ?? {}) as {id?: unknown; services?: unknown}
    if (typeof raw.id === 'string' && raw.id !== source.name) at(1, 'id', `must equal the file name "${source.name}"`)
    if (Array.isArray(raw.services)) {
      raw.services.forEach((id, i) => {
        if (typeof id === 'string' && !catalogIds.has(id)) at(1, `services[${i}]`, `"${id}" is not a catalog id (see \`edgewise services\`)`)
      })
    }
  }
  if (meta.success) {
    const fm = meta.data
    const correct = body.options.filter((o) => o.correct).length
    if (fm.id !== source.name) at(1, 'id', `must equal the file name "${source.name}"`)
    if (correct !== fm.choose) at(body.options[0]?.line ?? source.bodyLine, 'choose', `choose is ${fm.choose} but ${correct} option(s) are marked [x]`)
    if (fm.type === 'single') {
      if (fm.choose !== 1) at(1, 'choose', 'a single-answer question has choose: 1')
      if (body.options.length !== 4) at(body.options[0]?.line ?? source.bodyLine, 'options', `a single-answer question has 4 options (like the exam); found ${body.options.length}`)
    } else {
      if (fm.choose < 2) at(1, 'choose', 'a multiple-response question has choose: 2 or more')
      if (body.options.length < 5) at(body.options[0]?.line ?? source.bodyLine, 'options', `a multiple-response question has 5 or more options; found ${body.options.length}`)
      const said = chooseCountInStem(body.stem)
      if (said !== fm.choose) at(body.stemLine, 'stem', `the stem must say "(Choose ${['', 'one', 'two', 'three', 'four'][fm.choose] ?? fm.choose}.)"${said ? `, not choose ${said}` : ''}`)
    }
    fm.services.forEach((id, i) => {
      if (!catalogIds.has(id)) at(1, `services[${i}]`, `"${id}" is not a catalog id (see \`edgewise services\`)`)
    })
  }
  if (problems.length > 0 || !meta.success) return {problems}
  const fm = meta.data
  return {
    problems,
    question: {
      id: fm.id,
      stem: body.stem,
      options: body.options.map((o, i) => ({text: o.text, correct: o.correct, rationale: rationaleFor(body, i)!})),
      choose: fm.choose,
      type: fm.type,
      explanation: body.explanation!,
      domain: fm.domain,
      task: fm.task,
      services: fm.services,
      difficulty: fm.difficulty,
      references: fm.references,
      source: fm.source,
    },
  }
}

/** Checks across the whole bank: unique ids and no two identical stems. */
export function bankProblems(questions: readonly {file: string; question: BankQuestion}[]): Problem[] {
  const problems: Problem[] = []
  const ids = new Map<string, string>()
  const stems = new Map<string, string>()
  for (const {file, question} of questions) {
    const idOwner = ids.get(question.id)
    if (idOwner) problems.push({file, path: 'id', line: 1, message: `id "${question.id}" is also used by ${idOwner}`})
    ids.set(question.id, file)
    const stemOwner = stems.get(normalize(question.stem))
    if (stemOwner) problems.push({file, path: 'stem', message: `the same stem appears in ${stemOwner}`})
    stems.set(normalize(question.stem), file)
  }
  return problems
}
