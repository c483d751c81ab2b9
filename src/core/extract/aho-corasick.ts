/**
 * Aho–Corasick: finds every occurrence of many literal strings in one pass
 * over the text, so the lexicon's prefilter costs one scan per document
 * however many patterns there are. Built into a full DFA over the small
 * alphabet the literals use (ASCII, letters folded to lower case, plus one
 * class for every other character), so the scan is one table lookup per
 * character.
 */

/** `\w` without the `u` flag: ASCII letters, digits and underscore. */
const isWordCode = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95

/** Literal flags: a word boundary is required before it / after it. */
const BOUNDARY_BEFORE = 1
const BOUNDARY_AFTER = 2

/** One class per character the literals use (upper case folded onto lower case); 0 for the rest. */
function alphabetOf(literals: readonly string[]): {classOf: Uint8Array; classes: number} {
  const classOf = new Uint8Array(128)
  let classes = 1
  for (const literal of literals) {
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i)
      if (code < 128 && classOf[code] === 0) classOf[code] = classes++
    }
  }
  for (let upper = 65; upper <= 90; upper++) classOf[upper] = classOf[upper + 32]!
  return {classOf, classes}
}

export class LiteralScanner {
  private readonly classOf: Uint8Array
  private readonly classes: number
  /** state × class → next state. States that report a literal are numbered from `firstReporting` up. */
  private readonly delta: Uint16Array | Int32Array
  private readonly firstReporting: number
  private readonly outputs: number[][]
  private readonly lengths: Int32Array
  private readonly flags: Uint8Array

  /**
   * @param literals lower-case strings; their index is what the scan reports.
   * `boundary` at the start or end of a literal means the text must have a
   * word boundary (as regex `\b`) there; elsewhere in a literal it is ignored.
   */
  constructor(literals: readonly string[], boundary: string) {
    const plain = literals.map((marked) => marked.split(boundary).join(''))
    const {classOf, classes} = alphabetOf(plain)
    this.classOf = classOf
    this.classes = classes
    this.lengths = Int32Array.from(plain, (literal) => literal.length)
    this.flags = Uint8Array.from(literals, (marked) => (marked.startsWith(boundary) ? BOUNDARY_BEFORE : 0) | (marked.endsWith(boundary) ? BOUNDARY_AFTER : 0))
    const cls = (code: number) => (code < 128 ? classOf[code]! : 0)

    // The trie.
    const goto: Map<number, number>[] = [new Map()]
    const found: number[][] = [[]]
    plain.forEach((literal, index) => {
      let state = 0
      for (let i = 0; i < literal.length; i++) {
        const c = cls(literal.charCodeAt(i))
        let next = goto[state]!.get(c)
        if (next === undefined) {
          next = goto.length
          goto.push(new Map())
          found.push([])
          goto[state]!.set(c, next)
        }
        state = next
      }
      found[state]!.push(index)
    })

    // Failure links, breadth-first (a state's failure target is complete before its children need it), folded into a full DFA.
    const count = goto.length
    const next = new Int32Array(count * classes)
    const fail = new Int32Array(count)
    const queue: number[] = []
    for (let c = 0; c < classes; c++) {
      const child = goto[0]!.get(c) ?? 0
      next[c] = child
      if (child !== 0) queue.push(child)
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!
      found[state]!.push(...found[fail[state]!]!)
      for (let c = 0; c < classes; c++) {
        const child = goto[state]!.get(c)
        if (child === undefined) {
          next[state * classes + c] = next[fail[state]! * classes + c]!
        } else {
          fail[child] = next[fail[state]! * classes + c]!
          next[state * classes + c] = child
          queue.push(child)
        }
      }
    }

    // Renumber: silent states first, reporting states last, so the scan tests
    // "does this state report?" with one comparison instead of a memory load.
    // 16-bit entries when they fit halve the table, which is read per character.
    const order = [...Array(count).keys()].sort((a, b) => Number(found[a]!.length > 0) - Number(found[b]!.length > 0) || a - b)
    const renumbered = new Int32Array(count)
    order.forEach((old, id) => (renumbered[old] = id))
    const delta = count <= 0xffff ? new Uint16Array(count * classes) : new Int32Array(count * classes)
    for (let old = 0; old < count; old++) {
      for (let c = 0; c < classes; c++) delta[renumbered[old]! * classes + c] = renumbered[next[old * classes + c]!]!
    }
    this.delta = delta
    this.outputs = order.map((old) => found[old]!)
    this.firstReporting = order.findIndex((old) => found[old]!.length > 0)
    if (this.firstReporting === -1) this.firstReporting = count
    if (renumbered[0] !== 0) throw new Error('the start state must stay state 0')
  }

  /**
   * Collects the distinct literals that occur inside `text[from, to)` (with
   * their word boundaries; the range's edges count as non-word characters,
   * as they do for a regex run on that slice). A literal is new when
   * `seen[literal] !== stamp`; new ones are stamped and pushed onto `found`.
   * One loop with no callback: this runs over every character of a batch.
   */
  collect(text: string, from: number, to: number, stamp: number, seen: Int32Array, found: number[]): void {
    const {delta, classOf, classes, firstReporting, outputs, lengths, flags} = this
    const wordAt = (i: number) => i >= from && i < to && isWordCode(text.charCodeAt(i))
    let state = 0
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i)
      state = delta[state * classes + (code < 128 ? classOf[code]! : 0)]!
      if (state < firstReporting) continue
      const out = outputs[state]!
      for (let k = 0; k < out.length; k++) {
        const id = out[k]!
        if (seen[id] === stamp) continue
        const flag = flags[id]!
        if (flag !== 0) {
          const first = i + 1 - lengths[id]!
          if (flag & BOUNDARY_BEFORE && wordAt(first - 1) === wordAt(first)) continue
          if (flag & BOUNDARY_AFTER && wordAt(i) === wordAt(i + 1)) continue
        }
        seen[id] = stamp
        found.push(id)
      }
    }
  }
}
