import {describe, expect, it} from 'vitest'

import {solveQuestion} from '../../src/core/questions/solve.js'
import {letterOf} from '../../src/core/questions/question.js'
import {loadQuestionBank} from '../../src/io/load-questions.js'
import {bundledQuestionsDir} from '../../src/io/package-root.js'
import {bundledKnowledge} from '../helpers/knowledge.js'

const kb = await bundledKnowledge()
const bank = await loadQuestionBank(bundledQuestionsDir(), new Set(kb.catalog.map((e) => e.id)))

describe('the curated question bank', () => {
  it('is valid and large enough', () => {
    expect(bank.problems).toEqual([])
    expect(bank.questions.length).toBeGreaterThanOrEqual(80)
    expect(bank.questions.filter((q) => q.question.type === 'multiple').length).toBeGreaterThanOrEqual(10)
  })

  it('covers every catalog id and cites AWS documentation on every question', () => {
    const covered = new Set(bank.questions.flatMap((q) => q.question.services))
    for (const entry of kb.catalog) expect(covered.has(entry.id), entry.id).toBe(true)
    for (const {question} of bank.questions) expect(question.references.length).toBeGreaterThan(0)
  })

  it('spreads single-answer keys evenly over A-D', () => {
    const counts = new Map<string, number>()
    for (const {question} of bank.questions.filter((q) => q.question.type === 'single')) {
      const key = letterOf(question.options.findIndex((o) => o.correct))
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    const values = [...counts.values()]
    expect(counts.size).toBe(4)
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(4)
  })

  for (const {question} of bank.questions) {
    it(`solve agrees with the key: ${question.id}`, () => {
      const key = question.options.flatMap((o, i) => (o.correct ? [letterOf(i)] : []))
      const solution = solveQuestion(kb, {stem: question.stem, options: question.options.map((o) => o.text), choose: question.choose})
      expect(solution.answer, JSON.stringify(solution.options.map((o) => [o.letter, o.score]))).toEqual(key)
    })
  }
})
