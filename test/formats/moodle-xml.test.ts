import {XMLValidator} from 'fast-xml-parser'
import {describe, expect, it} from 'vitest'

import {exportMoodleXml, importMoodleXml} from '../../src/formats/questions/moodle-xml.js'

const answer = (fraction: number, text: string, feedback = '') =>
  `<answer fraction="${fraction}" format="html"><text><![CDATA[<p>${text}</p>]]></text>${feedback === '' ? '' : `<feedback format="html"><text>${feedback}</text></feedback>`}</answer>`

const multichoice = (stem: string, single: boolean, answers: string[]) =>
  `  <question type="multichoice">
    <name><text>n</text></name>
    <questiontext format="html"><text><![CDATA[${stem}]]></text></questiontext>
    <single>${single}</single>
    ${answers.join('\n    ')}
  </question>`

const quiz = (...questions: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${questions.join('\n')}\n</quiz>\n`

describe('importMoodleXml', () => {
  it('reads HTML text, answer feedback, general feedback, tags and the category', () => {
    const text = quiz(
      '  <question type="category"><category><text>$course$/top/Storage</text></category></question>',
      `  <question type="multichoice">
    <name><text>storage-01</text></name>
    <questiontext format="html"><text><![CDATA[<p>Which class suits data read once a quarter?&nbsp;<br>Pick one.</p>]]></text></questiontext>
    <generalfeedback format="html"><text>&lt;p&gt;Standard-IA fits &amp;amp; costs less.&lt;/p&gt;</text></generalfeedback>
    <single>true</single>
    ${answer(100, 'S3 Standard-IA', 'Cheap storage, per-GB retrieval fee.')}
    ${answer(0, 'S3 Standard')}
    ${answer(0, 'S3 Glacier Deep Archive &lt;12h&gt;')}
    <tags><tag><text>s3</text></tag></tags>
  </question>`,
    )
    const result = importMoodleXml(text, 'quiz.xml')
    expect(result.problems).toEqual([])
    const [q] = result.questions
    expect(q?.stem).toBe('Which class suits data read once a quarter?\nPick one.')
    expect(q?.explanation).toBe('Standard-IA fits & costs less.')
    expect(q?.options.map((o) => [o.text, o.correct])).toEqual([
      ['S3 Standard-IA', true],
      ['S3 Standard', false],
      ['S3 Glacier Deep Archive <12h>', false],
    ])
    expect(q?.options[0]?.rationale).toBe('Cheap storage, per-GB retrieval fee.')
    expect(q?.tags).toEqual(['top/Storage', 's3'])
    expect(q?.id).toMatch(/^moodle-/)
  })

  it('counts positive fractions as right in multiple response, and only full marks in single answer', () => {
    const result = importMoodleXml(
      quiz(
        multichoice('Pick two', false, [answer(50, 'a'), answer(50, 'b'), answer(-50, 'c')]),
        multichoice('Pick one', true, [answer(100, 'a'), answer(50, 'half right'), answer(0, 'c')]),
      ),
      'q.xml',
    )
    expect(result.questions.map((q) => [q.choose, q.options.map((o) => o.correct)])).toEqual([
      [2, [true, true, false]],
      [1, [true, false, false]],
    ])
  })

  it('keeps plain-text formats as typed', () => {
    const text =
      quiz(`<question type="multichoice"><questiontext format="plain_text"><text>Is &lt;b&gt; bold?</text></questiontext>
      <answer fraction="100" format="plain_text"><text>No, it is text</text></answer><answer fraction="0" format="moodle_auto_format"><text>Yes</text></answer></question>`)
    expect(importMoodleXml(text, 'p.xml').questions[0]?.stem).toBe('Is <b> bold?')
  })

  it('skips bad and unsupported questions with their line numbers and keeps the good ones', () => {
    const text = quiz(
      multichoice('One option', true, [answer(100, 'only')]),
      multichoice('Duplicates', true, [answer(100, 'Amazon SQS'), answer(0, 'amazon sqs'), answer(0, 'Amazon SNS')]),
      multichoice('Nothing right', false, [answer(-50, 'a'), answer(-50, 'b')]),
      multichoice('Two full marks', true, [answer(100, 'a'), answer(100, 'b'), answer(0, 'c')]),
      '  <question type="truefalse"><questiontext format="html"><text>S3 is durable</text></questiontext></question>',
      multichoice('Fine', true, [answer(100, 'yes'), answer(0, 'no')]),
    )
    const result = importMoodleXml(text, 'bad.xml')
    expect(result.questions.map((q) => q.stem)).toEqual(['Fine'])
    expect(result.skipped).toBe(5)
    const lines = text.split('\n')
    // A problem points at the <question> element, two lines above the stem in this layout.
    const lineOf = (stem: string) => lines.findIndex((l) => l.includes(stem)) + 1 - 2
    const at = (stem: string) => result.problems.find((p) => p.line === lineOf(stem))?.message
    expect(at('One option')).toMatch(/at least two options; found 1/)
    expect(at('Duplicates')).toMatch(/repeats option A/)
    expect(at('Nothing right')).toMatch(/no option is marked correct/)
    expect(at('Two full marks')).toMatch(/full marks to 2 answers/)
    expect(result.problems.find((p) => /truefalse/.test(p.message))?.line).toBe(
      lines.findIndex((l) => l.includes('truefalse')) + 1,
    )
  })

  it('reports malformed XML with its line and imports nothing', () => {
    const result = importMoodleXml(
      '<quiz>\n<question type="multichoice">\n<name><text>x</text></nam>\n</question>\n</quiz>',
      'broken.xml',
    )
    expect(result.questions).toEqual([])
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]).toMatchObject({
      file: 'broken.xml',
      line: 3,
      message: expect.stringMatching(/not well-formed XML/),
    })
  })

  it('reports a document that is not a Moodle quiz', () => {
    expect(importMoodleXml('<html><body/></html>', 'page.xml').problems[0]?.message).toMatch(/no <quiz> root/)
  })
})

describe('exportMoodleXml', () => {
  it('writes well-formed XML even when text contains ]]> and markup', () => {
    const result = exportMoodleXml([
      {
        id: 'q-cdata',
        stem: 'Does ]]> break <CDATA>?',
        choose: 1,
        options: [
          {text: 'No & never', correct: true},
          {text: ']]>', correct: false},
        ],
      },
    ])
    if (!result.ok) throw new Error('export refused')
    expect(XMLValidator.validate(result.text)).toBe(true)
    expect(result.text).toContain('<single>true</single>')
    expect(result.text).toContain('<idnumber>q-cdata</idnumber>')
    expect(importMoodleXml(result.text, 'x.xml').questions[0]?.options.map((o) => o.text)).toEqual([
      'No & never',
      ']]>',
    ])
  })
})
