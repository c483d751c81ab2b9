/**
 * A small terminal emulator for tests: it replays what a program wrote to a
 * pseudo-terminal and reports what a person would see — the screen, and how
 * many lines scrolled off its top into the scrollback. It knows the sequences
 * edgewise and its prompt library write (cursor moves, erase, the alternate
 * screen, colours) and ignores the rest.
 */
export interface TerminalView {
  /** The visible rows, right-trimmed. */
  screen: string[]
  /** Lines that scrolled off the top of the main screen (what the scrollback gained). */
  scrollback: string[]
  /** Lines that scrolled off the top of the alternate screen (a terminal discards them, but they flashed by). */
  altScrolled: number
  altScreen: boolean
}

interface Buffer {
  lines: string[][]
  row: number
  col: number
}

const lineText = (l: string[]) => l.join('').replace(/\s+$/, '')
const blank = (cols: number) => Array.from({length: cols}, () => ' ')

export function emulate(text: string, size: {rows: number; cols: number}): TerminalView {
  const {rows, cols} = size
  const fresh = (): Buffer => ({lines: Array.from({length: rows}, () => blank(cols)), row: 0, col: 0})
  const main = fresh()
  let alt: Buffer | undefined
  let buf = main
  let saved = {row: 0, col: 0}
  const scrollback: string[] = []
  let altScrolled = 0
  let wrapPending = false

  const lineFeed = () => {
    if (buf.row < rows - 1) buf.row++
    else {
      const gone = buf.lines.shift()!
      if (buf === main) scrollback.push(lineText(gone))
      else altScrolled++
      buf.lines.push(blank(cols))
    }
  }
  const clamp = () => {
    buf.row = Math.max(0, Math.min(rows - 1, buf.row))
    buf.col = Math.max(0, Math.min(cols - 1, buf.col))
  }
  const eraseLine = (mode: number) => {
    const line = buf.lines[buf.row]!
    const [from, to] = mode === 1 ? [0, buf.col + 1] : mode === 2 ? [0, cols] : [buf.col, cols]
    for (let c = from; c < to; c++) line[c] = ' '
  }
  const eraseDisplay = (mode: number) => {
    if (mode === 2 || mode === 3) {
      buf.lines = Array.from({length: rows}, () => blank(cols))
      return
    }
    eraseLine(mode)
    const range = mode === 1 ? [0, buf.row] : [buf.row + 1, rows]
    for (let r = range[0]!; r < range[1]!; r++) buf.lines[r] = blank(cols)
  }

  // ?1049h saves the cursor and shows a fresh alternate screen; ?1049l restores both.
  const setAltScreen = (on: boolean) => {
    if (on && !alt) {
      saved = {row: main.row, col: main.col}
      alt = fresh()
      buf = alt
    } else if (!on && alt) {
      alt = undefined
      buf = main
      main.row = saved.row
      main.col = saved.col
    }
  }

  /** One CSI sequence: cursor moves, erases, the alternate screen; colours and the rest change nothing here. */
  const csi = (final: string | undefined, params: string) => {
    const priv = params.startsWith('?')
    const nums = params
      .replace(/^[?>=]/, '')
      .split(';')
      .map((n) => (n === '' ? undefined : Number(n)))
    const n = nums[0] ?? 1
    wrapPending = false
    switch (final) {
      case 'A':
        buf.row -= n
        break
      case 'B':
        buf.row += n
        break
      case 'C':
        buf.col += n
        break
      case 'D':
        buf.col -= n
        break
      case 'E':
        buf.row += n
        buf.col = 0
        break
      case 'F':
        buf.row -= n
        buf.col = 0
        break
      case 'G':
        buf.col = n - 1
        break
      case 'H':
      case 'f':
        buf.row = (nums[0] ?? 1) - 1
        buf.col = (nums[1] ?? 1) - 1
        break
      case 'J':
        eraseDisplay(nums[0] ?? 0)
        break
      case 'K':
        eraseLine(nums[0] ?? 0)
        break
      case 'h':
      case 'l':
        if (priv && nums.includes(1049)) setAltScreen(final === 'h')
        break
      default:
        break
    }
    clamp()
  }

  const chars = [...text]
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!
    if (ch === '\u001B') {
      const next = chars[i + 1]
      switch (next) {
        case '[': {
          let j = i + 2
          let params = ''
          while (j < chars.length && /[0-9;?>= ]/.test(chars[j]!)) params += chars[j++]
          const final = chars[j]
          i = j
          csi(final, params)

          break
        }
        case ']': {
          // OSC: up to BEL or ST.
          let j = i + 2
          while (j < chars.length && chars[j] !== '\u0007' && !(chars[j] === '\u001B' && chars[j + 1] === '\\')) j++
          i = chars[j] === '\u0007' ? j : j + 1

          break
        }
        case '7': {
          saved = {row: buf.row, col: buf.col}
          i++

          break
        }
        case '8': {
          buf.row = saved.row
          buf.col = saved.col
          i++

          break
        }
        default:
          i++
      }
      continue
    }
    switch (ch) {
      case '\r': {
        buf.col = 0
        wrapPending = false

        break
      }
      case '\n': {
        lineFeed()
        wrapPending = false

        break
      }
      case '\b': {
        buf.col = Math.max(0, buf.col - 1)
        break
      }
      case '\t': {
        buf.col = Math.min(cols - 1, (Math.floor(buf.col / 8) + 1) * 8)
        break
      }
      default:
        if (ch >= ' ') {
          if (wrapPending) {
            buf.col = 0
            lineFeed()
            wrapPending = false
          }
          buf.lines[buf.row]![buf.col] = ch
          if (buf.col === cols - 1) wrapPending = true
          else buf.col++
        }
    }
  }
  return {screen: buf.lines.map(lineText), scrollback, altScrolled, altScreen: alt !== undefined}
}
