import fc from 'fast-check'
import {describe, expect, it} from 'vitest'

import {compileGlob} from '../../src/io/glob.js'

/** The regular expression a glob used to become: the reference for patterns it could handle. */
function referenceRegExp(glob: string): RegExp {
  let out = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*') {
      if (glob[i + 1] === '*') {
        out += glob[i + 2] === '/' ? '(?:.*/)?' : '.*'
        i += glob[i + 2] === '/' ? 2 : 1
      } else out += '[^/]*'
    } else if (c === '?') out += '[^/]'
    else out += /[.+^${}()|\\[\]]/.test(c) ? `\\${c}` : c
  }
  return new RegExp(`^${out}$`)
}

const matches = (glob: string, path: string) => {
  const compiled = compileGlob(glob)
  if (!compiled.ok) throw new Error(compiled.message)
  return compiled.matches(path)
}

describe('compileGlob', () => {
  it('agrees with the regular-expression reference on random globs and paths', () => {
    const glob = fc
      .array(fc.constantFrom('a', 'b', '.', '/', '*', '?', '**/', '**'), {maxLength: 8})
      .map((parts) => parts.join(''))
    const path = fc.array(fc.constantFrom('a', 'b', '.', '/'), {maxLength: 12}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(glob, path, (g, p) => matches(g, p) === referenceRegExp(g).test(p)),
      {numRuns: 3000},
    )
  })

  it('reads character classes, ranges and negation, and a lone [ as a literal', () => {
    expect(matches('/d/[abc].md', '/d/b.md')).toBe(true)
    expect(matches('/d/[a-c].md', '/d/d.md')).toBe(false)
    expect(matches('/d/[!a-c].md', '/d/d.md')).toBe(true)
    expect(matches('/d/[^a-c].md', '/d/a.md')).toBe(false)
    expect(matches('/d/[].md', '/d/].md')).toBe(false)
    expect(matches('/d/[.md', '/d/[.md')).toBe(true)
    expect(matches('/d/[a-z]', '/d//')).toBe(false)
  })

  it('refuses a reversed range with a message instead of throwing', () => {
    expect(compileGlob('docs/[z-a].md')).toEqual({
      ok: false,
      message: 'the range "z-a" in "[z-a]" is out of order; write it as "a-z"',
    })
  })

  it('takes time linear in the path for patterns that make a backtracking matcher explode', () => {
    const stars = compileGlob(`/${'*a'.repeat(20)}*b`)
    if (!stars.ok) throw new Error(stars.message)
    const time = (length: number) => {
      const path = `/${'a'.repeat(length)}`
      let best = Infinity
      for (let round = 0; round < 5; round++) {
        const start = performance.now()
        stars.matches(path)
        best = Math.min(best, performance.now() - start)
      }
      return best
    }
    time(1000)
    // A path 8 times longer: linear means about 8 times the time; a backtracking matcher never finishes.
    expect(time(16_000) / time(2000)).toBeLessThan(24)
    expect(matches(`/${'**/'.repeat(60)}x.md`, `${'/d'.repeat(500)}/x.md`)).toBe(true)
  })
})
