import type {ExportResult} from './types.js'

import {type DraftQuestion, letterOf} from '../../core/questions/question.js'

const ENTITIES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;'}

/**
 * Field text as Anki HTML. A raw tab would split the field and a raw newline
 * the note, and a leading `"` would make Anki read the field as CSV-quoted,
 * so all of those become entities or `<br>`.
 */
export function ankiField(text: string): string {
  return text
    .replaceAll('\r', '')
    .replaceAll(/[&<>"\t]/g, (c) => ENTITIES[c] ?? c)
    .replaceAll('\n', '<br>')
}

/** Anki tags cannot hold spaces; `::` makes them hierarchical in the browser. */
const tag = (text: string) => text.trim().replaceAll(/\s+/g, '_')

function tagsOf(q: DraftQuestion): string {
  const tags = [
    ...(q.tags ?? []),
    ...(q.domain ? [`domain::${q.domain}`] : []),
    ...(q.services ?? []).map((s) => `service::${s}`),
    ...(q.difficulty ? [`difficulty::${q.difficulty}`] : []),
  ].map(tag)
  return [...new Set(tags)].filter((t) => t !== '').join(' ')
}

function front(q: DraftQuestion): string {
  const options = q.options.map((o, i) => `${letterOf(i)}. ${o.text}`).join('\n')
  // The card must say how many to pick, or a multiple-response card cannot be answered from memory.
  const count = q.choose > 1 && !/\bchoose\b/i.test(q.stem) ? `\n\n(Choose ${q.choose}.)` : ''
  return ankiField(`${q.stem}${count}\n\n${options}`)
}

function back(q: DraftQuestion): string {
  const right = q.options.flatMap((o, i) => (o.correct ? [{letter: letterOf(i), text: o.text}] : []))
  const lines = [right.map((r) => r.letter).join(', '), ...right.map((r) => `${r.letter}. ${r.text}`)]
  const explanation = q.explanation === undefined ? '' : `\n\n${q.explanation}`
  return ankiField(`${lines.join('\n')}${explanation}`)
}

/**
 * Writes an Anki plain-text import file: one note per line with the fields
 * front (stem and lettered options), back (right letters, their texts and the
 * explanation) and tags. The `#` header lines tell Anki 2.1.55+ the separator,
 * that fields hold HTML, and which column has the tags.
 */
export function exportAnki(questions: DraftQuestion[]): ExportResult {
  const header = ['#separator:tab', '#html:true', '#tags column:3']
  const notes = questions.map((q) => [front(q), back(q), tagsOf(q)].join('\t'))
  return {ok: true, text: `${[...header, ...notes].join('\n')}\n`}
}
