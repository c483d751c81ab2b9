import {resolve} from 'node:path'

import type {BankRef, ExamSession} from '../core/exam/session.js'
import type {KnowledgeBase} from '../core/knowledge/knowledge-base.js'
import type {BankQuestion} from '../core/questions/bank-question.js'
import type {BankFileFormat} from '../formats/questions/detect.js'

import {examQuestionOf} from '../core/questions/exam-question.js'
import {formatProblem, type Problem} from '../core/validation/problem.js'
import {UserError} from '../errors.js'
import {loadBankPath, loadBanks} from '../io/load-bank.js'
import {displayPath} from '../io/load-documents.js'
import {loadPhraseBook} from '../io/load-phrases.js'
import {loadBundledQuestionBank} from '../io/question-snapshot.js'

export type QuestionSource = 'bank' | 'generated' | 'mixed'

/** Questions from banks given with `--bank`, ready for the exam, and where they came from. */
export interface ImportedPool {
  questions: BankQuestion[]
  banks: BankRef[]
  /** The bank each question came from, by id. */
  origin: ReadonlyMap<string, BankRef>
}

const refOf = (s: {path: string; format: string; sha256: string}): BankRef => ({
  path: s.path,
  format: s.format,
  sha256: s.sha256,
})
const cacheKey = (ref: Pick<BankRef, 'format' | 'path'>) => `${ref.path}\0${ref.format}`

// One process reads a bank once, however many sessions (history, review) name it.
const reloaded = new Map<string, Promise<ReloadedBank>>()
const warned = new Set<string>()

/** Generated questions are rebuilt from their seed (same seed, same questions), so sessions store only ids. */
async function generated(kb: KnowledgeBase, count: number, seed: number): Promise<BankQuestion[]> {
  const {generateQuestions} = await import('../core/questions/generate.js')
  return generateQuestions(kb, await loadPhraseBook(), {count, seed}).questions
}

async function bundled(kb: KnowledgeBase): Promise<BankQuestion[]> {
  const bank = await loadBundledQuestionBank(new Set(kb.catalog.map((e) => e.id)))
  if (bank.problems.length > 0)
    throw new UserError(`the question bank has ${bank.problems.length} problem(s)`, {
      problems: bank.problems,
      suggestion: 'run `edgewise questions validate`',
    })
  return bank.questions.map((q) => q.question)
}

/**
 * Reads the banks given with `--bank` (any importable file, or a folder of
 * question files). A path that cannot be read, or banks with no usable
 * question, stop here (exit 2); questions too broken to ask are skipped and
 * counted on stderr, so one typo never costs the rest of the bank.
 */
export async function loadImportedPool(
  kb: KnowledgeBase,
  paths: readonly string[],
  from: BankFileFormat | undefined,
): Promise<ImportedPool> {
  const loaded = await loadBanks(paths, {from, catalogIds: new Set(kb.catalog.map((e) => e.id))})
  const unreadable = new Set(paths.map((p) => resolve(p))).size - loaded.sources.length
  if (unreadable > 0)
    throw new UserError(`${unreadable} bank(s) could not be read`, {
      problems: loaded.problems.filter((p) => p.path === '' && p.line === undefined),
      suggestion: 'check the path, or pass --from to say which format it is',
    })
  if (loaded.questions.length === 0)
    throw new UserError('the bank has no usable question', {
      problems: loaded.problems.slice(0, 20),
      suggestion: `run \`edgewise questions validate ${paths.join(' ')}\``,
    })
  if (loaded.problems.length > 0)
    process.stderr.write(
      `note: ${loaded.problems.length} problem(s) in the bank; questions with errors are left out (see \`edgewise questions validate ${paths.join(' ')}\`)\n`,
    )
  const questions = loaded.questions.map((q) => examQuestionOf(q, kb.catalog))
  const banks = loaded.sources.map(refOf)
  const origin = new Map([...loaded.origin].map(([id, source]) => [id, banks.find((b) => b.path === source.path)!]))
  // A session started now finds these banks again later in this process (scoring, the result) without reading them twice.
  for (const ref of banks) {
    const key = cacheKey(ref)
    if (!reloaded.has(key))
      reloaded.set(
        key,
        Promise.resolve({
          ref,
          questions: questions.filter((q) => origin.get(q.id) === ref),
          sha256: ref.sha256,
          problems: [],
        }),
      )
  }
  return {questions, banks, origin}
}

/** The questions a new session may draw from: the imported banks in place of the bundled one, when given. */
export async function questionPool(
  kb: KnowledgeBase,
  options: {source: QuestionSource; count: number; seed: number; imported?: ImportedPool | undefined},
): Promise<BankQuestion[]> {
  const pool: BankQuestion[] = []
  if (options.source !== 'generated') pool.push(...(options.imported ? options.imported.questions : await bundled(kb)))
  if (options.source !== 'bank')
    pool.push(
      ...(await generated(
        kb,
        options.source === 'mixed' ? Math.ceil(options.count / 2) + 10 : options.count + 20,
        options.seed,
      )),
    )
  return pool
}

/** What a session's bank holds now: its questions, its hash, or why it cannot be read. */
export interface ReloadedBank {
  ref: BankRef
  questions: BankQuestion[]
  /** The hash now; undefined when unreadable. */
  sha256: string | undefined
  problems: Problem[]
}

/** Reads a bank a session names, again (cached for this process). */
export function reloadBank(kb: KnowledgeBase, ref: BankRef): Promise<ReloadedBank> {
  const key = cacheKey(ref)
  let loading = reloaded.get(key)
  if (!loading) {
    loading = loadBankPath(ref.path, {
      from: ref.format === 'folder' ? undefined : (ref.format as BankFileFormat),
      catalogIds: new Set(kb.catalog.map((e) => e.id)),
    }).then((loaded) => ({
      ref,
      questions: loaded.questions.map((q) => examQuestionOf(q, kb.catalog)),
      sha256: loaded.source?.sha256,
      problems: loaded.problems,
    }))
    reloaded.set(key, loading)
  }
  return loading
}

/**
 * Every question a stored session names: the bundled bank, the banks it
 * came from (read again from their paths), and generated ones rebuilt from
 * the session's seed. A bank that cannot be read any more is said once on
 * stderr; its questions are then missing, and scores leave them out.
 */
export async function questionsForSession(
  kb: KnowledgeBase,
  session: Pick<ExamSession, 'banks' | 'filters' | 'id' | 'questions' | 'seed'>,
): Promise<Map<string, BankQuestion>> {
  const wantsGenerated = session.questions.some((q) => q.id.startsWith('gen-'))
  const {count} = session.filters
  const pool = await questionPool(kb, {
    source: wantsGenerated ? 'mixed' : 'bank',
    count: wantsGenerated ? count * 2 + 20 : count,
    seed: session.seed,
  })
  for (const ref of session.banks ?? []) {
    const bank = await reloadBank(kb, ref)
    if (bank.sha256 === undefined && !warned.has(ref.path)) {
      warned.add(ref.path)
      process.stderr.write(
        `warning: the bank ${displayPath(ref.path)} (session ${session.id}) cannot be read: ${bank.problems.map(formatProblem).join('; ')}; its questions are left out of scores and history\n`,
      )
    }
    pool.push(...bank.questions)
  }
  // Later sources win: a session's own bank over a bundled question with the same id.
  return new Map(pool.map((q) => [q.id, q]))
}
