/**
 * A stable id derived from a question's content, so re-importing the same
 * question gives the same id and reordering a file changes nothing.
 * Whitespace, case and option order do not matter; wording does.
 */
export function contentId(stem: string, options: readonly string[], prefix = 'q'): string {
  const normalize = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim()
  const text = [normalize(stem), ...options.map(normalize).sort()].join('\u0000')
  return `${prefix}-${fnv1a64(text)}`
}

/** FNV-1a, 64-bit, as 12 hex digits: plenty for a bank of thousands, and pure (no crypto import). */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n
  const prime = 0x100000001b3n
  const mask = (1n << 64n) - 1n
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte)
    hash = (hash * prime) & mask
  }
  return hash.toString(16).padStart(16, '0').slice(0, 12)
}
