/** Terminal styling that respects NO_COLOR, FORCE_COLOR, TERM=dumb and non-TTY output. */
export interface Style {
  bold(s: string): string
  dim(s: string): string
  green(s: string): string
  red(s: string): string
  yellow(s: string): string
  cyan(s: string): string
  /** Reverse video for the current item in a list; without it, `highlight` brackets the text. */
  inverse?(s: string): string
  width: number
}

const wrapWith = (open: number, close: number) => (s: string) => `\u001B[${open}m${s}\u001B[${close}m`
const plain = (s: string) => s

export function colorEnabled(stream: {isTTY?: boolean}, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true
  return stream.isTTY === true && env.TERM !== 'dumb'
}

/** Marks the current item so it reads without colour too: reverse video, else brackets. */
export const highlight = (style: Style, text: string): string => (style.inverse ? style.inverse(text) : `[${text}]`)

/** Columns to lay text out in: the terminal's, else $COLUMNS, else 100; at least 40, at most 120. */
export function terminalWidth(
  stream: {columns?: number} = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): number {
  // A pty may report 0 columns; fall back to $COLUMNS, then 100.
  return Math.max(40, Math.min(stream.columns || Number(env.COLUMNS) || 100, 120))
}

export function makeStyle(
  stream: {isTTY?: boolean; columns?: number} = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): Style {
  const on = colorEnabled(stream, env)
  return {
    bold: on ? wrapWith(1, 22) : plain,
    dim: on ? wrapWith(2, 22) : plain,
    green: on ? wrapWith(32, 39) : plain,
    red: on ? wrapWith(31, 39) : plain,
    yellow: on ? wrapWith(33, 39) : plain,
    cyan: on ? wrapWith(36, 39) : plain,
    ...(on ? {inverse: wrapWith(7, 27)} : {}),
    width: terminalWidth(stream, env),
  }
}

// SGR colour codes and the few cursor sequences prompts use: they take no room on screen.
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const ESCAPES = /\u001B\[[0-9;?]*[A-Za-z]/g
// eslint-disable-next-line no-control-regex -- as above, keeping each sequence as its own part
const ESCAPE_PARTS = /(\u001B\[[0-9;?]*[A-Za-z])/

/** `text` without terminal escape sequences. */
export const stripEscapes = (text: string): string => text.replaceAll(ESCAPES, '')

/** East Asian wide characters and emoji take two columns. */
function isWide(code: number): boolean {
  return (
    (code >= 0x11_00 && code <= 0x11_5f) ||
    (code >= 0x2e_80 && code <= 0xa4_cf && code !== 0x30_3f) ||
    (code >= 0xac_00 && code <= 0xd7_a3) ||
    (code >= 0xf9_00 && code <= 0xfa_ff) ||
    (code >= 0xfe_30 && code <= 0xfe_4f) ||
    (code >= 0xff_00 && code <= 0xff_60) ||
    (code >= 0xff_e0 && code <= 0xff_e6) ||
    (code >= 0x1_f3_00 && code <= 0x1_fa_ff) ||
    (code >= 0x2_00_00 && code <= 0x3_ff_fd)
  )
}

/** Columns `text` takes on screen: escape codes take none, combining marks none, wide characters two. */
export function visibleWidth(text: string): number {
  let width = 0
  for (const char of stripEscapes(text)) {
    const code = char.codePointAt(0)!
    if (code < 0x20 || (code >= 0x3_00 && code <= 0x3_6f) || code === 0x20_0d || (code >= 0xfe_00 && code <= 0xfe_0f))
      continue
    width += isWide(code) ? 2 : 1
  }
  return width
}

/**
 * Word-wraps `text` to `width` columns, indenting continuation lines by
 * `indent` spaces and the first by `firstIndent`. Width is what shows on
 * screen, so coloured words wrap like plain ones; words are never split (a
 * word longer than the line gets a line of its own).
 */
export function wrap(text: string, width: number, indent = 0, firstIndent = indent): string {
  const words = text.split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let line = ' '.repeat(firstIndent)
  let used = firstIndent
  let empty = true
  for (const word of words) {
    const w = visibleWidth(word)
    if (!empty && used + 1 + w > width) {
      lines.push(line)
      line = ' '.repeat(indent) + word
      used = indent + w
    } else {
      line += (empty ? '' : ' ') + word
      used += (empty ? 0 : 1) + w
    }
    empty = false
  }
  lines.push(line)
  return lines.join('\n')
}

/** Pads `text` with spaces to `width` visible columns. */
export const padVisible = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(0, width - visibleWidth(text)))

/**
 * Cuts `text` to at most `width` visible columns, ending with `…` when cut.
 * Escape codes are kept (so colours still close), never counted.
 */
export function truncateVisible(text: string, width: number): string {
  if (visibleWidth(text) <= width) return text
  const reset = text.includes('\u001B[') ? '\u001B[0m' : ''
  let out = ''
  let used = 0
  for (const part of text.split(ESCAPE_PARTS)) {
    if (part.startsWith('\u001B[')) {
      out += part
      continue
    }
    for (const char of part) {
      const w = visibleWidth(char)
      if (used + w > width - 1) return `${out}…${reset}`
      out += char
      used += w
    }
  }
  return out
}

/**
 * A note for stderr: in a terminal, wrapped at word boundaries (the terminal
 * itself would split words); piped or in CI, one line, so grep finds it whole.
 */
export function noteLine(
  text: string,
  width: number | undefined = process.stderr.isTTY ? terminalWidth(process.stderr) : undefined,
): string {
  return width === undefined ? `note: ${text}\n` : `${wrap(`note: ${text}`, width, 6, 0)}\n`
}
