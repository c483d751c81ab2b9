/**
 * Seeded randomness for exams and the question generator. A session stores
 * only its seed, and a generated question is rebuilt from its seed, so the same
 * seed must always give the same questions and option orders — on every
 * machine and in every later release. `Math.random` cannot promise that.
 */

/** A source of numbers in [0, 1). */
export type Random = () => number

/** Keeps any number a user or file supplies inside the 32-bit seed space. */
export function normalizeSeed(seed: number): number {
  return Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0
}

/**
 * mulberry32: tiny, fast and well distributed enough for shuffling quizzes
 * (not for cryptography). Returns a generator; each call advances it.
 */
export function mulberry32(seed: number): Random {
  let a = normalizeSeed(seed)
  return () => {
    a = (a + 0x6d_2b_79_f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/**
 * Derives an independent seed from a base seed and a label (FNV-1a over the
 * label, mixed with the seed). Used so each question's option order depends
 * only on the session seed and the question id — not on which other questions
 * were drawn or in what order.
 */
export function deriveSeed(seed: number, label: string): number {
  let h = (0x81_1c_9d_c5 ^ normalizeSeed(seed)) >>> 0
  for (let i = 0; i < label.length; i++) {
    // eslint-disable-next-line unicorn/prefer-code-point -- FNV-1a over UTF-16 code units: code points would change every seed derived from a non-BMP label
    h ^= label.charCodeAt(i)
    h = Math.imul(h, 0x01_00_01_93) >>> 0
  }
  // One mulberry32 step spreads FNV's weak low bits.
  return Math.floor(mulberry32(h)() * 4_294_967_296) >>> 0
}

/** Fisher–Yates shuffle into a new array; the input is left alone. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const tmp = out[i]!
    out[i] = out[j]!
    out[j] = tmp
  }
  return out
}

/** Shorthand: shuffle with a fresh generator for `seed`. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  return shuffle(items, mulberry32(seed))
}

/** One item, chosen with `random`. */
export const pickOne = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!
