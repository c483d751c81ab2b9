import {readdir} from 'node:fs/promises'
import {basename, join} from 'node:path'

import type {Token} from 'marked'

import type {BankQuestion} from '../core/questions/bank-question.js'
import {bankProblems, buildBankQuestion, type BuiltQuestion} from '../core/questions/validate-question.js'
import type {Problem} from '../core/validation/problem.js'
import {displayPath} from './load-documents.js'
import {describeReadFailure, readTextFile} from './read-text.js'
import {loadYaml} from './yaml.js'

export interface LoadedBank {
  questions: {file: string; question: BankQuestion}[]
  /** Errors: each makes a question (or a file) unusable. */
  problems: Problem[]
  /** Style advice; `questions validate --strict` makes these errors. */
  warnings: Problem[]
  files: number
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

/** Splits a leading `---` YAML block off a Markdown file (marked does not know front matter). */
export function splitFrontMatter(text: string): {yaml: string | undefined; body: string; bodyLine: number} {
  const m = FRONT_MATTER.exec(text)
  if (!m) return {yaml: undefined, body: text, bodyLine: 1}
  return {yaml: m[1], body: text.slice(m[0].length), bodyLine: m[0].split('\n').length}
}

/** Parsers a question file needs, imported once per batch (marked and yaml cost start-up time). */
export interface QuestionFileParsers {
  lex: (markdown: string) => Token[]
  yaml: Awaited<ReturnType<typeof loadYaml>>
}

export async function questionFileParsers(): Promise<QuestionFileParsers> {
  const [{Lexer}, yaml] = await Promise.all([import('marked'), loadYaml()])
  return {lex: (markdown) => Lexer.lex(markdown), yaml}
}

/** Checks one question file's text (`path` names it; its base name must be the id). */
export function readQuestionFile(path: string, text: string, parsers: QuestionFileParsers, catalogIds: ReadonlySet<string>): BuiltQuestion {
  const file = displayPath(path)
  const {yaml: fmText, body, bodyLine} = splitFrontMatter(text)
  if (fmText === undefined) {
    return {problems: [{file, path: '', line: 1, message: 'a question file starts with a YAML front matter block between --- lines (a task-list bank in one file? pass the file itself, not its folder)'}], warnings: []}
  }
  const doc = parsers.yaml.parseDocument(fmText, {prettyErrors: true})
  if (doc.errors[0]) {
    return {problems: [{file, path: 'front matter', line: (doc.errors[0].linePos?.[0]?.line ?? 0) + 1, message: `invalid YAML: ${doc.errors[0].message.split('\n')[0]}`}], warnings: []}
  }
  return buildBankQuestion({file, name: basename(path, '.md'), frontMatter: doc.toJS(), tokens: parsers.lex(body), bodyLine}, catalogIds)
}

/** Reads every question file (`*.md`, recursively) under `dir`; one bad file never stops the others. */
export async function loadQuestionBank(dir: string, catalogIds: ReadonlySet<string>): Promise<LoadedBank> {
  const files = await listMarkdown(dir)
  const parsers = await questionFileParsers()
  const questions: LoadedBank['questions'] = []
  const problems: Problem[] = []
  const warnings: Problem[] = []
  for (const path of files) {
    const file = displayPath(path)
    const read = await readTextFile(path)
    if (!read.ok) {
      problems.push({file, path: '', message: describeReadFailure(read.failure)})
      continue
    }
    const built = readQuestionFile(path, read.text, parsers, catalogIds)
    problems.push(...built.problems)
    warnings.push(...built.warnings)
    if (built.question) questions.push({file, question: built.question})
  }
  for (const p of bankProblems(questions)) (p.severity === 'warning' ? warnings : problems).push(p)
  return {questions, problems, warnings, files: files.length}
}

/** Question files under `dir`, sorted: every `*.md` except READMEs. */
export async function listMarkdown(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true, recursive: true})
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md') && e.name.toLowerCase() !== 'readme.md')
    .map((e) => join(e.parentPath, e.name))
    .sort()
}
