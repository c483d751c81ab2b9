import * as z from 'zod/mini'

import type {ExamSession} from '../core/exam/session.js'

import {apply, type QuestionsById} from '../core/exam/machine.js'
import {issuesToProblems, parseReporting} from '../core/validation/zod-issues.js'
import {UserError} from '../errors.js'

/**
 * A scripted run's answers: keyed by question number (1-based, letters as
 * shown in this session's order) or by question id (letters as in the bank
 * file), so a teacher can write either.
 */
const AnswersFileSchema = z.strictObject({
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  flag: z.optional(z.array(z.union([z.string(), z.number()]))),
})

const letters = (value: string | string[]) =>
  (Array.isArray(value) ? value : value.split(/[\s,]+/)).map((l) => l.trim().toUpperCase()).filter(Boolean)

/** Applies an answers file to a session and submits it; every bad entry is reported at once. */
export function answerFromFile(session: ExamSession, value: unknown, byId: QuestionsById, file: string): ExamSession {
  const parsed = parseReporting(AnswersFileSchema, value)
  if (!parsed.success)
    throw new UserError(`${file} is not an answers file`, {
      problems: issuesToProblems(file, parsed.error.issues),
      suggestion: 'write {answers: {"1": "B", "2": ["A", "C"]}, flag: [3]}',
    })
  const problems: {file: string; path: string; message: string}[] = []
  let current = session
  const indexOf = (key: string) =>
    /^\d+$/.test(key) ? Number(key) - 1 : current.questions.findIndex((q) => q.id === key)
  for (const [key, value] of Object.entries(parsed.data.answers)) {
    const index = indexOf(key)
    const entry = current.questions[index]
    if (!entry) {
      problems.push({
        file,
        path: `answers.${key}`,
        message: `there is no question ${key} in this session (1-${current.questions.length})`,
      })
      continue
    }
    const count = byId.get(entry.id)?.options.length ?? 0
    const asIndexes = letters(value).map((l) => l.codePointAt(0)! - 65)
    if (asIndexes.some((i) => i < 0 || i >= count)) {
      problems.push({file, path: `answers.${key}`, message: `letters must be A-${String.fromCodePoint(64 + count)}`})
      continue
    }
    // Keys by id use the bank's letters; translate them to this session's display order.
    const displayed = /^\d+$/.test(key) ? asIndexes : asIndexes.map((original) => entry.optionOrder.indexOf(original))
    const result = apply(current, {type: 'answer', questionId: entry.id, selected: displayed}, byId)
    if (result.error) problems.push({file, path: `answers.${key}`, message: result.error})
    current = result.session
  }
  for (const key of parsed.data.flag ?? []) {
    const entry = current.questions[indexOf(String(key))]
    if (entry) current = apply(current, {type: 'toggleFlag', questionId: entry.id}, byId).session
  }
  if (problems.length > 0) throw new UserError(`${file} has ${problems.length} problem(s)`, {problems})
  return apply(current, {type: 'submit'}, byId).session
}
