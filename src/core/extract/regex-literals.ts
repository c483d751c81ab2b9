/**
 * Required-literal analysis for the lexicon's regular expressions (the idea
 * behind RE2's and ripgrep's prefilters): for a pattern, find a small set of
 * lower-case strings such that every match contains at least one of them.
 * The extractor then runs a pattern only on sentences where one occurs.
 *
 * Handles the syntax lexicon patterns use: literals and escapes, classes,
 * groups (capturing, named, non-capturing), lookarounds, alternation and
 * quantifiers. Anything it cannot reason about makes the answer `null`
 * ("no prefilter"), which is always safe.
 *
 * A `\b` at either end of a literal is kept as `WORD_BOUNDARY`: "in" as a
 * word is far rarer than "in" inside "using", and every lexicon pattern is
 * written with `\b`, so the scanner can check the boundary and skip most hits.
 */

/** Marks a word boundary (`\b`) at the start or end of a required literal. */
export const WORD_BOUNDARY = '\u0001'

const MAX_EXACT = 24
/**
 * An alternation of plain words ("takes?|taking|took|runs?|…") stays exact up
 * to this many strings, so a `\b` before or after it still reaches each word.
 */
const MAX_ALTERNATION = 64
const MIN_LITERAL = 2
/** Keep at most this many required sets per pattern: the most selective ones. */
const MAX_SETS = 3

/** A conjunction: every match contains at least one string of each set. */
type Requirement = Set<string>[]

interface Info {
  /** Every string the node can match, when that set is small; null otherwise. */
  exact: null | Set<string>
  /** Sets of which every match contains one string each; empty when nothing is known. */
  all: Requirement
  /** Every match starts with one of these strings ({''} when nothing is known). */
  prefix: Set<string>
}

const NOTHING_KNOWN = new Set([''])
const UNKNOWN: Info = {exact: null, all: [], prefix: NOTHING_KNOWN}
const EMPTY: Info = {exact: NOTHING_KNOWN, all: [], prefix: NOTHING_KNOWN}
/** A node that matches exactly one of `strings`. */
const exactly = (strings: Set<string>): Info => ({exact: strings, all: [], prefix: strings})

/** Every string of `a` followed by every string of `b`. */
function cross(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>()
  for (const x of a) for (const y of b) out.add(x + y)
  return out
}

/**
 * Words so common in English prose that requiring one barely filters: a set
 * built on them is the last choice of trigger, whatever its length.
 */
const COMMON_WORDS = new Set(
  'a an and are as at be but by can do for from has have in into is it its no not of on one or our out over per so than that the their them then there they this to up was we were will with'.split(
    ' ',
  ),
)

/** The characters a required string asks for, without its word-boundary markers. */
const withoutBoundaries = (s: string) => s.split(WORD_BOUNDARY).join('')

/** How selective a required string is: its length, where a word boundary counts as a character and a common word counts as one. */
function selectivity(s: string): number {
  if (COMMON_WORDS.has(withoutBoundaries(s).trim())) return 1
  return s.length
}

function minLength(set: Set<string>): number {
  let min = Infinity
  for (const s of set) min = Math.min(min, withoutBoundaries(s).length)
  return min
}

function minSelectivity(set: Set<string>): number {
  let min = Infinity
  for (const s of set) min = Math.min(min, selectivity(s))
  return min
}

/** Drop strings that contain another string of the set: the shorter one already implies them. */
function simplify(set: Set<string>): Set<string> {
  const list = [...set].sort((a, b) => a.length - b.length)
  const kept: string[] = []
  for (const s of list) if (!kept.some((k) => s.includes(k))) kept.push(s)
  return new Set(kept)
}

/** More selective first: a more selective weakest string, then fewer strings. */
const bySelectivity = (a: Set<string>, b: Set<string>) => minSelectivity(b) - minSelectivity(a) || a.size - b.size

function usable(set: null | Set<string>): set is Set<string> {
  return set !== null && set.size > 0 && minLength(set) >= MIN_LITERAL
}

/** Whether requiring a string of `a` already guarantees a string of `b` (each string of `a` contains one of `b`). */
const implies = (a: Set<string>, b: Set<string>) => [...a].every((s) => [...b].some((t) => s.includes(t)))

/** The most selective sets, leaving out any that a kept set already implies ("\u0001check" implies "check"). */
function strongest(sets: Requirement): Requirement {
  const kept: Requirement = []
  for (const set of [...sets].sort(bySelectivity)) {
    if (kept.length === MAX_SETS) break
    if (kept.some((k) => implies(k, set))) continue
    for (let i = kept.length - 1; i >= 0; i--) if (implies(set, kept[i]!)) kept.splice(i, 1)
    kept.push(set)
  }
  return kept.sort(bySelectivity)
}

/** The node's requirements, including what its exact set or its prefixes imply. */
function requirementOf(info: Info): Requirement {
  const sets = [...info.all]
  if (usable(info.exact)) sets.push(simplify(info.exact!))
  else if (!info.exact && usable(info.prefix)) sets.push(simplify(info.prefix))
  return strongest(sets)
}

/** What every match of a sequence starts with: exact parts in full, then the prefixes of the first inexact one. */
function prefixOf(parts: readonly Info[]): Set<string> {
  let prefix = NOTHING_KNOWN
  for (const part of parts) {
    if (prefix.size * part.prefix.size > MAX_ALTERNATION) break
    prefix = cross(prefix, part.prefix)
    if (!part.exact) break
  }
  return prefix
}

function concat(parts: Info[]): Info {
  const all: Requirement = []
  let exact: null | Set<string> = new Set([''])
  // Once a run is cut, `exact` only covers the tail and no longer describes the whole.
  let cut = false
  const flush = () => {
    if (usable(exact)) all.push(simplify(exact!))
  }
  for (const part of parts) {
    all.push(...part.all)
    // Extending every string by one choice ("\b" + a word list) does not multiply the set: allow it up to the larger side.
    if (exact && part.exact && exact.size * part.exact.size <= Math.max(MAX_EXACT, exact.size, part.exact.size)) {
      exact = cross(exact, part.exact)
    } else {
      // Before an inexact part ("\b" then "takes?|…|busy\s+for"), the run still reaches into its prefixes.
      const extended =
        exact && !part.exact && exact.size * part.prefix.size <= MAX_ALTERNATION ? cross(exact, part.prefix) : null
      if (usable(extended)) all.push(simplify(extended))
      else flush()
      cut = true
      exact = part.exact ? new Set(part.exact) : new Set([''])
    }
  }
  const prefix = prefixOf(parts)
  if (!cut && exact && exact.size <= MAX_ALTERNATION) return {exact, all: strongest(all), prefix}
  flush()
  return {exact: null, all: strongest(all), prefix}
}

function alternate(branches: Info[]): Info {
  if (branches.every((b) => b.exact) && branches.reduce((n, b) => n + b.exact!.size, 0) <= MAX_ALTERNATION) {
    return exactly(new Set(branches.flatMap((b) => [...b.exact!])))
  }
  const prefixes = new Set(branches.flatMap((b) => [...b.prefix]))
  const prefix = prefixes.size <= MAX_ALTERNATION ? prefixes : NOTHING_KNOWN
  // Only one set can survive an alternation: each branch's most selective set, united.
  const firsts = branches.map((b) => requirementOf(b)[0])
  if (firsts.includes(undefined)) return {...UNKNOWN, prefix}
  return {exact: null, all: [simplify(new Set(firsts.flatMap((s) => [...s!])))], prefix}
}

class Parser {
  private i = 0
  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.alternation()
    if (this.i < this.src.length) throw new Error(`unexpected ${this.src[this.i]} at ${this.i}`)
    return info
  }

  private alternation(): Info {
    const branches = [this.sequence()]
    while (this.src[this.i] === '|') {
      this.i++
      branches.push(this.sequence())
    }
    return branches.length === 1 ? branches[0]! : alternate(branches)
  }

  private atom(): Info {
    const c = this.src[this.i]!
    if (c === '(') return this.group()
    if (c === '[') return this.charClass()
    if (c === '\\') return this.escape()
    this.i++
    if (c === '.') return UNKNOWN
    if (c === '^' || c === '$') return EMPTY
    return exactly(new Set([c.toLowerCase()]))
  }

  private charClass(): Info {
    const end = this.findClassEnd()
    const body = this.src.slice(this.i + 1, end)
    this.i = end + 1
    // Small classes of plain characters ("[- ]", "[sz]") stay exact; others are unknown.
    if (body.startsWith('^') || /\\[a-zA-Z]|.-./.test(body.replaceAll(/^-|-$/g, '')) || body.length > 4) return UNKNOWN
    const chars = new Set([...body.replaceAll(/\\(.)/g, '$1')].map((ch) => ch.toLowerCase()))
    return exactly(chars)
  }

  private escape(): Info {
    const c = this.src[this.i + 1]!
    this.i += 2
    if (c === 'b') return exactly(new Set([WORD_BOUNDARY]))
    if (c === 'B') return EMPTY
    if (/[dDwWsSpPu]/.test(c)) {
      // \p{…}, \P{…} and \u{…} end at their own brace; \uXXXX is four hex digits. Looking for the next '}' without a
      // brace here would jump into a later quantifier ("\u2013 … \d{1,2}") and fail the whole pattern's literals.
      if ((c === 'p' || c === 'P' || c === 'u') && this.src[this.i] === '{') {
        const close = this.src.indexOf('}', this.i)
        this.i = close === -1 ? this.src.length : close + 1
      } else if (c === 'u') this.i += 4
      return UNKNOWN
    }
    if (c === 'n' || c === 't' || c === 'r') return UNKNOWN
    return exactly(new Set([c.toLowerCase()]))
  }

  private findClassEnd(): number {
    let j = this.i + 1
    while (j < this.src.length) {
      if (this.src[j] === '\\') j += 2
      else if (this.src[j] === ']') return j
      else j++
    }
    throw new Error('unclosed class')
  }

  private group(): Info {
    this.i++ // (
    let lookaround = false
    if (this.src.startsWith('?:', this.i)) this.i += 2
    else if (/^\?<[=!]/.test(this.src.slice(this.i))) {
      this.i += 3
      lookaround = true
    } else if (/^\?[=!]/.test(this.src.slice(this.i))) {
      this.i += 2
      lookaround = true
    } else if (this.src.startsWith('?<', this.i)) this.i = this.src.indexOf('>', this.i) + 1
    const inner = this.alternation()
    if (this.src[this.i] !== ')') throw new Error('unclosed group')
    this.i++
    return lookaround ? EMPTY : inner
  }

  private quantified(atom: Info): Info {
    const c = this.src[this.i]
    let min: number
    let max: number
    if (c === '?' || c === '*' || c === '+') {
      this.i++
      min = c === '+' ? 1 : 0
      max = c === '?' ? 1 : Infinity
    } else if (c === '{' && /^\{\d+(,\d*)?\}/.test(this.src.slice(this.i))) {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i))!
      this.i += m[0].length
      min = Number(m[1])
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])
    } else {
      return atom
    }
    if (this.src[this.i] === '?') this.i++ // lazy: same language
    if (max === 0) return EMPTY
    if (min === 0) {
      if (max === 1 && atom.exact && atom.exact.size < MAX_EXACT) return exactly(new Set(['', ...atom.exact]))
      return UNKNOWN
    }
    if (min === 1 && max === 1) return atom
    return {exact: null, all: requirementOf(atom), prefix: atom.prefix}
  }

  private sequence(): Info {
    const parts: Info[] = []
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')')
      parts.push(this.quantified(this.atom()))
    return parts.length === 0 ? EMPTY : concat(parts)
  }
}

const memo = new Map<string, null | string[][]>()

/**
 * Sets of lower-case strings such that every match of `source` contains at
 * least one string of each set; null when none can be derived.
 */
export function requiredLiterals(source: string): null | string[][] {
  let literals = memo.get(source)
  if (literals === undefined) {
    literals = analyse(source)
    memo.set(source, literals)
  }
  return literals
}

/**
 * Seeds the memo with results computed at build time (the analysis of ~400
 * patterns costs ~90 ms, too much to pay on every start).
 */
export function primeRequiredLiterals(entries: Iterable<[string, null | string[][]]>): void {
  for (const [source, literals] of entries) memo.set(source, literals)
}

function analyse(source: string): null | string[][] {
  try {
    const sets = requirementOf(new Parser(source).parse())
    return sets.length > 0 ? sets.map((set) => [...set]) : null
  } catch {
    return null
  }
}
