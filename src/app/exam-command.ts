import {randomBytes} from 'node:crypto'
import {join} from 'node:path'

import type {ExamScore} from '../core/exam/score.js'
import type {ExamSession} from '../core/exam/session.js'
import type {KnowledgeBase} from '../core/knowledge/knowledge-base.js'
import type {BankQuestion} from '../core/questions/bank-question.js'
import type {BankFileFormat} from '../formats/questions/detect.js'

import {historyView} from '../core/exam/history.js'
import {createSession, filtersOf, type SelectOptions, selectQuestions, sessionIdFor} from '../core/exam/select.js'
import {testedServices} from '../core/exam/tested-services.js'
import {nearestCatalogId} from '../core/knowledge/catalog.js'
import {EXIT, StoppedByUser, UserError} from '../errors.js'
import {assertStateDirUsable, type ExamStore, openExamStore, warnMovedAside} from '../io/exam-store.js'
import {parseDataText} from '../io/parse-data.js'
import {describeReadFailure, readTextFile} from '../io/read-text.js'
import {assertWritablePath, writeOutputFile} from '../io/write-output.js'
import {renderResult, renderReviewItem, resultMarkdown} from '../ui/render-exam.js'
import {makeStyle, noteLine} from '../ui/style.js'
import {answerFromFile} from './exam-answers.js'
import {applyDeferredRatings, rateInDeck} from './exam-deck.js'
import {type ImportedPool, loadImportedPool, questionPool, type QuestionSource} from './exam-pool.js'
import {banksOfPastSessions, finishedRecords, scoreOf} from './exam-records.js'

export interface ExamCommandOptions {
  kb: KnowledgeBase
  mode: 'exam' | 'practice'
  count: number
  minutes: number | undefined
  source: QuestionSource
  select: Omit<SelectOptions, 'count' | 'history' | 'seed'>
  seed: number
  resume: boolean
  answersFile: string | undefined
  result: string | undefined
  exportFile: string | undefined
  stateDir: string | undefined
  json: boolean
  interactive: boolean
  /** Cram: practise without changing the review schedule. */
  cram?: boolean
  /** `--bank` paths: other banks in place of the bundled one (for `--resume`: where the session's bank is now). */
  bankPaths?: readonly string[]
  /** `--from`: the format of the bank files, when not inferred. */
  from?: BankFileFormat | undefined
  /** Banks to draw from besides the bundled one (review: the banks past sessions came from). */
  extraPool?: ImportedPool
}

export interface ExamOutcome {
  session: Pick<
    ExamSession,
    'createdAt' | 'elapsedSeconds' | 'finishedReason' | 'id' | 'mode' | 'status' | 'timeLimitSeconds'
  >
  score: ExamScore
}

/**
 * A session id no other run can have: the creation time and seed (readable,
 * sortable) plus 48 random bits, since two runs with the same --seed started
 * in the same second once got the same id and one overwrote the other.
 */
const newSessionId = (now: Date, seed: number) => `${sessionIdFor(now, seed)}-${randomBytes(6).toString('hex')}`

/** Saves a new session under a fresh id; the file is created, never overwritten. */
async function createSessionFile(store: ExamStore, session: ExamSession, seed: number): Promise<ExamSession> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = {...session, id: newSessionId(new Date(session.createdAt), seed)}
    if (await store.createSession(candidate)) return candidate
  }
  throw new Error(`could not find a free session id in ${store.dir}`)
}

async function finish(
  session: ExamSession,
  byId: Map<string, BankQuestion>,
  store: ExamStore,
  options: ExamCommandOptions,
  score: ExamScore,
): Promise<ExamOutcome> {
  // Showing an old result again (--result) must not rate its concepts a second time.
  if (!options.result) {
    const deckNote = await rateInDeck(store, session, score, new Date())
    if (deckNote) process.stderr.write(noteLine(deckNote))
  }
  const outcome: ExamOutcome = {
    session: {
      id: session.id,
      mode: session.mode,
      createdAt: session.createdAt,
      status: session.status,
      finishedReason: session.finishedReason,
      elapsedSeconds: session.elapsedSeconds,
      timeLimitSeconds: session.timeLimitSeconds,
    },
    score,
  }
  if (options.exportFile) {
    await writeOutputFile(
      options.exportFile,
      /\.md$/i.test(options.exportFile) ? resultMarkdown(score, session) : `${JSON.stringify(outcome, null, 2)}\n`,
      'the result',
    )
    // Asked only for the file (--result … --export): say where it went, not the whole result again.
    if (!options.json && options.result) {
      process.stdout.write(`Wrote the result of session ${session.id} to ${options.exportFile}\n`)
      return outcome
    }
  }
  if (!options.json) {
    const s = makeStyle()
    process.stdout.write(renderResult(score, session, s))
    if (options.exportFile) process.stdout.write(`\nWrote the result to ${options.exportFile}\n`)
    if (options.interactive && !options.answersFile) {
      const {reviewMenu} = await import('../prompts/exam-ui.js')
      await reviewMenu(
        (filter) =>
          score.verdicts
            .filter((v) => filter === 'all' || (filter === 'flagged' ? v.flagged : !v.correct))
            .map((v) => renderReviewItem(session, byId.get(v.questionId)!, v.index + 1, v.selected, s))
            .join('\n') || 'Nothing to show.\n',
      )
    }
  }
  return outcome
}

async function pastBanks(store: ExamStore, kb: KnowledgeBase): Promise<ImportedPool> {
  const {pool, problems} = await banksOfPastSessions(store, kb)
  warnMovedAside(problems)
  return pool
}

/** Reads and parses an --answers file up front, so a bad file stops the run before anything is saved. */
async function readAnswersFile(file: string): Promise<{file: string; value: unknown}> {
  const read = await readTextFile(file)
  if (!read.ok) throw new UserError(`${file}: ${describeReadFailure(read.failure)}`)
  const parsed = await parseDataText(file, read.text)
  if (!parsed.ok) throw new UserError(`${file}: ${parsed.problem.message}`, {problems: [parsed.problem]})
  return {file, value: parsed.value}
}

const needsTerminal = () =>
  new UserError('exam needs a terminal to ask questions', {
    suggestion: 'run it in a terminal, or script it with --answers FILE',
    exitCode: EXIT.badInput,
  })

/** Starts, resumes, scripts or shows a practice exam; the command only parses flags and prints. */
export async function runExamCommand(options: ExamCommandOptions): Promise<ExamOutcome> {
  const store = openExamStore({stateDir: options.stateDir})
  assertStateDirUsable(store.dir)
  if (options.exportFile) assertWritablePath(options.exportFile, 'the result')
  // A mistyped flag value is reported first, terminal or not.
  const {service} = options.select
  if (service !== undefined && !options.kb.catalog.some((e) => e.id === service)) {
    const meant = nearestCatalogId(service, options.kb.catalog)
    throw new UserError(
      `--service ${service} is not a catalog id${meant ? `; did you mean --service ${meant}?` : ''}`,
      {suggestion: '`edgewise services` lists every id', exitCode: EXIT.badInput},
    )
  }
  // A run without a terminal is refused before any session is written (so --resume never picks up a session
  // nobody saw), but after its flags and banks are checked, so those mistakes are reported first.
  const canAsk = options.answersFile !== undefined || options.interactive
  const answers = options.answersFile === undefined ? undefined : await readAnswersFile(options.answersFile)
  const deferredNote = await applyDeferredRatings(store, options.kb, new Date())
  if (deferredNote) process.stderr.write(noteLine(deferredNote))
  if (options.result) {
    const {records, problems} = await finishedRecords(store, options.kb)
    warnMovedAside(problems)
    const record = options.result === 'last' ? records.at(-1) : records.find((r) => r.session.id === options.result)
    if (!record)
      throw new UserError(
        options.result === 'last' ? 'no finished session yet' : `no finished session "${options.result}"`,
        {suggestion: '`edgewise history` lists sessions'},
      )
    const {byId} = await scoreOf(record.session, options.kb)
    return finish(record.session, byId, store, {...options, interactive: false}, record.score)
  }
  let session: ExamSession
  let byId: Map<string, BankQuestion>
  if (options.resume) {
    const latest = await store.latestUnfinishedSession()
    warnMovedAside(latest.problems)
    if (!latest.session)
      throw new UserError('there is no unfinished session to resume', {suggestion: 'start one with `edgewise exam`'})
    const {prepareResume} = await import('./exam-resume.js')
    const sessionFile = join(store.dir, 'sessions', `${latest.session.id}.json`)
    ;({session, byId} = await prepareResume(options.kb, latest.session, {
      bankPaths: options.bankPaths ?? [],
      from: options.from,
      sessionFile,
    }))
    if (!canAsk) throw needsTerminal()
    if (session !== latest.session) await store.saveSession(session)
  } else {
    const bankPaths = options.bankPaths ?? []
    if (bankPaths.length > 0 && options.source === 'generated')
      throw new UserError('--bank and --source generated exclude each other', {
        suggestion: 'use --source mixed for the bank plus generated questions',
        exitCode: EXIT.badInput,
      })
    const imported = bankPaths.length > 0 ? await loadImportedPool(options.kb, bankPaths, options.from) : undefined
    const pool = await questionPool(options.kb, {
      source: options.source,
      count: options.count,
      seed: options.seed,
      imported,
    })
    // --only missed|flagged|unseen without --bank also finds the questions of banks past sessions came from.
    const extraPool =
      options.extraPool ??
      (options.select.only && !imported && options.source !== 'generated'
        ? await pastBanks(store, options.kb)
        : undefined)
    if (extraPool) pool.push(...extraPool.questions)
    const banks = [...(imported?.banks ?? []), ...(extraPool?.banks ?? [])]
    const history = options.select.only ? historyView((await finishedRecords(store, options.kb)).records) : undefined
    const servicesOf = (q: BankQuestion) => testedServices(q, options.kb.catalog)
    const selection = selectQuestions(pool, {
      ...options.select,
      count: options.count,
      seed: options.seed,
      servicesOf,
      ...(history ? {history} : {}),
    })
    if (selection.questions.length === 0)
      throw new UserError(`no questions match: ${selection.shortfall ?? 'the filters exclude every question'}`)
    for (const note of [selection.shortfall, selection.mixNote])
      if (note && !options.json) process.stderr.write(noteLine(note))
    // Only the banks that gave this session a question: those are what it must find again.
    const origin = new Map([...(imported?.origin ?? []), ...(extraPool?.origin ?? [])])
    const used = banks.filter((b) => selection.questions.some((q) => origin.get(q.id) === b))
    session = createSession(selection.questions, {
      mode: options.mode,
      seed: options.seed,
      now: new Date(),
      ...(options.minutes === undefined ? {} : {timeLimitSeconds: options.minutes * 60}),
      filters: filtersOf({...options.select, count: options.count, seed: options.seed}, {cram: options.cram === true}),
      banks: used,
    })
    byId = new Map(selection.questions.map((q) => [q.id, q]))
    if (!canAsk) throw needsTerminal()
    // A scripted run is saved only once its answers apply: a bad answers file leaves no stray session.
    if (answers) session = answerFromFile(session, answers.value, byId, answers.file)
    session = await createSessionFile(store, session, options.seed)
  }
  if (answers && options.resume) {
    session = answerFromFile(session, answers.value, byId, answers.file)
    await store.saveSession(session)
  } else if (!answers) {
    if (!options.interactive) throw needsTerminal()
    const {runExamUi} = await import('../prompts/exam-ui.js')
    const run = await runExamUi({session, byId, save: (s) => store.saveSession(s), style: makeStyle()})
    session = run.session
    if (run.quit)
      throw new StoppedByUser(`Paused. Resume with: edgewise exam --resume  (session ${session.id} is saved)`)
  }
  const {score} = await scoreOf(session, options.kb)
  return finish(session, byId, store, options, score)
}
