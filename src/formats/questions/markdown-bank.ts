import type {DraftQuestion, QuestionOption} from '../../core/questions/question.js'
import type {Problem} from '../../core/validation/problem.js'

import {chooseConflict} from '../../core/questions/style.js'
import {type ExportResult, ImportBatch, type ImportResult} from './types.js'

const HEADING = /^###\s+(.*?)\s*$/
const TASK = /^\s*[-*+]\s+\[([ xX])\]\s+(.*?)\s*$/
const IMAGE = /^\s*(?:!\[[^\]]*\]\(([^)]*)\)|<img\b[^>]*?(?:src=["']([^"']*)["'][^>]*)?\/?>)\s*$/i
const FENCE = /^\s*(```|~~~)/
const BACK_TO_TOP = /^\s*\*\*\[.*\]\(#[^)]*\)\*\*\s*$/

/** A stem line that the importer would read as something else. */
function misread(line: string): string | undefined {
  if (/^\s*#/.test(line)) return 'starts with #, which would read as a heading'
  if (TASK.test(line)) return 'looks like a task-list option'
  if (IMAGE.test(line) || BACK_TO_TOP.test(line)) return 'is an image or navigation line, which the importer ignores'
  return undefined
}

function bankProblems(q: DraftQuestion): Problem[] {
  const problem = (path: string, message: string): Problem => ({file: q.id, path, message: `question ${q.id} ${message}`})
  const found: Problem[] = []
  const [first = '', ...rest] = q.stem.split(/\r?\n/)
  if (first.trim() === '') found.push(problem('stem', 'has a stem whose first line is empty; the heading needs text'))
  for (const [i, line] of rest.entries()) {
    const why = misread(line)
    if (why) found.push(problem('stem', `has stem line ${i + 2} that ${why}; reword it`))
  }
  // An unclosed fence would swallow the options that follow it.
  if (rest.filter((line) => FENCE.test(line)).length % 2 === 1) found.push(problem('stem', 'has a code fence (``` or ~~~) that is never closed; close it'))
  for (const [i, o] of q.options.entries()) {
    if (/[\r\n]/.test(o.text)) found.push(problem(`options[${i}].text`, 'has an option with a line break; a task-list item holds one line, so join the lines'))
  }
  return found
}

/**
 * Writes the GitHub question-bank layout. It has no ids, explanations or tags,
 * so those are dropped; a stem or option the importer would misread refuses
 * the export instead of producing a file that does not read back.
 */
export function exportMarkdownBank(questions: DraftQuestion[]): ExportResult {
  const problems = questions.flatMap(bankProblems)
  if (problems.length > 0) return {ok: false, problems}
  const blocks = questions.map((q) => {
    const [first = '', ...rest] = q.stem.split(/\r?\n/)
    return [`### ${first}`, ...rest, '', ...q.options.map((o) => `- [${o.correct ? 'x' : ' '}] ${o.text}`)].join('\n')
  })
  return {ok: true, text: blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`}
}

interface Pending {
  line: number
  stem: string[]
  options: QuestionOption[]
  /** Once options start, the next non-option line ends the list. */
  closed: boolean
  /** What the question had that the import leaves out, with its line. */
  dropped: {what: string; line: number}[]
}

function finish(batch: ImportBatch, q: Pending): void {
  const stem = q.stem.join('\n').replaceAll(/\n{3,}/g, '\n\n').trim()
  const conflict = chooseConflict(stem, q.options.filter((o) => o.correct).length)
  if (conflict) {
    batch.reject(`question: ${conflict}`, q.line)
    return
  }
  const before = batch.questions.length
  batch.add({stem, options: q.options, line: q.line})
  if (batch.questions.length === before) return
  for (const d of q.dropped) batch.warn(`${d.what} on line ${d.line} is left out of this question; read the original if the question needs it`, q.line)
}

/**
 * Reads `### stem` headings followed by `- [x]` / `- [ ]` items. Lines between
 * the heading and the first item continue the stem; images, "Back to Top"
 * links, tables of contents and anything after the list are ignored.
 */
export function importMarkdownBank(text: string, file: string): ImportResult {
  const batch = new ImportBatch(file, 'md')
  let current: Pending | undefined
  let fenced = false

  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (FENCE.test(line)) fenced = !fenced
    const heading = fenced ? null : HEADING.exec(line)
    if (heading) {
      if (current) finish(batch, current)
      current = {line: i + 1, stem: [heading[1] ?? ''], options: [], closed: false, dropped: []}
      continue
    }
    // Any other heading level is a section title, so it ends the question before it.
    if (!fenced && /^#{1,6}(\s|$)/.test(line)) {
      if (current) finish(batch, current)
      current = undefined
      continue
    }
    if (!current || current.closed) continue
    const task = fenced ? null : TASK.exec(line)
    if (task) {
      current.options.push({text: task[2] ?? '', correct: task[1] !== ' '})
      continue
    }
    if (current.options.length > 0) {
      // Indented text right under an item is that item's wrapped continuation.
      const last = current.options.at(-1)
      if (last && /^\s{2,}\S/.test(line) && !fenced) last.text = `${last.text} ${line.trim()}`
      else if (line.trim() !== '') {
        current.closed = true
        if (!BACK_TO_TOP.test(line)) current.dropped.push({what: 'text after the options', line: i + 1})
      }
      continue
    }
    const image = IMAGE.exec(line)
    if (image) {
      const src = image[1] ?? image[2]
      current.dropped.push({what: `an image${src ? ` (${src})` : ''}`, line: i + 1})
      continue
    }
    if (BACK_TO_TOP.test(line)) continue
    current.stem.push(line.trimEnd())
  }
  if (current) finish(batch, current)
  return batch.result()
}
