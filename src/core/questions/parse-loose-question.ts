import {chooseCountInStem} from './parse-question-markdown.js'

export interface LooseQuestion {
  stem: string
  options: string[]
  /** The letter each option was written with ("B" for "B. …"), upper-case; undefined for a task-list item. */
  letters: (string | undefined)[]
  /** From "(Choose two.)" in the stem, when it says. */
  choose: number | undefined
}

const OPTION_LINE = /^\s*(?:[-*+]\s+)?(?:\[[ xX]\]\s+)?(?:\(?([A-Ha-h])[.):]\s+|(?<=^\s*[-*+]\s+\[[ xX]\]\s+))(.+?)\s*$/
const TASK_LINE = /^\s*[-*+]\s+\[[ xX]\]\s+(.+?)\s*$/
const NOISE = /^\s*(?:!\[[^\]]*\]\([^)]*\)|\*\*\[.*back to top.*\]\(.*\)\*\*|---+|#+\s*(?:answer|explanation|rationale)\b.*)\s*$/i

/**
 * Reads a question written loosely: a stem followed by options, each on its own
 * line as "A. text", "A) text", "(A) text" or a task-list item "- [ ] text".
 * Checkbox marks are ignored (solve decides for itself); a YAML front matter
 * block, a leading "###" on the stem, images and back-to-top links are skipped,
 * and anything after an "Explanation"/"Answer" heading is dropped.
 */
export function parseLooseQuestion(text: string): LooseQuestion {
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/, '')
  const stem: string[] = []
  const options: string[] = []
  const letters: (string | undefined)[] = []
  for (const raw of body.split(/\r?\n/)) {
    if (/^\s*#+\s*(?:answer|explanation|rationale)\b/i.test(raw)) break
    if (NOISE.test(raw)) continue
    const task = TASK_LINE.exec(raw)
    const lettered = task ? undefined : OPTION_LINE.exec(raw)
    if (task || lettered?.[1]) {
      options.push((task ? task[1] : lettered![2])!.trim())
      letters.push(task ? undefined : lettered![1]!.toUpperCase())
    } else if (options.length === 0) {
      stem.push(raw.replace(/^\s*#+\s*/, ''))
    } else if (raw.trim() !== '' && options.length > 0) {
      // A continuation line belongs to the option above it.
      options[options.length - 1] += ` ${raw.trim()}`
    }
  }
  const stemText = stem.join('\n').trim()
  return {stem: stemText, options, letters, choose: chooseCountInStem(stemText)}
}
