import type {Profile} from '../knowledge/profile.js'
import type {OptionVerdict} from './solve.js'

import {parseNumber} from '../extract/numbers.js'

/**
 * "Twelve instances run around the clock; during ticket drops the group grows
 * to 70": a Savings Plan or Reserved Instances bought for 70 pay every hour
 * for 58 instances that run a few hours a week. A commitment is paid whether
 * the capacity runs or not, so it is sized to what runs all the time. This
 * reads the two counts a stem states, the baseline and the peak, and the
 * count an option commits to; it judges only where all three are stated.
 */
export interface FleetSizes {
  /** Instances the stem says run all the time. */
  baseline: number
  /** The most instances the stem says the workload ever runs. */
  peak: number
}

const COUNT = String.raw`(\d{1,5}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|sixteen|eighteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)`
// "40 c6i.2xlarge instances", "twelve web servers", "20 of the same instances".
const INSTANCES = String.raw`(?:[\w.'-]+\s+){0,3}?(?:instances?|servers?|nodes|VMs|virtual\s+machines|hosts)\b`
// "42 instances", "the full 42-instance peak".
const COUNTED = new RegExp(String.raw`(?<![\w.$-])${COUNT}(?:\s+|-)${INSTANCES}`, 'gi')

// What runs all the time, said in the same sentence as its count.
const ALWAYS_ON =
  /\b(?:all\s+year(?:\s+round)?|year[- ]round|around\s+the\s+clock|24\s*\/\s*7|24\s+hours\s+a\s+day|every\s+hour|all\s+the\s+time|at\s+all\s+times|always|constantly|continuously|never\s+(?:drops?|falls?)\s+below|never\s+(?:\w+\s+){0,2}?(?:fewer|less)\s+than|base(?:line)?|base\s+load|steady|day\s+and\s+night|all\s+day\s+every\s+day)\b/i
// What runs only at times, said in the same sentence as its count.
const AT_PEAK =
  /\b(?:up\s+to|as\s+many\s+as|grows?\s+to|grew\s+to|scales?\s+(?:out\s+)?to|rises?\s+to|climbs?\s+to|reach(?:es)?|peaks?|busiest|surges?|spikes?|bursts?|rush|during|for\s+(?:a\s+few|a\s+couple\s+of|\d+|two|three|four|five|six|seven|ten|twelve|several)\s+(?:hours|days|weeks))\b/i

const sentencesOf = (text: string) => text.split(/(?<=[.!?;])\s+/)

// "Bursts to about 40", "grows to 70 during sales": the unit is the one the sentence already counts in.
const GROWS_TO = new RegExp(
  String.raw`\b(?:bursts?|grows?|grew|scales?(?:\s+out)?|rises?|climbs?|peaks?|jumps?|spikes?)\s+(?:up\s+)?(?:to|at)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|as\s+many\s+as\s+)?${COUNT}\b(?!\s*(?:%|percent|ms|milliseconds|seconds|minutes|GB|TB|MB|requests|users|times|x\b))`,
  'gi',
)

function countsIn(sentence: string): number[] {
  const counted = [...sentence.matchAll(COUNTED)]
  const bare = counted.length > 0 ? [...sentence.matchAll(GROWS_TO)] : []
  return [...counted, ...bare].map((m) => parseNumber(m[1]!) ?? Number.NaN).filter((n) => Number.isFinite(n) && n >= 2)
}

/** The baseline and peak instance counts a stem states, or undefined unless it states both and the peak is larger. */
export function fleetSizesOf(stem: string): FleetSizes | undefined {
  const baselines = new Set<number>()
  let peak = Number.NEGATIVE_INFINITY
  for (const sentence of sentencesOf(stem)) {
    const counts = countsIn(sentence)
    if (counts.length === 0) continue
    const always = ALWAYS_ON.test(sentence)
    const atPeak = AT_PEAK.test(sentence)
    // "Twelve instances are busy every hour, and during drops the group grows to 70": the smaller count runs always.
    // Loops, not Math.min(...): an adversarial sentence may count instances hundreds of thousands of times.
    let least = Number.POSITIVE_INFINITY
    let most = Number.NEGATIVE_INFINITY
    for (const count of counts) {
      least = Math.min(least, count)
      most = Math.max(most, count)
    }
    if (always && atPeak && counts.length >= 2) {
      baselines.add(least)
      peak = Math.max(peak, most)
    } else if (always && !atPeak && counts.length === 1) baselines.add(least)
    else if (atPeak && !always) peak = Math.max(peak, most)
  }
  if (baselines.size !== 1 || peak === Number.NEGATIVE_INFINITY) return undefined
  const baseline = [...baselines][0]!
  return peak > baseline ? {baseline, peak} : undefined
}

/**
 * A purchase that is paid whether the capacity runs or not, for its whole term; "commit for the 6 always-on instances
 * for 3 years" names no purchase option but is one.
 */
const COMMITMENT = /\b(?:Savings\s+Plans?|Reserved\s+Instances?|RIs?|commit(?:ment)?\s+(?:for|to)(?=\s+(?:the|all|its|their|a|\d)))\b/i
/** "Sized to the peak", "matching the maximum size of the group". */
const TO_THE_PEAK = /\b(?:sized|scaled|bought|matches|matching|covers?|covering|for)\s+(?:[\w$.,/-]+\s+){0,4}?(?:the\s+)?(?:peak|maximum|busiest|highest)\b/i
// A new step: a sentence or clause end, ", and …", or "and" before a verb of its own ("… and let Auto Scaling add …").
const STEP_BREAK = /[.;]|,\s*(?:and|then|while|but)\b|\b(?:and|then|while)\s+(?:\w+\s+)?(?:use|run|keep|launch|configure|add|set|put|cover|buy|purchase|move|let|allow|have)\b/i

// "Cover all 60 instances with …", "Buy 30 one-year Convertible Reserved Instances": the words before say what it is for.
const COVER_VERB = /\b(?:cover|covers|covering|buy|buys|buying|purchase|purchases|purchasing)\b/i
const STEP_BREAKS = new RegExp(STEP_BREAK.source, 'gi')

/** The words of the commitment's own step before it, when they say what it covers; otherwise nothing. */
function coveredBefore(before: string): string {
  let start = 0
  for (const m of before.matchAll(STEP_BREAKS)) start = m.index + m[0].length
  const step = before.slice(start)
  return COVER_VERB.test(step) ? step : ''
}

/**
 * A Capacity Reservation has no term, but it is billed while it exists,
 * used or not: held for the whole year, it pays for idle capacity as a
 * commitment does ("Capacity Reservations for the 30 burst instances for the
 * whole year"). One held for the window it is needed is not.
 */
const RESERVATION = /\b(?:(?:On-?Demand\s+)?Capacity\s+Reservations?|ODCRs?)\b/i
const HELD_ALL_THE_TIME =
  /\b(?:for\s+the\s+(?:whole|entire|full)\s+year|all\s+year(?:\s+round)?|year[- ]round|around\s+the\s+clock|permanently|indefinitely|at\s+all\s+times|all\s+the\s+time|(?:for|over)\s+the\s+(?:whole|entire|full)\s+term)\b/i

/** The instance count an option commits to: a count in the same step as the Savings Plan or Reserved Instances. */
function committedCount(option: string, sizes: FleetSizes): number | undefined {
  const reservation = RESERVATION.exec(option)
  const commitment = COMMITMENT.exec(option) ?? (reservation && HELD_ALL_THE_TIME.test(option) ? reservation : null)
  if (!commitment) return undefined
  const after = option.slice(commitment.index)
  const stepBreak = STEP_BREAK.exec(after.slice(commitment[0].length))
  const step = stepBreak === null ? after : after.slice(0, commitment[0].length + stepBreak.index)
  if (TO_THE_PEAK.test(step)) return sizes.peak
  const own = countsIn(step)
  // "Cover all 60 instances with a 3-year Compute Savings Plan": the count the plan covers comes first.
  const before = coveredBefore(option.slice(0, commitment.index))
  if (own.length === 0 && TO_THE_PEAK.test(before)) return sizes.peak
  // The commitment's own name ends the count's noun phrase: "30 one-year Convertible Reserved Instances".
  const counts = own.length > 0 ? own : countsIn(before === '' ? '' : before + commitment[0])
  return counts.length === 1 ? counts[0] : undefined
}

/** What an option's commitment size says against it or for it, from one reading of the count it commits to. */
export interface CommitmentSizeVerdict {
  conflicts: OptionVerdict['violations']
  cautions: string[]
  fits: string[]
}

/**
 * A commitment larger than the capacity that runs all the time works, but pays for idle capacity every hour: when the
 * question asks for the lowest cost it is not the answer (a conflict), otherwise it is a caution. A commitment sized to
 * exactly what runs all the time, when the question asks for the lowest cost, is used every hour of its term, the size
 * the discount pays off at: one reason for the option, weighed like a fit.
 */
export function commitmentSizeVerdict(option: string, sizes: FleetSizes | undefined, stem: Profile): CommitmentSizeVerdict {
  const verdict: CommitmentSizeVerdict = {conflicts: [], cautions: [], fits: []}
  if (sizes === undefined) return verdict
  const committed = committedCount(option, sizes)
  if (committed === undefined) return verdict
  const forCost = stem.optimizeFor === 'cost'
  if (committed > sizes.baseline) {
    const message = `it commits to ${committed} instances, but only ${sizes.baseline} run all the time; the commitment is paid for the rest when they do not run`
    if (forCost) verdict.conflicts.push({service: '', rule: 'commitment-size', message})
    else verdict.cautions.push(message)
  } else if (forCost && committed === sizes.baseline)
    verdict.fits.push(`it commits to the ${sizes.baseline} instances that run all the time, so the commitment is used every hour of its term`)
  return verdict
}

/** "Commit $34 per hour", "a Savings Plan", "Reserved Instances": the option buys a commitment of some size. */
const ANY_COMMITMENT = /\b(?:Savings\s+Plans?|Reserved\s+Instances?|RIs?|commit|commits|committing|commitment)\b/i
/** "sized to the average number of tasks", "which covers the weekly average spend", "the average usage priced at …". */
const AT_THE_AVERAGE =
  /\b(?:average|mean)\s+(?:[\w-]+\s+){0,3}?(?:usage|use|spend|spending|load|number|count|instances|tasks|utili[sz]ation|consumption|demand|cost|costs|concurrency)\b|\b(?:average|mean)\s+of\s+(?:the\s+)?(?:usage|spend|load|levels?|instances|tasks)\b/i
/** What the stem says usage never goes below: "has never dropped below $12 per hour", "a minimum of 4 instances". */
const USAGE_FLOOR =
  /\b(?:never\s+(?:drops?|dropped|fell|falls?|goes|went|dips?|dipped)\s+below|(?:not|never)\s+(?:fallen|dropped|gone|dipped)\s+below|no\s+lower\s+than|minimum|lowest|baseline|floor|always[- ]on|runs?\s+(?:all\s+the\s+time|around\s+the\s+clock|24\/7))\b/i
/** …and what it rises to: "peaks at $35 per hour", "averages $20". */
const USAGE_ABOVE_FLOOR = /\b(?:peaks?|peaked|spikes?|bursts?|busiest|averages?|averaged|varies|rises?\s+to|climbs?\s+to)\b/i

/**
 * A commitment sized above the floor the stem says usage never goes below ("sized to the average usage", "sized to
 * the $70-an-hour peak"), when usage runs from that floor upwards: every hour below the size leaves part of it
 * unused, and it is paid for all the same. The floor is the size that is used every hour.
 */
function sizedAboveFloor(option: string, stemText: string, sizedTo: RegExp, size: string, below: string): string[] {
  if (!ANY_COMMITMENT.test(option) || !sizedTo.test(option)) return []
  if (!USAGE_FLOOR.test(stemText) || !USAGE_ABOVE_FLOOR.test(stemText)) return []
  return [`it sizes the commitment to ${size}, so in every hour that runs below ${below} part of it goes unused and is paid for all the same`]
}

/** A commitment sized to the average usage of a stem whose usage runs from a floor up to peaks. */
export function averageSizedCautions(option: string, stemText: string): string[] {
  return sizedAboveFloor(option, stemText, AT_THE_AVERAGE, 'the average usage', 'the average')
}

/**
 * A commitment sized to the peak of a stem whose usage runs from a floor up to it, when the stem states no instance
 * counts (a spend in dollars an hour, say; counts are `commitmentSizeVerdict`'s).
 */
export function peakSizedCautions(option: string, stemText: string, sizes: FleetSizes | undefined): string[] {
  return sizes === undefined ? sizedAboveFloor(option, stemText, TO_THE_PEAK, 'the peak', 'the peak') : []
}
