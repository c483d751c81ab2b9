import {describe, expect, it} from 'vitest'

import {chooseConflict, chooseWording, styleNotes} from '../../src/core/questions/style.js'

const options = (n: number) => Array.from({length: n}, (_, i) => ({text: `option ${i}`}))
const stem = 'A company runs a nightly batch job that can restart at any time. Which option costs least?'

describe('styleNotes', () => {
  it('says nothing about a question written the way the exam writes them', () => {
    expect(styleNotes({stem, options: options(4), choose: 1})).toEqual([])
    expect(styleNotes({stem: `${stem} (Choose two.)`, options: options(5), choose: 2})).toEqual([])
  })

  it('notes option counts, the exact "(Choose two.)" wording and the stem length, each with its rule', () => {
    expect(styleNotes({stem, options: options(3), choose: 1})).toEqual([{rule: 'option-count', path: 'options', message: expect.stringMatching(/4 options on the exam; this one has 3/)}])
    expect(styleNotes({stem: `${stem} (Choose 2 answers)`, options: options(4), choose: 2}).map((n) => [n.rule, n.message])).toEqual([
      ['option-count', expect.stringMatching(/5 or more options/)],
      ['choose-wording', 'write "(Choose two.)" in the stem, not "(Choose 2 answers)", as the exam does'],
    ])
    expect(styleNotes({stem: 'Pick one.', options: options(4), choose: 1}).map((n) => n.rule)).toEqual(['stem-length'])
    expect(styleNotes({stem: 'word '.repeat(300), options: options(4), choose: 1}).map((n) => n.rule)).toEqual(['stem-length'])
  })

  it('writes the wording with the number as a word', () => {
    expect(chooseWording(3)).toBe('(Choose three.)')
  })
})

describe('chooseConflict', () => {
  it('finds a stem that asks for another number than the key marks, however it is written', () => {
    expect(chooseConflict('Which? (Choose 3 answers)', 2)).toMatch(/says "\(Choose 3 answers\)" but 2 option\(s\) are marked correct/)
    expect(chooseConflict('Which? (select two)', 1)).toMatch(/but 1 option/)
    expect(chooseConflict('Which? (Choose two.)', 2)).toBeUndefined()
    expect(chooseConflict('Which one?', 3)).toBeUndefined()
  })
})
