/** A sentence-like span of text: where lexicon patterns may match. */
export interface Segment {
  start: number
  end: number
}

/**
 * Splits prose into sentences, list items, table cells, headings and
 * paragraphs (an abbreviation's full stop, as in "e.g." or "etc.", ends no sentence; a full stop inside a closing
 * quote or bracket, as in `…baseline." What…`, does). Lexicon matches never cross these boundaries, which keeps a
 * phrase in one sentence from pairing with a word in the next. A table row of
 * exactly two cells is one segment, read as "key | value" ("| Job duration |
 * 3 hours |"): that is how requirement tables are written.
 */
const BOUNDARY =
  /(?<!\b(?:e\.g|i\.e|etc|vs|approx|cf|incl|esp|resp|e\.\s?g|i\.\s?e))[.!?;]["'\u201D\u2019)\]]*(?=\s|$)|\n\s*\n|\n(?=\s*(?:[-*+>|#]|\d+[.)])\s)|\|/g

/**
 * Where the one inner `|` of a two-cell table row (`| key | value |` or
 * `key | value`) is, for the line starting at `lineStart`; -1 when the line
 * is not such a row.
 */
function keyValuePipe(text: string, lineStart: number, lineEnd: number): number {
  const row = text.slice(lineStart, lineEnd).trim()
  const inner = row.slice(row.startsWith('|') ? 1 : 0, row.endsWith('|') ? -1 : undefined)
  const pipe = inner.indexOf('|')
  if (
    pipe === -1 ||
    inner.includes('|', pipe + 1) ||
    !/[a-z]/i.test(inner.slice(0, pipe)) ||
    !/\w/.test(inner.slice(pipe + 1))
  )
    return -1
  // The one inner pipe, found again in the text: the row's own offset plus the leading pipe and blanks.
  return text.indexOf(inner, lineStart) + pipe
}

export function splitSegments(text: string): Segment[] {
  const segments: Segment[] = []
  let start = 0
  // The row of the last pipe seen: a line of many pipes is examined once, not once per pipe
  // (per pipe, a long line of "| 1| 1| 1…" took time quadratic in its length).
  let row = {start: -1, end: -1, pipe: -1}
  BOUNDARY.lastIndex = 0
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m[0] === '|') {
      if (m.index >= row.end) {
        const lineEnd = text.indexOf('\n', m.index)
        row = {start: text.lastIndexOf('\n', m.index) + 1, end: lineEnd === -1 ? text.length : lineEnd, pipe: -1}
        row.pipe = keyValuePipe(text, row.start, row.end)
      }
      if (row.pipe === m.index) continue
    }
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
