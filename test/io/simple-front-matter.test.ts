import * as fc from 'fast-check'
import {Lexer} from 'marked'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'

import {parseQuestionBody} from '../../src/core/questions/parse-question-markdown.js'
import {questionFileParsers, splitFrontMatter} from '../../src/io/load-questions.js'
import {parseSimpleFrontMatter} from '../../src/io/simple-front-matter.js'
import {ROOT} from '../helpers/cli.js'

const bundled = readdirSync(join(ROOT, 'questions'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(ROOT, 'questions', f), 'utf8'))

// Values of the kinds front matter holds, and the tricky ones YAML types differently.
const token = fc.oneof(
  fc.constantFrom(
    'lambda',
    'ec2-spot',
    'cost-optimized',
    'single',
    'imported',
    'top/Compute',
    'https://docs.aws.amazon.com/x/y.html#z',
    'a:b',
    'x:',
    'true',
    'No',
    'null',
    '~',
    '4.2',
    '0x1f',
    '1e3',
    '007',
    '12',
    '-3',
    '.5',
    '@x',
    '%y',
    '&a',
    '*b',
    '!t',
    '?q',
    '#c',
    '',
    ' ',
    'a b',
    'a #b',
    "it's",
    '"q"',
    '[x]',
    '{y}',
    'é',
    'a,b',
  ),
  fc.string({maxLength: 8}),
)
const line = fc.oneof(
  fc.tuple(fc.constantFrom('id', 'task', 'choose', 'type', 'source'), token).map(([k, v]) => `${k}: ${v}`),
  fc.tuple(fc.constantFrom('id', 'task'), token).map(([k, v]) => `${k}: ${JSON.stringify(v)}`),
  fc
    .tuple(fc.constantFrom('services', 'tags'), fc.array(token, {maxLength: 3}))
    .map(([k, vs]) => `${k}: [${vs.join(', ')}]`),
  fc
    .tuple(
      fc.constantFrom('references', 'tags'),
      fc.array(
        fc.oneof(
          token,
          token.map((t) => JSON.stringify(t)),
        ),
        {maxLength: 3},
      ),
    )
    .map(([k, vs]) => [`${k}:`, ...vs.map((v) => `  - ${v}`)].join('\n')),
  fc.constantFrom('# a comment', '', 'nested:\n  key: 1', 'anchor: &a x', 'flag: yes'),
)

describe('the fast front matter reader', () => {
  it('means exactly what YAML means, or steps aside', () => {
    fc.assert(
      fc.property(fc.array(line, {minLength: 1, maxLength: 6}), (lines) => {
        const text = lines.join('\n')
        const fast = parseSimpleFrontMatter(text)
        if (fast === undefined) return
        let yaml: unknown
        try {
          yaml = parse(text, {uniqueKeys: true})
        } catch {
          throw new Error(`the fast reader accepted what YAML rejects:\n${text}`)
        }
        expect(fast).toEqual(yaml)
      }),
      {numRuns: 3000},
    )
  })

  it('reads what `questions import --to-dir` writes, and agrees with YAML on the bundled bank', () => {
    const written =
      'id: md-0123456789ab\ntype: multiple\nchoose: 2\nsource: imported\ntags:\n  - top/Compute\n  - "needs: quoting"'
    expect(parseSimpleFrontMatter(written)).toEqual({
      id: 'md-0123456789ab',
      type: 'multiple',
      choose: 2,
      source: 'imported',
      tags: ['top/Compute', 'needs: quoting'],
    })
    let fast = 0
    for (const text of bundled) {
      const yaml = splitFrontMatter(text).yaml!
      const simple = parseSimpleFrontMatter(yaml)
      if (simple === undefined) continue
      fast++
      expect(simple).toEqual(parse(yaml))
    }
    expect(fast).toBeGreaterThan(bundled.length / 2)
  })
})

describe('question files are read from block tokens only', () => {
  it('which give the same question body as the full lexer, for every bundled question', async () => {
    const {lex} = await questionFileParsers()
    for (const text of bundled) {
      const {body, bodyLine} = splitFrontMatter(text)
      const full = parseQuestionBody(Lexer.lex(body), bodyLine, 'q.md')
      expect(parseQuestionBody(lex(body), bodyLine, 'q.md')).toEqual(full)
    }
  })
})
