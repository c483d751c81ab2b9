import * as fc from 'fast-check'
import {describe, expect, it} from 'vitest'

import {
  apply,
  currentQuestion,
  type ExamAction,
  remainingSeconds,
  reviewSummary,
  selectedPositions,
} from '../../src/core/exam/machine.js'
import {answerOf, type ExamSession, ExamSessionSchema} from '../../src/core/exam/session.js'
import {deepFreeze, multiple, sessionOf, single} from './builders.js'

const bank = [single('q-one'), multiple('q-two', {domain: 'secure'}), single('q-three')]

/** Applies actions in order, failing the test on any refused one. */
function run(session: ExamSession, byId: ReturnType<typeof sessionOf>['byId'], ...actions: ExamAction[]): ExamSession {
  let s = session
  for (const action of actions) {
    const result = apply(s, action, byId)
    expect(result.error, `${action.type} was refused`).toBeUndefined()
    s = result.session
  }
  return s
}

describe('navigation', () => {
  const {session, byId} = sessionOf(bank)

  it('moves with next, prev and goto, and stays in range', () => {
    expect(run(session, byId, {type: 'next'}).current).toBe(1)
    expect(run(session, byId, {type: 'next'}, {type: 'next'}, {type: 'next'}).current).toBe(2)
    expect(run(session, byId, {type: 'prev'}).current).toBe(0)
    expect(run(session, byId, {type: 'goto', index: 2}, {type: 'prev'}).current).toBe(1)
  })

  it('refuses goto outside the session with a message, returning the same session', () => {
    for (const index of [-1, 3, 1.5]) {
      const result = apply(session, {type: 'goto', index}, byId)
      expect(result.error).toMatch(/There is no question/)
      expect(result.session).toBe(session)
    }
  })

  it('reports the current question with its bank entry', () => {
    expect(currentQuestion(run(session, byId, {type: 'next'}), byId)?.question?.id).toBe('q-two')
  })
})

describe('answering', () => {
  it('stores ORIGINAL option indexes for the displayed positions chosen', () => {
    const {session, byId} = sessionOf(bank, {optionOrders: {'q-one': [2, 0, 3, 1]}})
    const after = run(session, byId, {type: 'answer', selected: [1]})
    expect(after.answers['q-one']?.selected).toEqual([0])
    expect(selectedPositions(after, 'q-one')).toEqual([1])
  })

  it('requires exactly one option for a single-answer question', () => {
    const {session, byId} = sessionOf(bank)
    expect(apply(session, {type: 'answer', selected: []}, byId).error).toBe('Choose exactly one option.')
    expect(apply(session, {type: 'answer', selected: [0, 1]}, byId).error).toBe(
      'Choose exactly one option (you chose 2).',
    )
  })

  it('requires exactly N options for a choose-N question', () => {
    const {session, byId} = sessionOf(bank)
    for (const selected of [[1], [1, 3, 4]]) {
      const result = apply(session, {type: 'answer', questionId: 'q-two', selected}, byId)
      expect(result.error).toBe(`Choose exactly 2 options (you chose ${selected.length}).`)
      expect(result.session).toBe(session)
    }
    expect(
      run(session, byId, {type: 'answer', questionId: 'q-two', selected: [3, 1]}).answers['q-two']?.selected,
    ).toEqual([1, 3])
  })

  it('refuses duplicate and out-of-range positions and unknown questions', () => {
    const {session, byId} = sessionOf(bank)
    expect(apply(session, {type: 'answer', questionId: 'q-two', selected: [1, 1]}, byId).error).toMatch(/only once/)
    expect(apply(session, {type: 'answer', selected: [4]}, byId).error).toMatch(/between 1 and 4/)
    expect(apply(session, {type: 'answer', questionId: 'nope', selected: [0]}, byId).error).toMatch(
      /not part of this session/,
    )
    expect(apply(session, {type: 'answer', selected: [0]}, new Map()).error).toMatch(/no longer in the question bank/)
  })

  it('clears an answer; clearing nothing is a no-op', () => {
    const {session, byId} = sessionOf(bank)
    expect(run(session, byId, {type: 'answer', selected: [0]}, {type: 'clear'}).answers).toEqual({})
    expect(apply(session, {type: 'clear'}, byId).session).toBe(session)
  })

  it('copes with a question id that is also an Object.prototype key', () => {
    const {session, byId} = sessionOf([single('constructor')])
    expect(reviewSummary(session).unanswered).toEqual([0])
    expect(answerOf(run(session, byId, {type: 'answer', selected: [0]}), 'constructor')?.selected).toEqual([0])
    expect(answerOf(session, 'constructor')).toBeUndefined()
  })
})

describe('flags', () => {
  it('toggles on and off, by default for the current question', () => {
    const {session, byId} = sessionOf(bank)
    const flagged = run(session, byId, {type: 'toggleFlag'}, {type: 'toggleFlag', questionId: 'q-three'})
    expect(flagged.flagged).toEqual(['q-one', 'q-three'])
    expect(run(flagged, byId, {type: 'toggleFlag'}).flagged).toEqual(['q-three'])
  })
})

describe('time', () => {
  it('charges ticks to the current question and records time spent on answering', () => {
    const {session, byId} = sessionOf(bank)
    const s = run(
      session,
      byId,
      {type: 'tick', seconds: 30},
      {type: 'next'},
      {type: 'tick', seconds: 10},
      {type: 'prev'},
      {type: 'tick', seconds: 5},
      {type: 'answer', selected: [0]},
    )
    expect(s.elapsedSeconds).toBe(45)
    expect(s.secondsOnQuestion).toEqual({'q-one': 35, 'q-two': 10})
    expect(s.answers['q-one']).toEqual({selected: [0], answeredAtSeconds: 45, secondsSpent: 35})
  })

  it('finishes with time-up when the limit is reached, never running past it', () => {
    const {session, byId} = sessionOf(bank, {timeLimitSeconds: 100})
    const almost = run(session, byId, {type: 'tick', seconds: 99})
    expect(almost.status).toBe('in-progress')
    expect(remainingSeconds(almost)).toBe(1)
    const done = run(almost, byId, {type: 'tick', seconds: 30})
    expect(done).toMatchObject({status: 'finished', finishedReason: 'time-up', elapsedSeconds: 100})
    expect(remainingSeconds(done)).toBe(0)
    expect(ExamSessionSchema.safeParse(done).success).toBe(true)
    expect(apply(done, {type: 'tick', seconds: 1}, byId).error).toMatch(/finished/)
  })

  it('has no remaining time when untimed and refuses negative ticks', () => {
    const {session, byId} = sessionOf(bank)
    expect(remainingSeconds(session)).toBeNull()
    expect(apply(session, {type: 'tick', seconds: -1}, byId).error).toMatch(/forward/)
    expect(apply(session, {type: 'tick', seconds: Number.NaN}, byId).error).toMatch(/forward/)
  })
})

describe('practice feedback locks the answer', () => {
  it('refuses to change or clear an answer once its feedback was shown, and says why', () => {
    const {session, byId} = sessionOf(bank)
    const shown = run(session, byId, {type: 'answer', selected: [1]}, {type: 'reveal'})
    expect(shown.revealed).toEqual(['q-one'])
    for (const action of [{type: 'answer', selected: [0]}, {type: 'clear'}] as const) {
      const result = apply(shown, action, byId)
      expect(result.error).toMatch(/locked/)
      expect(result.session).toBe(shown)
    }
    expect(answerOf(shown, 'q-one')?.selected).toEqual([1])
    // Other questions are still open, and the lock survives a save and reload.
    expect(
      run(shown, byId, {type: 'next'}, {type: 'answer', questionId: 'q-three', selected: [0]}).answers['q-three'],
    ).toBeDefined()
    // eslint-disable-next-line unicorn/prefer-structured-clone -- a JSON round trip, as the file on disk: not a deep clone
    expect(ExamSessionSchema.safeParse(JSON.parse(JSON.stringify(shown))).success).toBe(true)
  })

  it('has nothing to reveal before an answer, and a file cannot reveal an unanswered question', () => {
    const {session, byId} = sessionOf(bank)
    expect(apply(session, {type: 'reveal'}, byId).error).toMatch(/Answer the question/)
    expect(ExamSessionSchema.safeParse({...session, revealed: ['q-one']}).success).toBe(false)
  })
})

describe('submit and review', () => {
  it('summarises answered, unanswered and flagged indexes before submitting', () => {
    const {session, byId} = sessionOf(bank)
    const s = run(session, byId, {type: 'answer', selected: [1]}, {type: 'goto', index: 2}, {type: 'toggleFlag'})
    expect(reviewSummary(s)).toEqual({total: 3, answered: [0], unanswered: [1, 2], flagged: [2]})
  })

  it('freezes answers and flags after submit but still allows browsing', () => {
    const {session, byId} = sessionOf(bank)
    const done = run(session, byId, {type: 'answer', selected: [1]}, {type: 'submit'})
    expect(done).toMatchObject({status: 'finished', finishedReason: 'submitted'})
    for (const action of [
      {type: 'answer', selected: [0]},
      {type: 'clear'},
      {type: 'toggleFlag'},
      {type: 'submit'},
    ] as const) {
      const result = apply(done, action, byId)
      expect(result.error).toMatch(/finished/)
      expect(result.session).toBe(done)
    }
    expect(run(done, byId, {type: 'next'}, {type: 'goto', index: 2}).current).toBe(2)
  })
})

describe('purity', () => {
  const action: fc.Arbitrary<ExamAction> = fc.oneof(
    fc.record({
      type: fc.constant('answer' as const),
      selected: fc.array(fc.integer({min: -1, max: 5}), {maxLength: 4}),
      questionId: fc.constantFrom('q-one', 'q-two', 'q-three'),
    }),
    fc.record({type: fc.constant('clear' as const)}),
    fc.record({type: fc.constant('toggleFlag' as const), questionId: fc.constantFrom('q-one', 'q-two', 'q-three')}),
    fc.record({type: fc.constant('goto' as const), index: fc.integer({min: -1, max: 3})}),
    fc.constantFrom<ExamAction>({type: 'next'}, {type: 'prev'}, {type: 'submit'}),
    fc.record({type: fc.constant('tick' as const), seconds: fc.integer({min: 0, max: 40})}),
  )

  it('never mutates its input, never throws, and always yields a valid session', () => {
    fc.assert(
      fc.property(fc.array(action, {maxLength: 30}), fc.boolean(), (actions, timed) => {
        const {session, byId} = sessionOf(bank, {
          timeLimitSeconds: timed ? 200 : null,
          optionOrders: {'q-two': [4, 3, 2, 1, 0]},
        })
        let s = deepFreeze(session)
        for (const a of actions) {
          const before = JSON.stringify(s)
          const next = apply(s, a, byId)
          expect(JSON.stringify(s)).toBe(before)
          expect(ExamSessionSchema.safeParse(next.session).success).toBe(true)
          s = deepFreeze(next.session)
        }
      }),
      {numRuns: 300},
    )
  })
})
