import {Lexer} from 'marked'
import {describe, expect, it} from 'vitest'
import {parseDocument} from 'yaml'

import {generateQuestions} from '../../src/core/questions/generate.js'
import {letterOf} from '../../src/core/questions/question.js'
import {solveQuestion} from '../../src/core/questions/solve.js'
import {bankProblems, buildBankQuestion} from '../../src/core/questions/validate-question.js'
import {toBankMarkdown} from '../../src/formats/questions/bank-markdown.js'
import {loadPhraseBook} from '../../src/io/load-phrases.js'
import {splitFrontMatter} from '../../src/io/load-questions.js'
import {bundledKnowledge} from '../helpers/knowledge.js'

const kb = await bundledKnowledge()
const book = await loadPhraseBook()
const catalogIds = new Set(kb.catalog.map((e) => e.id))
const thousand = generateQuestions(kb, book, {count: 1000, seed: 42})

describe('generated questions (1,000, seed 42)', () => {
  it('are all built, with unique stems', () => {
    expect(thousand.questions).toHaveLength(1000)
    expect(new Set(thousand.questions.map((q) => q.stem)).size).toBe(1000)
  })

  it('pass the same validation as the curated bank', () => {
    const built = thousand.questions.map((q) => {
      const {yaml, body, bodyLine} = splitFrontMatter(toBankMarkdown(q))
      return buildBankQuestion({file: `${q.id}.md`, name: q.id, frontMatter: parseDocument(yaml!).toJS(), tokens: Lexer.lex(body), bodyLine}, catalogIds)
    })
    expect(built.flatMap((b) => b.problems)).toEqual([])
    expect(bankProblems(built.map((b) => ({file: b.question!.id, question: b.question!})))).toEqual([])
  })

  it('have exactly one key, spread evenly over A-D', () => {
    const counts = [0, 0, 0, 0]
    for (const q of thousand.questions) {
      expect(q.options.filter((o) => o.correct)).toHaveLength(1)
      counts[q.options.findIndex((o) => o.correct)]! += 1
    }
    expect(counts).toEqual([250, 250, 250, 250])
  })

  it('cover every catalog id as an answer, and all three difficulties', () => {
    expect(new Set(thousand.questions.map((q) => q.services[0]))).toEqual(catalogIds)
    expect(new Set(thousand.questions.map((q) => q.difficulty))).toEqual(new Set(['easy', 'medium', 'hard']))
  })

  it('are solved back to their own key', () => {
    for (const q of thousand.questions.slice(0, 200)) {
      const solved = solveQuestion(kb, {stem: q.stem, options: q.options.map((o) => o.text)})
      expect(solved.answer).toEqual([letterOf(q.options.findIndex((o) => o.correct))])
    }
  })

  it('are the same for the same seed and different for another', () => {
    const again = generateQuestions(kb, book, {count: 30, seed: 42})
    expect(again.questions).toEqual(thousand.questions.slice(0, 30))
    expect(generateQuestions(kb, book, {count: 30, seed: 43}).questions.map((q) => q.stem)).not.toEqual(again.questions.map((q) => q.stem))
  })

  it('honour --service and --difficulty', () => {
    const spot = generateQuestions(kb, book, {count: 10, seed: 1, service: 'ec2-spot'})
    expect(spot.questions).toHaveLength(10)
    for (const q of spot.questions) expect(q.services[0]).toBe('ec2-spot')
    const hard = generateQuestions(kb, book, {count: 10, seed: 1, difficulty: 'hard'})
    expect(hard.questions).toHaveLength(10)
    for (const q of hard.questions) expect(q.difficulty).toBe('hard')
  })
})

describe('the phrase book', () => {
  it('states every fact so that the lexicon reads it back', async () => {
    const {extractProfile} = await import('../../src/core/extract/extract-profile.js')
    for (const [field, values] of Object.entries(book.facts)) {
      for (const [value, sentences] of Object.entries(values)) {
        for (const sentence of sentences) {
          const text = sentence.replace('{n}', '3')
          const got = (extractProfile(text, kb.lexicon).profile as Record<string, unknown>)[field]
          if (field === 'executionSeconds') expect(got, text).toBeTypeOf('number')
          else expect(String(got), text).toBe(value)
        }
      }
    }
  })
})
