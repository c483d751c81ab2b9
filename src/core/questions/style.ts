import {chooseCountInStem, chooseMarkInStem} from './parse-question-markdown.js'

/** Stem length the exam's own questions stay within: a scenario needs a few words; a screen holds a few hundred. */
export const STEM_WORDS = {min: 6, max: 250} as const
const COUNT_NAMES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven']

/** The exam's exact wording for a multiple-response question: "(Choose two.)". */
export const chooseWording = (n: number): string => `(Choose ${COUNT_NAMES[n] ?? n}.)`

/** A style note: where in the question, and what the exam does instead. */
export interface StyleNote {
  rule: 'choose-wording' | 'option-count' | 'stem-length'
  path: 'options' | 'stem'
  message: string
}

/**
 * How a question differs from the way SAA-C03 writes them: four options for a
 * single answer, five or more for multiple response, "(Choose two.)" in
 * exactly those words, and a stem of a sensible length. None of this stops a
 * question from working, so `questions validate` reports these as warnings
 * (errors with --strict); the curated bank keeps to all of them.
 */
export function styleNotes(q: {stem: string; options: readonly unknown[]; choose: number}): StyleNote[] {
  const notes: StyleNote[] = []
  const count = q.options.length
  if (q.choose === 1 && count !== 4) notes.push({rule: 'option-count', path: 'options', message: `a single-answer question has 4 options on the exam; this one has ${count}`})
  if (q.choose > 1 && count < 5) notes.push({rule: 'option-count', path: 'options', message: `a multiple-response question has 5 or more options on the exam; this one has ${count}`})
  if (q.choose > 1 && !q.stem.includes(chooseWording(q.choose))) {
    const written = chooseMarkInStem(q.stem)
    notes.push({rule: 'choose-wording', path: 'stem', message: `write "${chooseWording(q.choose)}" in the stem${written ? `, not "${written}"` : ''}, as the exam does`})
  }
  const words = q.stem.split(/\s+/).filter(Boolean).length
  if (words < STEM_WORDS.min) notes.push({rule: 'stem-length', path: 'stem', message: `the stem has ${words} word(s); an exam question states its scenario in at least ${STEM_WORDS.min}`})
  if (words > STEM_WORDS.max) notes.push({rule: 'stem-length', path: 'stem', message: `the stem has ${words} words; exam stems stay under ${STEM_WORDS.max}, and a longer one does not fit a terminal screen`})
  return notes
}

/** A stem that asks for a different number of options than are marked correct: the question contradicts itself. */
export function chooseConflict(stem: string, correct: number): string | undefined {
  const said = chooseCountInStem(stem)
  if (said === undefined || correct === 0 || said === correct) return undefined
  return `the stem says "${chooseMarkInStem(stem)}" but ${correct} option(s) are marked correct; fix the marks or the stem`
}
