import type {DraftQuestion, QuestionOption} from '../../core/questions/question.js'

import {droppedByHtmlToText, type ExportResult, htmlToText, ImportBatch, type ImportResult, type ParsedQuestion} from './types.js'

// Moodle's GIFT reader treats a backslash before any of these as a literal, and `\n` as a line break.
const SPECIAL = '~=#{}:\\'

export function escapeGift(text: string): string {
  return text.replaceAll(/[~=#{}:\\]/g, (c) => `\\${c}`).replaceAll(/\r?\n/g, String.raw`\n`)
}

function unescapeGift(text: string): string {
  return text.replaceAll(/\\(.)/gs, (pair, c: string) => (c === 'n' ? '\n' : SPECIAL.includes(c) ? c : pair))
}

/** Moodle's own grade list has these values for 1/N (33.33333, 14.28571 …), so use the same rounding. */
const share = (n: number) => String(Number((100 / n).toFixed(5)))

const FORMAT_MARKER = /^\[(html|moodle|plain|markdown)\]/i
// A leading %…% would be read as a weight, so such texts get an explicit one in front.
const LOOKS_WEIGHTED = /^%-?\d+(?:[.,]\d+)?%/

function answerLine(q: DraftQuestion, option: QuestionOption): string {
  const text = escapeGift(option.text)
  const feedback = option.rationale === undefined ? '' : `#${escapeGift(option.rationale)}`
  if (q.choose > 1) return `~%${option.correct ? share(q.choose) : '-100'}%${text}${feedback}`
  const weight = LOOKS_WEIGHTED.test(option.text) ? `%${option.correct ? 100 : 0}%` : ''
  return `${option.correct ? '=' : '~'}${weight}${text}${feedback}`
}

/**
 * Writes Moodle GIFT. Multiple response uses weights: each right option gets
 * an equal share of 100%, each wrong one -100%, so only the exact set scores
 * full marks (as on the exam). The question id becomes the `::title::`.
 * `[plain]` stops Moodle reading stems such as "s3://<bucket>" as HTML, and
 * also keeps a stem that starts with "[html]" from being taken as a marker.
 */
export function exportGift(questions: DraftQuestion[]): ExportResult {
  const blocks = questions.map((q) => {
    const lines = [`::${escapeGift(q.id)}::[plain]${escapeGift(q.stem)} {`, ...q.options.map((o) => answerLine(q, o))]
    if (q.explanation !== undefined) lines.push(`####${escapeGift(q.explanation)}`)
    return [...lines, '}'].join('\n')
  })
  return {ok: true, text: blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`}
}

function findUnescaped(s: string, needle: string, from = 0): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') i++
    else if (s.startsWith(needle, i)) return i
  }
  return -1
}

/** Source line breaks inside a question are layout; real breaks are written `\n`. */
const clean = (raw: string, html: boolean) => {
  const text = unescapeGift(raw.replaceAll(/\s*\n\s*/g, ' ')).trim()
  return html ? htmlToText(text) : text
}

type BlockResult = {ok: false; message: string; offset: number} | {ok: true; parsed: ParsedQuestion; html: boolean}

function parseAnswers(body: string, html: boolean): string | {options: QuestionOption[]; explanation?: string} {
  const general = findUnescaped(body, '####')
  const explanation = general < 0 ? undefined : clean(body.slice(general + 4), html)
  const list = general < 0 ? body : body.slice(0, general)
  const starts: number[] = []
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '\\') i++
    else if (list[i] === '=' || list[i] === '~') starts.push(i)
  }
  const first = starts[0]
  if (first === undefined) return 'has no options; write each as =right or ~wrong inside { }'
  if (list.slice(0, first).trim() !== '') return `has text before the first option ("${list.slice(0, first).trim()}"); start each option with = or ~`
  if (!starts.some((i) => list[i] === '~')) return 'has only = answers, which GIFT reads as a short-answer question; mark the wrong options with ~'
  const options = starts.map((start, n) => {
    let content = list.slice(start + 1, starts[n + 1] ?? list.length)
    const weight = /^%(-?\d+(?:[.,]\d+)?)%/.exec(content)
    if (weight) content = content.slice(weight[0].length)
    const hash = findUnescaped(content, '#')
    const value = weight?.[1] === undefined ? undefined : Number(weight[1].replace(',', '.'))
    const correct = list[start] === '=' ? value === undefined || value > 0 : value !== undefined && value > 0
    const option: QuestionOption = {text: clean(hash < 0 ? content : content.slice(0, hash), html), correct}
    if (hash >= 0) option.rationale = clean(content.slice(hash + 1), html)
    return option
  })
  return {options, ...(explanation === undefined ? {} : {explanation})}
}

function parseBlock(s: string): BlockResult {
  let at = 0
  while (/\s/.test(s[at] ?? '')) at++
  if (s.startsWith('::', at)) {
    const end = findUnescaped(s, '::', at + 2)
    if (end < 0) return {ok: false, message: 'opens a ::title:: that is never closed', offset: at}
    at = end + 2
  }
  const marker = FORMAT_MARKER.exec(s.slice(at).trimStart())
  const html = marker?.[1]?.toLowerCase() === 'html'
  if (marker) at = s.indexOf(marker[0], at) + marker[0].length
  const open = findUnescaped(s, '{', at)
  if (open < 0) return {ok: false, message: String.raw`has no answer block { … }; write a literal brace as \{`, offset: at}
  const close = findUnescaped(s, '}', open + 1)
  const nested = findUnescaped(s, '{', open + 1)
  if (close < 0 || (nested >= 0 && nested < close)) {
    return {ok: false, message: String.raw`opens an answer block with { that is never closed; add } (or write a literal brace as \{)`, offset: open}
  }
  const body = s.slice(open + 1, close)
  const kind = body.trim()
  if (kind === '') return {ok: false, message: 'has an empty answer block (an essay question); only multiple-choice questions can be imported', offset: open}
  if (kind.startsWith('#')) return {ok: false, message: 'is a numerical question; only multiple-choice questions can be imported', offset: open}
  if (/^(T|F|TRUE|FALSE)\b/.test(kind)) return {ok: false, message: 'is a true/false question; only multiple-choice questions can be imported', offset: open}
  // As in Moodle, a ~ makes it multiple choice whatever else it holds, so "->" in an option is just text.
  if (findUnescaped(body, '~') < 0 && findUnescaped(body, '->') >= 0) return {ok: false, message: 'is a matching question; only multiple-choice questions can be imported', offset: open}
  const answers = parseAnswers(body, html)
  if (typeof answers === 'string') return {ok: false, message: answers, offset: open}
  const after = s.slice(close + 1).trim()
  // Text after the braces makes it a "missing word" question: the blank goes where the braces were.
  const stem = clean(s.slice(at, open), html) + (after === '' ? '' : ` _____ ${clean(after, html)}`)
  return {ok: true, parsed: {stem, ...answers}, html}
}

type Block = {category: string | undefined} | {text: string; lines: number[]}

/** Blank lines separate questions; `//` lines are comments; a `$CATEGORY:` line stands alone. */
function splitBlocks(text: string): Block[] {
  const blocks: Block[] = []
  let current: undefined | {text: string; lines: number[]}
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (/^\s*\/\//.test(line)) continue
    const category = /^\s*\$CATEGORY:\s*(.*)$/.exec(line)
    if (category || line.trim() === '') {
      current = undefined
      // Moodle writes the context first ($course$/top/…); the rest is the category path.
      if (category) blocks.push({category: category[1]?.trim().replace(/^\$[a-z]+\$\//, '') || undefined})
      continue
    }
    if (current) {
      current.text += `\n${line}`
      current.lines.push(i + 1)
    }
    else {blocks.push((current = {text: line, lines: [i + 1]}))}
  }
  return blocks
}

/** Reads Moodle GIFT multiple-choice questions; `$CATEGORY:` becomes a tag on the questions after it. */
export function importGift(text: string, file: string): ImportResult {
  const batch = new ImportBatch(file, 'gift')
  let category: string | undefined
  for (const block of splitBlocks(text)) {
    if ('category' in block) {
      category = block.category
      continue
    }
    const lineOf = (offset: number) => block.lines[block.text.slice(0, offset).split('\n').length - 1]
    const result = parseBlock(block.text)
    if (result.ok) {
      const before = batch.questions.length
      batch.add({...result.parsed, line: block.lines[0], ...(category === undefined ? {} : {tags: [category]})})
      const dropped = result.html && batch.questions.length > before ? droppedByHtmlToText(block.text) : []
      for (const what of dropped) batch.warn(`${what} in its HTML is left out of this question (only the text is imported); read the original if the question needs it`, block.lines[0])
    }
    else {batch.reject(`question ${result.message}`, lineOf(result.offset))}
  }
  return batch.result()
}
