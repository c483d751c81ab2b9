import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'

import type {BankQuestion} from '../core/questions/bank-question.js'
import type {Problem} from '../core/validation/problem.js'

import {canonicalQuestion, type DraftQuestion, questionType} from '../core/questions/question.js'
import {toBankMarkdown} from '../formats/questions/bank-markdown.js'
import {displayPath} from './load-documents.js'
import {questionFileParsers, readQuestionFile} from './load-questions.js'

export interface WrittenFiles {
  written: number
  /** Already there with the same text. */
  unchanged: number
  /** Problems: files left alone because they differ (someone may have edited them), and questions that do not read back exactly. */
  warnings: Problem[]
}

/** What a question file holds for a question: `source: imported` unless the bank said otherwise. */
function fileQuestion(q: DraftQuestion): BankQuestion {
  return {
    ...q,
    type: q.type ?? questionType(q),
    services: q.services ?? [],
    references: q.references ?? [],
    source: q.source ?? 'imported',
  }
}

const same = (a: DraftQuestion, b: DraftQuestion) =>
  JSON.stringify(canonicalQuestion(a)) === JSON.stringify(canonicalQuestion(b))

/**
 * Writes one question file per question (`<id>.md`, the bank's own layout:
 * front matter, stem, task-list options, explanation, rationale) for people
 * who keep a bank in git. Each file is read back before it is written, and a
 * question whose file would not give it back exactly is reported (and still
 * written). An existing file with other text is left alone and reported,
 * because it may hold someone's edits.
 */
export async function writeQuestionFiles(
  dir: string,
  questions: readonly DraftQuestion[],
  catalogIds: ReadonlySet<string>,
): Promise<WrittenFiles> {
  await mkdir(dir, {recursive: true})
  const parsers = await questionFileParsers()
  const out: WrittenFiles = {written: 0, unchanged: 0, warnings: []}
  for (const draft of questions) {
    const question = fileQuestion(draft)
    const path = join(dir, `${question.id}.md`)
    const file = displayPath(path)
    const text = toBankMarkdown(question)
    const back = readQuestionFile(path, text, parsers, catalogIds).question
    if (!back || !same(back, question)) {
      out.warnings.push({
        file,
        path: '',
        severity: 'warning',
        rule: 'lossy-file',
        message: `question ${question.id} does not read back exactly from its file (Markdown in its text?); compare it with the JSON import`,
      })
    }
    const existing = await readFile(path, 'utf8').catch(() => undefined)
    if (existing === text) out.unchanged++
    else if (existing === undefined) {
      await writeFile(path, text)
      out.written++
    } else {
      out.warnings.push({
        file,
        path: '',
        severity: 'warning',
        rule: 'kept-file',
        message: 'exists with other text (edited?); left as is: delete it to write it again',
      })
    }
  }
  return out
}
