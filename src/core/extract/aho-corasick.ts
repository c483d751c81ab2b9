/**
 * Aho–Corasick: finds every occurrence of many literal strings in one pass
 * over the text, so the lexicon's prefilter costs one scan per document
 * however many patterns there are. Built into a full DFA over the small
 * alphabet the literals use (ASCII, letters folded to lower case, plus one
 * class for every other character), so the scan is one table lookup per
 * character.
 */

/** `\w` without the `u` flag: ASCII letters, digits and underscore. */
const isWordCode = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95

/** Literal flags: a word boundary is required before it / after it. */
const BOUNDARY_BEFORE = 1
const BOUNDARY_AFTER = 2

/** One class per character the literals use (upper case folded onto lower case); 0 for the rest. */
function alphabetOf(literals: readonly string[]): {classOf: Uint8Array; classes: number} {
  const classOf = new Uint8Array(128)
  let classes = 1
  for (const literal of literals) {
    for (let i = 0; i < literal.length; i++) {
      // eslint-disable-next-line unicorn/prefer-code-point -- the automaton reads UTF-16 code units: its positions and lengths count them
      const code = literal.charCodeAt(i)
      if (code < 128 && classOf[code] === 0) classOf[code] = classes++
    }
  }
  for (let upper = 65; upper <= 90; upper++) classOf[upper] = classOf[upper + 32]!
  return {classOf, classes}
}

/**
 * Everything a scan reads. Built from the literals (`buildScannerTables`), or
 * read back from the build-time snapshot: the bundled lexicon's ~17,000-state
 * table takes ~100 ms to build (mostly before the JIT has compiled the
 * builder), once in every thread that extracts.
 */
export interface ScannerTables {
  /** The literals as given, boundary markers included; a literal's index is what the scan reports. */
  literals: string[]
  boundary: string
  /** ASCII code → class (upper case folded onto lower case); 0 for every other character. */
  classOf: Uint8Array
  classes: number
  /** state × class → next state. States that report a literal are numbered from `firstReporting` up. */
  delta: Int32Array | Uint16Array
  firstReporting: number
  /** The literals reporting state s reports: `outputIds[outputStarts[s − firstReporting] … outputStarts[s − firstReporting + 1])`. */
  outputStarts: Int32Array
  outputIds: Int32Array
  /** Per literal: its length without boundary markers, and its BOUNDARY_* flags. */
  lengths: Int32Array
  flags: Uint8Array
  /** The longest run of spaces, tabs and line breaks inside one literal: no occurrence holds a longer one. */
  longestBlankRun: number
}

/**
 * The automaton for `literals` (lower-case strings). `boundary` at the start
 * or end of a literal means the text must have a word boundary (as regex
 * `\b`) there; elsewhere in a literal it is ignored.
 */
export function buildScannerTables(literals: readonly string[], boundary: string): ScannerTables {
  const plain = literals.map((marked) => marked.split(boundary).join(''))
  const {classOf, classes} = alphabetOf(plain)
  // A literal of blanks alone could occur anywhere in a blank run: then no blank run may be skipped.
  const longestBlankRun = plain.some((literal) => /^[ \t\r\n]+$/.test(literal))
    ? Number.POSITIVE_INFINITY
    : Math.max(
        0,
        ...plain.map((literal) => Math.max(0, ...(literal.match(/[ \t\r\n]+/g) ?? []).map((run) => run.length))),
      )
  const lengths = Int32Array.from(plain, (literal) => literal.length)
  const flags = Uint8Array.from(
    literals,
    (marked) => (marked.startsWith(boundary) ? BOUNDARY_BEFORE : 0) | (marked.endsWith(boundary) ? BOUNDARY_AFTER : 0),
  )
  const cls = (code: number) => (code < 128 ? classOf[code]! : 0)

  // The trie, straight into the transition table (0 = no child yet: the start state is nobody's child).
  const width = classes
  const maxStates = plain.reduce((n, literal) => n + literal.length, 0) + 1
  let next = new Int32Array(maxStates * width)
  // Filled, not holey: writing far past the end would turn the array into a slow dictionary.
  // eslint-disable-next-line unicorn/no-new-array -- one allocation of the final size; Array.from({length}) is several times slower here
  const found: (number[] | undefined)[] = new Array<number[] | undefined>(maxStates).fill(undefined)
  let count = 1
  for (const [index, literal] of plain.entries()) {
    let state = 0
    for (let i = 0; i < literal.length; i++) {
      // eslint-disable-next-line unicorn/prefer-code-point -- the automaton reads UTF-16 code units: its positions and lengths count them
      const at = state * width + cls(literal.charCodeAt(i))
      if (next[at] === 0) next[at] = count++
      state = next[at]!
    }
    ;(found[state] ??= []).push(index)
  }
  next = next.subarray(0, count * width)

  // Failure links, breadth-first (a state's failure target is complete before
  // its children need it), folded into the table: a full DFA.
  const fail = new Int32Array(count)
  const queue = new Int32Array(count)
  let tail = 0
  for (let c = 0; c < width; c++) if (next[c] !== 0) queue[tail++] = next[c]!
  for (let head = 0; head < tail; head++) {
    const state = queue[head]!
    const back = fail[state]!
    if (found[back]) found[state] = [...(found[state] ?? []), ...found[back]]
    for (let c = 0; c < width; c++) {
      const at = state * width + c
      if (next[at] === 0) {
        next[at] = next[back * width + c]!
      } else {
        fail[next[at]!] = next[back * width + c]!
        queue[tail++] = next[at]!
      }
    }
  }
  if (found[0]) throw new Error('an empty literal would report at every character')

  // Renumber: silent states first, reporting states last, so the scan tests
  // "does this state report?" with one comparison instead of a memory load.
  // 16-bit entries when they fit halve the table, which is read per character.
  const renumbered = new Int32Array(count)
  let silent = 0
  for (let state = 0; state < count; state++) if (!found[state]) renumbered[state] = silent++
  let reporting = silent
  for (let state = 0; state < count; state++) if (found[state]) renumbered[state] = reporting++
  const delta = count <= 0xff_ff ? new Uint16Array(count * width) : new Int32Array(count * width)
  for (let state = 0; state < count; state++) {
    const from = state * width
    const to = renumbered[state]! * width
    for (let c = 0; c < width; c++) delta[to + c] = renumbered[next[from + c]!]!
  }
  const outputs: number[][] = Array.from({length: count - silent}, () => [])
  for (let state = 0; state < count; state++) if (found[state]) outputs[renumbered[state]! - silent] = found[state]!
  const outputStarts = new Int32Array(outputs.length + 1)
  for (const [k, ids] of outputs.entries()) {
    outputStarts[k + 1] = outputStarts[k]! + ids.length
  }
  return {
    literals: [...literals],
    boundary,
    classOf,
    classes,
    delta,
    firstReporting: silent,
    outputStarts,
    outputIds: Int32Array.from(outputs.flat()),
    lengths,
    flags,
    longestBlankRun,
  }
}

/** Tables built ahead of time, by literal list; and where to read more of them on the first miss. */
const prebuilt = new Map<string, ScannerTables>()
const pendingSources: (() => ScannerTables | undefined)[] = []
const keyOf = (literals: readonly string[], boundary: string) => `${boundary}\u0001${literals.join('\u0000')}`

/**
 * Offers tables built ahead of time (the build-time snapshot). `load` runs the
 * first time a scanner is asked for, so a command that never extracts never
 * reads them; tables for other literals are simply never used.
 */
export function addPrebuiltScanners(load: () => ScannerTables | undefined): void {
  pendingSources.push(load)
}

export class LiteralScanner {
  /** The longest run of spaces, tabs and line breaks inside one literal: no occurrence holds a longer one. */
  readonly longestBlankRun: number
  private readonly classes: number
  private readonly classOf: Uint8Array
  private readonly delta: Int32Array | Uint16Array
  private readonly firstReporting: number
  private readonly flags: Uint8Array
  private readonly lengths: Int32Array
  private readonly outputIds: Int32Array
  private readonly outputStarts: Int32Array

  private constructor(readonly tables: ScannerTables) {
    this.classOf = tables.classOf
    this.classes = tables.classes
    this.delta = tables.delta
    this.firstReporting = tables.firstReporting
    this.outputStarts = tables.outputStarts
    this.outputIds = tables.outputIds
    this.lengths = tables.lengths
    this.flags = tables.flags
    this.longestBlankRun = tables.longestBlankRun
  }

  /** A scanner for `literals` (see `buildScannerTables`): from prebuilt tables when there are some for exactly these literals. */
  static for(literals: readonly string[], boundary: string): LiteralScanner {
    for (const load of pendingSources.splice(0)) {
      const tables = load()
      if (tables) prebuilt.set(keyOf(tables.literals, tables.boundary), tables)
    }
    return new LiteralScanner(prebuilt.get(keyOf(literals, boundary)) ?? buildScannerTables(literals, boundary))
  }

  /** A scanner on the given tables, built by `buildScannerTables` (here or at build time). */
  static fromTables(tables: ScannerTables): LiteralScanner {
    return new LiteralScanner(tables)
  }

  /**
   * Collects the distinct literals that occur inside `text[from, to)` (with
   * their word boundaries; the range's edges count as non-word characters,
   * as they do for a regex run on that slice). A literal is new when
   * `seen[literal] !== stamp`; new ones are stamped and pushed onto `found`.
   * One loop with no callback: this runs over every character of a batch.
   */
  collect(text: string, from: number, to: number, stamp: number, seen: Int32Array, found: number[]): void {
    const {delta, classOf, classes, firstReporting, outputStarts, outputIds, lengths, flags} = this
    let state = 0
    for (let i = from; i < to; i++) {
      // eslint-disable-next-line unicorn/prefer-code-point -- the automaton reads UTF-16 code units: its positions and lengths count them
      const code = text.charCodeAt(i)
      state = delta[state * classes + (code < 128 ? classOf[code]! : 0)]!
      if (state < firstReporting) continue
      const end = outputStarts[state - firstReporting + 1]!
      for (let k = outputStarts[state - firstReporting]!; k < end; k++) {
        const id = outputIds[k]!
        if (seen[id] === stamp) continue
        const flag = flags[id]!
        // Boundaries checked inline (no closure): this runs for every hit of every segment of a batch.
        if (flag & BOUNDARY_BEFORE) {
          const first = i + 1 - lengths[id]!
          // eslint-disable-next-line unicorn/prefer-code-point -- the automaton reads UTF-16 code units: its positions and lengths count them
          if ((first > from && isWordCode(text.charCodeAt(first - 1))) === isWordCode(text.charCodeAt(first))) continue
        }
        // eslint-disable-next-line unicorn/prefer-code-point -- the automaton reads UTF-16 code units: its positions and lengths count them
        if (flag & BOUNDARY_AFTER && isWordCode(code) === (i + 1 < to && isWordCode(text.charCodeAt(i + 1)))) continue
        seen[id] = stamp
        found.push(id)
      }
    }
  }
}
