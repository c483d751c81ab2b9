/** Terminal styling that respects NO_COLOR, FORCE_COLOR, TERM=dumb and non-TTY output. */
export interface Style {
  bold(s: string): string
  dim(s: string): string
  green(s: string): string
  red(s: string): string
  yellow(s: string): string
  cyan(s: string): string
  width: number
}

const wrapWith = (open: number, close: number) => (s: string) => `\u001B[${open}m${s}\u001B[${close}m`
const plain = (s: string) => s

export function colorEnabled(stream: {isTTY?: boolean}, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true
  return stream.isTTY === true && env.TERM !== 'dumb'
}

export function makeStyle(stream: {isTTY?: boolean; columns?: number} = process.stdout, env: NodeJS.ProcessEnv = process.env): Style {
  const on = colorEnabled(stream, env)
  // A pty may report 0 columns; fall back to $COLUMNS, then 100.
  const width = Math.max(40, Math.min(stream.columns || Number(env.COLUMNS) || 100, 120))
  return {
    bold: on ? wrapWith(1, 22) : plain,
    dim: on ? wrapWith(2, 22) : plain,
    green: on ? wrapWith(32, 39) : plain,
    red: on ? wrapWith(31, 39) : plain,
    yellow: on ? wrapWith(33, 39) : plain,
    cyan: on ? wrapWith(36, 39) : plain,
    width,
  }
}

/** Word-wraps `text` to `width` columns, indenting continuation lines by `indent` spaces. */
export function wrap(text: string, width: number, indent = 0, firstIndent = indent): string {
  const words = text.split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let line = ' '.repeat(firstIndent)
  let empty = true
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line)
      line = ' '.repeat(indent) + word
    } else {
      line += (empty ? '' : ' ') + word
    }
    empty = false
  }
  lines.push(line)
  return lines.join('\n')
}
