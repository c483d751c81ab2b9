import * as z from 'zod/mini'

import {DIFFICULTIES, DOMAINS} from '../questions/question.js'
import {parseReporting} from '../validation/zod-issues.js'

/**
 * Bump when the saved shape changes, and teach the store to migrate the old
 * one. Version 2 added `banks`; a version 1 file is a valid version 2 session
 * without it, so both are read.
 */
export const SESSION_VERSION = 2

export const SESSION_MODES = ['practice', 'exam'] as const
export const SESSION_STATUSES = ['in-progress', 'finished'] as const
export const FINISHED_REASONS = ['submitted', 'time-up'] as const
/** Restricts a selection to questions the history says were missed, flagged or never seen. */
export const ONLY_FILTERS = ['missed', 'flagged', 'unseen'] as const

export type SessionMode = (typeof SESSION_MODES)[number]
export type FinishedReason = (typeof FINISHED_REASONS)[number]
export type OnlyFilter = (typeof ONLY_FILTERS)[number]

const Kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/
/** Session ids become file names, so they are kept to the same safe kebab-case as question ids. */
const SessionId = z
  .string()
  .check(z.regex(Kebab, 'must be kebab-case (lower-case letters, digits, dashes)'), z.maxLength(80))
const QuestionId = z.string().check(z.regex(Kebab, 'must be kebab-case (lower-case letters, digits, dashes)'))
const Seconds = z.number().check(z.gte(0))
const Index = z.number().check(z.int(), z.gte(0))

export const AnswerSchema = z.strictObject({
  /** ORIGINAL option indexes (as in the bank), sorted ascending — never displayed positions. */
  selected: z.array(Index).check(z.minLength(1)),
  /** Session clock (elapsedSeconds) when the answer was last changed. */
  answeredAtSeconds: Seconds,
  /** Seconds spent on this question up to that moment, over all visits. */
  secondsSpent: Seconds,
})

/** What the person asked for, kept so history can say what a session covered. */
export const SessionFiltersSchema = z.strictObject({
  count: z.number().check(z.int(), z.positive()),
  domain: z.optional(z.enum(DOMAINS)),
  task: z.optional(z.string()),
  service: z.optional(QuestionId),
  difficulty: z.optional(z.enum(DIFFICULTIES)),
  only: z.optional(z.enum(ONLY_FILTERS)),
  /** Concept keys (`service:…`) the selection was restricted to, e.g. for a review of due concepts. */
  concepts: z.optional(z.array(z.string())),
  /** A cram session: its results must not move the review schedule. */
  cram: z.optional(z.boolean()),
})

/** A bank a session drew questions from (`exam --bank`): found again by path, checked by hash. */
export const BankRefSchema = z.strictObject({
  path: z.string().check(z.minLength(1)),
  format: z.string().check(z.minLength(1)),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be a sha256 in hex')),
})

export const SessionQuestionSchema = z.strictObject({
  id: QuestionId,
  /** Displayed position → original option index; a permutation of 0…n-1. */
  optionOrder: z.array(Index).check(z.minLength(2)),
})

const BaseSessionSchema = z.strictObject({
  version: z.union([z.literal(1), z.literal(SESSION_VERSION)]),
  id: SessionId,
  createdAt: z.iso.datetime(),
  mode: z.enum(SESSION_MODES),
  seed: z.number().check(z.int(), z.gte(0), z.lte(0xff_ff_ff_ff)),
  /** null = untimed. */
  timeLimitSeconds: z.nullable(z.number().check(z.int(), z.positive())),
  elapsedSeconds: Seconds,
  questions: z.array(SessionQuestionSchema),
  answers: z.record(QuestionId, AnswerSchema),
  /** Time spent on each question (ticks are charged to the current question). */
  secondsOnQuestion: z.record(QuestionId, Seconds),
  flagged: z.array(QuestionId),
  /** Questions whose feedback was shown (practice mode): their answers are locked. Absent in older files. */
  revealed: z.optional(z.array(QuestionId)),
  current: Index,
  status: z.enum(SESSION_STATUSES),
  finishedReason: z.optional(z.enum(FINISHED_REASONS)),
  filters: SessionFiltersSchema,
  /** The banks its questions came from, when not the bundled bank or generated ones. */
  banks: z.optional(z.array(BankRefSchema)),
})

type Ctx = z.core.$RefinementCtx<z.infer<typeof BaseSessionSchema>>

/**
 * The cross-field rules a hand-edited or half-written file could break; the
 * state machine relies on them (e.g. `current` always points at a question).
 */
function checkConsistency(s: z.infer<typeof BaseSessionSchema>, ctx: Ctx): void {
  const add = (path: PropertyKey[], message: string, input: unknown) =>
    ctx.addIssue({code: 'custom', path, message, input})
  const ids = new Set<string>()
  for (const [i, q] of s.questions.entries()) {
    if (ids.has(q.id)) add(['questions', i, 'id'], `question "${q.id}" appears twice`, q.id)
    ids.add(q.id)
    const sorted = [...q.optionOrder].sort((a, b) => a - b)
    if (sorted.some((v, k) => v !== k))
      add(['questions', i, 'optionOrder'], 'must be a permutation of 0…n-1', q.optionOrder)
  }
  const optionCount = new Map(s.questions.map((q) => [q.id, q.optionOrder.length]))
  for (const [id, answer] of Object.entries(s.answers)) {
    const n = optionCount.get(id)
    if (n === undefined) add(['answers', id], 'answers a question that is not in this session', id)
    else if (answer.selected.some((v) => v >= n) || new Set(answer.selected).size !== answer.selected.length)
      add(['answers', id, 'selected'], `must be distinct option indexes below ${n}`, answer.selected)
  }
  for (const [i, id] of s.flagged.entries()) {
    if (!ids.has(id)) add(['flagged', i], 'flags a question that is not in this session', id)
  }
  if (s.revealed)
    for (const [i, id] of s.revealed.entries()) {
      if (!Object.hasOwn(s.answers, id)) add(['revealed', i], 'reveals a question that has no answer', id)
    }
  if (s.current >= Math.max(1, s.questions.length))
    add(['current'], `must be below ${Math.max(1, s.questions.length)}`, s.current)
  if ((s.status === 'finished') !== (s.finishedReason !== undefined))
    add(['finishedReason'], 'is required exactly when status is "finished"', s.finishedReason)
  if (s.timeLimitSeconds !== null && s.elapsedSeconds > s.timeLimitSeconds)
    add(['elapsedSeconds'], `must not exceed timeLimitSeconds (${s.timeLimitSeconds})`, s.elapsedSeconds)
}

/** A saved practice or exam session, validated wherever it crosses a boundary (file, IPC). */
export const ExamSessionSchema = BaseSessionSchema.check(z.superRefine(checkConsistency))

export type ExamSession = z.infer<typeof ExamSessionSchema>
export type Answer = z.infer<typeof AnswerSchema>
export type SessionFilters = z.infer<typeof SessionFiltersSchema>
export type SessionQuestion = z.infer<typeof SessionQuestionSchema>
export type BankRef = z.infer<typeof BankRefSchema>

/** Validates untrusted data as a session, keeping failing values for readable messages. */
export function parseExamSession(value: unknown): z.core.util.SafeParseResult<ExamSession> {
  return parseReporting(ExamSessionSchema, value)
}

/**
 * The answer to a question, if any. Uses an own-property check because
 * question ids such as "constructor" would otherwise find Object.prototype.
 */
export function answerOf(session: ExamSession, questionId: string): Answer | undefined {
  return Object.hasOwn(session.answers, questionId) ? session.answers[questionId] : undefined
}

/** Seconds spent so far on a question (all visits). */
export function secondsOn(session: ExamSession, questionId: string): number {
  return Object.hasOwn(session.secondsOnQuestion, questionId) ? (session.secondsOnQuestion[questionId] ?? 0) : 0
}

/** Whether the question's feedback was shown, which locks its answer. */
export function isRevealed(session: ExamSession, questionId: string): boolean {
  return session.revealed?.includes(questionId) === true
}

/** Whether the question is flagged for review. */
export function isFlagged(session: ExamSession, questionId: string): boolean {
  return session.flagged.includes(questionId)
}

/** Maps displayed positions (what the person picked on screen) to original option indexes, sorted. */
export function toOriginal(optionOrder: readonly number[], displayed: readonly number[]): number[] {
  return displayed.map((p) => optionOrder[p]!).sort((a, b) => a - b)
}

/** Maps original option indexes back to displayed positions, sorted (to re-draw a saved answer). */
export function toDisplayed(optionOrder: readonly number[], original: readonly number[]): number[] {
  return original.map((o) => optionOrder.indexOf(o)).sort((a, b) => a - b)
}
