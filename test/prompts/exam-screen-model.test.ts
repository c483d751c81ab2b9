import {describe, expect, it} from 'vitest'

import {
  initialScreen,
  itemsOf,
  type Key,
  pressKey,
  type ScreenState,
  tickScreen,
} from '../../src/prompts/exam-screen-model.js'
import {renderExamScreen} from '../../src/ui/exam-screen.js'
import {makeStyle, visibleWidth} from '../../src/ui/style.js'
import {multiple, sessionOf, single} from '../exam/builders.js'

const K = {
  up: {name: 'up'},
  down: {name: 'down'},
  enter: {name: 'return'},
  space: {name: 'space'},
  right: {name: 'right'},
  left: {name: 'left'},
  escape: {name: 'escape'},
  char: (c: string) => ({name: c, sequence: c}),
} satisfies Record<string, ((c: string) => Key) | Key>

const bank = [single('q-one'), multiple('q-two'), single('q-three')]

function press(state: ScreenState, byId: ReturnType<typeof sessionOf>['byId'], ...keys: Key[]): ScreenState {
  let s = state
  for (const key of keys) s = pressKey(s, key, byId)
  return s
}

const activeId = (state: ScreenState) => itemsOf(state)[state.cursor]?.id

describe('the exam screen: moving', () => {
  it('never stops on the line between options and actions, or on an action that cannot be taken', () => {
    const {session, byId} = sessionOf(bank, {mode: 'exam'})
    const state = initialScreen(session)
    const visited = new Set<string>()
    let s = state
    for (let i = 0; i < 12; i++) {
      s = press(s, byId, K.down)
      visited.add(String(activeId(s)))
    }
    // On the first question, "previous" is disabled: the cursor passes over it.
    expect([...visited].sort()).toEqual(
      ['flag', 'goto', 'next', 'option:0', 'option:1', 'option:2', 'option:3', 'review'].sort(),
    )
    // Up from the first option wraps to the last action: review and submit.
    expect(activeId(press(state, byId, K.up))).toBe('review')
  })

  it('→ and ← change question; digits go straight to a question', () => {
    const {session, byId} = sessionOf(bank, {mode: 'exam'})
    const s = press(initialScreen(session), byId, K.right, K.right)
    expect(s.session.current).toBe(2)
    expect(press(s, byId, K.left).session.current).toBe(1)
    const typed = press(s, byId, K.char('1'))
    expect(typed.gotoText).toBe('1')
    expect(press(typed, byId, K.enter).session.current).toBe(0)
    const wrong = press(s, byId, K.char('g'), K.char('9'), K.enter)
    expect(wrong.notice?.text).toBe('Type a number from 1 to 3.')
    expect(wrong.session.current).toBe(2)
    expect(press(s, byId, K.char('g'), K.char('3'), K.enter).session.current).toBe(2)
  })
})

describe('the exam screen: choose-N questions', () => {
  it('keeps the cursor on the option just toggled, and saves the answer when N are marked', () => {
    const {session, byId} = sessionOf(bank, {mode: 'exam'})
    let s = press(initialScreen(session), byId, K.right)
    expect(activeId(s)).toBe('option:0')
    s = press(s, byId, K.down, K.enter)
    expect(activeId(s)).toBe('option:1')
    expect(s.marks['q-two']).toEqual([1])
    expect(s.session.answers['q-two']).toBeUndefined()
    s = press(s, byId, K.down, K.down, K.space)
    expect(activeId(s)).toBe('option:3')
    expect(s.session.answers['q-two']?.selected).toEqual([1, 3])
    // A third mark is refused with a reason; unmarking clears the saved answer.
    const third = press(s, byId, K.down, K.enter)
    expect(third.notice?.text).toMatch(/Only 2 may be chosen/)
    expect(press(s, byId, K.enter).session.answers['q-two']).toBeUndefined()
  })
})

describe('the exam screen: practice feedback', () => {
  it('shows feedback in place and locks the answer: more Enters cannot change it', () => {
    const {session, byId} = sessionOf(bank, {mode: 'practice'})
    let s = press(initialScreen(session), byId, K.enter)
    expect(s.session.answers['q-one']?.selected).toEqual([0])
    expect(s.session.revealed).toEqual(['q-one'])
    expect(itemsOf(s).some((i) => i.id.startsWith('option:'))).toBe(false)
    expect(activeId(s)).toBe('next')
    // On the last question, the way on after feedback is the review; extra keys never touch the answer.
    s = press(s, byId, K.char('3'), K.enter, K.down, K.down, K.enter)
    expect(s.session.current).toBe(2)
    expect(s.session.answers['q-three']?.selected).toEqual([2])
    expect(activeId(s)).toBe('review')
    const again = press(s, byId, K.left, K.right, K.enter)
    expect(again.view).toBe('review')
    expect(again.session.answers['q-three']?.selected).toEqual([2])
  })

  it('marks your answer and shows each option with its own rationale', () => {
    const {session, byId} = sessionOf(bank, {mode: 'practice'})
    const s = press(initialScreen(session), byId, K.down, K.enter)
    const {text} = renderExamScreen(s, byId, {columns: 100, rows: 40}, makeStyle({}, {NO_COLOR: '1'}), null)
    expect(text).toMatch(/✗ Incorrect: you answered B; the answer is A/)
    expect(text).toMatch(/✗ B\. Bravo ← your answer\n\s+Bravo is wrong\./)
    expect(text).toMatch(/✓ A\. Alpha\n\s+Alpha is right\./)
  })
})

describe('the exam screen: review and submit', () => {
  it('asks before submitting with unanswered questions, and submits when told', () => {
    const {session, byId} = sessionOf(bank, {mode: 'exam'})
    const review = press(initialScreen(session), byId, K.char('r'))
    expect(review.view).toBe('review')
    // Three unanswered: the cursor starts on the first of them, not on "submit".
    expect(activeId(review)).toBe('question:0')
    const asked = press(review, byId, K.up, K.up, K.enter)
    expect(asked.confirmSubmit).toBe(true)
    expect(press(asked, byId, K.enter).session.status).toBe('in-progress')
    expect(press(asked, byId, K.char('y')).session).toMatchObject({status: 'finished', finishedReason: 'submitted'})
    expect(press(review, byId, K.escape).view).toBe('question')
  })

  it('Esc then a quick Enter (one "meta" key from readline) is two presses, never a submit', () => {
    const {session, byId} = sessionOf([single('q-one')], {mode: 'exam'})
    const answered = press(initialScreen(session), byId, K.enter, K.enter)
    expect(answered.view).toBe('review')
    const metaEnter = press(answered, byId, {name: 'return', meta: true})
    expect(metaEnter.session.status).toBe('in-progress')
    expect(metaEnter.view).toBe('question')
    expect(metaEnter.session.answers['q-one']?.selected).toEqual([0])
  })

  it('time up ends the session', () => {
    const {session, byId} = sessionOf(bank, {mode: 'exam', timeLimitSeconds: 60})
    const s = tickScreen(initialScreen(session), 61, byId)
    expect(s.session).toMatchObject({status: 'finished', finishedReason: 'time-up'})
  })
})

describe('the exam screen: layout', () => {
  const long = single('q-long', {
    stem: 'A company runs a fleet of stateless workers that process uploaded media files. '.repeat(6),
    options: ['Alpha', 'Bravo', 'Charlie', 'Delta'].map((t, i) => ({
      text: `${t} `.repeat(18).trim(),
      correct: i === 0,
      rationale: `${t} rationale `.repeat(8),
    })),
  })
  const style = makeStyle({}, {NO_COLOR: '1'})

  it('fits 60×30: no line wider, no frame taller, and "Review and submit" always on screen', () => {
    const {session, byId} = sessionOf([long, single('q-two')], {mode: 'practice'})
    for (const state of [
      initialScreen(session),
      press(initialScreen(session), byId, K.down, K.down, K.down),
      press(initialScreen(session), byId, K.enter),
    ]) {
      const frame = renderExamScreen(state, byId, {columns: 60, rows: 30}, style, null)
      const lines = frame.text.split('\n')
      expect(lines.length).toBeLessThanOrEqual(30)
      for (const line of lines) expect(visibleWidth(line)).toBeLessThan(60)
      expect(frame.text).toMatch(/Review and submit/)
      // The option under the cursor is drawn, even when the body scrolls.
      const active = activeId(state)
      if (active?.startsWith('option:'))
        expect(frame.text).toMatch(new RegExp(`❯ \\( \\) ${String.fromCodePoint(65 + Number(active.slice(7)))}\\.`))
    }
  })

  it('scrolls a body that does not fit, and says so', () => {
    const {session, byId} = sessionOf([long], {mode: 'practice'})
    const state = press(initialScreen(session), byId, K.enter)
    const frame = renderExamScreen(state, byId, {columns: 60, rows: 24}, style, null)
    expect(frame.maxScroll).toBeGreaterThan(0)
    expect(frame.text).toMatch(/more line\(s\) below — PgUp\/PgDn/)
    const scrolled = pressKey(state, {name: 'pagedown'}, byId, frame)
    expect(scrolled.scroll).toBe(frame.page)
  })
})
