import {mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {seedOpeningWithSingles} from '../helpers/exam-seed.js'
import {inPty, KEY, type PtyStep, terminalAt} from '../helpers/pty.js'

// The exam screen in a real pseudo-terminal, read back through a terminal emulator: what a person sees.
const stateDir = () => mkdtempSync(join(tmpdir(), 'edgewise-screen-'))
const key = (send: string): PtyStep => ({send, delay: 0.12})
const savedSession = (state: string) => {
  const [file] = readdirSync(join(state, 'sessions')).filter((f) => f.endsWith('.json'))
  return JSON.parse(readFileSync(join(state, 'sessions', file!), 'utf8')) as {
    answers: Record<string, {selected: number[]}>
    questions: {id: string}[]
    revealed?: string[]
  }
}
// Readline joins Esc and a key typed within half a second into one "meta" key; a person pauses.
const escape: PtyStep[] = [key(KEY.escape), {sleep: 0.6}]
const quit: PtyStep[] = [
  {sleep: 0.3},
  {send: KEY.ctrlC},
  {wait: 'Quit now?'},
  {sleep: 0.2},
  {send: KEY.enter},
  {wait: 'Paused'},
]

describe('the exam screen in a real terminal', () => {
  it('redraws in place: after 20 moves, answers and toggles, nothing has piled up in the scrollback', () => {
    const state = stateDir()
    const moves: PtyStep[] = []
    for (let i = 0; i < 5; i++) moves.push(key(KEY.down), key(KEY.up), key(KEY.right), key(KEY.left))
    const run = inPty(
      ['exam', '--count', '4', '--seed', '11', '--minutes', '30'],
      [
        {wait: 'Question 1 of 4'},
        ...moves,
        key(KEY.enter),
        key('f'),
        key(KEY.right),
        {sleep: 0.5},
        {mark: 'moved'},
        ...quit,
      ],
      {EDGEWISE_STATE_DIR: state},
    )
    expect(run.failedWait).toBeNull()
    const during = terminalAt(run, 'moved')
    expect(during.altScreen).toBe(true)
    // One screen, updated in place: nothing scrolled by, one header, one navigator.
    expect(during.scrollback).toEqual([])
    expect(during.altScrolled).toBe(0)
    expect(during.screen.filter((l) => /Question \d of 4/.test(l))).toHaveLength(1)
    expect(during.screen.join('\n')).toMatch(/Question 3 of 4/)
    // Quitting gives the terminal its screen back, with one line saying how to resume.
    const after = terminalAt(run)
    expect(after.altScreen).toBe(false)
    const everything = [...after.scrollback, ...after.screen].join('\n')
    expect(everything).not.toMatch(/Question \d of 4/)
    expect(everything).toMatch(/Paused\. Resume with: edgewise exam --resume/)
    expect(everything).not.toMatch(/Error/)
    expect(run.status).toBe(130)
  })

  it('locks a practice answer once its feedback is shown: more Enters and moves never change it', () => {
    const state = stateDir()
    const run = inPty(
      ['exam', '--mode', 'practice', '--count', '2', '--seed', '5'],
      [
        {wait: 'Question 1 of 2'},
        key(KEY.enter),
        {wait: 'your answer'},
        key(KEY.enter),
        {wait: 'Question 2 of 2', fresh: true},
        {sleep: 0.3},
        key(KEY.down),
        key(KEY.down),
        key(KEY.enter),
        {wait: 'your answer', fresh: true},
        {sleep: 0.3},
        {mark: 'feedback'},
        // Enter after the feedback opens the review; Esc comes back; Enter and arrows again.
        key(KEY.enter),
        {wait: 'Review before submitting', fresh: true},
        ...escape,
        key(KEY.enter),
        ...escape,
        key(KEY.up),
        key(KEY.enter),
        ...escape,
        key(KEY.left),
        key(KEY.right),
        key(KEY.enter),
        ...escape,
        {sleep: 0.4},
        {mark: 'after'},
        ...quit,
      ],
      {EDGEWISE_STATE_DIR: state},
    )
    expect(run.failedWait).toBeNull()
    const feedback = terminalAt(run, 'feedback').screen.join('\n')
    expect(feedback).toMatch(/^ {2}[✓✗] C\. .*← your answer/m)
    const after = terminalAt(run, 'after').screen.join('\n')
    expect(after).toMatch(/Question 2 of 2/)
    expect(after).toMatch(/^ {2}[✓✗] C\. .*← your answer/m)
    const saved = savedSession(state)
    const second = saved.questions[1]!.id
    expect(saved.revealed).toEqual([saved.questions[0]!.id, second])
    expect(saved.answers[second]!.selected).toHaveLength(1)
    expect(run.status).toBe(130)
  })

  it('fits a 60×30 terminal: no line runs over, and review and submit stays on screen', () => {
    const state = stateDir()
    const size = {rows: 30, cols: 60}
    // Enter answers the first question only when it has one right answer.
    const run = inPty(
      ['exam', '--mode', 'practice', '--count', '3', '--seed', String(seedOpeningWithSingles(3, 1))],
      [
        {wait: 'Question 1 of 3'},
        {sleep: 0.4},
        {mark: 'question'},
        key(KEY.enter),
        // The verdict line ("✓ Correct: …" or "✗ Incorrect: …"), not "← your answer": at 60 columns that may wrap
        // between the two words.
        {wait: 'orrect: '},
        {sleep: 0.4},
        {mark: 'feedback'},
        ...quit,
      ],
      {EDGEWISE_STATE_DIR: state},
      40,
      size,
    )
    expect(run.failedWait).toBeNull()
    for (const mark of ['question', 'feedback']) {
      const view = terminalAt(run, mark)
      expect(view.altScrolled, mark).toBe(0)
      const screen = view.screen.join('\n')
      expect(screen, mark).toMatch(/^Question 1 of 3/)
      expect(screen, mark).toMatch(/Review and submit/)
      // A line that reached the last column would have been wrapped by the terminal: none does.
      for (const line of view.screen) expect(line.length, line).toBeLessThan(60)
    }
    expect(terminalAt(run, 'question').screen.join('\n')).toMatch(/❯ \( \) A\./)
  })
})
