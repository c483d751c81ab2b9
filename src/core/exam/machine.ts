import type {BankQuestion} from '../questions/bank-question.js'

import {
  answerOf,
  type ExamSession,
  isRevealed,
  secondsOn,
  type SessionQuestion,
  toDisplayed,
  toOriginal,
} from './session.js'

/** Questions by id; only `options` and `choose` are consulted here. */
export type QuestionsById = ReadonlyMap<string, BankQuestion>

/**
 * Everything the UI can ask of a session. `questionId` defaults to the
 * current question. `selected` holds DISPLAYED positions (0 = the first
 * option on screen); the machine translates them to original indexes.
 */
export type ExamAction =
  | {type: 'answer'; selected: readonly number[]; questionId?: string}
  | {type: 'clear'; questionId?: string}
  | {type: 'goto'; index: number}
  /** Practice feedback was shown: the answer is locked from now on. */
  | {type: 'next'}
  | {type: 'prev'}
  | {type: 'reveal'; questionId?: string}
  | {type: 'submit'}
  | {type: 'tick'; seconds: number}
  | {type: 'toggleFlag'; questionId?: string}

/** The next session, or the same session object plus a message to show when the action was refused. */
export interface ApplyResult {
  session: ExamSession
  error?: string
}

/** Builds the lookup `apply` and `scoreSession` take. The first question wins on duplicate ids. */
export function indexQuestions(bank: readonly BankQuestion[]): Map<string, BankQuestion> {
  const byId = new Map<string, BankQuestion>()
  for (const q of bank) if (!byId.has(q.id)) byId.set(q.id, q)
  return byId
}

const refuse = (session: ExamSession, error: string): ApplyResult => ({session, error})

function target(session: ExamSession, questionId: string | undefined): SessionQuestion | string {
  const id = questionId ?? session.questions[session.current]?.id
  const q = session.questions.find((x) => x.id === id)
  return q ?? `Question "${id ?? '(none)'}" is not part of this session.`
}

function withoutKey<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const out: Record<string, T> = {}
  for (const [k, v] of Object.entries(record)) if (k !== key) out[k] = v
  return out
}

function answer(
  session: ExamSession,
  sq: SessionQuestion,
  displayed: readonly number[],
  questionsById: QuestionsById,
): ApplyResult {
  const bankQuestion = questionsById.get(sq.id)
  if (!bankQuestion)
    return refuse(session, `Question "${sq.id}" is no longer in the question bank, so it cannot be answered.`)
  if (bankQuestion.options.length !== sq.optionOrder.length)
    return refuse(
      session,
      `Question "${sq.id}" has changed since this session started (${bankQuestion.options.length} options now, ${sq.optionOrder.length} then).`,
    )
  const n = sq.optionOrder.length
  if (displayed.some((p) => !Number.isInteger(p) || p < 0 || p >= n))
    return refuse(session, `Choose options between 1 and ${n}.`)
  const unique = new Set(displayed)
  if (unique.size !== displayed.length) return refuse(session, 'Each option can be chosen only once.')
  if (unique.size !== bankQuestion.choose) {
    return refuse(
      session,
      bankQuestion.choose === 1
        ? `Choose exactly one option${unique.size > 1 ? ` (you chose ${unique.size})` : ''}.`
        : `Choose exactly ${bankQuestion.choose} options (you chose ${unique.size}).`,
    )
  }
  const entry = {
    selected: toOriginal(sq.optionOrder, [...unique]),
    answeredAtSeconds: session.elapsedSeconds,
    secondsSpent: secondsOn(session, sq.id),
  }
  return {session: {...session, answers: {...withoutKey(session.answers, sq.id), [sq.id]: entry}}}
}

function tick(session: ExamSession, seconds: number): ApplyResult {
  if (!Number.isFinite(seconds) || seconds < 0) return refuse(session, 'Time can only move forward.')
  const limit = session.timeLimitSeconds
  // Never run the clock past the limit: the session ends exactly at it.
  const charged = limit === null ? seconds : Math.min(seconds, Math.max(0, limit - session.elapsedSeconds))
  const elapsedSeconds = session.elapsedSeconds + charged
  const currentId = session.questions[session.current]?.id
  const secondsOnQuestion =
    currentId === undefined
      ? session.secondsOnQuestion
      : {...withoutKey(session.secondsOnQuestion, currentId), [currentId]: secondsOn(session, currentId) + charged}
  const next: ExamSession = {...session, elapsedSeconds, secondsOnQuestion}
  if (limit !== null && elapsedSeconds >= limit)
    return {session: {...next, status: 'finished', finishedReason: 'time-up'}}
  return {session: next}
}

function move(session: ExamSession, index: number): ApplyResult {
  if (!Number.isInteger(index) || index < 0 || index >= session.questions.length)
    return refuse(session, `There is no question ${index + 1}; this session has ${session.questions.length}.`)
  return index === session.current ? {session} : {session: {...session, current: index}}
}

/**
 * Applies one action. Pure: the input session is never modified; a refused
 * action returns the same session object with `error` set (never throws for
 * user mistakes). After the session finishes, navigation still works (for the
 * review screen) but answers, flags and the clock are frozen.
 */
export function apply(session: ExamSession, action: ExamAction, questionsById: QuestionsById): ApplyResult {
  switch (action.type) {
    case 'goto':
      return move(session, action.index)
    case 'next':
      return session.current + 1 < session.questions.length ? move(session, session.current + 1) : {session}
    case 'prev':
      return session.current > 0 ? move(session, session.current - 1) : {session}
    default:
      break
  }
  if (session.status === 'finished')
    return refuse(session, 'This session is finished; answers, flags and time can no longer change.')
  switch (action.type) {
    case 'tick':
      return tick(session, action.seconds)
    case 'submit':
      return {session: {...session, status: 'finished', finishedReason: 'submitted'}}
    default:
      break
  }
  const sq = target(session, action.questionId)
  if (typeof sq === 'string') return refuse(session, sq)
  if ((action.type === 'answer' || action.type === 'clear') && isRevealed(session, sq.id))
    return refuse(session, 'This answer is locked: its feedback has been shown.')
  switch (action.type) {
    case 'answer':
      return answer(session, sq, action.selected, questionsById)
    case 'clear':
      return answerOf(session, sq.id) === undefined
        ? {session}
        : {session: {...session, answers: withoutKey(session.answers, sq.id)}}
    case 'reveal':
      if (answerOf(session, sq.id) === undefined)
        return refuse(session, 'Answer the question before its feedback is shown.')
      return isRevealed(session, sq.id)
        ? {session}
        : {session: {...session, revealed: [...(session.revealed ?? []), sq.id]}}
    case 'toggleFlag':
      return {
        session: {
          ...session,
          flagged: session.flagged.includes(sq.id)
            ? session.flagged.filter((id) => id !== sq.id)
            : [...session.flagged, sq.id],
        },
      }
  }
}

/** Zero-based question indexes for the pre-submit review screen. */
export interface ReviewSummary {
  total: number
  answered: number[]
  unanswered: number[]
  flagged: number[]
}

/** Which questions are answered, unanswered and flagged, by index. */
export function reviewSummary(session: ExamSession): ReviewSummary {
  const summary: ReviewSummary = {total: session.questions.length, answered: [], unanswered: [], flagged: []}
  for (const [i, q] of session.questions.entries()) {
    ;(answerOf(session, q.id) ? summary.answered : summary.unanswered).push(i)
    if (session.flagged.includes(q.id)) summary.flagged.push(i)
  }
  return summary
}

/** Seconds left, or null for an untimed session. Never negative. */
export function remainingSeconds(session: ExamSession): null | number {
  return session.timeLimitSeconds === null ? null : Math.max(0, session.timeLimitSeconds - session.elapsedSeconds)
}

/** The saved answer to a question as DISPLAYED positions (to redraw checkboxes), or [] when unanswered. */
export function selectedPositions(session: ExamSession, questionId: string): number[] {
  const sq = session.questions.find((q) => q.id === questionId)
  const a = answerOf(session, questionId)
  return sq && a ? toDisplayed(sq.optionOrder, a.selected) : []
}

/** The question shown at `session.current`, with its bank entry when still present. */
export function currentQuestion(
  session: ExamSession,
  questionsById: QuestionsById,
): undefined | {index: number; entry: SessionQuestion; question?: BankQuestion} {
  const entry = session.questions[session.current]
  if (!entry) return undefined
  const question = questionsById.get(entry.id)
  return question ? {index: session.current, entry, question} : {index: session.current, entry}
}
