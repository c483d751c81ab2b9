import type {Token, Tokens} from 'marked'

import type {Problem} from '../validation/problem.js'

import {letterOf, type QuestionOption} from './question.js'

/** What a question file's Markdown body holds, before any rules are applied. */
export interface QuestionBody {
  stem: string
  stemLine: number
  options: (QuestionOption & {line: number})[]
  explanation: string | undefined
  rationales: Map<string, {text: string; line: number}>
}

export {chooseCountInStem, chooseMarkInStem} from './choose-count.js'

function plainText(token: Token): string {
  return ('text' in token && typeof token.text === 'string' ? token.text : token.raw).trim()
}

/**
 * Reads the body of a question file: the stem (paragraphs before the options),
 * the options (the first task list: `- [x]` correct, `- [ ]` wrong), and the
 * `Explanation` and `Rationale` sections. Lines are 1-based in the whole file.
 */
export function parseQuestionBody(tokens: readonly Token[], firstLine: number, file: string): {body: QuestionBody; problems: Problem[]} {
  const problems: Problem[] = []
  const stemParts: string[] = []
  let stemLine = 0
  const options: QuestionBody['options'] = []
  let explanation: string[] | undefined
  const rationales = new Map<string, {text: string; line: number}>()
  let section: 'after-options' | 'explanation' | 'other' | 'rationale' | 'stem' = 'stem'
  let line = firstLine
  for (const token of tokens) {
    const tokenLine = line
    line += (token.raw.match(/\n/g) ?? []).length
    if (token.type === 'heading') {
      const title = (token as Tokens.Heading).text.trim().toLowerCase()
      section = title.startsWith('explanation') ? 'explanation' : title.startsWith('rationale') ? 'rationale' : 'other'
      if (section === 'explanation') explanation = []
      continue
    }
    if (token.type === 'space') continue
    if (section === 'stem' && token.type === 'list' && (token as Tokens.List).items.some((i) => i.task)) {
      let itemLine = tokenLine
      for (const item of (token as Tokens.List).items) {
        const text = item.text.replace(/^\[[ xX]\]\s*/, '').trim()
        if (item.task) {options.push({text, correct: item.checked === true, line: itemLine})}
        else {problems.push({file, line: itemLine, path: 'options', message: 'every option must be a task-list item: "- [x] text" or "- [ ] text"'})}
        itemLine += (item.raw.match(/\n/g) ?? []).length
      }
      section = 'after-options'
      continue
    }
    if (section === 'stem') {
      if (stemParts.length === 0) stemLine = tokenLine
      stemParts.push(plainText(token))
    } else if (section === 'explanation') {
      explanation!.push(plainText(token))
    } else if (section === 'rationale' && token.type === 'list') {
      let itemLine = tokenLine
      for (const item of (token as Tokens.List).items) {
        const m = /^\**([A-Z])\**\s*[:.)—-]+\s*(.+)$/s.exec(item.text.trim())
        if (m && rationales.has(m[1]!)) problems.push({file, line: itemLine, path: `rationale.${m[1]!}`, message: `option ${m[1]!} has a second rationale line (the first is on line ${rationales.get(m[1]!)!.line}); keep one`})
        else if (m) rationales.set(m[1]!, {text: m[2]!.trim(), line: itemLine})
        else problems.push({file, line: itemLine, path: 'rationale', message: 'each rationale line starts with the option letter: "- A: why"'})
        itemLine += (item.raw.match(/\n/g) ?? []).length
      }
    }
  }
  const body: QuestionBody = {stem: stemParts.join('\n\n'), stemLine, options, explanation: explanation?.join('\n\n') || undefined, rationales}
  return {body, problems}
}

/** Rationale text per option, in option order; missing ones are reported by the caller. */
export function rationaleFor(body: QuestionBody, index: number): string | undefined {
  return body.rationales.get(letterOf(index))?.text
}
