import type {Problem} from '../../core/validation/problem.js'

import {contentId} from '../../core/questions/content-id.js'
import {type DraftQuestion, DraftQuestionSchema, letterOf, type QuestionOption, questionType} from '../../core/questions/question.js'
import {issuesToProblems} from '../../core/validation/zod-issues.js'

/**
 * What an importer hands back: the questions it could read, why it skipped
 * the others, what it dropped from the questions it kept (images, tables,
 * media: `warnings`), and the line each kept question starts on, by id.
 */
export type ImportResult = {questions: DraftQuestion[]; problems: Problem[]; skipped: number; warnings: Problem[]; lines: ReadonlyMap<string, number>}

export type ExportedFile = {name: string; text: string}

/**
 * `text` is the main document. Formats that need one file per question (QTI)
 * put those in `files` and make `text` the package manifest that lists them.
 * A refused export names each question it could not express: `file` is then
 * the question id, since the question is what the user has to change.
 */
export type ExportResult = {ok: false; problems: Problem[]} | {ok: true; text: string; files?: ExportedFile[]}

/** The parts of a DraftQuestion beyond stem, options and keys that a format may carry. */
export type CarriedField = 'explanation' | 'id' | 'metadata' | 'rationale' | 'tags'

export interface QuestionFormatInfo {
  id: string
  label: string
  extension: string
  canImport: boolean
  canExport: boolean
  multipleResponse: boolean
  /** What survives an export; every other DraftQuestion field is dropped (say so to the user). */
  carries: readonly CarriedField[]
}

/** Metadata only, so this module stays free of import cycles; callers map ids to the functions. */
export const QUESTION_FORMATS = [
  {id: 'json', label: 'edgewise JSON', extension: 'json', canImport: true, canExport: true, multipleResponse: true, carries: ['id', 'explanation', 'rationale', 'tags', 'metadata']},
  {id: 'gift', label: 'Moodle GIFT', extension: 'gift', canImport: true, canExport: true, multipleResponse: true, carries: ['id', 'explanation', 'rationale']},
  {id: 'moodle-xml', label: 'Moodle XML', extension: 'xml', canImport: true, canExport: true, multipleResponse: true, carries: ['id', 'explanation', 'rationale', 'tags']},
  {id: 'aiken', label: 'Aiken', extension: 'txt', canImport: true, canExport: true, multipleResponse: false, carries: []},
  {id: 'markdown', label: 'GitHub task-list Markdown', extension: 'md', canImport: true, canExport: true, multipleResponse: true, carries: []},
  {id: 'qti', label: 'IMS QTI 2.1', extension: 'xml', canImport: false, canExport: true, multipleResponse: true, carries: ['id']},
  {id: 'anki', label: 'Anki (tab-separated)', extension: 'txt', canImport: false, canExport: true, multipleResponse: true, carries: ['explanation', 'tags']},
] as const satisfies readonly QuestionFormatInfo[]

export type QuestionFormatId = (typeof QUESTION_FORMATS)[number]['id']

/** A question as a parser read it (escapes already undone), before any checks. */
export interface ParsedQuestion {
  stem: string
  options: QuestionOption[]
  explanation?: string | undefined
  tags?: string[] | undefined
  line?: number | undefined
}

const normalize = (s: string) => s.toLowerCase().replaceAll(/\s+/g, ' ').trim()

/** The checks every format shares; the schema cannot see duplicates or a missing key. */
export function keyProblems(options: readonly QuestionOption[]): {path: string; message: string}[] {
  const found: {path: string; message: string}[] = []
  // Options are answered by letter: past Z there is nothing to check, and one line says so
  // (200,000 options once gave 200,000 problems).
  if (options.length > 26) return [{path: 'options', message: `${options.length} options; a question has at most 26 (A to Z)`}]
  if (options.length < 2) found.push({path: 'options', message: `needs at least two options; found ${options.length}`})
  const firstSeen = new Map<string, number>()
  for (const [i, option] of options.entries()) {
    const key = normalize(option.text)
    if (key === '') found.push({path: `options[${i}]`, message: 'option text is empty'})
    const earlier = firstSeen.get(key)
    if (earlier !== undefined && key !== '') {
      found.push({path: `options[${i}]`, message: `repeats option ${letterOf(earlier)} ("${option.text}"); remove one of them`})
    } else firstSeen.set(key, i)
  }
  const correct = options.filter((o) => o.correct).length
  if (options.length >= 2 && correct === 0) found.push({path: 'options', message: 'no option is marked correct; mark the right answer(s)'})
  if (options.length >= 2 && correct === options.length) found.push({path: 'options', message: 'every option is marked correct; a question needs at least one wrong option'})
  return found
}

const blankToUndefined = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : s.trim())

/**
 * Collects one file's questions: each bad question becomes problems and is
 * skipped, so one typo never costs the user the rest of the file.
 */
export class ImportBatch {
  readonly lines = new Map<string, number>()
  readonly problems: Problem[] = []
  readonly questions: DraftQuestion[] = []
  skipped = 0
  readonly warnings: Problem[] = []
  private count = 0
  private readonly seen = new Map<string, string>()

  constructor(
    readonly file: string,
    private readonly prefix: string,
  ) {}

  /** Adds an already complete question (JSON keeps its own ids) after the duplicate check. */
  accept(question: DraftQuestion, index: number, line?: number): void {
    const earlier = this.seen.get(question.id)
    if (earlier !== undefined) {
      this.skip([this.problem(index, '', `is the same question as ${earlier} (id ${question.id}); remove the copy`, line)])
      return
    }
    this.seen.set(question.id, line === undefined ? `[${index}]` : `line ${line}`)
    if (line !== undefined) this.lines.set(question.id, line)
    this.questions.push(question)
  }

  add(parsed: ParsedQuestion): void {
    const index = this.count++
    const options = parsed.options.map((o) => ({...o, text: o.text.trim(), rationale: blankToUndefined(o.rationale)}))
    const stem = parsed.stem.trim()
    const found = keyProblems(options)
    if (stem === '') found.unshift({path: 'stem', message: 'the question text is empty'})
    if (found.length > 0) return this.skip(found.map((f) => this.problem(index, f.path, f.message, parsed.line)))

    const tags = parsed.tags?.map((t) => t.trim()).filter((t) => t !== '')
    const explanation = blankToUndefined(parsed.explanation)
    const draft = {
      id: contentId(stem, options.map((o) => o.text), this.prefix),
      stem,
      options: options.map((o) => (o.rationale === undefined ? {text: o.text, correct: o.correct} : o)),
      choose: options.filter((o) => o.correct).length,
      type: questionType({choose: options.filter((o) => o.correct).length}),
      ...(explanation === undefined ? {} : {explanation}),
      ...(tags && tags.length > 0 ? {tags} : {}),
      source: 'imported' as const,
    }
    const checked = DraftQuestionSchema.safeParse(draft)
    if (!checked.success) {
      return this.skip(issuesToProblems(this.file, checked.error.issues, [index]).map((p) => withLine(p, parsed.line)))
    }
    this.accept(checked.data, index, parsed.line)
  }

  /** Hands out the next batch position for callers that validate questions themselves. */
  nextIndex(): number {
    return this.count++
  }

  problem(index: number, path: string, message: string, line?: number): Problem {
    const where = path === '' ? `[${index}]` : `[${index}].${path}`
    return withLine({file: this.file, path: where, message}, line)
  }

  /** Reports a question the parser could not even take apart. */
  reject(message: string, line?: number): void {
    this.skip([this.problem(this.count++, '', message, line)])
  }

  result(): ImportResult {
    return {questions: this.questions, problems: this.problems, skipped: this.skipped, warnings: this.warnings, lines: this.lines}
  }

  skip(problems: Problem[]): void {
    // One push per problem: a question with 200,000 bad options overflowed the stack when spread.
    for (const problem of problems) this.problems.push(problem)
    this.skipped++
  }

  /** Says what was left out of a question that is kept (an image, a table): the user may need to fix it by hand. */
  warn(message: string, line?: number): void {
    this.warnings.push({file: this.file, path: '', message, severity: 'warning', rule: 'dropped-content', ...(line === undefined ? {} : {line})})
  }
}

const withLine = (p: Problem, line: number | undefined): Problem => (line === undefined ? p : {...p, line})

/** Maps character offsets to 1-based lines; built once per file so big files stay linear. */
export function lineLocator(text: string): (offset: number) => number {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text.codePointAt(i) === 10) starts.push(i + 1)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((starts[mid] ?? 0) <= offset) low = mid
      else high = mid - 1
    }
    return low + 1
  }
}

// XML 1.0 forbids most control characters even as entities; dropping them is the only way to stay well-formed.
// eslint-disable-next-line no-control-regex -- matching those control characters is the point
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g
const XML_ENTITIES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;'}

export function escapeXml(text: string): string {
  return text.replaceAll(XML_ILLEGAL, '').replaceAll(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c)
}

const escapeHtml = (s: string) => s.replaceAll(/[&<>"]/g, (c) => XML_ENTITIES[c] ?? c)

/** Plain text as HTML: blank lines become paragraphs, single newlines `<br>`. */
export function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((para) => `<p>${escapeHtml(para.trim()).replaceAll('\n', '<br>')}</p>`)
    .join('')
}

const NAMED: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' '}

export function decodeEntities(text: string): string {
  return text.replaceAll(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code <= 0x10_ff_ff ? String.fromCodePoint(code) : whole
    }
    return NAMED[name.toLowerCase()] ?? whole
  })
}

const DROPPED_HTML: [RegExp, string][] = [
  [/<img\b/i, 'an image'],
  [/<table\b/i, 'a table'],
  [/<(?:video|audio|iframe|object|embed)\b/i, 'embedded media'],
  [/<svg\b/i, 'a drawing (SVG)'],
  [/<(?:pre|code)\b/i, 'code formatting'],
]

/** What `htmlToText` loses from this HTML beyond its markup: images, tables, media, code layout. */
export function droppedByHtmlToText(html: string): string[] {
  return DROPPED_HTML.filter(([pattern]) => pattern.test(html)).map(([, what]) => what)
}

/** The inverse of textToHtml, lenient enough for HTML that other tools wrote. */
export function htmlToText(html: string): string {
  const flat = html
    .replaceAll(/\s*\n\s*/g, ' ')
    .replaceAll(/<br\s*\/?>/gi, '\n')
    .replaceAll(/<\/p>\s*<p\b[^>]*>/gi, '\n\n')
    .replaceAll(/<[^>]*>/g, '')
  return decodeEntities(flat)
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim()
}

/** Formats `--from` accepts (what the importers read). */
export const IMPORT_FORMATS = ['json', 'gift', 'moodle-xml', 'aiken', 'markdown'] as const satisfies readonly QuestionFormatInfo['id'][]

export type ImportFormat = (typeof IMPORT_FORMATS)[number]
