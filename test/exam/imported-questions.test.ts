import {describe, expect, it} from 'vitest'

import type {BankQuestion} from '../../src/core/questions/bank-question.js'

import {conceptKeys} from '../../src/core/exam/concepts.js'
import {apply} from '../../src/core/exam/machine.js'
import {conceptResults} from '../../src/core/exam/review.js'
import {scoreSession} from '../../src/core/exam/score.js'
import {createSession, selectQuestions} from '../../src/core/exam/select.js'
import {parseExamSession} from '../../src/core/exam/session.js'
import {examQuestionOf, servicesInKey} from '../../src/core/questions/exam-question.js'
import {bundledKnowledge} from '../helpers/knowledge.js'
import {NOW, single} from './builders.js'

/** A question as someone else's bank has it: no domain, task, difficulty, explanation or services. */
function imported(id: string, correctText = 'Alpha'): BankQuestion {
  const {
    domain: _d,
    task: _t,
    difficulty: _f,
    explanation: _e,
    ...rest
  } = single(id, {services: [], references: [], source: 'imported'})
  return {
    ...rest,
    options: [
      {text: correctText, correct: true},
      {text: 'Bravo', correct: false},
      {text: 'Charlie', correct: false},
      {text: 'Delta', correct: false},
    ],
  }
}

describe('questions from imported banks in the exam core', () => {
  it('a question that covers no catalog service is a review card of its own', () => {
    expect(conceptKeys({id: 'md-0123456789ab', services: []})).toEqual(['question:md-0123456789ab'])
    expect(conceptKeys({id: 'q', services: ['lambda', 'lambda', 'fargate']})).toEqual([
      'service:lambda',
      'service:fargate',
    ])
  })

  it('scores them (no domain counts in the total only) and rates their cards', () => {
    const questions = [imported('md-aaaaaaaaaaaa'), imported('md-bbbbbbbbbbbb'), single('curated-one')]
    const byId = new Map(questions.map((q) => [q.id, q]))
    let session = createSession(questions, {mode: 'practice', seed: 1, now: NOW})
    for (const q of session.questions)
      session = apply(session, {type: 'answer', questionId: q.id, selected: [q.optionOrder.indexOf(0)]}, byId).session
    const score = scoreSession(apply(session, {type: 'submit'}, byId).session, byId)
    expect(score).toMatchObject({total: 3, correct: 3})
    expect(score.byDomain.reduce((n, d) => n + d.total, 0)).toBe(1)
    expect(conceptResults(score).map((r) => r.concept)).toEqual([
      'question:md-aaaaaaaaaaaa',
      'question:md-bbbbbbbbbbbb',
      'service:lambda',
    ])
  })

  it('selection does not aim for the domain mix when the pool says no domains', () => {
    const pool = Array.from({length: 30}, (_, i) => imported(`md-${String(i).padStart(12, '0')}`))
    const picked = selectQuestions(pool, {count: 10, seed: 3})
    expect(picked.questions).toHaveLength(10)
    expect(picked.mixNote).toBeUndefined()
  })

  it('a version 1 session file (before banks were recorded) still reads', () => {
    const session = createSession([single('q-1')], {mode: 'exam', seed: 1, now: NOW})
    expect(parseExamSession({...session, version: 1}).success).toBe(true)
    expect(
      parseExamSession({...session, banks: [{path: '/x/bank.json', format: 'json', sha256: 'f'.repeat(64)}]}).success,
    ).toBe(true)
    expect(
      parseExamSession({...session, banks: [{path: '/x/bank.json', format: 'json', sha256: 'nope'}]}).success,
    ).toBe(false)
  })

  it('tags a question with the catalog services its correct options name, never those only in wrong ones', async () => {
    const {catalog} = await bundledKnowledge()
    const q = {
      id: 'md-1',
      stem: 'Which two?',
      choose: 2,
      options: [
        {text: 'Use Spot Instances in an AWS Batch compute environment', correct: true},
        {text: 'Run it on AWS Lambda', correct: false},
        {text: 'Keep a log', correct: true},
      ],
    }
    expect(servicesInKey(q, catalog).sort()).toEqual(['aws-batch', 'ec2-spot'])
    expect(examQuestionOf(q, catalog)).toMatchObject({
      type: 'multiple',
      services: ['ec2-spot', 'aws-batch'],
      references: [],
      source: 'imported',
    })
    expect(examQuestionOf({...q, services: ['lambda']}, catalog).services).toEqual(['lambda'])
  })
})
