import {join} from 'node:path'

import type {BankQuestion} from '../core/questions/bank-question.js'

import {readCurrentSnapshot, stampFiles} from './knowledge-snapshot.js'
import {listMarkdown, type LoadedBank, loadQuestionBank} from './load-questions.js'
import {bundledQuestionsDir, packageRoot} from './package-root.js'

/**
 * The bundled question bank, validated at build time and stored as JSON, so
 * `exam` skips parsing 87 Markdown files with their YAML front matter (~250 ms
 * of a ~700 ms start). Like the knowledge snapshot, it is used only while the
 * files in questions/ and the catalog ids hash to what they were at build time;
 * otherwise the bank is parsed and validated as usual.
 */
interface QuestionSnapshot {
  version: 1
  sourceStamp: string
  files: number
  questions: {file: string; question: BankQuestion}[]
}

export const questionSnapshotPath = (): string => join(packageRoot(), 'dist', 'questions.json')

/** Validation depends on the catalog (a question may only name known services), so its ids are part of the stamp. */
async function stamp(dir: string, catalogIds: ReadonlySet<string>): Promise<string> {
  return stampFiles(dir, await listMarkdown(dir), [...catalogIds].sort().join(','))
}

export async function serializeQuestionSnapshot(bank: LoadedBank, catalogIds: ReadonlySet<string>): Promise<string> {
  const snapshot: QuestionSnapshot = {
    version: 1,
    sourceStamp: await stamp(bundledQuestionsDir(), catalogIds),
    files: bank.files,
    questions: bank.questions,
  }
  return JSON.stringify(snapshot)
}

/** The snapshot's bank if it matches the files in `dir` (normally questions/) and the catalog; otherwise undefined. */
export async function readQuestionSnapshot(
  dir: string,
  catalogIds: ReadonlySet<string>,
): Promise<LoadedBank | undefined> {
  const snapshot = await readCurrentSnapshot<QuestionSnapshot>(questionSnapshotPath(), 1, () => stamp(dir, catalogIds))
  return snapshot && {questions: snapshot.questions, problems: [], warnings: [], files: snapshot.files}
}

/** The bundled bank: from the build-time snapshot while it is current, else parsed from questions/. */
export async function loadBundledQuestionBank(catalogIds: ReadonlySet<string>): Promise<LoadedBank> {
  return (
    (await readQuestionSnapshot(bundledQuestionsDir(), catalogIds)) ??
    loadQuestionBank(bundledQuestionsDir(), catalogIds)
  )
}
