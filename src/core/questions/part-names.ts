/**
 * How an option names the part of a stem it answers in the stem's own words:
 * "Implement Feature 2 as…" answers the sentence that starts "Feature 2
 * runs…", "CloudFront for the marketing website" the sentence about the
 * marketing website, whatever workload each sentence was read as.
 */

/** Words that name nothing by themselves: grammar, the verbs options start with, and words every compute stem uses. */
const FUNCTION_WORDS = new Set(
  `a an the to for of on in at by with and or but nor so as from into onto over under than then that this these those
its it their them they our we you your his her is are be was were been being has have had will would can could should
may might must shall do does did not no only just also both all each every any some more most less least one same
other another such own very about up down out off across per via use uses using run runs running move moves migrate
buy purchase configure deploy set create add implement put make keep place enable turn launch switch choose select
which what who how when where why new existing current instances instance servers server capacity aws amazon ec2 cost
costs company workload workloads application applications service services solution option`.split(/\s+/),
)

/** "Feature 2", "Workload A": labels a stem gives its parts so options can name them. */
const LABEL_NOUNS = 'feature workload job application app service tier component requirement system phase part team stage task project site fleet'
// Any case for the noun, but a capital for a letter label: "Workload B", not "a service a day".
const LABEL = new RegExp(
  String.raw`\b(${LABEL_NOUNS.split(' ')
    .map((noun) => `[${noun[0]!.toUpperCase()}${noun[0]}]${noun.slice(1)}`)
    .join('|')})\s+(\d{1,2}|[A-Z]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our)\b`,
  'g',
)

const WORD = /[A-Za-z0-9][\w'.-]*[A-Za-z0-9]|[A-Za-z0-9]/g

/** The pairs of adjacent content words in a text, lower-cased. */
function namesIn(text: string): Set<string> {
  const names = new Set<string>()
  let previous: string | undefined
  let end = 0
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase()
    // Words are adjacent only within a clause: punctuation between them breaks the pair.
    if (!/^\s*$/.test(text.slice(end, m.index))) previous = undefined
    end = (m.index ?? 0) + m[0].length
    if (FUNCTION_WORDS.has(word)) {
      previous = undefined
      continue
    }
    if (previous !== undefined) names.add(`${previous} ${word}`)
    previous = word
  }
  return names
}

/** The parts an option names: their indexes, and whether by a label the stem gives them ("Feature 2"). */
export interface NamedParts {
  parts: number[]
  byLabel: boolean
}

const labelsIn = (text: string): Set<string> => new Set([...text.matchAll(LABEL)].map((m) => `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}`))

/**
 * The parts an option names in the stem's words: the indexes of the parts
 * whose sentences share a label, else a pair of content words, with the
 * option (service names blanked out of it first), when that is some parts
 * and not all of them.
 */
export function partsNamedBy(optionWords: string, partTexts: readonly string[]): NamedParts {
  const none = {parts: [], byLabel: false}
  if (partTexts.length < 2) return none
  for (const [names, byLabel] of [
    [labelsIn, true],
    [namesIn, false],
  ] as const) {
    const own = names(optionWords)
    if (own.size === 0) continue
    const parts = partTexts.flatMap((text, i) => ([...names(text)].some((name) => own.has(name)) ? [i] : []))
    if (parts.length > 0 && parts.length < partTexts.length) return {parts, byLabel}
  }
  return none
}

/** An option or sentence about every part at once: "both features in one function", "for all three workloads". */
const EVERY_PART =
  /\bboth\s+[\w-]+(?:\s+[\w-]+)?\s+and\s+[\w-]+|\b(?:both|all|each)\s+(?:of\s+(?:them|these|those|the)\s+)?(?:\w+\s+)?(?:phases|workloads|parts|tiers|jobs|applications|apps|services|features|systems|teams|fleets|environments|stages|requirements|use cases)\b|\b(?:both|all|each)\s+of\s+(?:them|these|those)\b/i

export const speaksOfEveryPart = (text: string) => EVERY_PART.test(text)

/** Whether a sentence gives a part its label ("Feature 2 runs only on cache misses"): it starts that part. */
export const labelsAPart = (sentence: string) => labelsIn(sentence).size > 0
