import fc from 'fast-check'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {execAll} from '../../src/core/extract/exec-all.js'
import {extractProfile} from '../../src/core/extract/extract-profile.js'
import {linearEngineProblem, LinearRegExp} from '../../src/io/linear-regexp.js'
import {loadKnowledgeBase} from '../../src/io/load-knowledge.js'

/** What the extractor reads from a search: where each match is, its text and its groups. */
const matchesOf = (regex: RegExp, text: string) =>
  [...execAll(regex, text)].map((m) => ({
    index: m.index,
    text: m[0],
    groups: m.slice(1),
    named: m.groups ? {...m.groups} : undefined,
  }))

describe('LinearRegExp', () => {
  it('finds what a global, case-insensitive RegExp finds, on random patterns and texts', () => {
    // Patterns in the style of lexicon entries: words, optional parts, alternations, classes, named groups.
    const atom = fc.constantFrom(
      'a',
      'b',
      'ab',
      String.raw`\d+`,
      String.raw`\s*`,
      '[ab]',
      '(?:a|bb)',
      String.raw`\b`,
      'a?',
      String.raw`(?<num>\d+)`,
      '(b+)',
      '(?:ab)*?',
      '.',
    )
    const pattern = fc.array(atom, {minLength: 1, maxLength: 5}).map((parts) => parts.join(''))
    const text = fc
      .array(fc.constantFrom('a', 'B', 'b', '1', '22', ' ', 'é', '😀', '\n'), {maxLength: 20})
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(pattern, text, (source, input) => {
        // Named groups may appear once per pattern in both engines; RE2's "." takes a whole
        // character where JavaScript's takes half of a surrogate pair, a difference lexicon
        // patterns never meet (they match words and numbers).
        if ((source.match(/\(\?<num>/g) ?? []).length > 1 || (source.includes('.') && /[\uD800-\uDFFF]/.test(input)))
          return true
        expect(matchesOf(new LinearRegExp(source), input)).toEqual(matchesOf(new RegExp(source, 'gi'), input))
      }),
      {numRuns: 3000},
    )
  })

  it('reports UTF-16 offsets and named groups as JavaScript does', () => {
    const [m] = execAll(new LinearRegExp(String.raw`(?<num>\d+)\s*(?<unit>gb)`), 'é😀 12 GB')
    expect(m?.index).toBe(4)
    expect(m?.groups).toEqual({num: '12', unit: 'GB'})
    expect(new LinearRegExp('a+').source).toBe('a+')
  })

  it('says why a pattern needs backtracking, and accepts the rest', () => {
    expect(linearEngineProblem(String.raw`(?<!\d)\d+`)).toMatch(/lookahead or lookbehind/)
    expect(linearEngineProblem('house (?!api)')).toMatch(/lookahead or lookbehind/)
    expect(linearEngineProblem(String.raw`(a)\1`)).toMatch(/backreference/)
    expect(linearEngineProblem('((')).toMatch(/missing closing \)/)
    expect(linearEngineProblem('(a+)+$')).toBeUndefined()
    expect(linearEngineProblem(String.raw`\b(?<num>\d+)\s*(?<unit>GB|TB)\b`)).toBeUndefined()
  })
})

describe('a user pack with a catastrophic pattern', () => {
  const pack = mkdtempSync(join(tmpdir(), 'edgewise-redos-'))
  mkdirSync(join(pack, 'lexicon'))
  writeFileSync(
    join(pack, 'lexicon', 'evil.json'),
    JSON.stringify({entries: [{id: 'evil', fact: 'workload', value: 'api', patterns: ['(a+)+$'], examples: ['aaaa']}]}),
  )

  it('loads, and reads text in time linear in its length (V8 would need 2^n steps for "a…a!")', async () => {
    const loaded = await loadKnowledgeBase([pack])
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems))
    const {lexicon} = loaded.data
    expect(extractProfile('aaaa', lexicon).profile.workload).toBe('api')
    const time = (n: number) => {
      const text = `${'a'.repeat(n)}!`
      let best = Infinity
      for (let i = 0; i < 3; i++) {
        const start = performance.now()
        extractProfile(text, lexicon)
        best = Math.min(best, performance.now() - start)
      }
      return best
    }
    time(1000)
    // 35 characters already take V8 minutes; 8 times 4,000 takes about 8 times as long here.
    expect(time(32_000) / time(4000)).toBeLessThan(24)
  })
})
