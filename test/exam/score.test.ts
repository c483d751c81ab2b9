import * as fc from 'fast-check'
import {describe, expect, it} from 'vitest'

import type {ExamSession} from '../../src/core/exam/session.js'

import {apply, type ExamAction, indexQuestions} from '../../src/core/exam/machine.js'
import {estimateScaledScore, isCorrectSelection, scoreSession} from '../../src/core/exam/score.js'
import {multiple, sessionOf, single} from './builders.js'

const bank = [
  single('s-right', {domain: 'secure', services: ['iam', 'kms']}),
  multiple('m-partial', {domain: 'secure', services: ['kms']}),
  multiple('m-right', {domain: 'resilient', services: ['s3']}),
  single('s-blank', {domain: 'cost-optimized', services: ['lambda']}),
]

function answered(...actions: ExamAction[]): {session: ExamSession; byId: Map<string, ReturnType<typeof single>>} {
  const {session, byId} = sessionOf(bank)
  let s = session
  for (const a of actions) {
    const r = apply(s, a, byId)
    expect(r.error).toBeUndefined()
    s = r.session
  }
  return {session: s, byId}
}

const sample = () =>
  answered(
    {type: 'answer', questionId: 's-right', selected: [0]},
    {type: 'answer', questionId: 'm-partial', selected: [1, 2]},
    {type: 'answer', questionId: 'm-right', selected: [1, 3]},
    {type: 'toggleFlag', questionId: 'm-right'},
    {type: 'submit'},
  )

describe('scoreSession', () => {
  it('gives multiple response all-or-nothing credit and counts unanswered as wrong', () => {
    const {session, byId} = sample()
    const score = scoreSession(session, byId)
    expect(score).toMatchObject({correct: 2, total: 4, fraction: 0.5, answered: 3, unanswered: 1, flagged: 1})
    expect(score.verdicts.map((v) => [v.questionId, v.correct, v.answered])).toEqual([
      ['s-right', true, true],
      ['m-partial', false, true],
      ['m-right', true, true],
      ['s-blank', false, false],
    ])
    expect(score.verdicts[1]).toMatchObject({selected: [1, 2], correctOptions: [1, 3]})
  })

  it('breaks results down by every domain and by service', () => {
    const {session, byId} = sample()
    const score = scoreSession(session, byId)
    expect(score.byDomain).toEqual([
      {key: 'secure', correct: 1, total: 2},
      {key: 'resilient', correct: 1, total: 1},
      {key: 'high-performing', correct: 0, total: 0},
      {key: 'cost-optimized', correct: 0, total: 1},
    ])
    expect(score.byService).toEqual([
      {key: 'iam', correct: 1, total: 1},
      {key: 'kms', correct: 1, total: 2},
      {key: 'lambda', correct: 0, total: 1},
      {key: 's3', correct: 1, total: 1},
    ])
  })

  it('labels the scaled score as an estimate and says AWS publishes no mapping', () => {
    const {session, byId} = sample()
    const score = scoreSession(session, byId)
    expect(score.scaledScoreIsEstimate).toBe(true)
    expect(score.scaledScoreNote).toMatch(/AWS publishes no mapping/)
    expect(score).toMatchObject({estimatedScaledScore: estimateScaledScore(0.5), passMark: 720, passed: false})
  })

  it('reports time used and leaves out questions that left the bank', () => {
    const {session} = sample()
    const withoutOne = indexQuestions(bank.filter((q) => q.id !== 's-blank'))
    const score = scoreSession({...session, elapsedSeconds: 300}, withoutOne)
    expect(score).toMatchObject({
      total: 3,
      correct: 2,
      missingQuestionIds: ['s-blank'],
      timeUsedSeconds: 300,
      timeLimitSeconds: null,
    })
  })

  it('scores an empty answer sheet as zero', () => {
    const {session, byId} = sessionOf(bank)
    expect(scoreSession(session, byId)).toMatchObject({correct: 0, total: 4, estimatedScaledScore: 100, passed: false})
  })
})

describe('isCorrectSelection', () => {
  const q = multiple('m')
  it('needs exactly the correct set', () => {
    expect(isCorrectSelection(q, [1, 3])).toBe(true)
    expect(isCorrectSelection(q, [3, 1])).toBe(true)
    expect(isCorrectSelection(q, [1])).toBe(false)
    expect(isCorrectSelection(q, [1, 3, 4])).toBe(false)
    expect(isCorrectSelection(q, [1, 3, 3])).toBe(false)
    expect(isCorrectSelection(q, [1, 3, 9])).toBe(false)
  })
})

describe('estimateScaledScore', () => {
  it('hits the documented anchors', () => {
    expect(estimateScaledScore(0)).toBe(100)
    expect(estimateScaledScore(0.72)).toBe(720)
    expect(estimateScaledScore(1)).toBe(1000)
    expect(estimateScaledScore(0.86)).toBe(860)
  })

  it('stays within 100–1000 for any input, NaN included', () => {
    for (const f of [-5, 7, Number.NaN, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]) {
      const s = estimateScaledScore(f)
      expect(s).toBeGreaterThanOrEqual(100)
      expect(s).toBeLessThanOrEqual(1000)
    }
  })

  it('is monotonic: more correct never scores lower', () => {
    fc.assert(
      fc.property(
        fc.double({min: -0.5, max: 1.5, noNaN: true}),
        fc.double({min: -0.5, max: 1.5, noNaN: true}),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a]
          expect(estimateScaledScore(lo)).toBeLessThanOrEqual(estimateScaledScore(hi))
        },
      ),
    )
  })

  it('passes at 72% raw but not just below', () => {
    expect(estimateScaledScore(47 / 65)).toBeGreaterThanOrEqual(720)
    expect(estimateScaledScore(46 / 65)).toBeLessThan(720)
  })
})
