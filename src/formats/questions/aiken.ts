import type {Problem} from '../../core/validation/problem.js'

import {type DraftQuestion, letterOf, type QuestionOption} from '../../core/questions/question.js'
import {type ExportResult, ImportBatch, type ImportResult} from './types.js'

const OPTION = /^([A-Z])[.)]\s+(.*)$/
const ANSWER = /^ANSWER:\s*(.*)$/i
const ELSEWHERE = 'export it to GIFT, Moodle XML or Markdown instead'

/** Everything that would not come back unchanged from an Aiken file, per question. */
function aikenProblems(q: DraftQuestion): Problem[] {
  const problem = (path: string, message: string): Problem => ({file: q.id, path, message: `question ${q.id} ${message}`})
  const found: Problem[] = []
  if (q.choose > 1) {
    found.push(problem('choose', `is multiple-response (choose ${q.choose}); Aiken has a single ANSWER letter per question, so ${ELSEWHERE}`))
  }
  if (/[\r\n]/.test(q.stem)) found.push(problem('stem', `has a line break in its stem; Aiken needs the question on one line, so join the lines or ${ELSEWHERE}`))
  else if (OPTION.test(q.stem) || ANSWER.test(q.stem)) {
    found.push(problem('stem', `has a stem that starts like an option or an ANSWER: line ("${q.stem.slice(0, 12)}…"), which Aiken would misread; reword the start`))
  }
  if (q.options.length > 26) found.push(problem('options', `has ${q.options.length} options; Aiken letters stop at Z`))
  for (const [i, o] of q.options.entries()) {
    if (/[\r\n]/.test(o.text)) found.push(problem(`options[${i}].text`, `has a line break in option ${letterOf(i)}; Aiken options must fit on one line, so join the lines or ${ELSEWHERE}`))
  }
  return found
}

/**
 * Writes Aiken. The format has no feedback, so explanations and rationales
 * are dropped; anything else it cannot hold refuses the whole export, with
 * one problem per question so the user can fix or filter them in one pass.
 */
export function exportAiken(questions: DraftQuestion[]): ExportResult {
  const problems = questions.flatMap(aikenProblems)
  if (problems.length > 0) return {ok: false, problems}
  const blocks = questions.map((q) => {
    const answer = letterOf(q.options.findIndex((o) => o.correct))
    return [q.stem, ...q.options.map((o, i) => `${letterOf(i)}. ${o.text}`), `ANSWER: ${answer}`].join('\n')
  })
  return {ok: true, text: blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`}
}

interface Pending {
  line: number
  stem: string[]
  options: {letter: string; text: string}[]
  /** Set once the question is known to be bad: the rest of it is skipped up to its end. */
  failed: boolean
}

/**
 * Reads Aiken. A question ends at its ANSWER: line (a blank line after it is
 * customary, not required). Stems that wrap over several lines are joined,
 * as Moodle does. Letters must run A, B, C … in order.
 */
export function importAiken(text: string, file: string): ImportResult {
  const batch = new ImportBatch(file, 'aiken')
  let current: Pending | undefined
  const fail = (q: Pending, message: string, line: number) => {
    batch.reject(message, line)
    q.failed = true
  }

  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = i + 1
    const trimmed = raw.trim()
    if (trimmed === '') {
      // Aiken has no blank lines inside a question, so one here means the question broke off.
      if (current && !current.failed) {
        batch.reject(
          current.options.length > 0
            ? 'question has no ANSWER: line after its options'
            : 'text is followed by a blank line instead of options ("A. text"); Aiken questions have no blank lines inside',
          current.line,
        )
      }
      current = undefined
      continue
    }
    current ??= {line, stem: [], options: [], failed: false}
    const q = current
    const answer = ANSWER.exec(trimmed)
    if (q.failed) {
      if (answer) current = undefined
      continue
    }
    const option = q.stem.length > 0 ? OPTION.exec(trimmed) : null
    if (answer) {
      current = undefined
      const letters = (answer[1] ?? '').trim()
      if (q.options.length === 0)  { batch.reject('question has an ANSWER: line but no options (write them as "A. text")', line); continue; }
      const known = q.options.map((o) => o.letter).join(', ')
      if (!/^[A-Z]$/i.test(letters)) {
         batch.reject(`ANSWER: "${letters}" must be exactly one letter (${known}); Aiken has no multiple-response questions`, line); continue;
      }
      const key = letters.toUpperCase()
      if (!q.options.some((o) => o.letter === key))  { batch.reject(`ANSWER: ${key} names no option; this question has ${known}`, line); continue; }
      const options: QuestionOption[] = q.options.map((o) => ({text: o.text, correct: o.letter === key}))
      batch.add({stem: q.stem.join(' '), options, line: q.line})
    } else if (option) {
      const expected = letterOf(q.options.length)
      if (option[1] !== expected)  { fail(q, `option ${option[1] ?? ''} is out of order; expected ${expected}`, line); continue; }
      q.options.push({letter: expected, text: option[2] ?? ''})
    } else if (q.options.length === 0) q.stem.push(trimmed)
    else fail(q, `line is neither the next option ("${letterOf(q.options.length)}. text") nor the ANSWER: line`, line)
  }
  if (current && !current.failed) {
    batch.reject('question has no ANSWER: line at the end of the file', current.line)
  }
  return batch.result()
}
