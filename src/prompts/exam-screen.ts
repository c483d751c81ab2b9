import {createPrompt, useEffect, useKeypress, useRef, useState} from '@inquirer/core'

import type {QuestionsById} from '../core/exam/machine.js'
import type {Style} from '../ui/style.js'

import {type Frame, renderExamScreen, type ScreenSize} from '../ui/exam-screen.js'
import {type Key, pressKey, type ScreenState, tickScreen} from './exam-screen-model.js'

export interface ExamScreenConfig {
  state: ScreenState
  byId: QuestionsById
  style: Style
  size: () => ScreenSize
  now: () => number
  /** Exam time is banked up to this moment (ms); the screen moves it on as it charges the clock. */
  clock: {bankedAt: number}
  /** Every new state; `sessionChanged` when there is something to save. */
  onChange: (state: ScreenState, sessionChanged: boolean) => void
}

const HIDE_CURSOR = '\u001B[?25l'
const TICK_MS = 1000

/**
 * The whole exam as one prompt that redraws in place: question, feedback,
 * go-to and review screens are states of it (see exam-screen-model), so no
 * answer, toggle or move leaves a copy of the screen behind. Resolves when the
 * session finishes (submitted or time up); Ctrl+C rejects with
 * ExitPromptError, as every prompt does, and the caller asks whether to quit.
 */
export const examScreen = createPrompt<ScreenState, ExamScreenConfig>((config, done) => {
  // The state lives in a ref (timers and key handlers outlive the render that made them); the counter redraws.
  const latest = useRef(config.state)
  const [, setRedraw] = useState(0)
  const frame = useRef<Frame | undefined>(undefined)
  const timed = config.state.session.timeLimitSeconds !== null

  const update = (next: ScreenState, redraw: boolean) => {
    const previous = latest.current
    if (next === previous) return
    latest.current = next
    config.onChange(next, next.session !== previous.session)
    if (next.session.status !== 'in-progress') done(next)
    else if (redraw) setRedraw((n) => n + 1)
  }

  useEffect(() => {
    const timer = setInterval(() => {
      const seconds = Math.floor((config.now() - config.clock.bankedAt) / 1000)
      if (seconds <= 0) return
      config.clock.bankedAt += seconds * 1000
      // An untimed screen shows no clock: bank the time without redrawing.
      update(tickScreen(latest.current, seconds, config.byId), timed)
    }, TICK_MS)
    const out = process.stdout
    const resized = () => setRedraw((n) => n + 1)
    out.on('resize', resized)
    return () => {
      clearInterval(timer)
      out.off('resize', resized)
    }
  }, [])

  useKeypress((event, rl) => {
    // Typed characters would otherwise collect in readline's line buffer and shift the cursor.
    rl.clearLine(0)
    const metrics = frame.current ?? {page: 10, maxScroll: 0}
    update(pressKey(latest.current, event as Key, config.byId, metrics), true)
  })

  const {session} = latest.current
  const unbanked = Math.floor((config.now() - config.clock.bankedAt) / 1000)
  const remaining =
    session.timeLimitSeconds === null
      ? null
      : Math.max(0, session.timeLimitSeconds - session.elapsedSeconds - Math.max(0, unbanked))
  const drawn = renderExamScreen(latest.current, config.byId, config.size(), config.style, remaining)
  frame.current = drawn
  // The drawn scroll may have moved to keep the cursor in view; PgUp/PgDn continue from there.
  if (drawn.scroll !== latest.current.scroll) latest.current = {...latest.current, scroll: drawn.scroll}
  return `${drawn.text}${HIDE_CURSOR}`
})
