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
 */

const MAX_EXACT = 24
const MIN_LITERAL = 2

interface Info {
  /** Every string the node can match, when that set is small; null otherwise. */
  exact: Set<string> | null
  /** Strings of which every match contains at least one; null when unknown. */
  required: Set<string> | null
}

const UNKNOWN: Info = {exact: null, required: null}
const EMPTY: Info = {exact: new Set(['']), required: null}

function minLength(set: Set<string>): number {
  let min = Infinity
  for (const s of set) min = Math.min(min, s.length)
  return min
}

/** Drop strings that contain another string of the set: the shorter one already implies them. */
function simplify(set: Set<string>): Set<string> {
  const list = [...set].sort((a, b) => a.length - b.length)
  const kept: string[] = []
  for (const s of list) if (!kept.some((k) => s.includes(k))) kept.push(s)
  return new Set(kept)
}

function requiredOf(info: Info): Set<string> | null {
  const fromExact = info.exact && info.exact.size > 0 && minLength(info.exact) >= MIN_LITERAL ? simplify(info.exact) : null
  return better(fromExact, info.required)
}

/** The more selective of two requirement sets: longer shortest string, then fewer strings. */
function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a) return b
  if (!b) return a
  const la = minLength(a)
  const lb = minLength(b)
  if (la !== lb) return la > lb ? a : b
  return a.size <= b.size ? a : b
}

function concat(parts: Info[]): Info {
  let exact: Set<string> | null = new Set([''])
  let required: Set<string> | null = null
  const flush = () => {
    if (exact) required = better(required, requiredOf({exact, required: null}))
  }
  for (const part of parts) {
    if (exact && part.exact && exact.size * part.exact.size <= MAX_EXACT) {
      const next = new Set<string>()
      for (const a of exact) for (const b of part.exact) next.add(a + b)
      exact = next
    } else {
      flush()
      required = better(required, requiredOf(part))
      exact = part.exact ? new Set(part.exact) : null
      if (!exact) exact = new Set([''])
      if (!part.exact) exact = new Set([''])
    }
  }
  const allExact = parts.every((p) => p.exact !== null)
  if (allExact && exact && exact.size <= MAX_EXACT && parts.length > 0) {
    // The whole run is a small set of strings: keep it exact for the caller.
    return {exact, required: better(required, requiredOf({exact, required: null}))}
  }
  flush()
  return {exact: null, required}
}

function alternate(branches: Info[]): Info {
  if (branches.every((b) => b.exact) && branches.reduce((n, b) => n + b.exact!.size, 0) <= MAX_EXACT) {
    return {exact: new Set(branches.flatMap((b) => [...b.exact!])), required: null}
  }
  const sets = branches.map(requiredOf)
  if (sets.some((s) => s === null)) return UNKNOWN
  return {exact: null, required: simplify(new Set(sets.flatMap((s) => [...s!])))}
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

  private sequence(): Info {
    const parts: Info[] = []
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') parts.push(this.quantified(this.atom()))
    return parts.length === 0 ? EMPTY : concat(parts)
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
      if (max === 1 && atom.exact && atom.exact.size < MAX_EXACT) return {exact: new Set(['', ...atom.exact]), required: null}
      return {exact: null, required: null}
    }
    if (min === 1 && max === 1) return atom
    return {exact: null, required: requiredOf(atom)}
  }

  private atom(): Info {
    const c = this.src[this.i]!
    if (c === '(') return this.group()
    if (c === '[') return this.charClass()
    if (c === '\\') return this.escape()
    this.i++
    if (c === '.') return UNKNOWN
    if (c === '^' || c === '$') return EMPTY
    return {exact: new Set([c.toLowerCase()]), required: null}
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

  private charClass(): Info {
    const end = this.findClassEnd()
    const body = this.src.slice(this.i + 1, end)
    this.i = end + 1
    // Small classes of plain characters ("[- ]", "[sz]") stay exact; others are unknown.
    if (body.startsWith('^') || /\\[a-zA-Z]|.-./.test(body.replace(/^-|-$/g, '')) || body.length > 4) return UNKNOWN
    const chars = new Set([...body.replace(/\\(.)/g, '$1')].map((ch) => ch.toLowerCase()))
    return {exact: chars, required: null}
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

  private escape(): Info {
    const c = this.src[this.i + 1]!
    this.i += 2
    if (c === 'b' || c === 'B') return EMPTY
    if (/[dDwWsSpPu]/.test(c)) {
      if (c === 'p' || c === 'P' || c === 'u') this.i = this.src.indexOf('}', this.i) + 1 || this.i + 4
      return UNKNOWN
    }
    if (c === 'n' || c === 't' || c === 'r') return UNKNOWN
    return {exact: new Set([c.toLowerCase()]), required: null}
  }
}

const memo = new Map<string, string[] | null>()

/** Lower-case strings of which every match of `source` contains one, or null when none can be derived. */
export function requiredLiterals(source: string): string[] | null {
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
export function primeRequiredLiterals(entries: Iterable<[string, string[] | null]>): void {
  for (const [source, literals] of entries) memo.set(source, literals)
}

function analyse(source: string): string[] | null {
  try {
    const set = requiredOf(new Parser(source).parse())
    return set && minLength(set) >= MIN_LITERAL ? [...set] : null
  } catch {
    return null
  }
}
