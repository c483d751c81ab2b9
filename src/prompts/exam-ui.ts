import {apply, remainingSeconds, reviewSummary, type QuestionsById} from '../core/exam/machine.js'
import {isCorrectSelection} from '../core/exam/score.js'
import {answerOf, toDisplayed, type ExamSession} from '../core/exam/session.js'
import {displayedOptions, feedback, questionHeader} from '../ui/render-exam.js'
import type {Style} from '../ui/style.js'

export interface ExamUiOptions {
  session: ExamSession
  byId: QuestionsById
  /** Called after every change, so a crash loses at most the answer being chosen. */
  save: (session: ExamSession) => Promise<void>
  style: Style
  now?: () => number
  context?: {input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream}
}

type Choice = {name: string; value: string; disabled?: boolean | string}
const CLOCK_SAVE_MS = 1000
const isPromptError = (error: unknown, name: string) => error instanceof Error && error.name === name

/**
 * The exam loop in the terminal: one screen per question (arrow keys and
 * Enter; navigation, flag, jump and review are choices on the same list), a
 * review screen before submitting, feedback after each answer in practice
 * mode, time-up submits, and Ctrl+C asks before quitting (progress is saved).
 */
export async function runExamUi(options: ExamUiOptions): Promise<{session: ExamSession; quit: boolean}> {
  const [{select, input, confirm}, {clockSelect}] = await Promise.all([import('@inquirer/prompts'), import('./clock-select.js')])
  const {byId, style: s} = options
  const now = options.now ?? Date.now
  const ctx = (options.context ?? {}) as Record<string, unknown>
  let session = options.session
  let last = now()
  const pending = new Map<string, Set<number>>()
  const change = async (action: Parameters<typeof apply>[1]) => {
    const result = apply(session, action, byId)
    session = result.session
    await options.save(session)
    return result.error
  }
  const tick = async () => {
    const seconds = Math.floor((now() - last) / 1000)
    if (seconds > 0) {
      last += seconds * 1000
      await change({type: 'tick', seconds})
    }
  }
  let notice = ''
  while (session.status === 'in-progress') {
    await tick()
    if (session.status !== 'in-progress') break
    const entry = session.questions[session.current]!
    const question = byId.get(entry.id)!
    const remaining = remainingSeconds(session)
    const chosen = pending.get(entry.id) ?? new Set(toDisplayed(entry.optionOrder, answerOf(session, entry.id)?.selected ?? []))
    pending.set(entry.id, chosen)
    const multi = question.choose > 1
    const choices: Choice[] = displayedOptions(session, question).map((o, i) => ({name: `${multi ? (chosen.has(i) ? '[x] ' : '[ ] ') : chosen.has(i) ? '● ' : '  '}${o.letter}. ${o.text}`, value: `opt:${i}`}))
    choices.push(
      {name: s.dim('──────────'), value: 'sep', disabled: ' '},
      {name: '→ Next question', value: 'next', disabled: session.current === session.questions.length - 1 && 'last question'},
      {name: '← Previous question', value: 'prev', disabled: session.current === 0 && 'first question'},
      {name: session.flagged.includes(entry.id) ? '⚑ Remove flag' : '⚑ Flag for review', value: 'flag'},
      {name: '# Go to question…', value: 'jump'},
      {name: '✓ Review and submit', value: 'review'},
    )
    const controller = new AbortController()
    const timer = remaining === null ? undefined : setTimeout(() => controller.abort(), Math.max(0, remaining) * 1000)
    // Bank the clock every second while the question is on screen, so a crash loses at most a second.
    let saving = Promise.resolve()
    const heartbeat = setInterval(() => {
      saving = saving.then(tick).catch(() => undefined)
    }, CLOCK_SAVE_MS)
    let choice: string
    try {
      const hint = s.dim(multi ? `Choose ${question.choose}: Enter toggles an option; the answer is saved when ${question.choose} are marked.` : 'Arrow keys to move, Enter to choose.')
      const shownAt = now()
      const left = () => (remaining === null ? null : Math.max(0, remaining - Math.floor((now() - shownAt) / 1000)))
      const message = () => `${notice}${questionHeader(session, question, left(), s)}\n${hint}`
      // A timed screen re-renders every second so the countdown moves while the candidate reads.
      choice = await clockSelect({message, choices, refreshMs: remaining === null ? 0 : CLOCK_SAVE_MS}, {...ctx, signal: controller.signal} as never)
    } catch (error) {
      if (isPromptError(error, 'AbortPromptError')) continue
      if (isPromptError(error, 'ExitPromptError')) {
        const quit = await confirm({message: 'Quit now? Your progress is saved; continue later with `edgewise exam --resume`.', default: true}, ctx as never).catch(() => true)
        if (quit) return {session, quit: true}
        continue
      }
      throw error
    } finally {
      clearTimeout(timer)
      clearInterval(heartbeat)
      await saving
    }
    notice = ''
    await tick()
    if (session.status !== 'in-progress') break
    if (choice.startsWith('opt:')) {
      const i = Number(choice.slice(4))
      if (multi) {
        if (chosen.has(i)) chosen.delete(i)
        else if (chosen.size < question.choose) chosen.add(i)
        else notice = s.yellow(`Only ${question.choose} may be chosen; unmark one first.\n\n`)
        if (chosen.size === question.choose) await change({type: 'answer', selected: [...chosen]})
        else if (answerOf(session, entry.id)) await change({type: 'clear'})
      } else {
        chosen.clear()
        chosen.add(i)
        await change({type: 'answer', selected: [i]})
      }
      const answer = answerOf(session, entry.id)
      if (session.mode === 'practice' && answer) {
        const message = feedback(session, question, isCorrectSelection(question, answer.selected), s)
        await select({message, choices: [{name: 'Continue', value: 'go'}]}, ctx as never).catch(() => 'go')
        if (session.current < session.questions.length - 1) await change({type: 'next'})
      } else if (!multi && session.current < session.questions.length - 1) await change({type: 'next'})
    } else if (choice === 'next' || choice === 'prev') await change({type: choice})
    else if (choice === 'flag') await change({type: 'toggleFlag'})
    else if (choice === 'jump') {
      const total = session.questions.length
      const answer = await input({message: `Go to question (1-${total}):`, validate: (v) => (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= total) || `a number from 1 to ${total}`}, ctx as never).catch(() => undefined)
      if (answer) await change({type: 'goto', index: Number(answer) - 1})
    } else if (choice === 'review') {
      const summary = reviewSummary(session)
      const reviewChoices: Choice[] = [
        {name: '✓ Submit now', value: 'submit'},
        {name: '← Back to the exam', value: 'back'},
        ...summary.unanswered.map((i) => ({name: `  ${i + 1}. unanswered${summary.flagged.includes(i) ? ' ⚑' : ''}`, value: `goto:${i}`})),
        ...summary.flagged.filter((i) => !summary.unanswered.includes(i)).map((i) => ({name: `  ${i + 1}. flagged ⚑`, value: `goto:${i}`})),
      ]
      const picked = await select({message: `Review — answered ${summary.answered.length} of ${summary.total}, unanswered ${summary.unanswered.length}, flagged ${summary.flagged.length}`, choices: reviewChoices, pageSize: Math.min(reviewChoices.length, 15)}, ctx as never).catch(() => 'back')
      if (picked === 'submit') {
        const sure = summary.unanswered.length === 0 || (await confirm({message: `${summary.unanswered.length} unanswered question(s) will count as wrong. Submit?`, default: false}, ctx as never).catch(() => false))
        if (sure) await change({type: 'submit'})
      } else if (picked.startsWith('goto:')) await change({type: 'goto', index: Number(picked.slice(5))})
    }
  }
  return {session, quit: false}
}

/** After the result: review every question, only the incorrect ones, or only the flagged ones. */
export async function reviewMenu(render: (filter: 'incorrect' | 'flagged' | 'all') => string, context?: ExamUiOptions['context']): Promise<void> {
  const {select} = await import('@inquirer/prompts')
  for (;;) {
    const picked = await select(
      {message: 'Review', choices: [{name: 'Incorrect answers', value: 'incorrect'}, {name: 'Flagged questions', value: 'flagged'}, {name: 'All questions', value: 'all'}, {name: 'Done', value: 'done'}]},
      context as never,
    ).catch(() => 'done')
    if (picked === 'done') return
    process.stdout.write(render(picked as 'incorrect' | 'flagged' | 'all'))
  }
}
