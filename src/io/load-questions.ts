import type {Token} from 'marked'

import {readdir} from 'node:fs/promises'
import {basename, join} from 'node:path'

import type {BankQuestion} from '../core/questions/bank-question.js'
import type {Problem} from '../core/validation/problem.js'

import {bankProblems, buildBankQuestion, type BuiltQuestion} from '../core/questions/validate-question.js'
import {displayPath} from './load-documents.js'
import {describeReadFailure, readTextFileSync} from './read-text.js'
import {parseSimpleFrontMatter} from './simple-front-matter.js'
import {loadYaml, parseYamlText} from './yaml.js'

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
  /** Left out when every front matter in the batch is plain enough for `parseSimpleFrontMatter`. */
  yaml: Awaited<ReturnType<typeof loadYaml>> | undefined
}

export async function questionFileParsers({
  yaml: needsYaml = true,
}: {yaml?: boolean} = {}): Promise<QuestionFileParsers> {
  const [{Lexer}, yaml] = await Promise.all([import('marked'), needsYaml ? loadYaml() : undefined])
  // Block tokens only (what `Lexer.lex` does minus its inline pass, which reads emphasis and links
  // that a question file's checks never look at): a third of the cost of a thousand files.
  return {lex: (markdown) => new Lexer().blockTokens(markdown.replaceAll(/\r\n|\r/g, '\n'), []), yaml}
}

/** Checks one question file's text (`path` names it; its base name must be the id; `file` is how messages show it). */
export function readQuestionFile(
  path: string,
  text: string,
  parsers: QuestionFileParsers,
  catalogIds: ReadonlySet<string>,
  file = displayPath(path),
): BuiltQuestion {
  const {yaml: fmText, body, bodyLine} = splitFrontMatter(text)
  if (fmText === undefined) {
    return {
      problems: [
        {
          file,
          path: '',
          line: 1,
          message:
            'a question file starts with a YAML front matter block between --- lines (a task-list bank in one file? pass the file itself, not its folder)',
        },
      ],
      warnings: [],
    }
  }
  let frontMatter: unknown = parseSimpleFrontMatter(fmText)
  if (frontMatter === undefined) {
    if (!parsers.yaml) throw new Error(`${file}: front matter needs the YAML parser, which this batch did not load`)
    // Through the one YAML reader that never throws (an alias bomb is a message, not a crash).
    const parsed = parseYamlText(parsers.yaml, fmText)
    if (!parsed.ok)
      return {
        problems: [
          {file, path: 'front matter', line: (parsed.line ?? 0) + 1, message: `invalid YAML: ${parsed.message}`},
        ],
        warnings: [],
      }
    frontMatter = parsed.value
  }
  return buildBankQuestion(
    {file, name: basename(path, '.md'), frontMatter, tokens: parsers.lex(body), bodyLine},
    catalogIds,
  )
}

/**
 * Reads every question file (`*.md`, recursively) under `dir`; one bad file
 * never stops the others. `onRead` sees each file's text (to fingerprint the
 * folder without reading it twice). Files are read synchronously: for a
 * thousand small files, one open/read/close each costs far less than the
 * thread-pool round trips of async reads.
 */
export async function loadQuestionBank(
  dir: string,
  catalogIds: ReadonlySet<string>,
  options: {onRead?: (path: string, text: string) => void} = {},
): Promise<LoadedBank> {
  const files = await listMarkdown(dir)
  const reads = files.map((path) => ({path, read: readTextFileSync(path)}))
  // The YAML library (a noticeable part of start-up) is loaded only if some front matter needs it.
  const needsYaml = reads.some(({read}) => {
    const yaml = read.ok ? splitFrontMatter(read.text).yaml : undefined
    return yaml !== undefined && parseSimpleFrontMatter(yaml) === undefined
  })
  const parsers = await questionFileParsers({yaml: needsYaml})
  const questions: LoadedBank['questions'] = []
  const problems: Problem[] = []
  const warnings: Problem[] = []
  for (const {path, read} of reads) {
    const file = displayPath(path)
    options.onRead?.(path, read.ok ? read.text : '')
    if (!read.ok) {
      problems.push({file, path: '', message: describeReadFailure(read.failure)})
      continue
    }
    const built = readQuestionFile(path, read.text, parsers, catalogIds, file)
    problems.push(...built.problems)
    warnings.push(...built.warnings)
    if (built.question) questions.push({file, question: built.question})
  }
  for (const p of bankProblems(questions)) (p.severity === 'warning' ? warnings : problems).push(p)
  return {questions, problems, warnings, files: files.length}
}

/**
 * Question files under `dir`, sorted: every `*.md` except READMEs. Anything
 * that is not a folder is listed, so a named pipe or device called `x.md` is
 * refused by name when read rather than silently left out.
 */
export async function listMarkdown(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true, recursive: true})
  return entries
    .filter((e) => !e.isDirectory() && e.name.endsWith('.md') && e.name.toLowerCase() !== 'readme.md')
    .map((e) => join(e.parentPath, e.name))
    .sort()
}
