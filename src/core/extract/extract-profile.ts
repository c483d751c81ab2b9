import type {LexiconEntry} from '../knowledge/lexicon.js'

import {compileLexiconPattern} from '../knowledge/pattern-engine.js'
import {FIELD_SPECS, type FieldSpec} from '../knowledge/profile-fields.js'
import {type Profile, ProfileSchema} from '../knowledge/profile.js'
import {LiteralScanner, type ScannerTables} from './aho-corasick.js'
import {execAll} from './exec-all.js'
import {lookupUnit, parseNumber, toCommitmentTerm, toVolumeClass} from './numbers.js'
import {requiredLiterals, WORD_BOUNDARY} from './regex-literals.js'
import {type Segment, splitSegments} from './segments.js'
import {sentenceMood, type SentenceMood, type Strength, strengthAt} from './statement.js'
import {LineIndex} from './text-position.js'

/** A piece of text that produced a profile fact. */
export interface Evidence {
  field: string
  value: boolean | number | string
  entry: string
  quote: string
  start: number
  end: number
  line: number
  column: number
  /** How firmly the words state the fact (see `strengthAt` and the lexicon's `evidence`). */
  strength: Strength
}

export interface ExtractOptions {
  /** false runs every pattern on every segment: the reference the prefilter is tested against. */
  prefilter?: boolean
  /**
   * Read only these profile fields (the others stay unset): for a caller that
   * knows which fields its decision can depend on. Each field is read exactly
   * as without the option.
   */
  fields?: ReadonlySet<string>
}

export interface Extraction {
  profile: Profile
  /** The evidence behind each fact that made it into the profile. */
  evidence: Evidence[]
  /** Matches that lost to a stronger statement of the same fact, kept for explanations. */
  overruled: Evidence[]
  /** The profile's fields that some stated (not only inferred) evidence supports. */
  stated: Set<string>
}

interface CompiledEntry {
  entry: LexiconEntry
  priority: number
  negation: 'drop' | 'flip' | 'ignore'
}

/** How many sentences after its own a lexicon entry's match may run on into. */
const REACH = {sentence: 0, 'next-sentence': 1, 'two-sentences': 2} as const
const MAX_REACH = Math.max(...Object.values(REACH))

interface CompiledPattern {
  owner: CompiledEntry
  regex: RegExp
  /** Literal ids of every required set after the first (the first set triggers the pattern). */
  alsoRequired: number[][]
  /**
   * How many following sentences a match may run on into (0, 1 or 2): any of the pattern's literals triggers it
   * in its own sentence and in as many sentences before.
   */
  reach: number
}

/** The lexicon ready to run: every pattern, plus a literal prefilter over all of them. */
interface CompiledLexicon {
  patterns: CompiledPattern[]
  scanner: LiteralScanner
  /** Literal index → the patterns whose first required set holds it. */
  patternsByLiteral: number[][]
  /** Patterns with no derivable literal: they run on every segment. */
  ungated: number[]
  /**
   * Scratch marks reused by every call (a call stamps what one segment holds
   * with a fresh number instead of allocating sets): literal → last stamp
   * seen, pattern → last stamp queued.
   */
  literalStamp: Int32Array
  patternStamp: Int32Array
  stamp: number
}

interface Match {
  compiled: CompiledEntry
  value: boolean | number | string
  start: number
  end: number
  strength: Strength
}

const compiledCache = new WeakMap<readonly LexiconEntry[], CompiledLexicon>()

function compile(lexicon: readonly LexiconEntry[]): CompiledLexicon {
  const cached = compiledCache.get(lexicon)
  if (cached) return cached
  const patterns: CompiledPattern[] = []
  const literalIds = new Map<string, number>()
  const patternsByLiteral: number[][] = []
  const ungated: number[] = []
  const idOf = (literal: string) => {
    let id = literalIds.get(literal)
    if (id === undefined) {
      id = literalIds.size
      literalIds.set(literal, id)
      patternsByLiteral.push([])
    }
    return id
  }
  for (const entry of lexicon) {
    const spec = (FIELD_SPECS as Record<string, FieldSpec>)[entry.fact]
    const owner: CompiledEntry = {
      entry,
      priority: entry.priority ?? 1,
      negation: entry.negation ?? (spec?.kind === 'boolean' ? 'flip' : entry.measure ? 'ignore' : 'drop'),
    }
    for (const source of entry.patterns) {
      const sets = requiredLiterals(source)
      const ids = (sets ?? []).map((set) => set.map(idOf))
      const reach = REACH[entry.reach ?? 'sentence']
      // A pattern that reaches into the next sentence may find some of its words there: any one of its
      // literals schedules it on the sentence that holds it and on the one before (see plannedRuns).
      const index =
        patterns.push({
          owner,
          regex: compileLexiconPattern(entry, source),
          alsoRequired: reach > 0 ? [] : ids.slice(1),
          reach,
        }) - 1
      if (ids.length === 0) ungated.push(index)
      for (const id of reach > 0 ? new Set(ids.flat()) : (ids[0] ?? [])) patternsByLiteral[id]!.push(index)
    }
  }
  const compiled = {
    patterns,
    scanner: LiteralScanner.for([...literalIds.keys()], WORD_BOUNDARY),
    patternsByLiteral,
    ungated,
    literalStamp: new Int32Array(literalIds.size),
    patternStamp: new Int32Array(patterns.length),
    stamp: 0,
  }
  compiledCache.set(lexicon, compiled)
  return compiled
}

/**
 * A negation governs a match when it stands earlier in the same clause, at most
 * a few words before it ("must NOT be interrupted", "does NOT need to call an
 * API"), when the clause opens with one ("NEITHER rewrite needs to … read a
 * request body"), when the match is followed by one ("the request body IS
 * NEVER touched"), or when the match is an item of a list whose first item
 * a negation governs ("no plans to adopt containers, SERVERLESS compute, or
 * another Region").
 */
const NEGATION_WORDS = String.raw`no|not|never|without|cannot|can't|won't|don't|doesn't|isn't|aren't|mustn't|shouldn't|nor|neither|none|nobody|nothing`
const NEGATOR = new RegExp(String.raw`\b(?:${NEGATION_WORDS})\b(?:\W+\w+){0,5}\W*$`, 'i')
// "does NOT need to call any external service OR read the request body", "needs no network calls OR access to the
// request body": a negation reaches across "or" to the next item of the same clause, however many words the first
// item took.
const NEGATOR_BEFORE_OR = new RegExp(
  String.raw`\b(?:${NEGATION_WORDS})\b(?:\W+\w+){0,8}?\W+(?:or|nor)\W+(?:\w+\W+){0,3}$`,
  'i',
)
const CLAUSE_OPENER = /^\W*(?:neither|nor|never|none|nothing|no|not)\b/i
// …or answered "no" as a field, the answer alone ("Interruptible: no", "| Restartable | no |";
// not "checkpointed: no data is lost"). A predicate joined by "and"/"but" is its own: "licensed per physical core AND
// ARE NOT covered by License Mobility" does not negate the licensing.
const TRAILING_NEGATOR =
  /^(?:(?!\b(?:and|but|or)\b)[^.;:!?,]){0,12}?\b(?:is|are|was|were|will be|gets?|get|has been|have been)\s+(?:never|not|no longer)\b|^\s*(?:isn't|aren't|wasn't|weren't|won't be)\b|^\s*(?:[:=|\u2013\u2014-]\s*)+(?:no|none|false|never|not (?:acceptable|allowed|possible|an option))\s*(?=[|.;,)\n]|$)/i
// "or" is not a break: "must not be paused or interrupted" negates both.
const CLAUSE_BREAK =
  /[.;:!?,()\n]|\b(?:but|although|though|whereas|while|however|and|so|because|since|which|that|who|if|unless)\b/gi

// "does not expect to need this much GPU capacity AGAIN", "has no need for these GPUs FOR THE REST OF THE YEAR": the
// negation is about later, and the need holds now.
const ONLY_LATER =
  /^[^.;:!?,()\n]{0,40}?\b(?:again|for\s+the\s+rest\s+of\s+the\s+(?:year|quarter|month|season)|afterwards?|for\s+a\s+long\s+(?:time|while))\b/i
// "AFTER THIS RUN the team has no use for GPUs": the clause that opens on what follows the work (up to its first comma).
const AFTER_OPENER =
  /(?:^|[.;!?]\s+)After\s+(?:this|that|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:run|project|event|migration|launch|sale|campaign|job|test|trial|season|window|period)s?\s*,?[^.;!?,]*$/

// A list item: at most three words since the comma before it, and at most two after it before the next comma, "or",
// "and" or the end of the sentence ("no plans to adopt containers, serverless compute, or another Region").
const LIST_ITEM_BEFORE = /^\s*(?:(?:or|and|nor)\s+)?(?:[\w'-]+(?:\s+|$)){0,3}$/i
const LIST_ITEM_AFTER = /^(?:\s+[\w'-]+){0,2}\s*(?:,|\bor\b|\band\b|\bnor\b|[.;:!?]|$)/i
const LIST_HOPS = 4
// A list is told by its conjunction: the item is the last ("…, or another Region") or one comes after it ("serverless
// compute, or another Region"). Without one, what follows a comma is a clause of its own: "with no servers to manage,
// built for ARM64" does not negate ARM64.
const LIST_LAST_ITEM = /^\s*(?:or|and|nor)\s/i
const LIST_ITEM_BEFORE_LAST = /^(?:\s+[\w'-]+){0,2}\s*,?\s*(?:[\w'-]+[\s,]+){0,3}?(?:or|and|nor)\b/i

const negates = (clause: string) => NEGATOR.test(clause) || CLAUSE_OPENER.test(clause) || NEGATOR_BEFORE_OR.test(clause)

// "cannot be verified WITHOUT calling the API", "impossible to run without network access": a negation of doing without
// it, which asks for the thing the match names.
const CANNOT_DO_WITHOUT =
  /\b(?:cannot|can't|can\s+not|could\s+not|couldn't|impossible\s+to|no\s+way\s+to|never)\b[^.;:!?,]{0,60}?\bwithout\s+(?:\w+\s+){0,2}$/i

function negated(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40)
  if (TRAILING_NEGATOR.test(after)) return true
  // Checked only once a negation is found: most matches have none, and this runs for every match.
  return (
    negatedBefore(text, start, after) &&
    !ONLY_LATER.test(after) &&
    !AFTER_OPENER.test(text.slice(Math.max(0, start - 200), start)) &&
    !CANNOT_DO_WITHOUT.test(text.slice(Math.max(0, start - 100), start))
  )
}

/** A negation earlier in the match's clause, or governing the list the match is an item of. */
function negatedBefore(text: string, start: number, after: string): boolean {
  const window = text.slice(Math.max(0, start - 120), start)
  const breaks = [...execAll(CLAUSE_BREAK, window)]
  let clauseStart = breaks.length === 0 ? 0 : breaks.at(-1)!.index + breaks.at(-1)![0].length
  if (negates(window.slice(clauseStart))) return true
  // An item of a list whose first item a negation governs is negated too: walk back over the list's commas.
  if (!LIST_ITEM_AFTER.test(after)) return false
  if (!LIST_LAST_ITEM.test(window.slice(clauseStart)) && !LIST_ITEM_BEFORE_LAST.test(after)) return false
  let clauseEnd = window.length
  for (let hops = 0, i = breaks.length - 1; i >= 0 && hops < LIST_HOPS; i--, hops++) {
    const brk = breaks[i]!
    if (brk[0] !== ',' || !LIST_ITEM_BEFORE.test(window.slice(clauseStart, clauseEnd))) return false
    const previousStart = i === 0 ? 0 : breaks[i - 1]!.index + breaks[i - 1]![0].length
    if (negates(window.slice(previousStart, brk.index))) return true
    clauseStart = previousStart
    clauseEnd = brk.index
  }
  return false
}

function measureValue(entry: LexiconEntry, groups: Record<string, string | undefined>): number | string | undefined {
  if (!entry.measure) return undefined
  const amount = parseNumber(groups.num ?? '')
  const factor = lookupUnit(entry.measure.units, groups.unit)
  if (amount === undefined || factor === undefined) return undefined
  const value = amount * factor
  switch (entry.measure.transform) {
    case 'commitment-years':
      return toCommitmentTerm(value)
    case 'volume-class':
      return toVolumeClass(value)
    default:
      return Math.round(value * 1e6) / 1e6
  }
}

/** The end of `text[from, to)` without its trailing spaces, tabs and line breaks (`from` when it is all blank). */
function blankTrimmedEnd(text: string, from: number, to: number): number {
  while (to > from) {
    const code = text.codePointAt(to - 1)
    if (code !== 32 && code !== 10 && code !== 13 && code !== 9) break
    to--
  }
  return to
}

/** Whether every set has a literal stamped in the current segment (loops: this runs for every candidate pattern). */
function holdsAll(sets: readonly number[][], literalStamp: Int32Array, stamp: number): boolean {
  for (const set of sets) {
    let found = false
    for (const id of set) {
      if (literalStamp[id] === stamp) {
        found = true
        break
      }
    }
    if (!found) return false
  }
  return true
}

/** A fresh stamp for the lexicon's scratch marks (restarting them long before the counter could overflow). */
function nextStamp(lexicon: CompiledLexicon): number {
  if (lexicon.stamp === 0x3f_ff_ff_ff) {
    lexicon.literalStamp.fill(0)
    lexicon.patternStamp.fill(0)
    lexicon.stamp = 0
  }
  return ++lexicon.stamp
}

/**
 * The (pattern, segment) pairs worth running, flat (pattern, segment,
 * pattern, segment, …): a pattern runs on a segment
 * (sentence, list item) only when the segment holds one of each of its
 * required literal sets. One Aho–Corasick pass per segment finds them. This
 * is what makes batch checking affordable: most of ~470 patterns never run.
 */
function plannedRuns(text: string, segments: readonly Segment[], lexicon: CompiledLexicon): number[] {
  const {literalStamp, patternStamp, patternsByLiteral, patterns} = lexicon
  const runs: number[] = []
  const found: number[] = []
  // The last segment each reaching pattern was scheduled on, so that none is scheduled twice.
  const reachedTo = new Map<number, number>()
  // A literal in this sentence may belong to a match that starts up to `reach` sentences before. Segments are
  // scheduled in ascending order, so the last one scheduled is all there is to remember.
  const scheduleReaching = (pattern: number, reach: number, si: number) => {
    for (let from = Math.max(0, si - reach, (reachedTo.get(pattern) ?? -1) + 1); from <= si; from++)
      runs.push(pattern, from)
    reachedTo.set(pattern, Math.max(si, reachedTo.get(pattern) ?? -1))
  }
  for (const [si, segment] of segments.entries()) {
    const {start, end} = segment!
    // A segment ends with the blanks after it, and text the caller blanked out (the checker masks
    // sections that are not requirements) can make those a thousand characters: scan up to the last
    // non-blank character plus the longest blank run a literal holds; no literal can end later.
    const trimmed = blankTrimmedEnd(text, start, end)
    if (trimmed === start) continue
    const stamp = nextStamp(lexicon)
    found.length = 0
    lexicon.scanner.collect(
      text,
      start,
      Math.min(end, trimmed + lexicon.scanner.longestBlankRun),
      stamp,
      literalStamp,
      found,
    )
    for (const literal of found) {
      for (const pattern of patternsByLiteral[literal]!) {
        if (patternStamp[pattern] === stamp) continue
        patternStamp[pattern] = stamp
        if (patterns[pattern]!.reach > 0) scheduleReaching(pattern, patterns[pattern]!.reach, si)
        else if (holdsAll(patterns[pattern]!.alsoRequired, literalStamp, stamp)) runs.push(pattern, si)
      }
    }
    for (const pattern of lexicon.ungated) runs.push(pattern, si)
  }
  return runs
}

/** Segment `si` and up to `reach` segments after it, while they go on in the same paragraph (no blank line, no heading between). */
function withNextSentences(text: string, segments: readonly Segment[], si: number, reach: number): string {
  const segment = segments[si]!
  let {end} = segment
  for (let k = si + 1; k <= si + reach; k++) {
    const next = segments[k]
    if (next === undefined) break
    // The blanks that end a segment belong to it: the gap is the whitespace run before the next one.
    const gap = /\s*$/.exec(text.slice(segments[k - 1]!.start, next.start))![0]
    if (/\n[ \t]*\n/.test(gap) || /^\s*#/.test(text.slice(next.start, next.end))) break
    end = next.end
  }
  return text.slice(segment.start, end)
}

/** Every lexicon match in `text`, in lexicon order and then text order. */
function findMatches(
  text: string,
  lexicon: CompiledLexicon,
  prefilter: boolean,
  fields: ReadonlySet<string> | undefined,
): Match[] {
  const segments = splitSegments(text)
  const runs = prefilter
    ? plannedRuns(text, segments, lexicon)
    : lexicon.patterns.flatMap((_, p) => segments.flatMap((_, si) => [p, si]))
  // Sorted so the order of matches does not depend on which literal triggered a run.
  const order = Array.from({length: runs.length / 2}, (_, k) => k).sort(
    (a, b) => runs[2 * a]! - runs[2 * b]! || runs[2 * a + 1]! - runs[2 * b + 1]!,
  )
  const segmentText: (string | undefined)[] = []
  const reachText = new Map<number, string>()
  const segmentMood: (SentenceMood | undefined)[] = []
  const matches: Match[] = []
  for (const k of order) {
    const {owner, reach, regex} = lexicon.patterns[runs[2 * k]!]!
    if (fields && !fields.has(owner.entry.fact)) continue
    const si = runs[2 * k + 1]!
    const segment = segments[si]!
    segmentText[si] ??= text.slice(segment.start, segment.end)
    const own = segmentText[si]!
    let slice = own
    if (reach > 0) {
      const key = si * (MAX_REACH + 1) + reach
      slice = reachText.get(key) ?? withNextSentences(text, segments, si, reach)
      reachText.set(key, slice)
    }
    for (const m of execAll(regex, slice)) {
      // A match that starts in the next sentence is found when that sentence's own turn comes.
      if (m[0].length === 0 || m.index >= own.length) continue
      const start = segment.start + m.index
      let value = owner.entry.value ?? measureValue(owner.entry, m.groups ?? {})
      if (value === undefined) continue
      if (
        scareQuoted(text, start, start + m[0].length) ||
        REPORTED_TERM.test(text.slice(Math.max(0, start - 40), start))
      )
        continue
      if (owner.negation !== 'ignore' && negated(text, start, start + m[0].length)) {
        if (owner.negation === 'drop' || typeof value !== 'boolean') continue
        value = !value
      }
      const mood = owner.entry.evidence === 'inferred' ? undefined : (segmentMood[si] ??= sentenceMood(own))
      const strength =
        mood === undefined ? 'inferred' : strengthAt(mood, m.index, {possibility: owner.entry.possibility === true})
      matches.push({compiled: owner, value, start, end: start + m[0].length, strength})
    }
  }
  return matches
}

/**
 * "They just like saying real-time", "the so-called serverless tier", "has read that Kubernetes is the standard",
 * "a friend has recommended a highly available design": a word someone else uses or proposes, not a requirement the
 * writer states.
 */
const REPORTED_TERM =
  /\b(?:like|likes|love|loves)\s+(?:saying|to\s+say|calling\s+it)\s+$|\bso[- ]called\s+$|\bthe\s+(?:word|term|buzzword|label)\s+$|\b(?:has|have|had)\s+(?:read|heard)\s+that\s+$|\b(?:(?:has|have|had)\s+(?:recommended|suggested|proposed)|recommends|suggests|proposes)\s+(?:an?\s+|the\s+|using\s+|building\s+(?:an?\s+)?|(?:several|some|various|a\s+few|two|three|multiple)\s+)?$/i

const OPENING_QUOTES = new Set(['"', '\u201C', "'", '\u2018'])
const CLOSING_QUOTES = new Set(['"', '\u201D', "'", '\u2019'])

/**
 * A word or two in quotation marks of their own ("the 'real-time' pricing
 * widget", "the brief mentions \u201C5G\u201D", "CI workloads 'burst'") is
 * a term someone used, set apart by the writer, not a requirement the writer
 * states: scare quotes and reported buzzwords. Longer quotations (a whole
 * message, a requirement quoted from a contract) still state what they say.
 */
function scareQuoted(text: string, start: number, end: number): boolean {
  let open = start - 1
  while (open >= 0 && start - open <= 30 && !OPENING_QUOTES.has(text[open]!)) open--
  if (open < 0 || start - open > 30) return false
  // An opening quote starts a word: "company's" has an apostrophe, not a quotation mark.
  if (open > 0 && /[\w]/.test(text[open - 1]!)) return false
  let close = end
  while (close < text.length && close - end <= 30 && !CLOSING_QUOTES.has(text[close]!)) close++
  if (close >= text.length || close - end > 30) return false
  // A closing quote ends a word: "it's" is not one.
  if (close + 1 < text.length && /[\w]/.test(text[close + 1]!)) return false
  const quoted = text.slice(open + 1, close).trim()
  return quoted.length > 0 && quoted.length <= 25 && quoted.split(/\s+/).length <= 2
}

/**
 * Within one fact, a match inside a longer match is the same words read less
 * fully: drop it. Two patterns matching the very same words count once.
 */
function dropContained(matches: Match[]): Match[] {
  // One sweep in (start, longest first) order: a match is inside a longer one exactly when an
  // earlier match reaches as far. (Comparing every pair made a text of thousands of "1 GB"
  // take time quadratic in its length.)
  const contained = new Set<Match>()
  let reachBefore = -1
  let groupStart = -1
  let groupEnd = -1
  for (const m of [...matches].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start !== groupStart) {
      reachBefore = Math.max(reachBefore, groupEnd)
      groupStart = m.start
      groupEnd = m.end
    }
    if (reachBefore >= m.end || groupEnd > m.end) contained.add(m)
  }
  const seen = new Set<string>()
  return matches.filter((m) => {
    if (contained.has(m)) return false
    const key = `${m.start}:${m.end}:${String(m.value)}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const CONTRAST = /\b(?:but|however|yet|although|though|actually|in\s+fact|in\s+reality|instead)\b/i
const MAX_CORRECTION_GAP = 240

/**
 * "The farm ran on GPU servers, but profiling shows the encoder never uses
 * the GPUs": a later statement that contradicts an earlier one across a
 * contrast ("but", "however", "in fact") is the writer's correction of it.
 * Only between statements of one strength, in one sentence or the next.
 */
function correction(matches: readonly Match[], text: string): Match | undefined {
  // A loop, not Math.max(...): a long text may hold hundreds of thousands of matches, past the argument limit.
  let top = Number.NEGATIVE_INFINITY
  for (const m of matches) top = Math.max(top, m.compiled.priority)
  const strongest = matches.filter((m) => m.compiled.priority === top).sort((a, b) => a.start - b.start)
  const last = strongest.at(-1)!
  const corrected = strongest.some((m) => {
    if (m.value === last.value || m.end > last.start || last.start - m.end > MAX_CORRECTION_GAP) return false
    const between = text.slice(m.end, last.start)
    return CONTRAST.test(between) && (between.match(/[.!?;](?:\s|$)/g)?.length ?? 0) <= 1
  })
  return corrected ? last : undefined
}

/**
 * "Which change lowers cost … with the LEAST ongoing effort?": a writer who
 * capitalizes the criterion marks it as the one that decides, as exam
 * questions do, over another stated in plain case.
 */
const EMPHASIS = /\b(?:MOST|LEAST|LOWEST|FEWEST|HIGHEST|FASTEST|CHEAPEST|MINIMUM|MAXIMUM)\b/
const emphasized = (m: Match, text: string) => (EMPHASIS.test(text.slice(m.start, m.end)) ? 1 : 0)

/**
 * Strongest statement of a fact wins: priority, a correction, emphasis, then
 * how often it is said, then the earliest.
 */
function choose(matches: Match[], text: string): Match {
  const corrected = matches.length > 1 ? correction(matches, text) : undefined
  if (corrected) return corrected
  const counts = new Map<string, number>()
  for (const m of matches) counts.set(String(m.value), (counts.get(String(m.value)) ?? 0) + 1)
  return [...matches].sort(
    (a, b) =>
      b.compiled.priority - a.compiled.priority ||
      emphasized(b, text) - emphasized(a, text) ||
      largerMeasure(a, b) ||
      counts.get(String(b.value))! - counts.get(String(a.value))! ||
      a.start - b.start,
  )[0]!
}

/**
 * Between two measured amounts of one fact, the larger comes first: "thumbnails take a second; full
 * transcodes take 40 to 90 minutes" is work of up to 90 minutes, and a limit is about the longest, largest
 * unit of work (whose component it belongs to is the checker's business: see components.ts).
 */
function largerMeasure(a: Match, b: Match): number {
  if (!a.compiled.entry.measure || !b.compiled.entry.measure) return 0
  return typeof a.value === 'number' && typeof b.value === 'number' ? b.value - a.value : 0
}

/** Facts implied by other facts when the text did not state them directly (as firmly as those). */
function derive(profile: Record<string, unknown>, stated: Set<string>): void {
  const gb = profile.dataGbPerDay
  if (typeof gb === 'number' && profile.dataVolume === undefined) {
    profile.dataVolume = toVolumeClass(gb)
    if (stated.has('dataGbPerDay')) stated.add('dataVolume')
  }
  // Work that runs at a CloudFront event ("on every cache miss", "at the viewer request") is request logic at the edge,
  // also when the site it runs for is named ("serves its website through CloudFront"): the site is not the work asked about.
  if (
    profile.cdnEvent !== undefined &&
    (profile.workload === undefined || profile.workload === 'web-app' || profile.workload === 'static-content')
  ) {
    profile.workload = 'edge-request-logic'
    if (stated.has('cdnEvent')) stated.add('workload')
  }
}

/**
 * Reads free prose (a requirement, an exam stem, a design doc) into a profile,
 * keeping the text span behind every fact. Pure and deterministic.
 */
export function extractProfile(
  text: string,
  lexicon: readonly LexiconEntry[],
  options: ExtractOptions = {},
): Extraction {
  const lines = new LineIndex(text)
  const byFact = new Map<string, Match[]>()
  const wanted = options.fields
  // dataVolume is derived from dataGbPerDay and workload from cdnEvent, so reading one means reading both.
  const reading =
    wanted &&
    new Set([
      ...wanted,
      ...(wanted.has('dataVolume') ? ['dataGbPerDay'] : []),
      ...(wanted.has('workload') ? ['cdnEvent'] : []),
    ])
  for (const m of findMatches(text, compile(lexicon), options.prefilter ?? true, reading)) {
    const list = byFact.get(m.compiled.entry.fact) ?? []
    list.push(m)
    byFact.set(m.compiled.entry.fact, list)
  }
  const toEvidence = (m: Match): Evidence => ({
    field: m.compiled.entry.fact,
    value: m.value,
    entry: m.compiled.entry.id,
    quote: text.slice(m.start, m.end),
    start: m.start,
    end: m.end,
    line: lines.lineOf(m.start),
    column: lines.columnOf(m.start),
    strength: m.strength,
  })
  const draft: Record<string, unknown> = {}
  const evidence: Evidence[] = []
  const overruled: Evidence[] = []
  const stated = new Set<string>()
  for (const fact of [...byFact.keys()].sort()) {
    const candidates = dropContained(byFact.get(fact)!)
    const winner = choose(candidates, text)
    draft[fact] = winner.value
    if (candidates.some((m) => m.value === winner.value && m.strength === 'stated')) stated.add(fact)
    if (wanted && !wanted.has(fact)) continue
    for (const m of candidates) (m.value === winner.value ? evidence : overruled).push(toEvidence(m))
  }
  derive(draft, stated)
  // A field read only to derive another one is not reported.
  if (wanted) for (const field of Object.keys(draft)) if (!wanted.has(field)) delete draft[field]
  // The lexicon is validated against the schema at load time, so only a
  // measure can produce an invalid (out-of-range) value; such fields are dropped.
  const profile = validFields(draft)
  for (const field of stated) if (!(field in profile)) stated.delete(field)
  evidence.sort((a, b) => a.start - b.start)
  overruled.sort((a, b) => a.start - b.start)
  return {profile, evidence, overruled, stated}
}

/**
 * The draft's valid fields, in the schema's field order (as parsing the whole
 * object would return them). The profile schema has no cross-field checks, so
 * checking each stated field alone is the same test at a fraction of the cost
 * of parsing a ~40-field object for every document of a batch.
 */
function validFields(draft: Record<string, unknown>): Profile {
  const clean: Record<string, unknown> = {}
  for (const [key, schema] of Object.entries(ProfileSchema.shape)) {
    if (key in draft && schema.safeParse(draft[key]).success) clean[key] = draft[key]
  }
  return clean as Profile
}

/** The literal prefilter's tables for a lexicon, for the build-time snapshot (see `addPrebuiltScanners`). */
export function prefilterTables(lexicon: readonly LexiconEntry[]): ScannerTables {
  return compile(lexicon).scanner.tables
}
