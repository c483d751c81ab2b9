import type {BankQuestion} from '../../core/questions/bank-question.js'
import {letterOf} from '../../core/questions/question.js'

/** Writes a question in the bank's own file format (what `questions validate` reads). */
export function toBankMarkdown(q: BankQuestion): string {
  const front = [
    '---',
    `id: ${q.id}`,
    `domain: ${q.domain}`,
    `task: "${q.task}"`,
    `services: [${q.services.join(', ')}]`,
    `difficulty: ${q.difficulty}`,
    `type: ${q.type}`,
    `choose: ${q.choose}`,
    'references:',
    ...q.references.map((r) => `  - ${r}`),
    `source: ${q.source}`,
    '---',
  ]
  const options = q.options.map((o) => `- [${o.correct ? 'x' : ' '}] ${o.text}`)
  const rationale = q.options.map((o, i) => `- ${letterOf(i)}: ${o.rationale ?? ''}`)
  return [...front, '', q.stem, '', ...options, '', '## Explanation', '', q.explanation, '', '## Rationale', '', ...rationale, ''].join('\n')
}
