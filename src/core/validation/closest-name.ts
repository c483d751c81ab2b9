/**
 * The candidate a misspelt name was probably meant to be: the closest by edit
 * distance (insertions, deletions, substitutions and swaps of neighbours),
 * ignoring case, when it is close enough to be a typo — at most one edit for
 * short names, two for longer ones. Undefined when nothing is that close.
 */
export function closestName(word: string, candidates: readonly string[]): string | undefined {
  const target = word.toLowerCase()
  const allowed = target.length <= 4 ? 1 : 2
  let best: undefined | {name: string; distance: number}
  for (const name of candidates) {
    const distance = editDistance(target, name.toLowerCase())
    if (distance <= allowed && (best === undefined || distance < best.distance)) best = {name, distance}
  }
  return best?.name
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3
  // Optimal string alignment: Levenshtein plus swaps of two neighbouring letters ("latnecy").
  const rows = Array.from({length: a.length + 1}, (_, i) =>
    Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1)
      rows[i]![j] = d
    }
  }
  return rows[a.length]![b.length]!
}
