/** A sentence-like span of text: where lexicon patterns may match. */
export interface Segment {
  start: number
  end: number
}

/**
 * Splits prose into sentences, list items, table cells, headings and
 * paragraphs (an abbreviation's full stop, as in "e.g." or "etc.", ends no sentence). Lexicon matches never cross these boundaries, which keeps a
 * phrase in one sentence from pairing with a word in the next. A table row of
 * exactly two cells is one segment, read as "key | value" ("| Job duration |
 * 3 hours |"): that is how requirement tables are written.
 */
const BOUNDARY = /(?<!\b(?:e\.g|i\.e|etc|vs|approx|cf|incl|esp|resp|e\.\s?g|i\.\s?e))[.!?;](?=\s|$)|\n\s*\n|\n(?=\s*(?:[-*+>|#]|\d+[.)])\s)|\|/g

/** Whether the `|` at `at` separates the two cells of a two-cell table row (`| key | value |` or `key | value`). */
function joinsKeyAndValue(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1
  const lineEnd = text.indexOf('\n', at)
  const row = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).trim()
  const inner = row.slice(row.startsWith('|') ? 1 : 0, row.endsWith('|') ? -1 : undefined)
  const pipe = inner.indexOf('|')
  if (pipe === -1 || inner.indexOf('|', pipe + 1) !== -1 || !/[a-z]/i.test(inner.slice(0, pipe)) || !/\w/.test(inner.slice(pipe + 1))) return false
  // The one inner pipe, found again in the text: the row's own offset plus the leading pipe and blanks.
  return lineStart + text.slice(lineStart).indexOf(inner) + pipe === at
}

export function splitSegments(text: string): Segment[] {
  const segments: Segment[] = []
  let start = 0
  BOUNDARY.lastIndex = 0
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m[0] === '|' && joinsKeyAndValue(text, m.index)) continue
    const end = m.index + m[0].length
    if (end > start) segments.push({start, end})
    start = end
  }
  if (start < text.length) segments.push({start, end: text.length})
  return segments
}

/** Index of the segment containing `offset` (segments are sorted and contiguous). */
export function segmentAt(segments: readonly Segment[], offset: number): number {
  let lo = 0
  let hi = segments.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (segments[mid]!.start <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}
