import {describe, expect, it} from 'vitest'

import type {HistoryView, QuestionHistory} from '../../src/core/exam/history.js'
import type {BankQuestion} from '../../src/core/questions/bank-question.js'

import {FULL_EXAM_QUESTION_COUNT, FULL_EXAM_TIME_LIMIT_SECONDS} from '../../src/core/exam/constants.js'
import {createSession, domainTargets, filtersOf, selectQuestions} from '../../src/core/exam/select.js'
import {ExamSessionSchema} from '../../src/core/exam/session.js'
import {DOMAINS} from '../../src/core/questions/question.js'
import {deriveSeed, mulberry32, seededShuffle} from '../../src/core/random.js'
import {multiple, NOW, single} from './builders.js'

/** 30 questions per domain, varied in task, service and difficulty. */
const bank: BankQuestion[] = DOMAINS.flatMap((domain, d) =>
  Array.from({length: 30}, (_, i) =>
    (i % 3 === 0 ? multiple : single)(`${domain}-${i}`, {
      domain,
      task: `${d + 1}.${(i % 2) + 1}`,
      services: i % 5 === 0 ? ['lambda', 'fargate'] : ['ec2-spot'],
      difficulty: (['easy', 'medium', 'hard'] as const)[i % 3],
    }),
  ),
)
const ids = (qs: readonly BankQuestion[]) => qs.map((q) => q.id)

describe('random', () => {
  it('is reproducible and in [0, 1)', () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    const xs = Array.from({length: 100}, () => a())
    expect(xs).toEqual(Array.from({length: 100}, () => b()))
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true)
  })

  it('shuffles into a new permutation without touching the input', () => {
    const input = Object.freeze([1, 2, 3, 4, 5, 6, 7, 8])
    const out = seededShuffle(input, 7)
    expect([...out].sort()).toEqual([...input])
    expect(seededShuffle(input, 7)).toEqual(out)
    expect(deriveSeed(1, 'a')).not.toBe(deriveSeed(1, 'b'))
  })
})

const entry = (over: Partial<QuestionHistory>): QuestionHistory => ({
  seen: 1,
  correct: 1,
  lastResults: [true],
  missedRecently: false,
  everFlagged: false,
  lastSeenAt: NOW.toISOString(),
  ...over,
})

describe('selectQuestions', () => {
  it('is deterministic for a seed, whatever order the bank was loaded in', () => {
    const a = selectQuestions(bank, {count: 20, seed: 99})
    const b = selectQuestions([...bank].reverse(), {count: 20, seed: 99})
    expect(ids(a.questions)).toEqual(ids(b.questions))
    expect(ids(selectQuestions(bank, {count: 20, seed: 100}).questions)).not.toEqual(ids(a.questions))
    expect(new Set(ids(a.questions)).size).toBe(20)
  })

  it('applies domain, task, service and difficulty filters together', () => {
    const {questions, shortfall} = selectQuestions(bank, {
      count: 100,
      seed: 1,
      domain: 'secure',
      service: 'lambda',
      difficulty: 'easy',
    })
    expect(questions.length).toBeGreaterThan(0)
    expect(
      questions.every((q) => q.domain === 'secure' && q.services.includes('lambda') && q.difficulty === 'easy'),
    ).toBe(true)
    expect(shortfall).toMatch(
      /^Only \d+ question\(s\) match \(domain secure, service lambda, difficulty easy\); asked for 100/,
    )
    const byTask = selectQuestions(bank, {count: 5, seed: 1, task: '2.2'})
    expect(byTask.questions.every((q) => q.task === '2.2')).toBe(true)
    expect(byTask.mixNote).toBeUndefined()
  })

  it('matches concept keys for reviews of due concepts', () => {
    const {questions} = selectQuestions(bank, {count: 200, seed: 1, concepts: ['service:fargate']})
    expect(questions).toHaveLength(24)
    expect(questions.every((q) => q.services.includes('fargate'))).toBe(true)
  })

  it('says when nothing matches', () => {
    const result = selectQuestions(bank, {count: 5, seed: 1, service: 'wavelength'})
    expect(result.questions).toEqual([])
    expect(result.shortfall).toBe('No questions match (service wavelength); asked for 5.')
  })

  it('restricts to missed, flagged or unseen questions using the history view', () => {
    const history: HistoryView = {
      questions: new Map([
        ['secure-1', entry({missedRecently: true, correct: 0, lastResults: [false]})],
        ['secure-2', entry({everFlagged: true})],
        ['secure-3', entry({})],
      ]),
    }
    const pick = (only: 'flagged' | 'missed' | 'unseen') =>
      ids(selectQuestions(bank, {count: 200, seed: 3, only, history}).questions)
    expect(pick('missed')).toEqual(['secure-1'])
    expect(pick('flagged')).toEqual(['secure-2'])
    const unseen = pick('unseen')
    expect(unseen).toHaveLength(117)
    expect(unseen).not.toContain('secure-3')
    expect(selectQuestions(bank, {count: 5, seed: 3, only: 'missed'}).questions).toEqual([])
  })

  it('splits a full exam over the domains by the SAA-C03 weights', () => {
    expect(domainTargets(65)).toEqual({secure: 19, resilient: 17, 'high-performing': 16, 'cost-optimized': 13})
    expect(domainTargets(10)).toEqual({secure: 3, resilient: 3, 'high-performing': 2, 'cost-optimized': 2})
    const {questions, mixNote} = selectQuestions(bank, {count: FULL_EXAM_QUESTION_COUNT, seed: 5})
    expect(mixNote).toBeUndefined()
    const counts = Object.fromEntries(DOMAINS.map((d) => [d, questions.filter((q) => q.domain === d).length]))
    expect(counts).toEqual(domainTargets(65))
  })

  it('fills from other domains and says so when one domain is short', () => {
    const lopsided = bank.filter((q) => q.domain !== 'secure' || q.id === 'secure-0')
    const {questions, mixNote, shortfall} = selectQuestions(lopsided, {count: 65, seed: 5})
    expect(questions).toHaveLength(65)
    expect(shortfall).toBeUndefined()
    expect(mixNote).toBe(
      'Too few questions for the SAA-C03 domain mix in secure (1 of 19); 18 taken from other domains instead.',
    )
  })
})

describe('createSession', () => {
  const picked = selectQuestions(bank, {count: 12, seed: 8}).questions

  it('shuffles each question’s options into a permutation, reproducibly', () => {
    const a = createSession(picked, {mode: 'practice', seed: 8, now: NOW})
    const b = createSession(picked, {mode: 'practice', seed: 8, now: NOW})
    expect(a).toEqual(b)
    for (const [i, q] of a.questions.entries()) {
      expect([...q.optionOrder].sort()).toEqual(picked[i]!.options.map((_, k) => k))
    }
    // Not every order can be the identity: the shuffle actually happens.
    expect(a.questions.some((q) => q.optionOrder.some((v, k) => v !== k))).toBe(true)
    expect(ExamSessionSchema.safeParse(a).success).toBe(true)
  })

  it('keeps a question’s option order independent of the other questions drawn', () => {
    const a = createSession(picked, {mode: 'practice', seed: 8, now: NOW})
    const b = createSession([...picked].reverse().slice(0, 3), {mode: 'practice', seed: 8, now: NOW})
    for (const q of b.questions) expect(q.optionOrder).toEqual(a.questions.find((x) => x.id === q.id)?.optionOrder)
  })

  it('defaults the time limit to the exam’s pace in exam mode and to untimed in practice', () => {
    const full = selectQuestions(bank, {count: 65, seed: 1}).questions
    expect(createSession(full, {mode: 'exam', seed: 1, now: NOW}).timeLimitSeconds).toBe(FULL_EXAM_TIME_LIMIT_SECONDS)
    expect(createSession(picked, {mode: 'exam', seed: 1, now: NOW}).timeLimitSeconds).toBe(12 * 120)
    expect(createSession(picked, {mode: 'practice', seed: 1, now: NOW}).timeLimitSeconds).toBeNull()
    expect(createSession(picked, {mode: 'practice', seed: 1, now: NOW, timeLimitSeconds: 600}).timeLimitSeconds).toBe(
      600,
    )
  })

  it('names the session after its time and seed and records the filters', () => {
    const options = {count: 12, seed: 0xa_bc, domain: 'secure' as const, only: 'unseen' as const}
    const s = createSession(picked, {mode: 'exam', seed: 0xa_bc, now: NOW, filters: filtersOf(options)})
    expect(s.id).toBe('20261125-100000-00000abc')
    expect(s.filters).toEqual({count: 12, domain: 'secure', only: 'unseen'})
    expect(s.createdAt).toBe('2026-11-25T10:00:00.000Z')
  })

  it('refuses an empty question list', () => {
    expect(() => createSession([], {mode: 'exam', seed: 1, now: NOW})).toThrow(RangeError)
  })
})
