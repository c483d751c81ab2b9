import {describe, expect, it} from 'vitest'

import {apply} from '../../src/core/exam/machine.js'
import {
  conceptResults,
  cramConcepts,
  dueConcepts,
  emptyDeck,
  ratingFor,
  type ReviewDeck,
  ReviewDeckSchema,
  updateDeck,
  updateDeckFromSession,
} from '../../src/core/exam/review.js'
import {type QuestionVerdict, scoreSession} from '../../src/core/exam/score.js'
import {deepFreeze, NOW, sessionOf, single} from './builders.js'

const DAY = 86_400_000
const at = (days: number) => new Date(NOW.getTime() + days * DAY)

function verdict(over: Partial<QuestionVerdict>): QuestionVerdict {
  return {
    index: 0,
    questionId: 'q',
    answered: true,
    correct: true,
    selected: [0],
    correctOptions: [0],
    flagged: false,
    secondsSpent: 90,
    domain: 'secure',
    services: ['lambda'],
    ...over,
  }
}

describe('ratingFor', () => {
  it.each([
    [{correct: false, flagged: false, secondsSpent: 10}, 'Again'],
    [{correct: false, flagged: true, secondsSpent: 500}, 'Again'],
    [{correct: true, flagged: true, secondsSpent: 10}, 'Hard'],
    [{correct: true, flagged: false, secondsSpent: 181}, 'Hard'],
    [{correct: true, flagged: false, secondsSpent: 180}, 'Good'],
    [{correct: true, flagged: false, secondsSpent: 61}, 'Good'],
    [{correct: true, flagged: false, secondsSpent: 60}, 'Easy'],
  ] as const)('%o → %s (expected 120 s)', (input, rating) => {
    expect(ratingFor(input)).toBe(rating)
  })

  it('scales with the expected time given', () => {
    expect(ratingFor({correct: true, flagged: false, secondsSpent: 40, expectedSeconds: 30})).toBe('Good')
    expect(ratingFor({correct: true, flagged: false, secondsSpent: 50, expectedSeconds: 30})).toBe('Hard')
  })
})

describe('conceptResults', () => {
  it('keys by service concept, keeps the worst rating, and skips unanswered questions', () => {
    const results = conceptResults({
      verdicts: [
        verdict({services: ['lambda', 'fargate'], secondsSpent: 30}),
        verdict({services: ['lambda'], correct: false}),
        verdict({services: ['outposts'], answered: false, correct: false}),
      ],
    })
    expect(results).toEqual([
      {concept: 'service:fargate', rating: 'Easy'},
      {concept: 'service:lambda', rating: 'Again'},
    ])
  })
})

describe('updateDeck', () => {
  it('creates cards for new concepts and returns a new, valid deck', () => {
    const deck = deepFreeze(emptyDeck())
    const next = updateDeck(
      deck,
      [
        {concept: 'service:lambda', rating: 'Good'},
        {concept: 'service:fargate', rating: 'Again'},
      ],
      NOW,
    )
    expect(deck.cards).toEqual({})
    // eslint-disable-next-line unicorn/prefer-structured-clone -- a JSON round trip, as the file on disk: not a deep clone
    expect(ReviewDeckSchema.safeParse(JSON.parse(JSON.stringify(next))).success).toBe(true)
    expect(next.cards['service:lambda']).toMatchObject({reps: 1, lastRating: 'Good', lastReview: NOW.toISOString()})
    expect(new Date(next.cards['service:fargate']!.due) < new Date(next.cards['service:lambda']!.due)).toBe(true)
  })

  it('schedules further out after repeated success and brings a lapse back soon', () => {
    const first = updateDeck(emptyDeck(), [{concept: 'service:s3', rating: 'Good'}], NOW)
    const firstDue = new Date(first.cards['service:s3']!.due)
    const second = updateDeck(first, [{concept: 'service:s3', rating: 'Good'}], firstDue)
    const gap1 = firstDue.getTime() - NOW.getTime()
    const gap2 = new Date(second.cards['service:s3']!.due).getTime() - firstDue.getTime()
    expect(gap2).toBeGreaterThan(gap1)
    const lapsed = updateDeck(second, [{concept: 'service:s3', rating: 'Again'}], at(30))
    expect(lapsed.cards['service:s3']).toMatchObject({lapses: 1, lastRating: 'Again'})
    expect(new Date(lapsed.cards['service:s3']!.due).getTime() - at(30).getTime()).toBeLessThanOrEqual(2 * DAY)
  })

  it('merges duplicate concepts keeping the worst rating', () => {
    const deck = updateDeck(
      emptyDeck(),
      [
        {concept: 'service:s3', rating: 'Easy'},
        {concept: 'service:s3', rating: 'Hard'},
      ],
      NOW,
    )
    expect(deck.cards['service:s3']).toMatchObject({reps: 1, lastRating: 'Hard'})
  })

  it('takes a finished session, but leaves the deck alone for cram and unfinished sessions', () => {
    const {session, byId} = sessionOf([single('q-a', {services: ['lambda']})])
    const answered = apply(session, {type: 'answer', selected: [0]}, byId).session
    const done = apply(answered, {type: 'submit'}, byId).session
    const deck = emptyDeck()
    expect(updateDeckFromSession(deck, answered, scoreSession(answered, byId), NOW)).toBe(deck)
    const cram = {...done, filters: {...done.filters, cram: true}}
    expect(updateDeckFromSession(deck, cram, scoreSession(cram, byId), NOW)).toBe(deck)
    expect(Object.keys(updateDeckFromSession(deck, done, scoreSession(done, byId), NOW).cards)).toEqual([
      'service:lambda',
    ])
  })
})

describe('due concepts and exam planning', () => {
  // lambda due in 3 days (Good); fargate due in 1 day (Again); s3 reviewed well twice, due far out.
  const deck: ReviewDeck = (() => {
    let d = updateDeck(
      emptyDeck(),
      [
        {concept: 'service:lambda', rating: 'Good'},
        {concept: 'service:fargate', rating: 'Again'},
        {concept: 'service:s3', rating: 'Easy'},
      ],
      NOW,
    )
    d = updateDeck(d, [{concept: 'service:s3', rating: 'Easy'}], new Date(d.cards['service:s3']!.due))
    return d
  })()
  const s3Review = new Date(deck.cards['service:s3']!.lastReview!)
  const s3Due = new Date(deck.cards['service:s3']!.due)

  it('has a missed concept due right after the session, in a learning step; the rest when FSRS says', () => {
    expect(dueConcepts(deck, NOW).map((d) => [d.concept, d.reason, d.state])).toEqual([
      ['service:fargate', 'learning', 'Learning'],
    ])
    expect(dueConcepts(deck, at(3.5)).map((d) => [d.concept, d.reason])).toEqual([
      ['service:fargate', 'learning'],
      ['service:lambda', 'due'],
    ])
    // Getting it right in the next session graduates it to day-based reviews.
    const relearnt = updateDeck(deck, [{concept: 'service:fargate', rating: 'Good'}], at(0.1))
    expect(relearnt.cards['service:fargate']!.state).toBe('Review')
    expect(dueConcepts(relearnt, at(0.2)).map((d) => d.concept)).toEqual([])
  })

  it('pulls a card due after the exam forward to halfway between its last review and exam day', () => {
    expect(s3Due.getTime()).toBeGreaterThan(s3Review.getTime() + 20 * DAY)
    const examDate = new Date(s3Review.getTime() + 10 * DAY)
    const mid = new Date(s3Review.getTime() + 5 * DAY)
    const before = new Date(mid.getTime() - 1000)
    expect(dueConcepts(deck, before, {examDate}).map((d) => d.concept)).not.toContain('service:s3')
    const pulled = dueConcepts(deck, mid, {examDate}).find((d) => d.concept === 'service:s3')
    expect(pulled).toMatchObject({reason: 'before-exam', due: mid.toISOString(), scheduledDue: s3Due.toISOString()})
    // Without the exam date FSRS alone would not show it.
    expect(dueConcepts(deck, mid).map((d) => d.concept)).not.toContain('service:s3')
  })

  it('ignores an exam date in the past', () => {
    expect(dueConcepts(deck, at(3.5), {examDate: at(-1)})).toEqual(dueConcepts(deck, at(3.5)))
  })

  it('crams due then hard concepts without changing the schedule', () => {
    const frozen = deepFreeze(structuredClone(deck))
    const snapshot = JSON.stringify(frozen)
    const items = cramConcepts(frozen, at(1.5))
    expect(items.map((i) => [i.concept, i.cramReason])).toEqual([['service:fargate', 'due']])
    const later = updateDeck(frozen, [{concept: 'service:s3', rating: 'Hard'}], at(40))
    expect(cramConcepts(later, at(40.1)).map((i) => [i.concept, i.cramReason])).toEqual([
      ['service:fargate', 'due'],
      ['service:lambda', 'due'],
      ['service:s3', 'hard'],
    ])
    expect(cramConcepts(later, at(40.1), {limit: 1})).toHaveLength(1)
    expect(JSON.stringify(frozen)).toBe(snapshot)
  })
})
