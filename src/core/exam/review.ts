import {type Card, createEmptyCard, fsrs, type Grade, Rating, State} from 'ts-fsrs'
import * as z from 'zod/mini'

import type {ExamScore} from './score.js'
import type {ExamSession} from './session.js'

import {parseReporting} from '../validation/zod-issues.js'
import {conceptKeys} from './concepts.js'
import {SECONDS_PER_QUESTION} from './constants.js'

export const REVIEW_DECK_VERSION = 1
export const REVIEW_RATINGS = ['Again', 'Hard', 'Good', 'Easy'] as const
export type ReviewRating = (typeof REVIEW_RATINGS)[number]
const STATES = ['New', 'Learning', 'Review', 'Relearning'] as const

/** `service:lambda` (a concept, so reworded or generated variants share a card) or `question:<id>` (see `conceptKeys`). */
const ConceptKey = z
  .string()
  .check(z.regex(/^[a-z]+:[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a concept key such as "service:lambda"'))
const Count = z.number().check(z.int(), z.gte(0))
const NonNegative = z.number().check(z.gte(0))

/** An FSRS card as saved: ts-fsrs's fields, with ISO dates and state names so the file is readable. */
export const ReviewCardSchema = z.strictObject({
  due: z.iso.datetime(),
  stability: NonNegative,
  difficulty: NonNegative,
  elapsedDays: NonNegative,
  scheduledDays: NonNegative,
  learningSteps: Count,
  reps: Count,
  lapses: Count,
  state: z.enum(STATES),
  lastReview: z.optional(z.iso.datetime()),
  lastRating: z.optional(z.enum(REVIEW_RATINGS)),
})

export const ReviewDeckSchema = z.strictObject({
  version: z.literal(REVIEW_DECK_VERSION),
  cards: z.record(ConceptKey, ReviewCardSchema),
})

export type ReviewCard = z.infer<typeof ReviewCardSchema>
export type ReviewDeck = z.infer<typeof ReviewDeckSchema>

/** One concept's evidence from a session. */
export interface ConceptResult {
  concept: string
  rating: ReviewRating
}

export interface DueConcept {
  concept: string
  /** When it is due under the plan: the FSRS date, or an earlier one pulled forward for the exam. */
  due: string
  /** The date FSRS itself scheduled. */
  scheduledDue: string
  /** `learning`: missed (or shaky) last time and in a learning step, so due at the next session. */
  reason: 'before-exam' | 'due' | 'learning'
  /** FSRS's estimate (0–1) that the concept is still remembered now. Meaningless in a learning step (it was just reviewed). */
  retrievability: number
  /** The card's FSRS state. */
  state: ReviewCard['state']
}

export interface CramItem extends DueConcept {
  /** `hard`: not due, but last rated Again/Hard, lapsed before, or intrinsically difficult. */
  cramReason: 'due' | 'hard'
}

/**
 * A miss puts a concept into a (re)learning step instead of scheduling it a
 * day out: sessions, not minutes, are the unit here, so a learning card is
 * due at the next session, whenever that is (see `dueConcepts`). Good and
 * Easy graduate to day-based reviews. No fuzz, so results are reproducible.
 */
const scheduler = fsrs({enable_fuzz: false, enable_short_term: true, learning_steps: ['1m'], relearning_steps: ['1m']})
const inLearningStep = (r: ReviewCard) => r.state === 'Learning' || r.state === 'Relearning'
const DAY_MS = 86_400_000
/** Right, but slower than 1.5× the expected time, suggests effortful recall. */
export const SLOW_FACTOR = 1.5
/** Right within half the expected time suggests easy recall. */
export const FAST_FACTOR = 0.5
/** FSRS difficulty runs 1–10; above this a card counts as hard for cramming. */
const HARD_DIFFICULTY = 7

/** A deck with no cards, for first use or after a corrupt deck was moved aside. */
export const emptyDeck = (): ReviewDeck => ({version: REVIEW_DECK_VERSION, cards: {}})

/** Validates untrusted data as a review deck, keeping failing values for readable messages. */
export function parseReviewDeck(value: unknown): z.core.util.SafeParseResult<ReviewDeck> {
  return parseReporting(ReviewDeckSchema, value)
}

/**
 * Turns one answer into an FSRS rating: wrong → Again; right but flagged
 * (unsure) or slower than 1.5× expected → Hard; right within half the
 * expected time → Easy; otherwise Good. `expectedSeconds` defaults to the real
 * exam's pace of 120 s per question.
 */
export function ratingFor(input: {
  correct: boolean
  flagged: boolean
  secondsSpent: number
  expectedSeconds?: number
}): ReviewRating {
  const expected = input.expectedSeconds ?? SECONDS_PER_QUESTION
  if (!input.correct) return 'Again'
  if (input.flagged || input.secondsSpent > expected * SLOW_FACTOR) return 'Hard'
  if (input.secondsSpent <= expected * FAST_FACTOR) return 'Easy'
  return 'Good'
}

const RANK: Record<ReviewRating, number> = {Again: 0, Hard: 1, Good: 2, Easy: 3}
const worse = (a: ReviewRating, b: ReviewRating): ReviewRating => (RANK[a] <= RANK[b] ? a : b)

/**
 * One rating per concept from a scored session: the worst over the questions
 * naming it (one miss means the concept is not secure). Unanswered questions
 * are left out — nothing was recalled, so they are no evidence either way.
 */
export function conceptResults(
  score: Pick<ExamScore, 'verdicts'>,
  options: {expectedSeconds?: number} = {},
): ConceptResult[] {
  const byConcept = new Map<string, ReviewRating>()
  for (const v of score.verdicts) {
    if (!v.answered) continue
    const rating = ratingFor({correct: v.correct, flagged: v.flagged, secondsSpent: v.secondsSpent, ...options})
    for (const key of conceptKeys({id: v.questionId, services: v.services})) {
      const prev = byConcept.get(key)
      byConcept.set(key, prev === undefined ? rating : worse(prev, rating))
    }
  }
  return [...byConcept].sort(([a], [b]) => (a < b ? -1 : 1)).map(([concept, rating]) => ({concept, rating}))
}

function toCard(r: ReviewCard): Card {
  const card: Card = {
    due: new Date(r.due),
    stability: r.stability,
    difficulty: r.difficulty,
    elapsed_days: r.elapsedDays,
    scheduled_days: r.scheduledDays,
    learning_steps: r.learningSteps,
    reps: r.reps,
    lapses: r.lapses,
    state: State[r.state],
  }
  if (r.lastReview !== undefined) card.last_review = new Date(r.lastReview)
  return card
}

function fromCard(c: Card, lastRating: ReviewRating): ReviewCard {
  return {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: STATES[c.state] ?? 'Review',
    ...(c.last_review ? {lastReview: c.last_review.toISOString()} : {}),
    lastRating,
  }
}

const cardOf = (deck: ReviewDeck, concept: string): ReviewCard | undefined =>
  Object.hasOwn(deck.cards, concept) ? deck.cards[concept] : undefined

/**
 * Records one review per concept at `now` and returns a new deck (the input
 * is untouched). Unknown concepts get a fresh card first. Duplicate concepts
 * in `results` are merged, keeping the worst rating.
 */
export function updateDeck(deck: ReviewDeck, results: readonly ConceptResult[], now: Date): ReviewDeck {
  const merged = new Map<string, ReviewRating>()
  for (const r of results)
    merged.set(r.concept, merged.has(r.concept) ? worse(merged.get(r.concept)!, r.rating) : r.rating)
  const cards = {...deck.cards}
  for (const [concept, rating] of merged) {
    const existing = cardOf(deck, concept)
    const card = existing ? toCard(existing) : createEmptyCard(now)
    const next = scheduler.next(card, now, Rating[rating] as Grade)
    cards[concept] = fromCard(next.card, rating)
  }
  return {...deck, cards}
}

/**
 * Feeds a finished session into the deck. Returns the SAME deck for cram
 * sessions (`filters.cram`) and unfinished ones, so cramming never moves the
 * schedule.
 */
export function updateDeckFromSession(
  deck: ReviewDeck,
  session: ExamSession,
  score: Pick<ExamScore, 'verdicts'>,
  now: Date,
): ReviewDeck {
  if (session.status !== 'finished' || session.filters.cram === true) return deck
  return updateDeck(deck, conceptResults(score), now)
}

function planned(concept: string, r: ReviewCard, now: Date, examDate: Date | undefined): DueConcept {
  const card = toCard(r)
  const base = {
    concept,
    scheduledDue: r.due,
    retrievability: scheduler.get_retrievability(card, now, false),
    state: r.state,
  }
  const last = card.last_review?.getTime()
  // A learning step lasts until the next session: due from the moment it was reviewed.
  if (inLearningStep(r)) return {...base, due: r.lastReview ?? r.due, reason: 'learning'}
  // FSRS alone would skip a card due after the exam. Plan one refresh halfway
  // between the last review and exam day, so reviews spread out instead of
  // piling up on the eve; repeated, this converges on the exam date.
  if (examDate && examDate > now && card.due > examDate && last !== undefined) {
    const mid = new Date(last + Math.max(0, examDate.getTime() - last) / 2)
    return {...base, due: mid.toISOString(), reason: 'before-exam'}
  }
  return {...base, due: r.due, reason: 'due'}
}

const byDue = (a: DueConcept, b: DueConcept) =>
  a.due < b.due ? -1 : a.due > b.due ? 1 : a.concept < b.concept ? -1 : 1

/**
 * Concepts to review now, most overdue first: cards in a learning step (a
 * concept just missed is one) and cards past their FSRS date. With
 * `examDate` (in the future), cards FSRS scheduled after the exam are pulled
 * forward to the midpoint between their last review and the exam, marked
 * `before-exam`.
 */
export function dueConcepts(deck: ReviewDeck, now: Date, options: {examDate?: Date} = {}): DueConcept[] {
  return Object.entries(deck.cards)
    .map(([concept, r]) => planned(concept, r, now, options.examDate))
    .filter((d) => new Date(d.due).getTime() <= now.getTime())
    .sort(byDue)
}

/** Days until `date` from `now`, rounded up (for "exam in 12 days"). */
export const daysUntil = (date: Date, now: Date): number => Math.ceil((date.getTime() - now.getTime()) / DAY_MS)

/**
 * Picks concepts to cram: everything due, then the hard ones (last rated
 * Again/Hard, lapsed before, or high FSRS difficulty), least remembered first.
 * Read-only: the deck is not changed, and sessions built from this should set
 * `filters.cram` so `updateDeckFromSession` leaves the schedule alone.
 */
export function cramConcepts(deck: ReviewDeck, now: Date, options: {limit?: number; examDate?: Date} = {}): CramItem[] {
  const due = dueConcepts(deck, now, options.examDate ? {examDate: options.examDate} : {})
  const dueKeys = new Set(due.map((d) => d.concept))
  const hard = Object.entries(deck.cards)
    .filter(
      ([concept, r]) =>
        !dueKeys.has(concept) &&
        (r.lastRating === 'Again' || r.lastRating === 'Hard' || r.lapses > 0 || r.difficulty >= HARD_DIFFICULTY),
    )
    .map(([concept, r]) => planned(concept, r, now, undefined))
    .sort((a, b) => a.retrievability - b.retrievability || (a.concept < b.concept ? -1 : 1))
  const items: CramItem[] = [
    ...due.map((d) => ({...d, cramReason: 'due' as const})),
    ...hard.map((d) => ({...d, cramReason: 'hard' as const})),
  ]
  return items.slice(0, Math.max(0, options.limit ?? 20))
}
