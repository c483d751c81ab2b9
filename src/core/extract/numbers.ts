const WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  couple: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  sixteen: 16,
  eighteen: 18,
  twenty: 20,
  thirty: 30,
  'thirty-six': 36,
  forty: 40,
  'forty-five': 45,
  fifty: 50,
  sixty: 60,
  ninety: 90,
  hundred: 100,
  half: 0.5,
  'a half': 0.5,
  several: 3,
  few: 3,
  'a few': 3,
  dozen: 12,
  'a dozen': 12,
}

/** Reads "2", "1,500", "2.5", "two", "an", "half" as a number; undefined when it is not one. */
export function parseNumber(raw: string): number | undefined {
  const text = raw.trim().toLowerCase()
  const digits = text.replaceAll(/,(?=\d{3}\b)/g, '')
  if (/^\d+(\.\d+)?$/.test(digits)) return Number(digits)
  return WORDS[text]
}

/** Looks a unit word up in a table, trying it as written, without a plural "s", and without a trailing dot. */
export function lookupUnit(units: Readonly<Record<string, number>>, raw: string | undefined): number | undefined {
  if (raw === undefined) return units[''] ?? undefined
  const unit = raw.trim().replace(/\.$/, '')
  for (const candidate of [unit, unit.toLowerCase(), unit.replace(/s$/i, ''), unit.toLowerCase().replace(/s$/, '')]) {
    const factor = units[candidate]
    if (factor !== undefined) return factor
  }
  return undefined
}

/** Commitments are bought in 1- or 3-year terms: snap a horizon in years to the term it can support. */
export function toCommitmentTerm(years: number): 0 | 1 | 3 {
  if (years >= 3) return 3
  if (years >= 1) return 1
  return 0
}

/** Bins a data volume in GB into the profile's classes (the same bounds the questionnaire shows). */
export function toVolumeClass(gb: number): 'high' | 'low' | 'massive' | 'moderate' {
  if (gb < 1) return 'low'
  if (gb < 100) return 'moderate'
  if (gb < 10_000) return 'high'
  return 'massive'
}

/**
 * The one value a text states, among numbers read from it: undefined when it
 * states none above `floor`, or several different ones (then none of them can
 * be taken as the value).
 */
export function theOnlyValue(values: readonly number[], floor = 0): number | undefined {
  const distinct = [...new Set(values.filter((v) => Number.isFinite(v) && v > floor))]
  return distinct.length === 1 ? distinct[0] : undefined
}
