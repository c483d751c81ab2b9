import * as fc from 'fast-check'
import {describe, expect, it} from 'vitest'

import {contentId} from '../../src/core/questions/content-id.js'
import {type DraftQuestion, DraftQuestionSchema, type QuestionOption} from '../../src/core/questions/question.js'
import {exportAiken, importAiken} from '../../src/formats/questions/aiken.js'
import {exportGift, importGift} from '../../src/formats/questions/gift.js'
import {exportJson, importJson} from '../../src/formats/questions/json.js'
import {exportMarkdownBank, importMarkdownBank} from '../../src/formats/questions/markdown-bank.js'
import {exportMoodleXml, importMoodleXml} from '../../src/formats/questions/moodle-xml.js'
import {type ExportResult, type ImportResult, QUESTION_FORMATS} from '../../src/formats/questions/types.js'

const opt = (text: string, correct = false, rationale?: string): QuestionOption =>
  rationale === undefined ? {text, correct} : {text, correct, rationale}

function question(stem: string, options: QuestionOption[], extra: Partial<DraftQuestion> = {}): DraftQuestion {
  const q = {
    id: contentId(
      stem,
      options.map((o) => o.text),
    ),
    stem,
    options,
    choose: options.filter((o) => o.correct).length,
    ...extra,
  }
  return DraftQuestionSchema.parse(q)
}

/** Varied on purpose: single and multiple response, GIFT/XML/HTML specials, backslashes, a wrapped stem. */
const SAMPLE: DraftQuestion[] = [
  question(
    'A company runs nightly image jobs that can be restarted at any time. Which option costs least?',
    [
      opt('On-Demand Instances', false, 'Full price for interruptible work.'),
      opt('Spot Instances', true, 'Up to 90% off; restarts are fine.'),
      opt('Dedicated Hosts'),
    ],
    {
      explanation: 'Interruptible, restartable work is the textbook case for Spot.',
      tags: ['compute', 'cost'],
      domain: 'cost-optimized',
    },
  ),
  question('Which TWO services can cache content at the edge? (Choose two.)', [
    opt('Amazon CloudFront', true),
    opt('AWS Global Accelerator'),
    opt('Amazon ElastiCache'),
    opt('Lambda@Edge', true),
    opt('Amazon S3 Glacier'),
  ]),
  question(
    'Which policy element is right for {"Condition": {"IpAddress": ...}} when a = b, ~c and #d: all apply <&>?',
    [
      opt('a ~ b', false, 'Tilde ~ is not = equals.'),
      opt('x = y'),
      opt('#hashtag {braces} key: value', true, 'Everything special: ~ = # { } : <&> "quotes" \'single\''),
      opt('<script>&amp; "quoted"</script>'),
      opt('C:\\new\\folder and a trailing backslash \\'),
    ],
  ),
  question(
    'An architect must pick three pillars.\nThe second line gives details. (Choose three.)',
    [opt('Security', true), opt('Reliability', true), opt('Cost Optimization', true), opt('Marketing'), opt('Sales')],
    {explanation: 'Three of the six Well-Architected pillars.\n\nMarketing and Sales are not pillars.'},
  ),
  question('%50% of what? A stem that starts like a GIFT weight, with CDATA end ]]> inside.', [
    opt('%25% off', true),
    opt('half'),
  ]),
]

const core = (q: DraftQuestion) => ({
  stem: q.stem,
  choose: q.choose,
  options: q.options.map((o) => ({text: o.text, correct: o.correct})),
})
const withFeedback = (q: DraftQuestion) => ({
  ...core(q),
  explanation: q.explanation,
  rationales: q.options.map((o) => o.rationale),
})

function exported(result: ExportResult): string {
  if (!result.ok) throw new Error(`export refused: ${result.problems.map((p) => p.message).join('; ')}`)
  return result.text
}

function clean(result: ImportResult): DraftQuestion[] {
  expect(result.problems).toEqual([])
  expect(result.skipped).toBe(0)
  return result.questions
}

interface Case {
  name: string
  prefix: string
  export: (qs: DraftQuestion[]) => ExportResult
  import: (text: string, file: string) => ImportResult
  /** Which sample questions the format can hold. */
  fits?: (q: DraftQuestion) => boolean
  /** Which fields must survive. */
  view: (q: DraftQuestion) => unknown
}

const CASES: Case[] = [
  {name: 'gift', prefix: 'gift', export: exportGift, import: importGift, view: withFeedback},
  {
    name: 'moodle-xml',
    prefix: 'moodle',
    export: exportMoodleXml,
    import: importMoodleXml,
    view: (q) => ({...withFeedback(q), tags: q.tags}),
  },
  {
    name: 'aiken',
    prefix: 'aiken',
    export: exportAiken,
    import: importAiken,
    fits: (q) => q.choose === 1 && !q.stem.includes('\n'),
    view: core,
  },
  {name: 'markdown', prefix: 'md', export: exportMarkdownBank, import: importMarkdownBank, view: core},
]

describe.each(CASES)('$name round trip', (c) => {
  const input = SAMPLE.filter(c.fits ?? (() => true))

  it('gives back the stems, options and keys it was given', () => {
    const text = exported(c.export(input))
    const back = clean(c.import(text, `bank.${c.name}`))
    expect(back.map(c.view)).toEqual(input.map(c.view))
  })

  it('gives imported questions stable content ids and marks them imported', () => {
    const back = clean(c.import(exported(c.export(input)), 'bank'))
    for (const q of back) {
      expect(q.id).toBe(
        contentId(
          q.stem,
          q.options.map((o) => o.text),
          c.prefix,
        ),
      )
      expect(q.source).toBe('imported')
      expect(DraftQuestionSchema.safeParse(q).success).toBe(true)
    }
    const again = clean(c.import(exported(c.export(back)), 'bank'))
    expect(again.map((q) => q.id)).toEqual(back.map((q) => q.id))
  })

  it('exports nothing as an empty bank that imports as nothing', () => {
    const result = c.import(exported(c.export([])), 'empty')
    expect(result).toMatchObject({questions: [], problems: [], skipped: 0, warnings: []})
  })
})

// Words made of the characters each format has to escape, so every escape path gets exercised.
const CHARS = [
  'a',
  'b',
  'c',
  'x',
  '5',
  '0',
  '~',
  '=',
  '#',
  '{',
  '}',
  ':',
  '\\',
  '<',
  '&',
  '>',
  '"',
  "'",
  '%',
  '[',
  ']',
  '-',
  ';',
]
const word = fc.string({unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 6})
const text = (separators: string[]) =>
  fc
    .tuple(word, fc.array(fc.tuple(fc.constantFrom(...separators), word), {maxLength: 5}))
    .map(([first, rest]) => first + rest.map(([sep, w]) => sep + w).join(''))
const normalized = (s: string) => s.toLowerCase().replaceAll(/\s+/g, ' ').trim()

const arbitraryQuestion = fc
  .record({
    stem: text([' ', ' ', '\n', '\n\n']),
    options: fc.uniqueArray(text([' ']), {minLength: 2, maxLength: 5, selector: normalized}),
    rightCount: fc.nat(),
  })
  .map(({stem, options, rightCount}) => {
    const right = 1 + (rightCount % (options.length - 1))
    return question(
      stem,
      options.map((t, i) => opt(t, i < right)),
    )
  })

describe.each(CASES)('$name round trip of generated questions', (c) => {
  it('gives back any stem and options the format accepts for export', () => {
    fc.assert(
      fc.property(fc.array(arbitraryQuestion, {minLength: 1, maxLength: 4}), (generated) => {
        const input = generated.filter(c.fits ?? (() => true))
        const out = c.export(input)
        fc.pre(out.ok)
        const back = c.import(exported(out), 'generated')
        expect(back.problems).toEqual([])
        expect(back.questions.map(core)).toEqual(input.map(core))
      }),
      {numRuns: 150},
    )
  })
})

describe('json round trip', () => {
  it('is lossless, ids and metadata included', () => {
    const back = clean(importJson(exported(exportJson(SAMPLE)), 'bank.json'))
    expect(back).toEqual(SAMPLE)
  })
})

describe('QUESTION_FORMATS', () => {
  it('lists every format once, with import and export as implemented', () => {
    const ids = QUESTION_FORMATS.map((f) => f.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(
      QUESTION_FORMATS.filter((f) => f.canImport)
        .map((f) => f.id)
        .sort(),
    ).toEqual(['aiken', 'gift', 'json', 'markdown', 'moodle-xml'])
    expect(
      QUESTION_FORMATS.filter((f) => f.canExport)
        .map((f) => f.id)
        .sort(),
    ).toEqual(['aiken', 'anki', 'gift', 'json', 'markdown', 'moodle-xml', 'qti'])
    expect(QUESTION_FORMATS.find((f) => f.id === 'aiken')?.multipleResponse).toBe(false)
  })
})
