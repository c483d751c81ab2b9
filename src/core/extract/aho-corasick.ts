/**
 * Aho–Corasick: finds every occurrence of many literal strings in one pass
 * over the text, so the lexicon's prefilter costs one scan per document
 * however many patterns there are.
 */
export class LiteralScanner {
  private readonly goto: Map<number, number>[] = [new Map()]
  private readonly fail: number[] = [0]
  private readonly outputs: number[][] = [[]]

  /** @param literals lower-case ASCII strings; their index is what `scan` reports. */
  constructor(literals: readonly string[]) {
    literals.forEach((literal, index) => {
      let state = 0
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i)
        let next = this.goto[state]!.get(code)
        if (next === undefined) {
          next = this.goto.length
          this.goto.push(new Map())
          this.fail.push(0)
          this.outputs.push([])
          this.goto[state]!.set(code, next)
        }
        state = next
      }
      this.outputs[state]!.push(index)
    })
    const queue: number[] = []
    for (const next of this.goto[0]!.values()) queue.push(next)
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!
      for (const [code, next] of this.goto[state]!) {
        queue.push(next)
        let f = this.fail[state]!
        while (f !== 0 && !this.goto[f]!.has(code)) f = this.fail[f]!
        const target = this.goto[f]!.get(code)
        this.fail[next] = target !== undefined && target !== next ? target : 0
        this.outputs[next]!.push(...this.outputs[this.fail[next]!]!)
      }
    }
  }

  /** Calls `onHit(literalIndex, endOffset)` for every occurrence; the text is lower-cased ASCII-wise on the fly. */
  scan(text: string, onHit: (literal: number, end: number) => void): void {
    let state = 0
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i)
      if (code >= 65 && code <= 90) code += 32
      while (state !== 0 && !this.goto[state]!.has(code)) state = this.fail[state]!
      state = this.goto[state]!.get(code) ?? 0
      for (const literal of this.outputs[state]!) onHit(literal, i + 1)
    }
  }
}
