import type {BankQuestion} from '../questions/bank-question.js'
import type {QuestionsById} from './machine.js'

import {DOMAINS} from '../questions/question.js'
import {MAX_SCALED_SCORE, MIN_SCALED_SCORE, PASS_SCALED_SCORE} from './constants.js'
import {answerOf, type ExamSession, secondsOn} from './session.js'

/** Correct out of total for one domain or service. */
export interface Breakdown {
  key: string
  correct: number
  total: number
}

/** One question's outcome, for the review screen. Option indexes are ORIGINAL (bank) indexes. */
export interface QuestionVerdict {
  index: number
  questionId: string
  answered: boolean
  /** All-or-nothing: every correct option chosen and nothing else. */
  correct: boolean
  selected: number[]
  correctOptions: number[]
  flagged: boolean
  /** Time on the question when it was last answered, or all time on it when unanswered. */
  secondsSpent: number
  domain: BankQuestion['domain']
  /** The services the question tests (not those only a wrong option names). */
  services: string[]
}

export interface ExamScore {
  correct: number
  /** Questions scored: those of the session still found in the bank. */
  total: number
  /** correct / total, 0 when total is 0. */
  fraction: number
  answered: number
  unanswered: number
  flagged: number
  estimatedScaledScore: number
  /** Always true: see `scaledScoreNote`. */
  scaledScoreIsEstimate: true
  scaledScoreNote: string
  passMark: number
  /** estimatedScaledScore ≥ passMark — an estimate, like the score itself. */
  passed: boolean
  /** All four domains in exam-guide order, including those with no questions (total 0). */
  byDomain: Breakdown[]
  /** Every service a scored question tests, by id. A question counts once for each service it tests. */
  byService: Breakdown[]
  timeUsedSeconds: number
  timeLimitSeconds: null | number
  verdicts: QuestionVerdict[]
  /** Session questions no longer in the bank: left out of every count, listed so the UI can say so. */
  missingQuestionIds: string[]
}

/** Raw fraction anchored to 720 on the scaled scale. A community rule of thumb, not an AWS figure. */
export const ASSUMED_PASS_FRACTION = 0.72

export const SCALED_SCORE_NOTE =
  'Estimated: AWS publishes no mapping from raw to scaled scores. This estimate maps 0% to 100, 72% to the pass mark of 720 and 100% to 1000, linearly in between; the real exam also includes 15 unscored questions that cannot be identified.'

/**
 * Maps a raw fraction correct (0–1) to an estimated scaled score (100–1000).
 *
 * Assumption (AWS publishes no raw→scaled mapping): piecewise linear through
 * (0, 100), (0.72, 720) and (1, 1000). Anchoring 72% raw at the 720 pass mark
 * keeps "pass" meaning "at least 72% correct", which is the usual rule of
 * thumb. Monotonic non-decreasing, clamped to [100, 1000]; NaN gives 100.
 */
export function estimateScaledScore(fraction: number): number {
  const f = Number.isNaN(fraction) ? 0 : Math.min(1, Math.max(0, fraction))
  const score =
    f <= ASSUMED_PASS_FRACTION
      ? MIN_SCALED_SCORE + (f / ASSUMED_PASS_FRACTION) * (PASS_SCALED_SCORE - MIN_SCALED_SCORE)
      : PASS_SCALED_SCORE +
        ((f - ASSUMED_PASS_FRACTION) / (1 - ASSUMED_PASS_FRACTION)) * (MAX_SCALED_SCORE - PASS_SCALED_SCORE)
  return Math.round(score)
}

/** True when exactly the correct options were chosen. */
export function isCorrectSelection(question: Pick<BankQuestion, 'options'>, selected: readonly number[]): boolean {
  const chosen = new Set(selected)
  const inRange = selected.every((i) => Number.isInteger(i) && i >= 0 && i < question.options.length)
  return inRange && chosen.size === selected.length && question.options.every((o, i) => o.correct === chosen.has(i))
}

function tally(map: Map<string, Breakdown>, key: string, correct: boolean): void {
  const entry = map.get(key) ?? {key, correct: 0, total: 0}
  map.set(key, {key, correct: entry.correct + (correct ? 1 : 0), total: entry.total + 1})
}

/**
 * Scores a session as the exam does: unanswered counts as wrong, there is no
 * penalty for guessing, and a multiple-response question earns its point only
 * when every correct option and nothing else is chosen. Works on unfinished
 * sessions too (practice feedback), scoring what has been answered so far.
 * `servicesOf` says which services a question tests (default: all it lists;
 * see `testedServices`).
 */
export function scoreSession(
  session: ExamSession,
  questionsById: QuestionsById,
  options: {servicesOf?: (question: BankQuestion) => string[]} = {},
): ExamScore {
  const servicesOf = options.servicesOf ?? ((q: BankQuestion) => q.services)
  const verdicts: QuestionVerdict[] = []
  const missingQuestionIds: string[] = []
  const domains = new Map<string, Breakdown>(DOMAINS.map((d) => [d, {key: d, correct: 0, total: 0}]))
  const services = new Map<string, Breakdown>()
  for (const [index, sq] of session.questions.entries()) {
    const q = questionsById.get(sq.id)
    if (!q) {
      missingQuestionIds.push(sq.id)
      continue
    }
    const a = answerOf(session, sq.id)
    const correct = a !== undefined && isCorrectSelection(q, a.selected)
    verdicts.push({
      index,
      questionId: sq.id,
      answered: a !== undefined,
      correct,
      selected: a ? [...a.selected] : [],
      correctOptions: q.options.flatMap((o, i) => (o.correct ? [i] : [])),
      flagged: session.flagged.includes(sq.id),
      secondsSpent: a ? a.secondsSpent : secondsOn(session, sq.id),
      domain: q.domain,
      services: [...new Set(servicesOf(q))],
    })
    // Questions from other people's banks may have no domain; they count in the total, not in a domain.
    if (q.domain !== undefined) tally(domains, q.domain, correct)
    for (const s of new Set(servicesOf(q))) tally(services, s, correct)
  }
  const correct = verdicts.filter((v) => v.correct).length
  const total = verdicts.length
  const fraction = total === 0 ? 0 : correct / total
  const estimatedScaledScore = estimateScaledScore(fraction)
  const answered = verdicts.filter((v) => v.answered).length
  return {
    correct,
    total,
    fraction,
    answered,
    unanswered: total - answered,
    flagged: verdicts.filter((v) => v.flagged).length,
    estimatedScaledScore,
    scaledScoreIsEstimate: true,
    scaledScoreNote: SCALED_SCORE_NOTE,
    passMark: PASS_SCALED_SCORE,
    passed: estimatedScaledScore >= PASS_SCALED_SCORE,
    byDomain: [...domains.values()],
    byService: [...services.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    timeUsedSeconds: session.elapsedSeconds,
    timeLimitSeconds: session.timeLimitSeconds,
    verdicts,
    missingQuestionIds,
  }
}

/** Percentage with no decimals, for lists: 0.7234 → 72. */
export const percent = (correct: number, total: number): number =>
  total === 0 ? 0 : Math.round((100 * correct) / total)
