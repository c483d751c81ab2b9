import type {ExamSession, SessionMode} from '../../src/core/exam/session.js'
import type {BankQuestion} from '../../src/core/questions/bank-question.js'
import type {QuestionOption} from '../../src/core/questions/question.js'

import {indexQuestions} from '../../src/core/exam/machine.js'
import {createSession} from '../../src/core/exam/select.js'

const option = (text: string, correct: boolean): QuestionOption => ({
  text,
  correct,
  rationale: `${text} is ${correct ? 'right' : 'wrong'}.`,
})

/** A single-answer question: four options, the first one correct. Override what the test is about. */
export function single(id: string, overrides: Partial<BankQuestion> = {}): BankQuestion {
  return {
    id,
    stem: `Stem of ${id}?`,
    options: [option('Alpha', true), option('Bravo', false), option('Charlie', false), option('Delta', false)],
    choose: 1,
    type: 'single',
    explanation: 'Because.',
    domain: 'cost-optimized',
    task: '4.2',
    services: ['lambda'],
    difficulty: 'medium',
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/welcome.html'],
    source: 'authored',
    ...overrides,
  }
}

/** A choose-2 question: five options, indexes 1 and 3 correct. */
export function multiple(id: string, overrides: Partial<BankQuestion> = {}): BankQuestion {
  return single(id, {
    options: [
      option('Alpha', false),
      option('Bravo', true),
      option('Charlie', false),
      option('Delta', true),
      option('Echo', false),
    ],
    choose: 2,
    type: 'multiple',
    ...overrides,
  })
}

export const NOW = new Date('2026-11-25T10:00:00.000Z')

/**
 * A session over `questions` with identity option order (displayed = original)
 * unless `optionOrders` says otherwise, so tests can reason about positions.
 */
export function sessionOf(
  questions: readonly BankQuestion[],
  options: {
    mode?: SessionMode
    timeLimitSeconds?: null | number
    optionOrders?: Record<string, number[]>
    seed?: number
    now?: Date
  } = {},
): {session: ExamSession; byId: Map<string, BankQuestion>} {
  const created = createSession(questions, {
    mode: options.mode ?? 'practice',
    seed: options.seed ?? 1,
    now: options.now ?? NOW,
    timeLimitSeconds: options.timeLimitSeconds ?? null,
  })
  const session: ExamSession = {
    ...created,
    questions: created.questions.map((q, i) => ({
      id: q.id,
      optionOrder: options.optionOrders?.[q.id] ?? questions[i]!.options.map((_, k) => k),
    })),
  }
  return {session, byId: indexQuestions(questions)}
}

/** Freezes a value and everything reachable from it, so any mutation throws (ESM is strict mode). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}
