import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {describe, expect, it} from 'vitest'

import type {DraftQuestion} from '../../src/core/questions/question.js'

import {exportQti, MATCH_CORRECT} from '../../src/formats/questions/qti.js'

const QUESTIONS: DraftQuestion[] = [
  {
    id: 'edge-01',
    stem: 'Which is cheapest <for> "A & B"?',
    choose: 1,
    explanation: 'not carried',
    options: [
      {text: 'On-Demand', correct: false},
      {text: 'Spot & <Savings>', correct: true},
    ],
  },
  {
    id: '3-tier',
    stem: 'Pick two.\nSecond line.',
    choose: 2,
    options: ['a', 'b', 'c'].map((t) => ({text: t, correct: t !== 'b'})),
  },
]

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  isArray: (name) => ['resource', 'simpleChoice', 'value'].includes(name),
})

function exported() {
  const result = exportQti(QUESTIONS)
  if (!result.ok || !result.files) throw new Error('expected files')
  return {manifest: result.text, files: result.files}
}

describe('exportQti', () => {
  it('writes one well-formed assessmentItem per question, named by id', () => {
    const {files} = exported()
    expect(files.map((f) => f.name)).toEqual(['edge-01.xml', '3-tier.xml'])
    for (const file of files) expect(XMLValidator.validate(file.text)).toBe(true)
  })

  it('has the QTI 2.1 shape: declarations, choiceInteraction and the match_correct template', () => {
    const [single, multiple] = exported().files.map((f) => parser.parse(f.text).assessmentItem)
    expect(MATCH_CORRECT).toBe('http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct')

    expect(single).toMatchObject({
      xmlns: 'http://www.imsglobal.org/xsd/imsqti_v2p1',
      identifier: 'edge-01',
      adaptive: 'false',
      timeDependent: 'false',
      responseDeclaration: {
        identifier: 'RESPONSE',
        cardinality: 'single',
        baseType: 'identifier',
        correctResponse: {value: ['B']},
      },
      outcomeDeclaration: {identifier: 'SCORE', cardinality: 'single', baseType: 'float'},
      itemBody: {
        choiceInteraction: {
          responseIdentifier: 'RESPONSE',
          shuffle: 'true',
          maxChoices: '1',
          prompt: 'Which is cheapest <for> "A & B"?',
        },
      },
      responseProcessing: {template: MATCH_CORRECT},
    })
    expect(single.itemBody.choiceInteraction.simpleChoice).toEqual([
      {identifier: 'A', '#text': 'On-Demand'},
      {identifier: 'B', '#text': 'Spot & <Savings>'},
    ])

    // NCNames cannot start with a digit, so such ids get a prefix inside the XML.
    expect(multiple).toMatchObject({
      identifier: 'q-3-tier',
      responseDeclaration: {cardinality: 'multiple', correctResponse: {value: ['A', 'C']}},
      itemBody: {choiceInteraction: {maxChoices: '2'}},
    })
  })

  it('returns an imsmanifest.xml that lists every item file', () => {
    const {manifest} = exported()
    expect(XMLValidator.validate(manifest)).toBe(true)
    const resources = parser.parse(manifest).manifest.resources.resource
    expect(
      resources.map((r: {identifier: string; href: string; type: string}) => [r.identifier, r.href, r.type]),
    ).toEqual([
      ['edge-01', 'edge-01.xml', 'imsqti_item_xmlv2p1'],
      ['q-3-tier', '3-tier.xml', 'imsqti_item_xmlv2p1'],
    ])
  })

  it('refuses repeated ids, which would overwrite each other’s files', () => {
    const first = QUESTIONS[0]
    if (!first) throw new Error('fixture')
    const result = exportQti([first, first])
    expect(result).toEqual({
      ok: false,
      problems: [{file: 'edge-01', path: 'id', message: expect.stringMatching(/used more than once/)}],
    })
  })
})
