import {createHash} from 'node:crypto'
import {readdir, stat} from 'node:fs/promises'
import {extname, relative, resolve} from 'node:path'

import type {DraftQuestion} from '../core/questions/question.js'

import {styleNotes} from '../core/questions/style.js'
import {asWarning, type Problem} from '../core/validation/problem.js'
import {type BankFileFormat, detectBankFormat} from '../formats/questions/detect.js'
import {loadImporter} from '../formats/questions/importers.js'
import {displayPath} from './load-documents.js'
import {loadQuestionBank, questionFileParsers, readQuestionFile} from './load-questions.js'
import {describeReadFailure, readTextFile} from './read-text.js'

/** Where a bank came from, as a session records it: enough to find it again and to notice that it changed. */
export interface BankSource {
  /** Absolute, so a session started in one folder resumes from another. */
  path: string
  format: 'folder' | BankFileFormat
  /** sha256 of the file's text; for a folder, of every question file's relative path and text. */
  sha256: string
}

export interface LoadedBankPath {
  /** Undefined when the path could not be read at all. */
  source: BankSource | undefined
  questions: DraftQuestion[]
  /** Line each question starts on, by id (single-file banks). */
  lines: ReadonlyMap<string, number>
  /** Errors: an unreadable path, or questions too broken to use (skipped). */
  problems: Problem[]
  /** What the import dropped (images, tables), and style (see `styleNotes`). */
  warnings: Problem[]
  /** Questions (or question files) left out because of their errors. */
  skipped: number
  /** Question files read, for a folder. */
  files?: number
}

export interface LoadBankOptions {
  /** Force the format of a file instead of inferring it. */
  from?: BankFileFormat | undefined
  catalogIds: ReadonlySet<string>
}

const sha256 = (parts: readonly string[]) => {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex')
}

/** Importable files in a folder that holds no question files: worth naming in the error. */
async function otherBankFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  return names.filter((n) => ['.gift', '.json', '.md', '.txt', '.xml'].includes(extname(n).toLowerCase())).slice(0, 3)
}

async function loadFolder(dir: string, options: LoadBankOptions): Promise<LoadedBankPath> {
  const file = displayPath(dir)
  // The folder's fingerprint: every question file's place and text, so renaming, editing or adding one changes it.
  const parts: string[] = []
  const bank = await loadQuestionBank(dir, options.catalogIds, {
    onRead: (path, text) => parts.push(relative(dir, path), text),
  })
  const questions = bank.questions.map((q) => q.question)
  const problems = [...bank.problems]
  if (bank.files === 0) {
    const others = await otherBankFiles(dir)
    const hint =
      others.length > 0 ? `; it has ${others.join(', ')}: pass ${others.length > 1 ? 'one of them' : 'it'} itself` : ''
    problems.push({
      file,
      path: '',
      message: `holds no question files (Markdown files with YAML front matter, as \`questions import --to-dir\` writes)${hint}`,
    })
  }
  return {
    source: {path: resolve(dir), format: 'folder', sha256: sha256(parts)},
    questions,
    lines: new Map(),
    problems,
    warnings: bank.warnings,
    skipped: bank.files - questions.length,
    files: bank.files,
  }
}

/** Style advice for imported questions, at each question's line: the same rules question files get. */
function styleWarnings(
  file: string,
  questions: readonly DraftQuestion[],
  lines: ReadonlyMap<string, number>,
): Problem[] {
  return questions.flatMap((q, i) => {
    const line = lines.get(q.id)
    return styleNotes(q).map((note) =>
      asWarning({
        file,
        path: `[${i}].${note.path}`,
        message: `question ${q.id}: ${note.message}`,
        rule: note.rule,
        ...(line === undefined ? {} : {line}),
      }),
    )
  })
}

async function loadFile(path: string, options: LoadBankOptions): Promise<LoadedBankPath> {
  const file = displayPath(path)
  const empty = {questions: [], lines: new Map(), warnings: [], skipped: 0}
  const read = await readTextFile(path)
  if (!read.ok)
    return {...empty, source: undefined, problems: [{file, path: '', message: describeReadFailure(read.failure)}]}
  const detected =
    options.from === undefined
      ? detectBankFormat(path, read.text)
      : ({ok: true, format: options.from, by: 'extension'} as const)
  if (!detected.ok) return {...empty, source: undefined, problems: [{file, path: '', message: detected.message}]}
  const source: BankSource = {path: resolve(path), format: detected.format, sha256: sha256([read.text])}
  if (detected.format === 'question-file') {
    const built = readQuestionFile(path, read.text, await questionFileParsers(), options.catalogIds)
    return {
      source,
      questions: built.question ? [built.question] : [],
      lines: new Map(built.question ? [[built.question.id, 1]] : []),
      problems: built.problems,
      warnings: built.warnings,
      skipped: built.question ? 0 : 1,
    }
  }
  const result = (await loadImporter(detected.format))(read.text, file)
  const problems = [...result.problems]
  if (result.questions.length === 0 && problems.length === 0)
    problems.push({
      file,
      path: '',
      message: `holds no questions when read as ${detected.format}${detected.by === 'content' ? ' (guessed from its content)' : ''}; pass --from if that is the wrong format`,
    })
  return {
    source,
    questions: result.questions,
    lines: result.lines,
    problems,
    warnings: [...result.warnings, ...styleWarnings(file, result.questions, result.lines)],
    skipped: result.skipped,
  }
}

/**
 * Reads one bank: a file in any importable format (inferred from its
 * extension or content unless `from` says), one edgewise question file, or a
 * folder of question files. Never throws for bad input: an unreadable path
 * or broken questions are problems, and the usable questions still load.
 */
export async function loadBankPath(path: string, options: LoadBankOptions): Promise<LoadedBankPath> {
  const info = await stat(path).catch(() => undefined)
  if (!info?.isDirectory()) return loadFile(path, options)
  try {
    return await loadFolder(path, options)
  } catch (error) {
    // A folder that cannot be listed (permissions): the same kind of answer as a file that cannot be read.
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    return {
      source: undefined,
      questions: [],
      lines: new Map(),
      problems: [{file: displayPath(path), path: '', message: `cannot be read (${code}); check its permissions`}],
      warnings: [],
      skipped: 0,
    }
  }
}

export interface LoadedBanks {
  questions: DraftQuestion[]
  sources: BankSource[]
  /** Which source each question was taken from, by id. */
  origin: Map<string, BankSource>
  problems: Problem[]
  warnings: Problem[]
}

/** Reads several banks into one pool; a question found in two of them is kept once, from the first, and said so. */
export async function loadBanks(paths: readonly string[], options: LoadBankOptions): Promise<LoadedBanks> {
  const out: LoadedBanks = {questions: [], sources: [], origin: new Map(), problems: [], warnings: []}
  const owner = new Map<string, string>()
  // The same bank named twice (`--bank a.json --bank ./a.json`) is read once.
  for (const path of new Map(paths.map((p) => [resolve(p), p])).values()) {
    const loaded = await loadBankPath(path, options)
    out.problems.push(...loaded.problems)
    out.warnings.push(...loaded.warnings)
    if (loaded.source) out.sources.push(loaded.source)
    for (const q of loaded.questions) {
      const first = owner.get(q.id)
      if (first !== undefined) {
        out.warnings.push(
          asWarning({
            file: displayPath(path),
            path: '',
            message: `question ${q.id} is also in ${first}; using that one`,
          }),
        )
        continue
      }
      owner.set(q.id, displayPath(path))
      out.questions.push(q)
      if (loaded.source) out.origin.set(q.id, loaded.source)
    }
  }
  return out
}
