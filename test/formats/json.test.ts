import {describe, expect, it} from 'vitest'

import {exportJson, importJson} from '../../src/formats/questions/json.js'

const good = {
  id: 'edge-01',
  stem: 'Which is cheapest?',
  choose: 1,
  options: [
    {text: 'a', correct: true},
    {text: 'b', correct: false},
  ],
}

describe('importJson', () => {
  it('keeps authored ids and every field', () => {
    const full = {
      ...good,
      explanation: 'why',
      domain: 'cost-optimized',
      task: '4.2',
      services: ['ec2'],
      difficulty: 'easy',
      references: ['https://docs.aws.amazon.com/'],
      source: 'authored',
      tags: ['t'],
    }
    expect(importJson(JSON.stringify([full]), 'q.json')).toMatchObject({
      questions: [full],
      problems: [],
      skipped: 0,
      warnings: [],
    })
  })

  it('reports schema issues with the item path and still imports the valid items', () => {
    const text = JSON.stringify([
      {...good, id: 'Not Kebab'},
      {...good, id: 'one-option', options: [{text: 'a', correct: true}]},
      good,
      {...good, id: 'typo', stme: 'x'},
    ])
    const result = importJson(text, 'q.json')
    expect(result.questions.map((q) => q.id)).toEqual(['edge-01'])
    expect(result.skipped).toBe(3)
    expect(result.problems).toContainEqual({
      file: 'q.json',
      path: '[0].id',
      message: expect.stringMatching(/kebab-case/),
    })
    expect(result.problems).toContainEqual({
      file: 'q.json',
      path: '[1].options',
      message: 'must have at least 2 item(s)',
    })
    expect(result.problems).toContainEqual({
      file: 'q.json',
      path: '[3]',
      message: expect.stringMatching(/unknown field "stme"/),
    })
  })

  it('reports duplicates, a missing key, a choose that disagrees with the key, and repeated ids', () => {
    const text = JSON.stringify([
      {
        ...good,
        id: 'dup-options',
        options: [
          {text: 'Amazon S3', correct: true},
          {text: 'amazon s3', correct: false},
        ],
      },
      {
        ...good,
        id: 'no-key',
        options: [
          {text: 'a', correct: false},
          {text: 'b', correct: false},
        ],
      },
      {...good, id: 'bad-choose', choose: 2},
      good,
      good,
    ])
    const result = importJson(text, 'q.json')
    expect(result.questions).toHaveLength(1)
    expect(result.skipped).toBe(4)
    expect(result.problems.map((p) => [p.path, p.message])).toEqual([
      ['[0].options[1]', expect.stringMatching(/repeats option A/)],
      ['[1].options', expect.stringMatching(/no option is marked correct/)],
      ['[2].choose', expect.stringMatching(/is 2 but 1 option\(s\) are marked correct/)],
      ['[4]', expect.stringMatching(/same question as \[3\] \(id edge-01\)/)],
    ])
  })

  it('reports broken JSON with its line, and a document that is not a list', () => {
    const broken = importJson('[\n  {"id": "x",\n  oops\n]', 'q.json')
    expect(broken.questions).toEqual([])
    expect(broken.problems[0]).toMatchObject({
      file: 'q.json',
      line: 3,
      message: expect.stringMatching(/not valid JSON/),
    })
    expect(importJson('{"questions": []}', 'q.json').problems[0]?.message).toMatch(/must be a JSON array/)
  })
})

describe('exportJson', () => {
  it('writes an indented array that ends with a newline, fields in schema order', () => {
    const shuffled = {options: good.options, choose: 1, stem: good.stem, id: good.id}
    expect(exportJson([shuffled])).toEqual({
      ok: true,
      text: `${JSON.stringify([{id: good.id, stem: good.stem, options: good.options, choose: 1}], null, 2)}\n`,
    })
  })

  it('reads back what it writes, and writing that again gives the same bytes, type field included', () => {
    const bankLike = {
      ...good,
      type: 'single' as const,
      explanation: 'why',
      services: ['lambda'],
      references: ['https://docs.aws.amazon.com/'],
      source: 'authored' as const,
    }
    const first = exportJson([bankLike])
    if (!first.ok) throw new Error('refused')
    const back = importJson(first.text, 'q.json')
    expect(back.problems).toEqual([])
    expect(back.questions).toEqual([bankLike])
    const second = exportJson(back.questions)
    expect(second.ok && second.text).toBe(first.text)
  })

  it('refuses a type that disagrees with choose', () => {
    const result = importJson(JSON.stringify([{...good, type: 'multiple'}]), 'q.json')
    expect(result.problems.map((p) => [p.path, p.message])).toEqual([
      ['[0].type', expect.stringMatching(/is "multiple" but choose is 1/)],
    ])
  })
})
