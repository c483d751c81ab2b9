/**
 * Aho–Corasick: finds every occurrence of many literal strings in one pass
 * over the text, so the lexicon's prefilter costs one scan per document
 * however many patterns there are. Built into a full DFA over a small
 * alphabet (ASCII letters folded to lower case, digits, a few punctuation
 * marks, "other"), so the scan is one table lookup per character.
 */
const CLASS_OF = new Uint8Array(128)
let classCount = 1 // 0 = any character no literal uses
for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789 -./@\'&_:%$#+') CLASS_OF[c.charCodeAt(0)] = classCount++
for (let c = 65; c <= 90; c++) CLASS_OF[c] = CLASS_OF[c + 32]!
const CLASSES = classCount

const classOf = (code: number) => (code < 128 ? CLASS_OF[code]! : 0)

/** `\w` without the `u` flag: ASCII letters, digits and underscore. */
const isWordCode = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95

/** Literal flags: a word boundary is required before it / after it. */
const BOUNDARY_BEFORE = 1
const BOUNDARY_AFTER = 2

export class LiteralScanner {
  private readonly delta: Int32Array
  private readonly outputs: number[][]
  private readonly lengths: Int32Array
  private readonly flags: Uint8Array

  /**
   * @param literals lower-case strings; their index is what the scan reports.
   * `boundary` at the start or end of a literal means the text must have a
   * word boundary (as regex `\b`) there; elsewhere in a literal it is ignored.
   */
  constructor(literals: readonly string[], boundary: string) {
    const goto: Map<number, number>[] = [new Map()]
    const outputs: number[][] = [[]]
    this.lengths = new Int32Array(literals.length)
    this.flags = new Uint8Array(literals.length)
    literals.forEach((marked, index) => {
      const literal = marked.split(boundary).join('')
      this.lengths[index] = literal.length
      this.flags[index] = (marked.startsWith(boundary) ? BOUNDARY_BEFORE : 0) | (marked.endsWith(boundary) ? BOUNDARY_AFTER : 0)
      let state = 0
      for (let i = 0; i < literal.length; i++) {
        const cls = classOf(literal.charCodeAt(i))
        let next = goto[state]!.get(cls)
        if (next === undefined) {
          next = goto.length
          goto.push(new Map())
          outputs.push([])
          goto[state]!.set(cls, next)
        }
        state = next
      }
      outputs[state]!.push(index)
    })
    const delta = new Int32Array(goto.length * CLASSES)
    const fail = new Int32Array(goto.length)
    // Breadth-first: a state's failure target is complete before its children need it.
    const queue: number[] = []
    for (let cls = 0; cls < CLASSES; cls++) {
      const next = goto[0]!.get(cls) ?? 0
      delta[cls] = next
      if (next !== 0) queue.push(next)
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!
      outputs[state]!.push(...outputs[fail[state]!]!)
      for (let cls = 0; cls < CLASSES; cls++) {
        const next = goto[state]!.get(cls)
        if (next === undefined) {
          delta[state * CLASSES + cls] = delta[fail[state]! * CLASSES + cls]!
        } else {
          fail[next] = delta[fail[state]! * CLASSES + cls]!
          delta[state * CLASSES + cls] = next
          queue.push(next)
        }
      }
    }
    this.delta = delta
    this.outputs = outputs
  }

  /**
   * Collects the distinct literals that occur inside `text[from, to)` (with
   * their word boundaries; the range's edges count as non-word characters,
   * as they do for a regex run on that slice). A literal is new when
   * `seen[literal] !== stamp`; new ones are stamped and pushed onto `found`.
   * One loop with no callback: this runs over every character of a batch.
   */
  collect(text: string, from: number, to: number, stamp: number, seen: Int32Array, found: number[]): void {
    const {delta, outputs, lengths, flags} = this
    const wordAt = (i: number) => i >= from && i < to && isWordCode(text.charCodeAt(i))
    let state = 0
    for (let i = from; i < to; i++) {
      state = delta[state * CLASSES + classOf(text.charCodeAt(i))]!
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
