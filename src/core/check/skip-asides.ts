import type {Token, Tokens} from 'marked'

import {blankRange} from './blank-text.js'
import {labelRole} from './document-model.js'
import {headingRoles, isUnread} from './section-roles.js'

/**
 * Skipping what the checker never reads. Everything under a heading whose
 * role is never read (Consequences, Risks, Status, References, …: see
 * `isUnread`) is ignored, and in a typical ADR it is a
 * third of the text and more of marked's time (long lists are marked's
 * slowest blocks). So before lexing, the text of such sections is turned into
 * spaces, line breaks kept (offsets and line numbers stay true), and marked
 * lexes blank lines instead.
 *
 * Only sections whose text cannot change how marked reads what follows are
 * blanked: none with a fence, an HTML line, a link definition or a line that
 * could underline a heading. And `blankedAgrees` checks marked's tokens of the
 * blanked text: each blanked section must start at a heading marked sees as
 * unread and end where marked sees the next heading; if not, the caller
 * lexes the original text.
 *
 * A document with no decision heading is not blanked at all: its choice is
 * read from prose wherever it stands.
 */

// ATX heading lines and fence lines, the only lines the scan looks at.
const HEADING_OR_FENCE = /^ {0,3}(?:(#{1,6})(?=[ \t]|$)(.*)|(`{3,}|~{3,})(.*))$/gm
// Lines that could change how marked reads past the end of the section, or create a heading in it.
const UNSAFE_LINE = /^ {0,3}(?:<|\[[^\]\n]*\]:|[=-]+[ \t]*$|`{3}|~{3})/m

/** marked's heading text: trimmed, without a closing run of `#` that stands apart (or is all there is). */
function headingText(rest: string): string {
  const text = rest.trim()
  if (!text.endsWith('#')) return text
  const trimmed = text.replace(/#+$/, '')
  return trimmed === '' || trimmed.endsWith(' ') ? trimmed.trim() : text
}

/** Whether a section holds a line that opens with a label of a role that is read ("**Decision:** …"), which a blank would lose. */
function holdsLabel(section: string): boolean {
  for (const line of section.split('\n')) {
    const role = labelRole(line.trimStart())
    if (role !== undefined && !isUnread(role)) return true
  }
  return false
}

/**
 * `body` (LF line ends) with the text of its aside sections blanked, and the
 * blanked sections (flat: heading start, section end, …). Returns `body`
 * itself and no sections when there is nothing to skip.
 */
export function blankAsides(body: string): {text: string; sections: number[]} {
  // Headings outside fences, as [line start, line end, depth, text].
  const headings: [number, number, number, string][] = []
  let fence: string | undefined
  for (const m of body.matchAll(HEADING_OR_FENCE)) {
    if (m[3] !== undefined) {
      const run = m[3]
      if (fence === undefined) fence = run
      else if (run[0] === fence[0] && run.length >= fence.length && (m[4] ?? '').trim() === '') fence = undefined
    } else if (fence === undefined)
      headings.push([m.index, m.index + m[0].length, m[1]!.length, headingText(m[2] ?? '')])
  }
  const sections: number[] = []
  const roles = headingRoles(headings.map((heading) => ({depth: heading[2], text: heading[3]})))
  if (!roles.includes('decision')) return {text: body, sections}
  let text = ''
  let copied = 0
  for (let h = 0; h < headings.length; h++) {
    const [start, lineEnd] = headings[h]!
    if (!isUnread(roles[h]!)) continue
    const from = Math.min(body.length, lineEnd + 1)
    const end = h + 1 < headings.length ? headings[h + 1]![0] : body.length
    if (from >= end || UNSAFE_LINE.test(body.slice(from, end)) || holdsLabel(body.slice(from, end))) continue
    text += body.slice(copied, from) + blankRange(body, from, end)
    copied = end
    sections.push(start, end)
  }
  return sections.length === 0 ? {text: body, sections} : {text: text + body.slice(copied), sections}
}

/**
 * marked's block tokens for `body` (LF line ends) as the checker reads them:
 * lexed with its aside sections blanked, or as it is when marked does not
 * see those sections where the scan did.
 */
export function lexSkippingAsides(body: string, lex: (markdown: string) => Token[]): Token[] {
  const skim = blankAsides(body)
  if (skim.sections.length === 0) return lex(body)
  const tokens = lex(skim.text)
  return blankedAgrees(tokens, skim.sections, body.length) ? tokens : lex(body)
}

/** Whether marked's `tokens` of the blanked text put an unread heading at the start of each blanked section and the next heading at its end. */
function blankedAgrees(tokens: readonly Token[], sections: readonly number[], length: number): boolean {
  const found: [number, Tokens.Heading][] = []
  let offset = 0
  for (const token of tokens) {
    if (token.type === 'heading') found.push([offset, token as Tokens.Heading])
    offset += token.raw.length
  }
  const roles = headingRoles(found.map(([, h]) => ({depth: h.depth, text: h.text})))
  // The scan blanks only documents with a decision heading; marked must see one too.
  if (!roles.includes('decision')) return false
  const headings = new Map(found.map(([at], i) => [at, roles[i]!]))
  for (let s = 0; s < sections.length; s += 2) {
    const role = headings.get(sections[s]!)
    if (role === undefined || !isUnread(role)) return false
    if (sections[s + 1]! < length && !headings.has(sections[s + 1]!)) return false
  }
  return true
}
