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

export class LiteralScanner {
  private readonly delta: Int32Array
  private readonly outputs: number[][]

  /** @param literals lower-case strings; their index is what `scan` reports. */
  constructor(literals: readonly string[]) {
    const goto: Map<number, number>[] = [new Map()]
    const outputs: number[][] = [[]]
    literals.forEach((literal, index) => {
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

  /** Calls `onHit(literalIndex, endOffset)` for every occurrence. */
  scan(text: string, onHit: (literal: number, end: number) => void): void {
    const {delta, outputs} = this
    let state = 0
    for (let i = 0; i < text.length; i++) {
      state = delta[state * CLASSES + classOf(text.charCodeAt(i))]!
      const out = outputs[state]!
      for (let k = 0; k < out.length; k++) onHit(out[k]!, i + 1)
    }
  }
}
