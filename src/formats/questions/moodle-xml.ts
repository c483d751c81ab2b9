import {XMLParser, XMLValidator} from 'fast-xml-parser'

import type {DraftQuestion, QuestionOption} from '../../core/questions/question.js'

import {droppedByHtmlToText, escapeXml, type ExportResult, htmlToText, ImportBatch, type ImportResult, lineLocator, textToHtml} from './types.js'

/** CDATA cannot contain `]]>`, so split it across two sections. */
const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`
const htmlText = (text: string) => `<text>${cdata(textToHtml(text))}</text>`
const share = (n: number) => String(Number((100 / n).toFixed(5)))

function answerXml(q: DraftQuestion, option: QuestionOption): string {
  // Same scoring as the GIFT export: equal shares for right options, -100% for a wrong pick.
  const fraction = option.correct ? share(q.choose) : q.choose > 1 ? '-100' : '0'
  const feedback = option.rationale === undefined ? '' : `\n      <feedback format="html">${htmlText(option.rationale)}</feedback>`
  return `    <answer fraction="${fraction}" format="html">\n      ${htmlText(option.text)}${feedback}\n    </answer>`
}

function questionXml(q: DraftQuestion): string {
  const lines = [
    '  <question type="multichoice">',
    `    <name><text>${escapeXml(q.id)}</text></name>`,
    `    <questiontext format="html">${htmlText(q.stem)}</questiontext>`,
  ]
  if (q.explanation !== undefined) lines.push(`    <generalfeedback format="html">${htmlText(q.explanation)}</generalfeedback>`)
  lines.push(
    '    <defaultgrade>1</defaultgrade>',
    `    <idnumber>${escapeXml(q.id)}</idnumber>`,
    `    <single>${q.choose > 1 ? 'false' : 'true'}</single>`,
    '    <shuffleanswers>true</shuffleanswers>',
    '    <answernumbering>ABCD</answernumbering>',
    ...q.options.map((o) => answerXml(q, o)),
  )
  if (q.tags && q.tags.length > 0) {
    lines.push('    <tags>', ...q.tags.map((t) => `      <tag><text>${escapeXml(t)}</text></tag>`), '    </tags>')
  }
  lines.push('  </question>')
  return lines.join('\n')
}

/** Writes a Moodle XML `<quiz>` of multichoice questions; ids go to `<name>` and `<idnumber>`. */
export function exportMoodleXml(questions: DraftQuestion[]): ExportResult {
  const body = questions.map(questionXml).join('\n')
  return {ok: true, text: `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${body}${body === '' ? '' : '\n'}</quiz>\n`}
}

type Node = Record<string, unknown>

const asNode = (value: unknown): Node | undefined => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : undefined)
const asList = (value: unknown): Node[] => (Array.isArray(value) ? value.map(asNode).filter((n): n is Node => n !== undefined) : [])
const attr = (node: Node | undefined, name: string) => {
  const value = node?.[`@_${name}`]
  return typeof value === 'string' ? value : undefined
}

/** The raw `<text>` of a `<x format="…"><text>…</text></x>` element and its format. */
function rawText(element: unknown): undefined | {text: string; html: boolean} {
  const node = asNode(element)
  const raw = node?.text
  if (raw === undefined) return typeof element === 'string' ? {text: element, html: false} : undefined
  const text = typeof raw === 'string' ? raw : (asNode(raw)?.['#text'] ?? '')
  if (typeof text !== 'string') return undefined
  // moodle_auto_format, plain_text and markdown keep their text as typed.
  return {text, html: (attr(node, 'format') ?? 'html') === 'html'}
}

/** The text of a `<x format="…"><text>…</text></x>` element, as plain text. */
function richText(element: unknown): string | undefined {
  const raw = rawText(element)
  if (raw === undefined) return undefined
  return raw.html ? htmlToText(raw.text) : raw.text.trim()
}

/** What turning the question's HTML into plain text leaves out (images, tables, media), once each. */
function droppedFrom(question: Node): string[] {
  const parts = [question.questiontext, question.generalfeedback, ...asList(question.answer).flatMap((a) => [a, a.feedback])]
  const html = parts.map(rawText).filter((r) => r?.html).map((r) => r!.text)
  return [...new Set(html.flatMap(droppedByHtmlToText))]
}

// The parser types this as the `Symbol` wrapper object; at run time it is a plain symbol.
const META = XMLParser.getMetaDataSymbol() as unknown as symbol
const startOf = (node: Node) => (node as {[key: symbol]: undefined | {startIndex?: number}})[META]?.startIndex
const ARRAYS = new Set(['question', 'answer', 'tag'])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  captureMetaData: true,
  isArray: (name) => ARRAYS.has(name),
})

/** A Moodle answer fraction: a finite percentage from -100 to 100 ("NaN" and "1e400" are not). */
function isPercentage(value: string): boolean {
  const n = Number(value.trim())
  return value.trim() !== '' && Number.isFinite(n) && n >= -100 && n <= 100
}

const SUPPORTED_ONLY = 'only multichoice questions can be imported; leave it out or convert it in Moodle'

/**
 * Reads the multichoice questions of a Moodle XML `<quiz>`. A question whose
 * answers have a positive fraction counts them as right; in single-answer
 * mode only full marks (100%) count, since edgewise has no partial credit.
 */
export function importMoodleXml(text: string, file: string): ImportResult {
  const batch = new ImportBatch(file, 'moodle')
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    batch.problems.push({file, path: '', line: valid.err.line, message: `is not well-formed XML: ${valid.err.msg} (column ${valid.err.col})`})
    return batch.result()
  }
  let parsed: unknown
  try {
    parsed = parser.parse(text)
  } catch (error) {
    // The parser refuses external entities (and other DOCTYPE features) by throwing: a problem
    // for this file, not a crash. Nothing outside the file is ever read.
    const detail = error instanceof Error ? error.message : String(error)
    batch.problems.push({file, path: '', message: `cannot be read as Moodle XML: ${detail}; remove the <!DOCTYPE …> declaration (Moodle exports have none)`})
    return batch.result()
  }
  const root = asNode(parsed)
  // An empty <quiz></quiz> parses as a string, which is a valid (empty) bank.
  const quiz = asNode(root?.quiz) ?? (typeof root?.quiz === 'string' ? {} : undefined)
  if (!quiz) {
    batch.problems.push({file, path: '', message: 'has no <quiz> root element; is this a Moodle XML export?'})
    return batch.result()
  }
  const lineAt = lineLocator(text)
  let category: string | undefined
  for (const question of asList(quiz.question)) {
    const start = startOf(question)
    const line = start === undefined ? undefined : lineAt(start)
    const type = attr(question, 'type') ?? '(none)'
    if (type === 'category') {
      category = richText(question.category)?.replace(/^\$[a-z]+\$\//, '') || undefined
      continue
    }
    if (type !== 'multichoice') {
      batch.reject(`is a "${type}" question; ${SUPPORTED_ONLY}`, line)
      continue
    }
    const single = String(richText(question.single) ?? 'true').trim() !== 'false'
    const badFraction = asList(question.answer).findIndex((answer) => !isPercentage(attr(answer, 'fraction') ?? '0'))
    if (badFraction !== -1) {
      batch.reject(`answer ${badFraction + 1} has fraction="${attr(asList(question.answer)[badFraction], 'fraction')}"; a fraction is a percentage from -100 to 100`, line)
      continue
    }
    const answers = asList(question.answer).map((answer) => {
      const fraction = Number(attr(answer, 'fraction') ?? '0')
      const option: QuestionOption = {text: richText(answer) ?? '', correct: single ? fraction >= 100 : fraction > 0}
      const feedback = richText(answer.feedback)
      if (feedback) option.rationale = feedback
      return {option, fraction}
    })
    const fullMarks = answers.filter((a) => a.fraction >= 100).length
    if (single && fullMarks > 1) {
      batch.reject(`is single-answer but gives full marks to ${fullMarks} answers; edgewise has one key per question, so keep one right answer or set <single>false</single>`, line)
      continue
    }
    const tags = asList(asNode(question.tags)?.tag).map((t) => richText(t) ?? '')
    const before = batch.questions.length
    batch.add({
      stem: richText(question.questiontext) ?? '',
      options: answers.map((a) => a.option),
      explanation: richText(question.generalfeedback),
      tags: category === undefined ? tags : [category, ...tags.filter((t) => t !== category)],
      line,
    })
    if (batch.questions.length > before) {
      for (const what of droppedFrom(question)) batch.warn(`${line === undefined ? `question ${batch.questions.at(-1)!.id}: ` : ''}${what} in its HTML is left out of this question (only the text is imported); read the original if the question needs it`, line)
    }
  }
  return batch.result()
}
