/**
 * Glob matching for `check "docs/**\/*.md"` without regular expressions: a
 * glob compiled to a RegExp backtracks, so `*a*a*a*a*b` against a long name
 * (or many `**\/` in a row against a deep path) can take exponential time, and
 * a class such as `[z-a]` made `new RegExp` throw. This simulates the pattern
 * as a small automaton, one step per character of the path: time grows with
 * path length × pattern length, whatever the pattern.
 *
 * Syntax: `*` (any run within one path segment), `**` (any run, across
 * segments), `**\/` (zero or more whole directories), `?` (one character
 * except `/`), `[abc]`, `[a-z]`, `[!a-z]` / `[^a-z]` (one character of, or not
 * of, the set); a `[` with no closing `]` is a literal.
 */
type Token =
  | {kind: 'any-char'}
  | {kind: 'char'; char: string}
  | {kind: 'class'; negated: boolean; ranges: [string, string][]}
  | {kind: 'globstar'}
  | {kind: 'globstar-dirs'}
  | {kind: 'star'}

export type GlobCompile = {ok: false; message: string} | {ok: true; matches: (path: string) => boolean}

function parseClass(glob: string, open: number): undefined | {error: string} | {token: Token; end: number} {
  let i = open + 1
  const negated = glob[i] === '!' || glob[i] === '^'
  if (negated) i++
  const ranges: [string, string][] = []
  // A `]` right after the opening bracket (or its negation) is a member, as in POSIX.
  for (let first = true; i < glob.length && (first || glob[i] !== ']'); first = false) {
    const from = glob[i]!
    if (glob[i + 1] === '-' && glob[i + 2] !== undefined && glob[i + 2] !== ']') {
      const to = glob[i + 2]!
      if (from > to)
        return {
          error: `the range "${from}-${to}" in "${glob.slice(open, glob.indexOf(']', i + 3) + 1 || undefined)}" is out of order; write it as "${to}-${from}"`,
        }
      ranges.push([from, to])
      i += 3
    } else {
      ranges.push([from, from])
      i++
    }
  }
  if (i >= glob.length) return undefined
  return {token: {kind: 'class', negated, ranges}, end: i}
}

function tokenize(glob: string): Token[] | {error: string} {
  const tokens: Token[] = []
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    switch (c) {
      case '*': {
        if (glob[i + 1] === '*') {
          const dirs = glob[i + 2] === '/'
          i += dirs ? 2 : 1
          const last = tokens.at(-1)?.kind
          // `**/**/` is `**/` again: collapsing repeats keeps the automaton small.
          if (!(dirs && last === 'globstar-dirs') && last !== 'globstar')
            tokens.push({kind: dirs ? 'globstar-dirs' : 'globstar'})
        } else if (tokens.at(-1)?.kind !== 'star') tokens.push({kind: 'star'})

        break
      }
      case '?': {
        tokens.push({kind: 'any-char'})
        break
      }
      case '[': {
        const parsed = parseClass(glob, i)
        if (parsed === undefined) tokens.push({kind: 'char', char: c})
        else if ('error' in parsed) return parsed
        else {
          tokens.push(parsed.token)
          i = parsed.end
        }

        break
      }
      default:
        tokens.push({kind: 'char', char: c})
    }
  }
  return tokens
}

const inClass = (token: Extract<Token, {kind: 'class'}>, c: string) =>
  token.ranges.some(([from, to]) => c >= from && c <= to) !== token.negated

/**
 * Compiles a glob over forward-slash paths, matched against the whole path.
 * An invalid pattern is a message, never an exception.
 */
export function compileGlob(glob: string): GlobCompile {
  const tokens = tokenize(glob)
  if ('error' in tokens) return {ok: false, message: tokens.error}
  const end = tokens.length
  // State 2i: about to match token i; state 2i+1: inside the directories of a `**/` at token i.
  const close = (states: Set<number>) => {
    for (const s of states) {
      if (s % 2 === 1 || s / 2 >= end) continue
      const {kind} = tokens[s / 2]!
      if (kind === 'star' || kind === 'globstar' || kind === 'globstar-dirs') states.add(s + 2)
    }
    return states
  }
  const matches = (path: string) => {
    let states = close(new Set([0]))
    for (const c of path) {
      const next = new Set<number>()
      for (const s of states) {
        const i = Math.floor(s / 2)
        if (i >= end) continue
        const token = tokens[i]!
        if (s % 2 === 1) {
          next.add(s)
          if (c === '/') next.add(2 * i + 2)
          continue
        }
        switch (token.kind) {
          case 'char':
            if (c === token.char) next.add(s + 2)
            break
          case 'any-char':
            if (c !== '/') next.add(s + 2)
            break
          case 'class':
            if (c !== '/' && inClass(token, c)) next.add(s + 2)
            break
          case 'star':
            if (c !== '/') next.add(s)
            break
          case 'globstar':
            next.add(s)
            break
          case 'globstar-dirs':
            next.add(s + 1)
            if (c === '/') next.add(s + 2)
            break
        }
      }
      if (next.size === 0) return false
      states = close(next)
    }
    return states.has(2 * end)
  }
  return {ok: true, matches}
}
