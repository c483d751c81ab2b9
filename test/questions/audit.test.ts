import {describe, expect, it} from 'vitest'

import type {Solution} from '../../src/core/questions/solve.js'

import {auditQuestion, auditQuestions, solverCannotJudge} from '../../src/core/questions/audit.js'
import {bundledKnowledge} from '../helpers/knowledge.js'

const q = (id: string, stem: string, options: [string, boolean][]) => ({id, stem, choose: options.filter(([, c]) => c).length, options: options.map(([text, correct]) => ({text, correct}))})

const WRONG_KEY = q('wrong-key', 'A media company transcodes each uploaded lecture in one job that takes about two hours and must not be split. Which compute option should run the job?', [
  ['AWS Lambda', true],
  ['AWS Batch', false],
  ['Amazon EC2 Dedicated Hosts', false],
  ['AWS Outposts', false],
])

describe('questions audit', () => {
  it('lists a key that breaks a hard constraint, with the rule, what edgewise picks instead and the facts it read', async () => {
    const audit = auditQuestion(await bundledKnowledge(), WRONG_KEY, 12)
    expect(audit.kind).toBe('disagree')
    if (audit.kind !== 'disagree') return
    expect(audit.disagreement).toMatchObject({kind: 'rule', id: 'wrong-key', line: 12, key: ['A'], answer: ['B']})
    expect(audit.disagreement.keyOptions[0]!.violations).toEqual([expect.objectContaining({rule: 'lambda.max-timeout'})])
    expect(audit.disagreement.answerOptions[0]!.text).toBe('AWS Batch')
    expect(audit.disagreement.facts.join(' ')).toMatch(/7200 s ← "takes about two hours"/)
  })

  it('the same question with the right key agrees', async () => {
    const fixed = {...WRONG_KEY, options: WRONG_KEY.options.map((o, i) => ({...o, correct: i === 1}))}
    expect(auditQuestion(await bundledKnowledge(), fixed).kind).toBe('agree')
  })

  it('does not judge when solve is unsure, or when an option in dispute names no catalog service', async () => {
    const kb = await bundledKnowledge()
    const offTopic = q('s3', 'Which feature should a team turn on to undo accidental overwrites of objects in a bucket?', [['S3 Transfer Acceleration', false], ['S3 Versioning', true], ['S3 Select', false], ['Requester Pays', false]])
    expect(auditQuestion(kb, offTopic)).toEqual({kind: 'cannot-judge', reason: 'solve is unsure'})
    // solve is sure of Lambda here, but the key is an option it knows nothing of: no ground to call the key wrong.
    const unknownKey = q('tool', 'An internal tool has spiky, unpredictable traffic. The team wants no servers to manage and to pay only when code runs. What should it use?', [
      ['Amazon API Gateway with an Amazon DynamoDB table', true],
      ['AWS Lambda functions', false],
      ['EC2 On-Demand Instances', false],
      ['Amazon EC2 Dedicated Hosts', false],
    ])
    expect(auditQuestion(kb, unknownKey)).toEqual({kind: 'cannot-judge', reason: 'the options in dispute name no service edgewise knows'})
    const summary = auditQuestions(kb, [WRONG_KEY, offTopic, unknownKey])
    expect(summary).toMatchObject({total: 3, agree: 0, cannotJudge: 2, cannotJudgeBy: {'solve is unsure': 1, 'the options in dispute name no service edgewise knows': 1}})
    expect(summary.disagreements.map((d) => d.id)).toEqual(['wrong-key'])
  })

  it('treats a solution that abstains as "cannot judge" in one place', () => {
    const base: Omit<Solution, 'abstained' | 'answer' | 'separating' | 'standing' | 'uncertain'> = {choose: 1, profile: {}, evidence: [], options: [], asksWhatDoesNotFit: false, answeredByWhatAwsCannotDo: false}
    expect(solverCannotJudge({...base, answer: [], abstained: true, standing: ['A', 'B'], separating: null, uncertain: 'options A and B score too close (0 vs 0) to tell apart'})).toMatch(/too close/)
    expect(solverCannotJudge({...base, answer: ['A'], abstained: false, standing: ['A'], separating: null, uncertain: null})).toBeUndefined()
  })

  it('disagrees with a key of the bundled bank only where solve is known to be wrong', async () => {
    const {loadBundledQuestionBank} = await import('../../src/io/question-snapshot.js')
    const {readFileSync} = await import('node:fs')
    const gaps = JSON.parse(readFileSync(new URL('../fixtures/solve-known-gaps.json', import.meta.url), 'utf8')) as {wrong: Record<string, string>}
    const kb = await bundledKnowledge()
    const bank = await loadBundledQuestionBank(new Set(kb.catalog.map((e) => e.id)))
    const summary = auditQuestions(kb, bank.questions.map((b) => b.question))
    expect(summary.disagreements.map((d) => d.id).filter((id) => !(id in gaps.wrong))).toEqual([])
    expect(summary.agree).toBeGreaterThan(summary.total * 0.75)
  })
})
