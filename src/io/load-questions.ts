import {readdir} from 'node:fs/promises'
import {basename, join} from 'node:path'

import type {BankQuestion} from '../core/questions/bank-question.js'
import {bankProblems, buildBankQuestion} from '../core/questions/validate-question.js'
import type {Problem} from '../core/validation/problem.js'
import {displayPath} from './load-documents.js'
import {describeReadFailure, readTextFile} from './read-text.js'
import {loadYaml, parseYamlText} from './yaml.js'

export interface LoadedBank {
  questions: {file: string; question: BankQuestion}[]
  problems: Problem[]
  files: number
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

/** Splits a leading `---` YAML block off a Markdown file (marked does not know front matter). */
export function splitFrontMatter(text: string): {yaml: string | undefined; body: string; bodyLine: number} {
  const m = FRONT_MATTER.exec(text)
  if (!m) return {yaml: undefined, body: text, bodyLine: 1}
  return {yaml: m[1], body: text.slice(m[0].length), bodyLine: m[0].split('\n').length}
}

/** Reads every question file (`*.md`, recursively) under `dir`; one bad file never stops the others. */
export async function loadQuestionBank(dir: string, catalogIds: ReadonlySet<string>): Promise<LoadedBank> {
  const files = await listMarkdown(dir)
  const [{Lexer}, yaml] = await Promise.all([import('marked'), loadYaml()])
  const questions: LoadedBank['questions'] = []
  const problems: Problem[] = []
  for (const path of files) {
    const file = displayPath(path)
    const read = await readTextFile(path)
    if (!read.ok) {
      problems.push({file, path: '', message: describeReadFailure(read.failure)})
      continue
    }
    const {yaml: fmText, body, bodyLine} = splitFrontMatter(read.text)
    if (fmText === undefined) {
      problems.push({file, path: '', line: 1, message: 'a question file starts with a YAML front matter block between --- lines'})
      continue
    }
    const frontMatter = parseYamlText(yaml, fmText)
    if (!frontMatter.ok) {
      problems.push({file, path: 'front matter', line: (frontMatter.line ?? 0) + 1, message: `invalid YAML: ${frontMatter.message}`})
      continue
    }
    const built = buildBankQuestion({file, name: basename(path, '.md'), frontMatter: frontMatter.value, tokens: Lexer.lex(body), bodyLine}, catalogIds)
    for (const problem of built.problems) problems.push(problem)
    if (built.question) questions.push({file, question: built.question})
  }
  for (const problem of bankProblems(questions)) problems.push(problem)
  return {questions, problems, files: files.length}
}

/** Question files under `dir`, sorted: every `*.md` except READMEs (a `.md` that is not a regular file is listed, so reading it reports why it is refused). */
export async function listMarkdown(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true, recursive: true})
  return entries
    .filter((e) => !e.isDirectory() && e.name.endsWith('.md') && e.name.toLowerCase() !== 'readme.md')
    .map((e) => join(e.parentPath, e.name))
    .sort()
}
