import {describe, expect, it} from 'vitest'

import type {DraftQuestion} from '../../src/core/questions/question.js'

import {exportAiken, importAiken} from '../../src/formats/questions/aiken.js'

const single: DraftQuestion = {
  id: 'q-single',
  stem: 'Which service stores objects?',
  choose: 1,
  options: [
    {text: 'Amazon EBS', correct: false},
    {text: 'Amazon S3', correct: true, rationale: 'dropped: Aiken has no feedback'},
  ],
  explanation: 'dropped too',
}

describe('exportAiken', () => {
  it('writes the question line, lettered options and ANSWER', () => {
    expect(exportAiken([single])).toEqual({
      ok: true,
      text: 'Which service stores objects?\nA. Amazon EBS\nB. Amazon S3\nANSWER: B\n',
    })
  })

  it('refuses multiple-response questions, naming the question id', () => {
    const multi: DraftQuestion = {
      ...single,
      id: 'q-multi',
      choose: 2,
      options: [...single.options, {text: 'Amazon EFS', correct: true}],
    }
    const result = exportAiken([single, multi])
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toEqual([
      {file: 'q-multi', path: 'choose', message: expect.stringMatching(/q-multi is multiple-response \(choose 2\)/)},
    ])
  })

  it('refuses texts that would not survive: line breaks, and stems that read as options', () => {
    const result = exportAiken([
      {
        ...single,
        id: 'q-wrapped',
        options: [
          {text: 'line one\nline two', correct: true},
          {text: 'x', correct: false},
        ],
      },
      {...single, id: 'q-stem', stem: 'A. looks like an option'},
      {...single, id: 'q-two-lines', stem: 'first\nsecond'},
    ])
    if (result.ok) throw new Error('expected a refusal')
    expect(result.problems.map((p) => [p.file, p.path])).toEqual([
      ['q-wrapped', 'options[0].text'],
      ['q-stem', 'stem'],
      ['q-two-lines', 'stem'],
    ])
  })
})

describe('importAiken', () => {
  it('reads both option styles, questions without blank lines between them, and wrapped stems', () => {
    const text = [
      'What is the correct answer to this question?',
      'A. Is it this one?',
      'B. Maybe this answer?',
      'ANSWER: B',
      'Which LMS has the most quiz import formats,',
      'counting plugins?',
      'A) Moodle',
      'B) ATutor',
      'ANSWER: A',
    ].join('\n')
    const result = importAiken(text, 'a.txt')
    expect(result.problems).toEqual([])
    expect(result.questions.map((q) => [q.stem, q.options.find((o) => o.correct)?.text])).toEqual([
      ['What is the correct answer to this question?', 'Maybe this answer?'],
      ['Which LMS has the most quiz import formats, counting plugins?', 'Moodle'],
    ])
  })

  it('skips bad questions with line numbers and keeps the rest', () => {
    const text = [
      'Unknown answer letter', // 1
      'A. one',
      'B. two',
      'ANSWER: E', // 4
      '',
      'Only one option', // 6
      'A. alone',
      'ANSWER: A',
      '',
      'Duplicate options', // 10
      'A. Amazon RDS',
      'B. Amazon  RDS',
      'ANSWER: A',
      '',
      'Two letters', // 15
      'A. x',
      'B. y',
      'ANSWER: A, B', // 18
      '',
      'Letters out of order', // 20
      'A. x',
      'C. y', // 22
      'ANSWER: A',
      '',
      'Missing answer', // 25
      'A. x',
      'B. y',
      '',
      'Good one?', // 29
      'A. yes',
      'B. no',
      'ANSWER: A',
      '',
      'No options at all', // 34
      'ANSWER: A',
    ].join('\n')
    const result = importAiken(text, 'bad.txt')
    expect(result.questions.map((q) => q.stem)).toEqual(['Good one?'])
    expect(result.skipped).toBe(7)
    expect(result.problems.map((p) => [p.line, p.message.slice(0, 40)])).toEqual([
      [4, 'ANSWER: E names no option; this question'],
      [6, 'needs at least two options; found 1'],
      [10, 'repeats option A ("Amazon  RDS"); remove'],
      [18, 'ANSWER: "A, B" must be exactly one lette'],
      [22, 'option C is out of order; expected B'],
      [25, 'question has no ANSWER: line after its o'],
      [35, 'question has an ANSWER: line but no opti'],
    ])
  })

  it('reports stray text before a blank line instead of gluing it to the next stem', () => {
    const result = importAiken('SAA-C03 practice set\n\nReal question?\nA. yes\nB. no\nANSWER: A\n', 'title.txt')
    expect(result.questions.map((q) => q.stem)).toEqual(['Real question?'])
    expect(result.problems).toEqual([
      {file: 'title.txt', path: '[0]', line: 1, message: expect.stringMatching(/blank line instead of options/)},
    ])
  })

  it('reports a question cut off at the end of the file', () => {
    const result = importAiken('Cut off?\nA. yes\nB. no', 'cut.txt')
    expect(result.skipped).toBe(1)
    expect(result.problems[0]).toMatchObject({line: 1, message: expect.stringMatching(/no ANSWER: line at the end/)})
  })
})
