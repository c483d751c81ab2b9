import type {BankQuestion} from '../../core/questions/bank-question.js'

import {letterOf} from '../../core/questions/question.js'

/** YAML scalars that need no quotes stay bare, as in the hand-written bank; anything else is a JSON string, which YAML reads as is. */
const yamlString = (s: string) => (/^[\w./:@+-]+$/.test(s) && !/^[-:]/.test(s) && !/^(true|false|null|yes|no|~|\d[\d.]*)$/i.test(s) ? s : JSON.stringify(s))

/** URLs stay bare (a `#` inside a URL is not a YAML comment); only whitespace, quotes or ": " need quoting. */
const yamlUrl = (url: string) => (/[\s"'`]|: /.test(url) ? JSON.stringify(url) : url)

/** A rationale line under "## Rationale"; continuation lines are indented so they stay in the same list item. */
const rationaleLine = (letter: string, text: string) => `- ${letter}: ${text.replaceAll('\n', '\n  ')}`

/**
 * Writes a question in the bank's own file format (what `questions validate`
 * and `exam --bank DIR` read). Curated questions carry every field; imported
 * ones (`source: imported`) only those they have, and no Explanation or
 * Rationale section when the source had none.
 */
export function toBankMarkdown(q: BankQuestion): string {
  const front = ['---', `id: ${q.id}`]
  if (q.domain !== undefined) front.push(`domain: ${q.domain}`)
  if (q.task !== undefined) front.push(`task: "${q.task}"`)
  if (q.services.length > 0 || q.source !== 'imported') front.push(`services: [${q.services.join(', ')}]`)
  if (q.difficulty !== undefined) front.push(`difficulty: ${q.difficulty}`)
  front.push(`type: ${q.type}`, `choose: ${q.choose}`)
  if (q.references.length > 0 || q.source !== 'imported') front.push('references:', ...q.references.map((r) => `  - ${yamlUrl(r)}`))
  front.push(`source: ${q.source}`)
  if (q.tags && q.tags.length > 0) front.push('tags:', ...q.tags.map((t) => `  - ${yamlString(t)}`))
  front.push('---')
  const options = q.options.map((o) => `- [${o.correct ? 'x' : ' '}] ${o.text}`)
  const body = [...front, '', q.stem, '', ...options, '']
  if (q.explanation !== undefined) body.push('## Explanation', '', q.explanation, '')
  const rationales = q.options.flatMap((o, i) => (o.rationale === undefined ? [] : [rationaleLine(letterOf(i), o.rationale)]))
  if (rationales.length > 0 || q.source !== 'imported') body.push('## Rationale', '', ...(q.source === 'imported' ? rationales : q.options.map((o, i) => rationaleLine(letterOf(i), o.rationale ?? ''))), '')
  return body.join('\n')
}
