import type {ExamSession, FinishedReason, OnlyFilter, SessionMode} from './session.js'

import {DOMAINS} from '../questions/question.js'
import {FULL_EXAM_QUESTION_COUNT, MAX_SCALED_SCORE, MIN_SCALED_SCORE} from './constants.js'
import {ASSUMED_PASS_FRACTION, type Breakdown, type ExamScore, percent} from './score.js'
import {describeFilters} from './select.js'

/** A session with its score (score with the current bank; see `scoreSession`). */
export interface SessionRecord {
  session: ExamSession
  score: ExamScore
}

export interface HistoryRow {
  id: string
  /** createdAt, ISO. */
  date: string
  mode: SessionMode
  correct: number
  total: number
  rawPercent: number
  estimatedScaledScore: number
  /** Against the estimated scaled score; see `ExamScore.scaledScoreNote`. */
  passed: boolean
  finishedReason: FinishedReason | undefined
  /** "domain cost-optimized, only missed" or "no filters". */
  filters: string
}

export interface AreaStat {
  key: string
  correct: number
  total: number
  /** correct / total. */
  accuracy: number
}

export interface QuestionHistory {
  /** Finished sessions that included the question. */
  seen: number
  correct: number
  /** Most recent last; at most `keepResults` entries. Unanswered counts as false. */
  lastResults: boolean[]
  /** Wrong or unanswered in at least one of the last `recentSessions` finished sessions. */
  missedRecently: boolean
  everFlagged: boolean
  lastSeenAt: string
}

/** What `selectQuestions` needs for only=missed|flagged|unseen. Questions never seen have no entry. */
export interface HistoryView {
  questions: ReadonlyMap<string, QuestionHistory>
}

export interface Suggestion {
  message: string
  mode: SessionMode
  /** Options to pass on to `selectQuestions` (plus a seed). */
  select: {count: number; domain?: (typeof DOMAINS)[number]; service?: string; only?: OnlyFilter}
  /** The command line that starts it. */
  command: string
}

/** The weakest areas, and whether there were enough answers to compare areas at all. */
export interface WeakestAreas {
  /** Weakest first: areas below the pass mark, or below the best of those compared. */
  domains: AreaStat[]
  services: AreaStat[]
  /** Answers an area needs before it is compared. */
  minSamples: number
  /** How many areas had that many answers. */
  compared: {domains: number; services: number}
}

const BARS = '▁▂▃▄▅▆▇█'

/** Finished sessions, oldest first (ties broken by id, which embeds the time). */
function chronological(records: readonly SessionRecord[]): SessionRecord[] {
  return records
    .filter((r) => r.session.status === 'finished')
    .sort((a, b) =>
      a.session.createdAt < b.session.createdAt
        ? -1
        : a.session.createdAt > b.session.createdAt
          ? 1
          : a.session.id < b.session.id
            ? -1
            : 1,
    )
}

/** Rows for `edgewise history`, newest first. Unfinished sessions are left out. */
export function historyRows(records: readonly SessionRecord[]): HistoryRow[] {
  return chronological(records)
    .reverse()
    .map(({session, score}) => ({
      id: session.id,
      date: session.createdAt,
      mode: session.mode,
      correct: score.correct,
      total: score.total,
      rawPercent: percent(score.correct, score.total),
      estimatedScaledScore: score.estimatedScaledScore,
      passed: score.passed,
      finishedReason: session.finishedReason,
      filters: describeFilters(session.filters),
    }))
}

/**
 * One block character per value (▁ lowest … █ highest). With no range given
 * the data's own min and max are used; a flat series draws mid-height bars.
 */
export function sparkline(values: readonly number[], range?: {min: number; max: number}): string {
  if (values.length === 0) return ''
  const min = range?.min ?? Math.min(...values)
  const max = range?.max ?? Math.max(...values)
  return values
    .map((v) => {
      if (max <= min) return BARS[3]
      const level = Math.round(((v - min) / (max - min)) * (BARS.length - 1))
      return BARS[Math.min(BARS.length - 1, Math.max(0, level))]
    })
    .join('')
}

/**
 * Estimated scaled scores of finished sessions, oldest to newest, on the fixed
 * 100–1000 scale so bars compare across time. `last` keeps only the newest N.
 */
export function scoreSparkline(records: readonly SessionRecord[], options: {last?: number} = {}): string {
  const scores = chronological(records).map((r) => r.score.estimatedScaledScore)
  const shown = options.last === undefined ? scores : scores.slice(-Math.max(0, options.last))
  return sparkline(shown, {min: MIN_SCALED_SCORE, max: MAX_SCALED_SCORE})
}

/** Areas with at least `minSamples` answers over `lists`, weakest first. */
function rankedAreas(lists: readonly (readonly Breakdown[])[], minSamples: number): AreaStat[] {
  const sums = new Map<string, {correct: number; total: number}>()
  for (const list of lists)
    for (const b of list) {
      const s = sums.get(b.key) ?? {correct: 0, total: 0}
      sums.set(b.key, {correct: s.correct + b.correct, total: s.total + b.total})
    }
  return [...sums]
    .filter(([, s]) => s.total >= minSamples && s.total > 0)
    .map(([key, s]) => ({key, correct: s.correct, total: s.total, accuracy: s.correct / s.total}))
    .sort((a, b) => a.accuracy - b.accuracy || b.total - a.total || (a.key < b.key ? -1 : 1))
}

/** Weak means below the pass mark, or below the best of two or more areas: never the best one at a good score. */
function weakest(ranked: readonly AreaStat[], limit: number): AreaStat[] {
  const best = ranked.length >= 2 ? ranked.at(-1)!.accuracy : undefined
  return ranked
    .filter((a) => a.accuracy < ASSUMED_PASS_FRACTION || (best !== undefined && a.accuracy < best))
    .slice(0, limit)
}

/**
 * Lowest-accuracy domains and services over finished sessions (optionally
 * only the newest `lastSessions`), comparing only areas with at least
 * `minSamples` answers so one unlucky answer does not top the list. An area
 * is weak below the 72% pass mark, or below the best area compared; a lone
 * area at a good score is not "the weakest" (`compared` says how many areas
 * had enough answers). Defaults: 5 samples, 3 each.
 */
export function weakestAreas(
  records: readonly SessionRecord[],
  options: {minSamples?: number; limit?: number; lastSessions?: number} = {},
): WeakestAreas {
  const all = chronological(records)
  const used = options.lastSessions === undefined ? all : all.slice(-Math.max(0, options.lastSessions))
  const minSamples = options.minSamples ?? 5
  const limit = options.limit ?? 3
  const domains = rankedAreas(
    used.map((r) => r.score.byDomain),
    minSamples,
  )
  const services = rankedAreas(
    used.map((r) => r.score.byService),
    minSamples,
  )
  return {
    domains: weakest(domains, limit),
    services: weakest(services, limit),
    minSamples,
    compared: {domains: domains.length, services: services.length},
  }
}

/**
 * Per-question history for selection filters. `recentSessions` (default 5)
 * bounds "missed recently"; `keepResults` (default 5) bounds `lastResults`.
 */
export function historyView(
  records: readonly SessionRecord[],
  options: {recentSessions?: number; keepResults?: number} = {},
): HistoryView {
  const all = chronological(records)
  const recentFrom = all.length - Math.max(0, options.recentSessions ?? 5)
  const keep = Math.max(0, options.keepResults ?? 5)
  const questions = new Map<string, QuestionHistory>()
  for (const [i, {session, score}] of all.entries()) {
    for (const v of score.verdicts) {
      const h = questions.get(v.questionId) ?? {
        seen: 0,
        correct: 0,
        lastResults: [],
        missedRecently: false,
        everFlagged: false,
        lastSeenAt: session.createdAt,
      }
      questions.set(v.questionId, {
        seen: h.seen + 1,
        correct: h.correct + (v.correct ? 1 : 0),
        lastResults: keep === 0 ? [] : [...h.lastResults, v.correct].slice(-keep),
        missedRecently: h.missedRecently || (i >= recentFrom && !v.correct),
        everFlagged: h.everFlagged || v.flagged,
        lastSeenAt: session.createdAt,
      })
    }
  }
  return {questions}
}

const pct = (a: AreaStat) => `${a.correct} of ${a.total} right (${Math.round(a.accuracy * 100)}%)`

/** `edgewise exam --mode practice --count 15 --domain secure`: the command that starts a suggested session. */
export function suggestionCommand(mode: SessionMode, select: Suggestion['select']): string {
  const parts = ['edgewise exam']
  if (mode === 'practice') parts.push('--mode practice')
  if (select.count !== FULL_EXAM_QUESTION_COUNT) parts.push(`--count ${select.count}`)
  if (select.domain) parts.push(`--domain ${select.domain}`)
  if (select.service) parts.push(`--service ${select.service}`)
  if (select.only) parts.push(`--only ${select.only}`)
  return parts.join(' ')
}

const below = (a: AreaStat | undefined): a is AreaStat => a !== undefined && a.accuracy < ASSUMED_PASS_FRACTION

const suggest = (message: string, mode: SessionMode, select: Suggestion['select']): Suggestion => ({
  message,
  mode,
  select,
  command: suggestionCommand(mode, select),
})

/**
 * One concrete next step, with the command for it: a baseline exam when there
 * is no history; else the weakest domain or service below 72% (whichever is
 * weaker); else the missed questions; else a full timed exam.
 */
export function suggestNext(records: readonly SessionRecord[], options: {minSamples?: number} = {}): Suggestion {
  const finished = chronological(records)
  if (finished.length === 0)
    return suggest(
      `No finished sessions yet: take a full timed exam (${FULL_EXAM_QUESTION_COUNT} questions) to get a baseline.`,
      'exam',
      {count: FULL_EXAM_QUESTION_COUNT},
    )
  const minSamples = options.minSamples ?? 5
  const domain = rankedAreas(
    finished.map((r) => r.score.byDomain),
    minSamples,
  )[0]
  const service = rankedAreas(
    finished.map((r) => r.score.byService),
    minSamples,
  )[0]
  const domainKey = DOMAINS.find((d) => d === domain?.key)
  if (below(domain) && domainKey && (!below(service) || domain.accuracy <= service.accuracy))
    return suggest(`Practise the ${domainKey} domain: ${pct(domain)} so far.`, 'practice', {
      count: 15,
      domain: domainKey,
    })
  if (below(service))
    return suggest(`Practise ${service.key}: ${pct(service)} so far.`, 'practice', {count: 10, service: service.key})
  const missed = [...historyView(finished).questions.values()].filter((h) => h.missedRecently).length
  if (missed > 0)
    return suggest(`Redo the ${missed} question(s) you missed recently.`, 'practice', {count: missed, only: 'missed'})
  return suggest('Every area is at 72% or better: take a full timed exam to confirm.', 'exam', {
    count: FULL_EXAM_QUESTION_COUNT,
  })
}
