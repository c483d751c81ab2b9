import {canonicalQuestion, type DraftQuestion, DraftQuestionSchema, questionType} from '../../core/questions/question.js'
import {issuesToProblems} from '../../core/validation/zod-issues.js'
import {type ExportResult, ImportBatch, type ImportResult, keyProblems, lineLocator} from './types.js'

/** edgewise's own lossless format: the DraftQuestion array, fields in schema order so a re-export is byte for byte the same. */
export function exportJson(questions: DraftQuestion[]): ExportResult {
  return {ok: true, text: `${JSON.stringify(questions.map(canonicalQuestion), null, 2)}\n`}
}

/** V8 says where JSON broke as "at position N" (Node 20) or "(line N column M)" (newer). */
function syntaxLine(text: string, message: string): number | undefined {
  const line = /line (\d+)/.exec(message)?.[1]
  if (line !== undefined) return Number(line)
  const position = /position (\d+)/.exec(message)?.[1]
  return position === undefined ? undefined : lineLocator(text)(Number(position))
}

/**
 * Reads a JSON array of DraftQuestions. Unlike the other importers it keeps
 * the ids in the file, because this format is where they are authored;
 * everything else goes through the same schema and key checks.
 */
export function importJson(text: string, file: string): ImportResult {
  const batch = new ImportBatch(file, 'json')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const line = syntaxLine(text, message)
    batch.problems.push({file, path: '', message: `is not valid JSON: ${message}`, ...(line === undefined ? {} : {line})})
    return batch.result()
  }
  if (!Array.isArray(value)) {
    batch.problems.push({file, path: '', message: 'must be a JSON array of questions ([{"id": …, "stem": …, "options": […], "choose": 1}, …])'})
    return batch.result()
  }
  const lineAt = lineLocator(text)
  // JSON.parse keeps no positions; items come in order, so each id's next occurrence places its question.
  let cursor = 0
  const lineOf = (id: string) => {
    const at = text.indexOf(JSON.stringify(id), cursor)
    if (at === -1) return undefined
    cursor = at + 1
    return lineAt(at)
  }
  for (const item of value) {
    const index = batch.nextIndex()
    const checked = DraftQuestionSchema.safeParse(item)
    if (!checked.success) {
      batch.skip(issuesToProblems(file, checked.error.issues, [index]))
      continue
    }
    const question = checked.data
    const found = keyProblems(question.options)
    const correct = question.options.filter((o) => o.correct).length
    if (found.length === 0 && question.choose !== correct) {
      found.push({path: 'choose', message: `is ${question.choose} but ${correct} option(s) are marked correct; choose must equal the number of correct options`})
    }
    if (found.length === 0 && question.type !== undefined && question.type !== questionType(question)) {
      found.push({path: 'type', message: `is "${question.type}" but choose is ${question.choose}; use "${questionType(question)}" or leave type out`})
    }
    const line = lineOf(question.id)
    if (found.length > 0) batch.skip(found.map((f) => batch.problem(index, f.path, f.message, line)))
    else {
      // Accepted by position, so a repeated id is named by its [index]; the line is kept for warnings.
      batch.accept(question, index)
      if (line !== undefined && batch.questions.at(-1) === question) batch.lines.set(question.id, line)
    }
  }
  return batch.result()
}
