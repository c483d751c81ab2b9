import type {BankQuestion} from '../questions/bank-question.js'
import type {HistoryView} from './history.js'

import {DOMAINS} from '../questions/question.js'
import {deriveSeed, normalizeSeed, seededShuffle} from '../random.js'
import {conceptKeys} from './concepts.js'
import {DOMAIN_WEIGHTS, SECONDS_PER_QUESTION} from './constants.js'
import {
  type BankRef,
  type ExamSession,
  type OnlyFilter,
  SESSION_VERSION,
  type SessionFilters,
  type SessionMode,
} from './session.js'

type Domain = (typeof DOMAINS)[number]

export interface SelectOptions {
  count: number
  seed: number
  domain?: Domain
  /** SAA-C03 task statement, e.g. "4.2". */
  task?: string
  /** A catalog service id; matches questions that list it in `services`. */
  service?: string
  difficulty?: BankQuestion['difficulty']
  /** Keep only questions the history marks as missed, flagged, or never seen. */
  only?: OnlyFilter
  /** Needed for `only`; without it nothing counts as missed or flagged and everything as unseen. */
  history?: HistoryView
  /** Concept keys (`service:lambda`, `question:<id>`); matches questions covering any of them (review of due concepts). */
  concepts?: readonly string[]
  /** The services a question tests, for `service` and `concepts` (default: all it lists; see `testedServices`). */
  servicesOf?: (question: BankQuestion) => readonly string[]
}

export interface Selection {
  questions: BankQuestion[]
  /** Set when fewer questions matched than were asked for; says how many and why. */
  shortfall?: string
  /** Set when the bank could not supply the SAA-C03 domain mix; says which domains were short. */
  mixNote?: string
}

export {conceptKeys} from './concepts.js'

/** Human wording of the filters, for shortfall messages and history ("domain cost-optimized, only missed"). */
export function describeFilters(
  f: Omit<SessionFilters, 'concepts' | 'count'> & {concepts?: readonly string[]},
): string {
  const parts: string[] = []
  if (f.domain) parts.push(`domain ${f.domain}`)
  if (f.task) parts.push(`task ${f.task}`)
  if (f.service) parts.push(`service ${f.service}`)
  if (f.difficulty) parts.push(`difficulty ${f.difficulty}`)
  if (f.only) parts.push(`only ${f.only}`)
  if (f.concepts) parts.push(`${f.concepts.length} concept(s)`)
  if (f.cram) parts.push('cram')
  return parts.length === 0 ? 'no filters' : parts.join(', ')
}

/** The filters to store in a session created from a selection (drops the seed and history). */
export function filtersOf(options: SelectOptions, extra: {cram?: boolean} = {}): SessionFilters {
  const {domain, task, service, difficulty, only, concepts} = options
  return {
    count: Math.max(1, Math.trunc(options.count)),
    ...(domain === undefined ? {} : {domain}),
    ...(task === undefined ? {} : {task}),
    ...(service === undefined ? {} : {service}),
    ...(difficulty === undefined ? {} : {difficulty}),
    ...(only === undefined ? {} : {only}),
    ...(concepts === undefined ? {} : {concepts: [...concepts]}),
    ...(extra.cram ? {cram: true} : {}),
  }
}

function matchesOnly(q: BankQuestion, only: OnlyFilter, history: HistoryView | undefined): boolean {
  const h = history?.questions.get(q.id)
  if (only === 'unseen') return h === undefined || h.seen === 0
  if (only === 'flagged') return h?.everFlagged === true
  return h?.missedRecently === true
}

/**
 * Splits `count` over the domains by exam weight with the largest-remainder
 * method, so the parts always add up to `count` (65 → 20/17/16/12... rounded).
 */
export function domainTargets(count: number): Record<Domain, number> {
  const raw = DOMAINS.map((d) => ({d, exact: count * DOMAIN_WEIGHTS[d]}))
  const out = Object.fromEntries(raw.map(({d, exact}) => [d, Math.floor(exact)])) as Record<Domain, number>
  let left = count - DOMAINS.reduce((sum, d) => sum + out[d], 0)
  // Stable: ties go to the domain listed first in the exam guide.
  const byRemainder = [...raw].sort((a, b) => (b.exact % 1) - (a.exact % 1))
  for (const {d} of byRemainder) {
    if (left <= 0) break
    out[d] += 1
    left -= 1
  }
  return out
}

function mixDomains(shuffled: readonly BankQuestion[], count: number): {picked: BankQuestion[]; mixNote?: string} {
  const targets = domainTargets(count)
  const picked: BankQuestion[] = []
  const taken = new Set<string>()
  const short: string[] = []
  for (const d of DOMAINS) {
    const ofDomain = shuffled.filter((q) => q.domain === d).slice(0, targets[d])
    if (ofDomain.length < targets[d]) short.push(`${d} (${ofDomain.length} of ${targets[d]})`)
    for (const q of ofDomain) {
      picked.push(q)
      taken.add(q.id)
    }
  }
  // Fill the gaps from whatever is left, still in seeded order, so the count is met when the pool allows.
  for (const q of shuffled) {
    if (picked.length >= count) break
    if (!taken.has(q.id)) picked.push(q)
  }
  if (short.length === 0) return {picked}
  const filled = picked.length - taken.size
  return {
    picked,
    mixNote: `Too few questions for the SAA-C03 domain mix in ${short.join(', ')}${filled > 0 ? `; ${filled} taken from other domains instead` : ''}.`,
  }
}

/**
 * Picks questions for a session. Deterministic: the same bank, options and
 * seed give the same questions in the same order, whatever order the bank was
 * loaded in. Without a domain or task filter it aims for the exam's domain weights
 * (30/26/24/20 %) and says in `mixNote` when the bank cannot supply them; a
 * pool with questions of no known domain (an imported bank) is drawn evenly.
 */
export function selectQuestions(bank: readonly BankQuestion[], options: SelectOptions): Selection {
  const count = Math.max(0, Math.trunc(options.count))
  const unique = new Map<string, BankQuestion>()
  for (const q of bank) if (!unique.has(q.id)) unique.set(q.id, q)
  const concepts = options.concepts ? new Set(options.concepts) : undefined
  const servicesOf = options.servicesOf ?? ((q: BankQuestion) => q.services)
  const pool = [...unique.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter(
      (q) =>
        (options.domain === undefined || q.domain === options.domain) &&
        (options.task === undefined || q.task === options.task) &&
        (options.service === undefined || servicesOf(q).includes(options.service)) &&
        (options.difficulty === undefined || q.difficulty === options.difficulty) &&
        (options.only === undefined || matchesOnly(q, options.only, options.history)) &&
        (concepts === undefined || conceptKeys(q, servicesOf(q)).some((k) => concepts.has(k))),
    )
  const seed = normalizeSeed(options.seed)
  const shuffled = seededShuffle(pool, deriveSeed(seed, 'select'))
  // A task statement belongs to one domain, so mixing only makes sense without domain and task filters,
  // and only for a bank that says which domain each question is in (most imported banks do not).
  const canMix =
    options.domain === undefined &&
    options.task === undefined &&
    count < pool.length &&
    pool.every((q) => q.domain !== undefined)
  const {picked, mixNote} = canMix ? mixDomains(shuffled, count) : {picked: shuffled.slice(0, count)}
  // Shuffle again so the domain blocks built above are interleaved.
  const questions = seededShuffle(picked, deriveSeed(seed, 'order'))
  const result: Selection = {questions}
  if (questions.length < count) {
    const what = describeFilters(options)
    result.shortfall =
      questions.length === 0
        ? `No questions match (${what}); asked for ${count}.`
        : `Only ${questions.length} question(s) match (${what}); asked for ${count}, so the session is shorter.`
  }
  if (mixNote) result.mixNote = mixNote
  return result
}

export interface CreateSessionOptions {
  mode: SessionMode
  seed: number
  /** Wall-clock time of creation; the core never reads the clock itself. */
  now: Date
  /** null = untimed. Default: untimed in practice mode; in exam mode the real exam's pace (2 min per question). */
  timeLimitSeconds?: null | number
  /** What was asked for; defaults to just the count. */
  filters?: SessionFilters
  /** Default: `sessionIdFor(now, seed)`. */
  id?: string
  /** The banks the questions came from (`exam --bank`), so the session can find them again. */
  banks?: BankRef[]
}

/** `20261125-101500-1a2b3c4d`: sorts by creation time and is safe as a file name. */
export function sessionIdFor(now: Date, seed: number): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, '')
    .replaceAll(/[-:]/g, '')
    .replace('T', '-')
  return `${stamp}-${normalizeSeed(seed).toString(16).padStart(8, '0')}`
}

/**
 * Starts a session over `questions` (in the given order). Each question's
 * option order is shuffled from the seed and its id, so resuming or replaying
 * shows the same letters. Throws RangeError for an empty list (a caller bug:
 * check `Selection.questions.length` first).
 */
export function createSession(questions: readonly BankQuestion[], options: CreateSessionOptions): ExamSession {
  if (questions.length === 0) throw new RangeError('a session needs at least one question')
  const seed = normalizeSeed(options.seed)
  const timeLimitSeconds =
    options.timeLimitSeconds === undefined
      ? options.mode === 'exam'
        ? Math.round(questions.length * SECONDS_PER_QUESTION)
        : null
      : options.timeLimitSeconds
  return {
    version: SESSION_VERSION,
    id: options.id ?? sessionIdFor(options.now, seed),
    createdAt: options.now.toISOString(),
    mode: options.mode,
    seed,
    timeLimitSeconds,
    elapsedSeconds: 0,
    questions: questions.map((q) => ({
      id: q.id,
      optionOrder: seededShuffle(
        q.options.map((_, i) => i),
        deriveSeed(seed, `options:${q.id}`),
      ),
    })),
    answers: {},
    secondsOnQuestion: {},
    flagged: [],
    current: 0,
    status: 'in-progress',
    filters: options.filters ?? {count: questions.length},
    ...(options.banks && options.banks.length > 0 ? {banks: options.banks.map((b) => ({...b}))} : {}),
  }
}
