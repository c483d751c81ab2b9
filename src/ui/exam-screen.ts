import {type QuestionsById, reviewSummary} from '../core/exam/machine.js'
import {isCorrectSelection} from '../core/exam/score.js'
import {answerOf, type ExamSession, isFlagged} from '../core/exam/session.js'
import {type ItemId, itemsOf, marksOf, type ScreenState, showsFeedback} from '../prompts/exam-screen-model.js'
import {clock, displayedOptions} from './render-exam.js'
import {highlight, padVisible, type Style, truncateVisible, visibleWidth, wrap} from './style.js'

export interface ScreenSize {
  columns: number
  rows: number
}

/** A frame, and what the keys need to know about it. */
export interface Frame {
  text: string
  /** Lines PgUp/PgDn move. */
  page: number
  /** Largest useful scroll offset (0 when everything fits). */
  maxScroll: number
  /** The scroll offset actually drawn (moved so the cursor stays in view). */
  scroll: number
}

const ACTION_LABELS: Record<string, string> = {
  next: '→ Next question',
  prev: '← Previous question',
  goto: '# Go to question…',
  review: '✓ Review and submit',
  submit: '✓ Submit now',
}

/**
 * One character per question — ● answered, ○ not yet, ⚑ flagged — with the
 * current one highlighted; a window around it when the line is too short.
 */
export function navigatorStrip(session: ExamSession, width: number, s: Style, current = session.current): string {
  const marks = session.questions.map((q) => (isFlagged(session, q.id) ? '⚑' : answerOf(session, q.id) ? '●' : '○'))
  const room = Math.max(5, width - 4)
  let from = 0
  let to = marks.length
  if (marks.length > room) {
    from = Math.max(0, Math.min(current - Math.floor(room / 2), marks.length - room))
    to = from + room
  }
  const shown = marks.slice(from, to).map((m, i) => (from + i === current ? highlight(s, m) : m))
  return `${from > 0 ? '‹' : ''}${shown.join('')}${to < marks.length ? '›' : ''}`
}

function headerLines(state: ScreenState, remaining: null | number, width: number, s: Style): string[] {
  const {session} = state
  const entry = session.questions[session.current]!
  const time = remaining === null ? '' : `${clock(remaining)} left`
  const left =
    state.view === 'review'
      ? s.bold('Review before submitting')
      : `${s.bold(`Question ${session.current + 1} of ${session.questions.length}`)}${isFlagged(session, entry.id) ? s.yellow(' ⚑ flagged') : ''}`
  const head = time === '' ? left : `${padVisible(left, width - visibleWidth(time))}${s.dim(time)}`
  const strip = navigatorStrip(session, width, s)
  const summary = reviewSummary(session)
  const counts = s.dim(
    `${summary.answered.length}/${summary.total} answered${summary.flagged.length > 0 ? ` · ${summary.flagged.length} flagged` : ''}`,
  )
  const stripLine = visibleWidth(strip) + 2 + visibleWidth(counts) <= width ? `${strip}  ${counts}` : strip
  return [head, stripLine]
}

interface Body {
  lines: string[]
  /** Body line ranges of the items drawn inside the body (options, review rows). */
  spans: Map<ItemId, [number, number]>
}

function cursorMark(active: boolean): string {
  return active ? '❯ ' : '  '
}

function questionBody(
  state: ScreenState,
  byId: QuestionsById,
  width: number,
  s: Style,
  activeId: ItemId | undefined,
): Body {
  const {session} = state
  const entry = session.questions[session.current]!
  const question = byId.get(entry.id)
  const lines: string[] = ['']
  const spans = new Map<ItemId, [number, number]>()
  if (!question)
    return {
      lines: [...lines, s.red(`Question "${entry.id}" is no longer in the question bank; it counts as unanswered.`)],
      spans,
    }
  lines.push(...wrap(question.stem, width).split('\n'), '')
  const feedback = showsFeedback(state)
  const marks = marksOf(state, entry.id)
  if (!feedback && question.choose > 1)
    lines.push(
      s.cyan(
        `Choose ${question.choose}: Enter or Space marks an option; the answer is saved when ${question.choose} are marked.`,
      ),
      '',
    )
  const answer = answerOf(session, entry.id)
  if (feedback && answer) {
    const lettersOf = (pick: (o: {original: number}) => boolean) =>
      displayedOptions(session, question)
        .filter(pick)
        .map((o) => o.letter)
        .join(', ')
    const key = lettersOf((o) => question.options[o.original]!.correct)
    const yours = lettersOf((o) => answer.selected.includes(o.original))
    const verdict = isCorrectSelection(question, answer.selected)
      ? s.green(s.bold(`✓ Correct: ${key}`))
      : s.red(s.bold(`✗ Incorrect: you answered ${yours}; the answer is ${key}`))
    lines.push(verdict, '')
  }
  for (const o of displayedOptions(session, question)) {
    const i = o.letter.codePointAt(0)! - 65
    const option = question.options[o.original]!
    const chosen = marks.includes(i)
    const id: ItemId = `option:${i}`
    const start = lines.length
    if (feedback) {
      const mark = option.correct ? s.green('✓') : chosen ? s.red('✗') : s.dim('·')
      const yours = chosen ? s.bold(' ← your answer') : ''
      lines.push(...wrap(`${mark} ${o.letter}. ${o.text}${yours}`, width, 7, 2).split('\n'))
      if (option.rationale) lines.push(...wrap(s.dim(option.rationale), width, 7, 7).split('\n'))
    } else {
      const box = question.choose > 1 ? (chosen ? '[x]' : '[ ]') : chosen ? '(•)' : '( )'
      const text = wrap(`${box} ${o.letter}. ${o.text}`, width - 2, 7, 0)
        .split('\n')
        .map((t, k) => (k === 0 ? cursorMark(activeId === id) : '  ') + t)
      lines.push(...text.map((t) => (activeId === id ? s.bold(t) : t)))
    }
    spans.set(id, [start, lines.length - 1])
  }
  if (feedback) {
    lines.push('', s.bold('Why'), ...wrap(question.explanation ?? '', width).split('\n'))
    for (const ref of question.references) lines.push(s.dim(truncateVisible(ref, width)))
  }
  return {lines, spans}
}

function reviewBody(
  state: ScreenState,
  byId: QuestionsById,
  width: number,
  s: Style,
  activeId: ItemId | undefined,
): Body {
  const {session} = state
  const summary = reviewSummary(session)
  const lines: string[] = [
    '',
    `Answered ${summary.answered.length} of ${summary.total} · unanswered ${summary.unanswered.length} · flagged ${summary.flagged.length}`,
    '',
  ]
  const spans = new Map<ItemId, [number, number]>()
  const row = (id: ItemId, text: string) => {
    spans.set(id, [lines.length, lines.length])
    const line = truncateVisible(`${cursorMark(activeId === id)}${text}`, width)
    lines.push(activeId === id ? s.bold(line) : line)
  }
  row('submit', ACTION_LABELS.submit!)
  row('back', `← Back to question ${session.current + 1}`)
  lines.push(s.dim('─'.repeat(Math.min(width, 40))))
  const digits = String(session.questions.length).length
  for (const [i, q] of session.questions.entries()) {
    const answered = answerOf(session, q.id) !== undefined
    const state = answered ? '● answered  ' : s.yellow('○ unanswered')
    const flag = isFlagged(session, q.id) ? s.yellow(' ⚑') : '  '
    const stem = byId.get(q.id)?.stem ?? '(no longer in the bank)'
    row(`question:${i}`, `${String(i + 1).padStart(digits)} ${state}${flag} ${s.dim(stem)}`)
  }
  return {lines, spans}
}

function actionLines(state: ScreenState, activeId: ItemId | undefined, width: number, s: Style): string[] {
  const flagged = isFlagged(state.session, state.session.questions[state.session.current]!.id)
  const label = (id: ItemId) =>
    id === 'flag' ? (flagged ? '⚑ Remove flag' : '⚑ Flag for review') : (ACTION_LABELS[id] ?? id)
  return itemsOf(state)
    .filter((item) => !item.id.startsWith('option:'))
    .map((item) => {
      const text = `${cursorMark(activeId === item.id)}${label(item.id)}`
      if (item.disabled) return s.dim(`${text} (${item.disabled})`)
      return activeId === item.id ? s.bold(text) : text
    })
    .map((line) => truncateVisible(line, width))
}

function packActions(lines: string[], width: number): string[] {
  const cell = Math.max(...lines.map(visibleWidth)) + 2
  const perRow = Math.max(1, Math.floor(width / cell))
  const out: string[] = []
  for (let i = 0; i < lines.length; i += perRow)
    out.push(
      lines
        .slice(i, i + perRow)
        .map((l, k, row) => (k === row.length - 1 ? l : padVisible(l, cell)))
        .join(''),
    )
  return out
}

function helpLine(state: ScreenState, width: number, total: number): string {
  if (state.gotoText !== undefined) return `Go to question (1-${total}): ${state.gotoText}▏  ⏎ go · Esc cancel`
  if (state.confirmSubmit) return 'Submit with unanswered questions? y submit · any other key: back'
  if (state.view === 'review')
    return width >= 70
      ? '↑↓ move · ⏎ choose · Esc back to the question · Ctrl+C save and quit'
      : '↑↓ move · ⏎ choose · Esc back · ^C quit'
  const full = '↑↓ move · ⏎ choose · →/← next/previous · f flag · g go to · r review · PgDn more · Ctrl+C save and quit'
  if (visibleWidth(full) < width) return full
  // 57 columns: whole at 60 columns, the narrowest layout the screen is tested at.
  return '↑↓⏎ · →← next/prev · f flag · g go to · r review · ^C quit'
}

/**
 * Draws the exam screen to fit `size` exactly: a header (position, clock,
 * navigator), a body that scrolls when it is too tall (stem, options,
 * feedback, or the review list), and a footer that always shows (actions,
 * notice, keys). Nothing is wider than the terminal, and the frame is never
 * taller than it, so redrawing in place never pushes lines into scrollback.
 */
export function renderExamScreen(
  state: ScreenState,
  byId: QuestionsById,
  size: ScreenSize,
  s: Style,
  remaining: null | number,
): Frame {
  const width = Math.max(20, Math.min(size.columns, 120) - 1)
  const rows = Math.max(8, size.rows)
  const active = itemsOf(state)[state.cursor]?.id
  const header = headerLines(state, remaining, width, s)
  const body =
    state.view === 'review' ? reviewBody(state, byId, width, s, active) : questionBody(state, byId, width, s, active)
  const notice = state.confirmSubmit
    ? s.yellow(
        `${reviewSummary(state.session).unanswered.length} question(s) unanswered will count as wrong. Submit anyway? (y/N)`,
      )
    : state.notice
      ? (state.notice.tone === 'warn' ? s.yellow : s.green)(state.notice.text)
      : ''
  const noticeLines = notice === '' ? [] : wrap(notice, width).split('\n')
  const help = s.dim(truncateVisible(helpLine(state, width, state.session.questions.length), width))
  let actions =
    state.view === 'review' ? [] : [s.dim('─'.repeat(Math.min(width, 40))), ...actionLines(state, active, width, s)]
  const fixed = () => header.length + actions.length + noticeLines.length + 1
  // Keep at least a few body lines: pack the actions side by side before squeezing the question.
  if (rows - fixed() < 8 && actions.length > 1) actions = [actions[0]!, ...packActions(actions.slice(1), width)]
  const room = Math.max(1, rows - fixed())
  const fits = body.lines.length <= room
  const view = fits ? room : Math.max(1, room - 1)
  const maxScroll = Math.max(0, body.lines.length - view)
  let scroll = Math.min(state.scroll, maxScroll)
  const span = active === undefined ? undefined : body.spans.get(active)
  if (span) {
    if (span[0] < scroll) scroll = span[0]
    if (span[1] >= scroll + view) scroll = Math.min(maxScroll, span[1] - view + 1)
  }
  const shown = body.lines.slice(scroll, scroll + view)
  if (!fits) {
    const above = scroll > 0 ? `↑ ${scroll} line(s) above` : ''
    const below = scroll < maxScroll ? `↓ ${maxScroll - scroll} more line(s) below` : ''
    shown.push(s.dim([above, below].filter(Boolean).join(' · ') + ' — PgUp/PgDn'))
  }
  const lines = [...header, ...shown, ...actions, ...noticeLines, help]
    .map((line) => truncateVisible(line, width))
    .slice(0, rows)
  return {text: lines.join('\n'), page: Math.max(1, view - 2), maxScroll, scroll}
}
