import {apply, type ExamAction, type QuestionsById, reviewSummary} from '../core/exam/machine.js'
import {answerOf, type ExamSession, isRevealed, toDisplayed} from '../core/exam/session.js'
import {letterOf} from '../core/questions/question.js'

/**
 * What the exam screen shows and where its cursor is, as plain data. Keys go
 * through `pressKey`, the clock through `tickScreen`; both are pure, so every
 * behaviour of the screen is testable without a terminal. The session itself
 * changes only through the exam machine (`apply`).
 */
export interface ScreenState {
  session: ExamSession
  view: 'question' | 'review'
  /** Position in `itemsOf(state)`: always on an enabled item. */
  cursor: number
  /** Choose-N marks, by question id, as displayed positions: saved as an answer once N are marked. */
  marks: Readonly<Record<string, readonly number[]>>
  /** First line of the scrolling part of the screen. */
  scroll: number
  notice?: {text: string; tone: 'info' | 'warn'}
  /** Digits typed after "go to question"; undefined when not typing. */
  gotoText?: string
  /** Waiting for y/n: submit with questions unanswered? */
  confirmSubmit?: boolean
}

export interface Key {
  name?: string
  ctrl?: boolean
  /** Set by readline when Esc came right before this key (within half a second). */
  meta?: boolean
  shift?: boolean
  sequence?: string
}

export type ItemId =
  'back' | 'flag' | 'goto' | 'next' | 'prev' | 'review' | 'submit' | `option:${number}` | `question:${number}`

export interface Item {
  id: ItemId
  /** Why it cannot be chosen now; the cursor passes over it. */
  disabled?: string
}

/** How far PgUp/PgDn move and how far the body can scroll, from the last frame drawn. */
export interface ScreenMetrics {
  page: number
  maxScroll: number
}

const ACTIONS: ItemId[] = ['next', 'prev', 'flag', 'goto', 'review']

/** The current question shows its feedback (practice mode, answered): its options are no longer choices. */
export function showsFeedback(state: ScreenState): boolean {
  const id = state.session.questions[state.session.current]?.id
  return state.view === 'question' && id !== undefined && isRevealed(state.session, id)
}

/** Marks on screen for the current question: pending ones, else the saved answer. */
export function marksOf(state: ScreenState, questionId: string): readonly number[] {
  if (Object.hasOwn(state.marks, questionId)) return state.marks[questionId]!
  const entry = state.session.questions.find((q) => q.id === questionId)
  const saved = answerOf(state.session, questionId)
  return entry && saved ? toDisplayed(entry.optionOrder, saved.selected) : []
}

/** The items the cursor moves over, in screen order. */
export function itemsOf(state: ScreenState): Item[] {
  const {session} = state
  if (state.view === 'review')
    return [{id: 'submit'}, {id: 'back'}, ...session.questions.map((_, i) => ({id: `question:${i}` as const}))]
  const entry = session.questions[session.current]!
  const options: Item[] = showsFeedback(state) ? [] : entry.optionOrder.map((_, i) => ({id: `option:${i}` as const}))
  const last = session.current === session.questions.length - 1
  return [
    ...options,
    ...ACTIONS.map((id): Item => {
      if (id === 'next' && last) return {id, disabled: 'last question'}
      if (id === 'prev' && session.current === 0) return {id, disabled: 'first question'}
      return {id}
    }),
  ]
}

const indexOfItem = (state: ScreenState, id: ItemId) => itemsOf(state).findIndex((i) => i.id === id && !i.disabled)

/** Where the cursor starts on a screen: the answer given, the way on after feedback, or the first option. */
function homeCursor(state: ScreenState): number {
  if (state.view === 'review') {
    const {unanswered} = reviewSummary(state.session)
    return unanswered.length === 0 ? 0 : indexOfItem(state, `question:${unanswered[0]!}`)
  }
  if (showsFeedback(state)) {
    const next = indexOfItem(state, 'next')
    return next >= 0 ? next : indexOfItem(state, 'review')
  }
  const marked = marksOf(state, state.session.questions[state.session.current]!.id)
  return marked.length > 0 ? Math.min(...marked) : 0
}

/** The same state on a fresh screen (another question or view): cursor home, top of the page. */
function arrive(state: ScreenState, changes: Partial<ScreenState>): ScreenState {
  const next: ScreenState = {...state, scroll: 0, confirmSubmit: false, gotoText: undefined, ...changes}
  return {...next, cursor: homeCursor(next)}
}

export function initialScreen(session: ExamSession): ScreenState {
  return arrive({session, view: 'question', cursor: 0, marks: {}, scroll: 0}, {})
}

function step(state: ScreenState, direction: -1 | 1): ScreenState {
  const items = itemsOf(state)
  for (let k = 1; k <= items.length; k++) {
    const i = (state.cursor + direction * k + items.length * k) % items.length
    if (!items[i]!.disabled) return {...state, cursor: i}
  }
  return state
}

const info = (text: string) => ({text, tone: 'info' as const})
const warn = (text: string) => ({text, tone: 'warn' as const})

/** Applies a session action; a refusal stays on the same screen and shows why. */
function act(state: ScreenState, action: ExamAction, byId: QuestionsById): {state: ScreenState; ok: boolean} {
  const result = apply(state.session, action, byId)
  if (result.error) return {state: {...state, notice: warn(result.error)}, ok: false}
  return {state: {...state, session: result.session}, ok: true}
}

function move(state: ScreenState, action: ExamAction, byId: QuestionsById): ScreenState {
  const before = state.session.current
  const moved = act(state, action, byId)
  if (!moved.ok) return moved.state
  return moved.state.session.current === before && state.view === 'question'
    ? moved.state
    : arrive(moved.state, {view: 'question', notice: undefined})
}

function answerWith(state: ScreenState, displayed: number, byId: QuestionsById): ScreenState {
  const {session} = state
  const entry = session.questions[session.current]!
  const question = byId.get(entry.id)
  if (!question) return {...state, notice: warn(`Question "${entry.id}" is no longer in the question bank.`)}
  const practice = session.mode === 'practice'
  let marks = [...marksOf(state, entry.id)]
  if (question.choose === 1) marks = [displayed]
  else if (marks.includes(displayed)) marks = marks.filter((m) => m !== displayed)
  else if (marks.length >= question.choose)
    return {...state, notice: warn(`Only ${question.choose} may be chosen: unmark one first.`)}
  else marks = [...marks, displayed].sort((a, b) => a - b)
  let next: ScreenState = {...state, marks: {...state.marks, [entry.id]: marks}, notice: undefined}
  if (marks.length < question.choose) {
    if (answerOf(session, entry.id)) next = act(next, {type: 'clear'}, byId).state
    const left = question.choose - marks.length
    return {
      ...next,
      notice: info(`${marks.length} of ${question.choose} marked: mark ${left} more to save the answer.`),
    }
  }
  const answered = act(next, {type: 'answer', selected: marks}, byId)
  if (!answered.ok) return answered.state
  next = answered.state
  if (practice) {
    const revealed = act(next, {type: 'reveal'}, byId)
    return revealed.ok ? arrive(revealed.state, {notice: undefined}) : revealed.state
  }
  const letters = marks.map(letterOf).join(', ')
  const last = session.current === session.questions.length - 1
  if (question.choose === 1 && !last) return move(next, {type: 'next'}, byId)
  if (last)
    return {
      ...next,
      cursor: indexOfItem(next, 'review'),
      notice: info(`Answer ${letters} saved. That was the last question: review and submit when you are ready.`),
    }
  return {...next, notice: info(`Answer ${letters} saved. → for the next question.`)}
}

function choose(state: ScreenState, byId: QuestionsById): ScreenState {
  const item = itemsOf(state)[state.cursor]
  if (!item || item.disabled) return state
  const {id} = item
  if (id.startsWith('option:')) return answerWith(state, Number(id.slice('option:'.length)), byId)
  if (id.startsWith('question:'))
    return move({...state, view: 'question'}, {type: 'goto', index: Number(id.slice('question:'.length))}, byId)
  switch (id) {
    case 'next':
      return move(state, {type: 'next'}, byId)
    case 'prev':
      return move(state, {type: 'prev'}, byId)
    case 'flag': {
      const flagged = act(state, {type: 'toggleFlag'}, byId).state
      const on = flagged.session.flagged.includes(state.session.questions[state.session.current]!.id)
      return {...flagged, notice: info(on ? 'Flagged for review.' : 'Flag removed.')}
    }
    case 'goto':
      return {...state, gotoText: '', notice: undefined}
    case 'review':
      return arrive(state, {view: 'review', notice: undefined})
    case 'back':
      return arrive(state, {view: 'question', notice: undefined})
    case 'submit': {
      const {unanswered} = reviewSummary(state.session)
      if (unanswered.length > 0) return {...state, confirmSubmit: true, notice: undefined}
      return act(state, {type: 'submit'}, byId).state
    }
    default:
      return state
  }
}

function typeGoto(state: ScreenState, key: Key, byId: QuestionsById): ScreenState {
  const text = state.gotoText ?? ''
  const total = state.session.questions.length
  if (key.name === 'escape') return {...state, gotoText: undefined, notice: undefined}
  if (key.name === 'backspace') return {...state, gotoText: text.slice(0, -1)}
  if (key.name === 'return' || key.name === 'enter') {
    const n = Number(text)
    if (!/^\d+$/.test(text) || n < 1 || n > total) return {...state, notice: warn(`Type a number from 1 to ${total}.`)}
    return move({...state, gotoText: undefined}, {type: 'goto', index: n - 1}, byId)
  }
  if (key.sequence !== undefined && /^\d$/.test(key.sequence) && text.length < String(total).length)
    return {...state, gotoText: text + key.sequence, notice: undefined}
  return state
}

function scrollBy(state: ScreenState, lines: number, metrics: ScreenMetrics): ScreenState {
  return {...state, scroll: Math.max(0, Math.min(metrics.maxScroll, state.scroll + lines))}
}

const isEnter = (key: Key) => key.name === 'return' || key.name === 'enter'

/**
 * One key press. Arrows move (the list wraps and skips what cannot be
 * chosen), Enter or Space chooses, → and ← change question, f flags, g goes
 * to a question, r opens the review, PgUp/PgDn scroll a long screen, Esc
 * leaves a mode. Ctrl+C never reaches here (the prompt turns it into "quit?").
 */
const NO_METRICS: ScreenMetrics = {page: 10, maxScroll: 0}

export function pressKey(
  state: ScreenState,
  key: Key,
  byId: QuestionsById,
  metrics: ScreenMetrics = NO_METRICS,
): ScreenState {
  if (state.session.status !== 'in-progress') return state
  // Readline folds Esc and a quick next key into one "meta" key; they are two presses.
  if (key.meta && key.name !== 'escape')
    return pressKey(pressKey(state, {name: 'escape'}, byId, metrics), {...key, meta: false}, byId, metrics)
  if (state.gotoText !== undefined) return typeGoto(state, key, byId)
  if (state.confirmSubmit) {
    if (key.sequence === 'y' || key.sequence === 'Y')
      return act({...state, confirmSubmit: false}, {type: 'submit'}, byId).state
    return {...state, confirmSubmit: false, notice: info('Not submitted.')}
  }
  const cleared = {...state, notice: state.notice?.tone === 'warn' ? undefined : state.notice}
  switch (key.name) {
    case 'up':
      return step(cleared, -1)
    case 'down':
    case 'tab':
      return step(cleared, 1)
    case 'pageup':
      return scrollBy(cleared, -metrics.page, metrics)
    case 'pagedown':
      return scrollBy(cleared, metrics.page, metrics)
    case 'space':
      return choose(cleared, byId)
    case 'right':
      return state.view === 'question' ? move(cleared, {type: 'next'}, byId) : cleared
    case 'left':
      return state.view === 'question'
        ? move(cleared, {type: 'prev'}, byId)
        : arrive(cleared, {view: 'question', notice: undefined})
    case 'escape':
      return state.view === 'review' ? arrive(cleared, {view: 'question', notice: undefined}) : cleared
    default:
      break
  }
  if (isEnter(key)) return choose(cleared, byId)
  const typed = key.sequence ?? ''
  if (/^\d$/.test(typed) && typed !== '0') return typeGoto({...cleared, gotoText: ''}, key, byId)
  const shortcut: Record<string, ItemId> = {f: 'flag', g: 'goto', r: 'review', n: 'next', p: 'prev'}
  const target = shortcut[typed.toLowerCase()]
  if (state.view === 'question' && target) {
    const i = indexOfItem(cleared, target)
    return i < 0 ? cleared : choose({...cleared, cursor: i}, byId)
  }
  return cleared
}

/** Banks `seconds` of exam time; the session may end (time up). */
export function tickScreen(state: ScreenState, seconds: number, byId: QuestionsById): ScreenState {
  if (seconds <= 0 || state.session.status !== 'in-progress') return state
  const result = apply(state.session, {type: 'tick', seconds}, byId)
  return result.error ? state : {...state, session: result.session}
}
