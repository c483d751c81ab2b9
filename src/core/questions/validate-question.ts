import type {Token} from 'marked'

import {asWarning, type Problem} from '../validation/problem.js'
import {issuesToProblems, parseReporting} from '../validation/zod-issues.js'
import {type BankQuestion, type ImportedFrontMatter, ImportedFrontMatterSchema, type QuestionFrontMatter, QuestionFrontMatterSchema} from './bank-question.js'
import {parseQuestionBody, type QuestionBody, rationaleFor} from './parse-question-markdown.js'
import {letterOf} from './question.js'
import {chooseConflict, styleNotes} from './style.js'

export interface QuestionSource {
  file: string
  /** File name without extension: the id must equal it. */
  name: string
  frontMatter: unknown
  tokens: readonly Token[]
  /** 1-based line where the Markdown body starts (after the front matter). */
  bodyLine: number
}

/** A question file read and checked: errors make it unusable; warnings are style (see `styleNotes`). */
export interface BuiltQuestion {
  question?: BankQuestion
  problems: Problem[]
  warnings: Problem[]
}

const normalize = (s: string) => s.toLowerCase().replaceAll(/\s+/g, ' ').trim()

type FrontMatter = ImportedFrontMatter | QuestionFrontMatter

/** The question as the exam needs it; only fields the file has are set. */
function questionOf(fm: FrontMatter, body: QuestionBody): BankQuestion {
  return {
    id: fm.id,
    stem: body.stem,
    options: body.options.map((o, i) => {
      const rationale = rationaleFor(body, i)
      return rationale === undefined ? {text: o.text, correct: o.correct} : {text: o.text, correct: o.correct, rationale}
    }),
    choose: fm.choose,
    type: fm.type,
    ...(body.explanation === undefined ? {} : {explanation: body.explanation}),
    ...(fm.domain === undefined ? {} : {domain: fm.domain}),
    ...(fm.task === undefined ? {} : {task: fm.task}),
    services: fm.services ?? [],
    ...(fm.difficulty === undefined ? {} : {difficulty: fm.difficulty}),
    references: fm.references ?? [],
    source: fm.source,
    ...('tags' in fm && fm.tags !== undefined ? {tags: fm.tags} : {}),
  }
}

/**
 * Builds a bank question from its file and checks it. Errors: the front
 * matter schema, the id matching the file name, an empty stem, fewer than two
 * options, duplicate options or rationale letters, no key or a key that
 * disagrees with `choose`, `type` or the stem's "(Choose N.)", a rationale for
 * a missing option, and services that are not in the catalog. Curated files
 * (`source: authored` or `generated`) also need every front matter field, an
 * explanation and a rationale per option; imported ones (`source: imported`)
 * need only what the exam needs. Style (see `styleNotes`) gives warnings.
 * Every problem carries file, line and field.
 */
export function buildBankQuestion(source: QuestionSource, catalogIds: ReadonlySet<string>): BuiltQuestion {
  const {file} = source
  const problems: Problem[] = []
  const warnings: Problem[] = []
  const raw = (source.frontMatter ?? {}) as {id?: unknown; services?: unknown; source?: unknown}
  const curated = raw.source !== 'imported'
  const meta = curated ? parseReporting(QuestionFrontMatterSchema, raw) : parseReporting(ImportedFrontMatterSchema, raw)
  if (!meta.success) problems.push(...issuesToProblems(file, meta.error.issues).map((p) => ({...p, line: 1})))
  const {body, problems: bodyProblems} = parseQuestionBody(source.tokens, source.bodyLine, file)
  problems.push(...bodyProblems)
  const at = (line: number, path: string, message: string) => problems.push({file, line, path, message})
  const optionsLine = body.options[0]?.line ?? source.bodyLine
  if (body.stem === '') at(source.bodyLine, 'stem', 'the question has no stem: write it before the options')
  if (body.options.length < 2) at(body.stemLine || source.bodyLine, 'options', `needs at least two options as a task list; found ${body.options.length}`)
  const seen = new Map<string, number>()
  for (const [i, o] of body.options.entries()) {
    const prior = seen.get(normalize(o.text))
    if (prior !== undefined) at(o.line, `options[${i}]`, `duplicates option ${letterOf(prior)}`)
    seen.set(normalize(o.text), i)
    if (curated && !rationaleFor(body, i)) at(o.line, `rationale.${letterOf(i)}`, `option ${letterOf(i)} has no rationale line ("- ${letterOf(i)}: why") under ## Rationale`)
  }
  for (const letter of body.rationales.keys()) {
    if (letter.codePointAt(0)! - 65 >= body.options.length) at(body.rationales.get(letter)!.line, `rationale.${letter}`, `there is no option ${letter}`)
  }
  if (curated && !body.explanation) at(source.bodyLine, 'explanation', 'add an "## Explanation" section')
  if (typeof raw.id === 'string' && raw.id !== source.name) at(1, 'id', `must equal the file name "${source.name}"`)
  if (Array.isArray(raw.services)) {
    for (const [i, id] of raw.services.entries()) {
      if (typeof id === 'string' && !catalogIds.has(id)) at(1, `services[${i}]`, `"${id}" is not a catalog id (see \`edgewise services\`)`)
    }
  }
  if (meta.success) {
    const fm = meta.data
    const correct = body.options.filter((o) => o.correct).length
    if (body.options.length >= 2 && correct === 0) at(optionsLine, 'options', 'no option is marked [x]; mark the right answer(s)')
    else if (body.options.length >= 2 && correct === body.options.length) at(optionsLine, 'options', 'every option is marked [x]; a question needs at least one wrong option')
    else if (correct !== fm.choose) at(optionsLine, 'choose', `choose is ${fm.choose} but ${correct} option(s) are marked [x]`)
    if (fm.type === 'single' && fm.choose !== 1) at(1, 'choose', 'a single-answer question has choose: 1')
    if (fm.type === 'multiple' && fm.choose < 2) at(1, 'choose', 'a multiple-response question has choose: 2 or more')
    const conflict = chooseConflict(body.stem, correct)
    if (conflict) at(body.stemLine || source.bodyLine, 'stem', conflict)
    for (const note of styleNotes({stem: body.stem, options: body.options, choose: fm.choose})) {
      warnings.push(asWarning({file, line: note.path === 'options' ? optionsLine : body.stemLine || source.bodyLine, path: note.path, message: note.message, rule: note.rule}))
    }
  }
  if (problems.length > 0 || !meta.success) return {problems, warnings}
  return {problems, warnings, question: questionOf(meta.data, body)}
}

/** Checks across the whole bank: unique ids, and no two identical stems (a warning where either question is imported). */
export function bankProblems(questions: readonly {file: string; question: BankQuestion}[]): Problem[] {
  const problems: Problem[] = []
  const ids = new Map<string, string>()
  const stems = new Map<string, {file: string; imported: boolean}>()
  for (const {file, question} of questions) {
    const idOwner = ids.get(question.id)
    if (idOwner) problems.push({file, path: 'id', line: 1, message: `id "${question.id}" is also used by ${idOwner}`})
    ids.set(question.id, file)
    const stemOwner = stems.get(normalize(question.stem))
    // Other people's banks reuse a generic stem ("Which statement is true?") with other options; only the curated bank must not.
    if (stemOwner) problems.push({file, path: 'stem', message: `the same stem appears in ${stemOwner.file}`, ...(question.source === 'imported' || stemOwner.imported ? {severity: 'warning' as const} : {})})
    stems.set(normalize(question.stem), {file, imported: question.source === 'imported'})
  }
  return problems
}
