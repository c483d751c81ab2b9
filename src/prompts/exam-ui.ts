import type {QuestionsById} from '../core/exam/machine.js'
import type {ExamSession} from '../core/exam/session.js'
import type {ScreenSize} from '../ui/exam-screen.js'
import type {Style} from '../ui/style.js'

import {initialScreen, type ScreenState, tickScreen} from './exam-screen-model.js'

export interface ExamUiOptions {
  session: ExamSession
  byId: QuestionsById
  /** Called after every change, so a crash loses at most the answer being chosen. */
  save: (session: ExamSession) => Promise<void>
  style: Style
  now?: () => number
  /** Terminal size; defaults to the output's. */
  size?: () => ScreenSize
  context?: {input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream}
}

const isPromptError = (error: unknown, name: string) => error instanceof Error && error.name === name
const ENTER_ALT_SCREEN = '\u001B[?1049h\u001B[H\u001B[2J'
const LEAVE_ALT_SCREEN = '\u001B[?1049l'

/**
 * Draws the exam on the terminal's alternate screen, as full-screen programs
 * do, so the session never floods the scrollback; the terminal gets its
 * screen back on every way out (finish, quit, Ctrl+C, a crash).
 */
function useAlternateScreen(output: NodeJS.WritableStream & {isTTY?: boolean}): () => void {
  if (output.isTTY !== true) return () => undefined
  output.write(ENTER_ALT_SCREEN)
  let left = false
  const leave = () => {
    if (left) return
    left = true
    process.off('exit', leave)
    output.write(`${LEAVE_ALT_SCREEN}\u001B[?25h`)
  }
  process.on('exit', leave)
  return leave
}

/**
 * Saves sessions one at a time, newest wins: the clock changes the session
 * every second and a slow disk must neither pile writes up nor reorder them.
 */
function saver(save: (session: ExamSession) => Promise<void>, onError: (error: unknown) => void) {
  let pending: ExamSession | undefined
  let running: Promise<void> | undefined
  const drain = async () => {
    while (pending) {
      const session = pending
      pending = undefined
      await save(session)
    }
  }
  return {
    commit(session: ExamSession) {
      pending = session
      running ??= drain()
        .catch(onError)
        .finally(() => {
          running = undefined
        })
    },
    async flush() {
      // A commit made while the last write was finishing starts another run: wait for that one too.
      for (let current = running; current; current = running) await current
    },
  }
}

/**
 * The exam loop in the terminal: one screen, redrawn in place (see
 * exam-screen), until the session is submitted or time runs out. Ctrl+C asks
 * before quitting; progress is saved either way.
 */
export async function runExamUi(options: ExamUiOptions): Promise<{session: ExamSession; quit: boolean}> {
  const [{confirm}, {examScreen}] = await Promise.all([import('@inquirer/prompts'), import('./exam-screen.js')])
  const now = options.now ?? Date.now
  const output = (options.context?.output ?? process.stdout) as NodeJS.WritableStream & {
    isTTY?: boolean
    columns?: number
    rows?: number
  }
  const size = options.size ?? (() => ({columns: output.columns || 100, rows: output.rows || 30}))
  const ctx = (options.context ?? {}) as Record<string, unknown>
  const failed = new AbortController()
  let saveError: unknown
  const saves = saver(options.save, (error) => {
    saveError ??= error
    failed.abort()
  })
  const clock = {bankedAt: now()}
  let state: ScreenState = initialScreen(options.session)
  const leave = useAlternateScreen(output)
  let quit = false
  let failure: unknown
  try {
    while (state.session.status === 'in-progress' && !quit) {
      try {
        state = await examScreen(
          {
            state,
            byId: options.byId,
            style: options.style,
            size,
            now,
            clock,
            onChange(next, sessionChanged) {
              state = next
              if (sessionChanged) saves.commit(next.session)
            },
          },
          {...ctx, clearPromptOnDone: true, signal: failed.signal} as never,
        )
      } catch (error) {
        if (!isPromptError(error, 'ExitPromptError')) throw error
        const message = 'Quit now? Your progress is saved; continue later with `edgewise exam --resume`.'
        quit = await confirm({message, default: true}, {...ctx, clearPromptOnDone: true} as never).catch(() => true)
        // The minutes spent deciding count, as they would in the exam room.
        const seconds = Math.floor((now() - clock.bankedAt) / 1000)
        clock.bankedAt += seconds * 1000
        state = tickScreen(state, seconds, options.byId)
      }
    }
    saves.commit(state.session)
  } catch (error) {
    failure = error
  }
  await saves.flush()
  leave()
  // A failed save aborts the screen; report the save, not the abort.
  if (saveError !== undefined) throw saveError
  if (failure !== undefined) throw failure
  return {session: state.session, quit}
}

/** After the result: review every question, only the incorrect ones, or only the flagged ones. */
export async function reviewMenu(
  render: (filter: 'all' | 'flagged' | 'incorrect') => string,
  context?: ExamUiOptions['context'],
): Promise<void> {
  const {select} = await import('@inquirer/prompts')
  for (;;) {
    const picked = await select(
      {
        message: 'Review',
        choices: [
          {name: 'Incorrect answers', value: 'incorrect'},
          {name: 'Flagged questions', value: 'flagged'},
          {name: 'All questions', value: 'all'},
          {name: 'Done', value: 'done'},
        ],
      },
      context as never,
    ).catch(() => 'done')
    if (picked === 'done') return
    process.stdout.write(render(picked as 'all' | 'flagged' | 'incorrect'))
  }
}
