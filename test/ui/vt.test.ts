import {describe, expect, it} from 'vitest'

import {emulate} from '../helpers/vt.js'

const frame = (n: number) => `A${n}\r\nB${n}\r\nC${n}`

// The emulator the real-terminal tests read screens with: it has to count what a terminal would keep.
describe('the test terminal emulator', () => {
  const size = {rows: 5, cols: 20}
  it('pushes lines printed past the bottom into the scrollback', () => {
    const view = emulate(Array.from({length: 8}, (_, i) => `line ${i}`).join('\r\n'), size)
    expect(view.scrollback).toEqual(['line 0', 'line 1', 'line 2'])
    expect(view.screen).toEqual(['line 3', 'line 4', 'line 5', 'line 6', 'line 7'])
  })
  it('redraws in place when the program moves up and erases (as prompts do)', () => {
    let out = frame(0)
    for (let n = 1; n <= 20; n++) out += `\u001B[2K\u001B[1A\u001B[2K\u001B[1A\u001B[2K\u001B[G${frame(n)}`
    const view = emulate(out, size)
    expect(view.scrollback).toEqual([])
    expect(view.screen.slice(0, 3)).toEqual(['A20', 'B20', 'C20'])
  })
  it('keeps the alternate screen apart and restores the main one', () => {
    const view = emulate(`before\r\n\u001B[?1049h\u001B[Hon the alternate screen\u001B[?1049lafter`, size)
    expect(view.altScreen).toBe(false)
    expect(view.screen[0]).toBe('before')
    expect(view.screen[1]).toBe('after')
  })
  it('wraps a line that reaches the last column', () => {
    expect(emulate('x'.repeat(25), size).screen.slice(0, 2)).toEqual(['x'.repeat(20), 'xxxxx'])
  })
})
