/** A sentence-like span of text: where lexicon patterns may match. */
export interface Segment {
  start: number
  end: number
}

/**
 * Splits prose into sentences, list items, table cells, headings and
 * paragraphs. Lexicon matches never cross these boundaries, which keeps a
 * phrase in one sentence from pairing with a word in the next.
 */
const BOUNDARY = /[.!?;](?=\s|$)|\n\s*\n|\n(?=\s*(?:[-*+>|#]|\d+[.)])\s)|\|/g

export function splitSegments(text: string): Segment[] {
  const segments: Segment[] = []
  let start = 0
  BOUNDARY.lastIndex = 0
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
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
