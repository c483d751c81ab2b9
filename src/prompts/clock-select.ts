import {createPrompt, isDownKey, isEnterKey, isUpKey, makeTheme, useEffect, useKeypress, usePagination, usePrefix, useState, type Status} from '@inquirer/core'

export interface ClockChoice {
  name: string
  value: string
  /** true, or the reason shown next to it. */
  disabled?: boolean | string
}

export interface ClockSelectConfig {
  /** Rendered on every frame, so it may show a clock. */
  message: () => string
  choices: readonly ClockChoice[]
  pageSize?: number
  /** Re-render this often (ms) even without a key press; 0 for never. */
  refreshMs: number
}

/**
 * A single-choice list like @inquirer/prompts' select, whose message is
 * re-rendered every `refreshMs`: the exam countdown keeps moving while a
 * candidate reads, instead of freezing at the value it had when the screen
 * appeared. Disabled entries can be passed over with the arrows but not chosen;
 * the list wraps at both ends, as select's `loop` does.
 */
export const clockSelect = createPrompt<string, ClockSelectConfig>((config, done) => {
  const theme = makeTheme({})
  const [status, setStatus] = useState<Status>('idle')
  const [active, setActive] = useState(Math.max(0, config.choices.findIndex((c) => !c.disabled)))
  const [, setFrame] = useState(0)
  const prefix = usePrefix({status, theme})

  useEffect(() => {
    if (config.refreshMs <= 0) return undefined
    const timer = setInterval(() => setFrame((n) => n + 1), config.refreshMs)
    return () => clearInterval(timer)
  }, [config.refreshMs])

  useKeypress((key) => {
    if (isEnterKey(key)) {
      const choice = config.choices[active]
      if (choice && !choice.disabled) {
        setStatus('done')
        done(choice.value)
      }
    } else if (isUpKey(key) || isDownKey(key)) {
      const step = isUpKey(key) ? -1 : 1
      const n = config.choices.length
      setActive((active + step + n) % n)
    }
  })

  const message = theme.style.message(config.message(), status)
  const chosen = config.choices[active]
  if (status === 'done') return `${prefix} ${message} ${theme.style.answer(chosen?.name ?? '')}`
  const page = usePagination({
    items: config.choices,
    active,
    renderItem: ({item, isActive}) => {
      const cursor = isActive ? '❯' : ' '
      if (item.disabled) return theme.style.help(`${isActive ? '❯' : ' '} ${item.name}${typeof item.disabled === 'string' && item.disabled.trim() ? ` (${item.disabled})` : ''}`)
      return isActive ? theme.style.highlight(`${cursor} ${item.name}`) : `${cursor} ${item.name}`
    },
    pageSize: config.pageSize ?? config.choices.length,
    loop: true,
  })
  return `${prefix} ${message}\n${page}\n${theme.style.help('↑↓ move · ⏎ choose · Ctrl+C save and quit')}`
})
