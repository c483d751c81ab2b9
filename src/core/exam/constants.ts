import type {DOMAINS} from '../questions/question.js'

/**
 * SAA-C03 facts from the AWS exam guide (see /work/shared/FACTS.md). Kept in
 * one place so a new exam version is a one-file change.
 */

/** Questions in the real exam (50 scored + 15 unscored, which are not identified). */
export const FULL_EXAM_QUESTION_COUNT = 65
/** 130 minutes. */
export const FULL_EXAM_TIME_LIMIT_SECONDS = 130 * 60
/** The real exam's pace: 130 min / 65 questions = 2 minutes each. Used to scale shorter timed sessions. */
export const SECONDS_PER_QUESTION = FULL_EXAM_TIME_LIMIT_SECONDS / FULL_EXAM_QUESTION_COUNT
/** Scaled score range and pass mark. Scoring is compensatory: there is no per-domain pass mark. */
export const MIN_SCALED_SCORE = 100
export const MAX_SCALED_SCORE = 1000
export const PASS_SCALED_SCORE = 720

/** Share of scored content per domain, in the exam guide's order. */
export const DOMAIN_WEIGHTS: Readonly<Record<(typeof DOMAINS)[number], number>> = {
  secure: 0.3,
  resilient: 0.26,
  'high-performing': 0.24,
  'cost-optimized': 0.2,
}
