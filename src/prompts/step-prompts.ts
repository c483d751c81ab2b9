import {createPrompt, isEnterKey, type KeypressEvent, makeTheme, useKeypress, useState} from '@inquirer/core'

/**
 * Questionnaire prompts that can go back: Esc, ← or Backspace (in a text
 * field, when it is empty) resolves with `BACK` instead of an answer, so the
 * caller can re-ask the previous question. Otherwise they behave like the
 * select, checkbox and input prompts of Inquirer.
 */
export const BACK = Symbol('back')
export type Back = typeof BACK

type Key = KeypressEvent & {sequence?: string; meta?: boolean}
// Readline folds Esc and a quick next key into one "meta" key: that is still Esc first.
const isBackKey = (key: Key, editing = false) =>
  key.name === 'escape' || key.meta === true || (!editing && (key.name === 'left' || key.name === 'backspace'))
const HIDE_CURSOR = '\u001B[?25l'

function helpLine(theme: ReturnType<typeof makeTheme>, canGoBack: boolean, keys: string): string {
  return theme.style.help(`${keys}${canGoBack ? ' · Esc or ← back' : ''}`)
}

export interface ChooseConfig {
  message: string
  choices: readonly {name: string; value: string}[]
  /** Index of the choice the cursor starts on (the previous answer when coming back). */
  start?: number
  canGoBack: boolean
}

/** One answer from a list; the list wraps at both ends. */
export const chooseStep = createPrompt<Back | string, ChooseConfig>((config, done) => {
  const theme = makeTheme({})
  const [active, setActive] = useState(Math.min(Math.max(0, config.start ?? 0), config.choices.length - 1))
  useKeypress((key: Key) => {
    const n = config.choices.length
    if (isEnterKey(key)) done(config.choices[active]!.value)
    else if (config.canGoBack && isBackKey(key)) done(BACK)
    else if (key.name === 'up' || key.name === 'down') setActive((active + (key.name === 'up' ? -1 : 1) + n) % n)
  })
  const lines = config.choices.map((c, i) => (i === active ? theme.style.highlight(`❯ ${c.name}`) : `  ${c.name}`))
  return `${theme.style.message(`? ${config.message}`, 'idle')}\n${lines.join('\n')}\n${helpLine(theme, config.canGoBack, '↑↓ move · ⏎ choose')}${HIDE_CURSOR}`
})

export interface PickAnyConfig {
  message: string
  items: readonly string[]
  marked?: readonly boolean[]
  canGoBack: boolean
}

/** Marks any number of items (Space), then Enter; a last "skip" row answers "not sure". Resolves the marks, or null for skip. */
export const pickAnyStep = createPrompt<Back | boolean[] | null, PickAnyConfig>((config, done) => {
  const theme = makeTheme({})
  const [active, setActive] = useState(0)
  const [marked, setMarked] = useState<boolean[]>(config.items.map((_, i) => config.marked?.[i] === true))
  const rows = config.items.length + 1
  useKeypress((key: Key) => {
    if (isEnterKey(key)) done(active === config.items.length ? null : marked)
    else if (config.canGoBack && isBackKey(key)) done(BACK)
    else if (key.name === 'up' || key.name === 'down') setActive((active + (key.name === 'up' ? -1 : 1) + rows) % rows)
    else if (key.name === 'space' && active < config.items.length)
      setMarked(marked.map((m, i) => (i === active ? !m : m)))
  })
  const lines = config.items.map((item, i) => {
    const line = `${i === active ? '❯' : ' '} ${marked[i] ? '[x]' : '[ ]'} ${item}`
    return i === active ? theme.style.highlight(line) : line
  })
  const skip = `${active === config.items.length ? '❯' : ' '} skip / not sure`
  lines.push(active === config.items.length ? theme.style.highlight(skip) : skip)
  return `${theme.style.message(`? ${config.message}`, 'idle')}\n${lines.join('\n')}\n${helpLine(theme, config.canGoBack, '↑↓ move · Space marks · ⏎ confirm')}${HIDE_CURSOR}`
})

export interface TextConfig {
  message: string
  default?: string
  /** A message to show, or undefined when the text is acceptable. */
  validate?: (text: string) => string | undefined
  canGoBack: boolean
}

/** A line of text; Esc goes back, and so do ← and Backspace while the field is empty. */
export const textStep = createPrompt<Back | string, TextConfig>((config, done) => {
  const theme = makeTheme({})
  const [value, setValue] = useState(config.default ?? '')
  const [error, setError] = useState<string | undefined>(undefined)
  useKeypress((key: Key, rl) => {
    if (isEnterKey(key)) {
      const problem = config.validate?.(value)
      if (problem) {
        setError(problem)
        rl.write(value)
      } else done(value)
      return
    }
    if (config.canGoBack && isBackKey(key, value !== '')) {
      done(BACK)
      return
    }
    setValue(rl.line)
    setError(undefined)
  })
  const message = theme.style.message(`? ${config.message}`, 'idle')
  const bottom = [error ? theme.style.error(error) : '', helpLine(theme, config.canGoBack, '⏎ confirm')]
    .filter(Boolean)
    .join('\n')
  return [`${message} ${value}`, bottom]
})
