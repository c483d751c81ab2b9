import type {OptionVerdict} from './solve.js'

import {parseNumber} from '../extract/numbers.js'

/**
 * An ECS capacity provider strategy is arithmetic: the base tasks run on the
 * one provider that has a base, and the tasks beyond it are split by weight
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-capacity-providers.html).
 * "At least 2 tasks on regular Fargate, and about 75 percent of the rest on
 * Fargate Spot" is met by "FARGATE with base 2 and weight 1; FARGATE_SPOT with
 * weight 3" and by no other reading of the same numbers.
 */
interface StrategyItem {
  spot: boolean
  base: number
  weight: number
}

const COUNT = String.raw`(\d{1,3}|one|two|three|four|five|six|eight|ten|twelve|twenty)`
const PROVIDER = /\b(?:FARGATE_SPOT|Fargate\s+Spot|FARGATE|Fargate)\b/gi
const BASE = /\bbase\s*(?:of|=|:|value\s+of)?\s*(\d{1,3})\b/i
const WEIGHT = /\bweight\s*(?:of|=|:)?\s*(\d{1,3})\b/i

/** The strategy an option states, item by item, or undefined when it states none in these terms. */
export function strategyOf(option: string): StrategyItem[] | undefined {
  const starts = [...option.matchAll(PROVIDER)].map((m) => m.index)
  if (starts.length < 2) return undefined
  const items = starts.map((start, i) => {
    const text = option.slice(start, starts[i + 1] ?? option.length)
    const base = BASE.exec(text)?.[1]
    const weight = WEIGHT.exec(text)?.[1]
    return {spot: /^(?:FARGATE_SPOT|Fargate\s+Spot)/i.test(text), base: Number(base ?? 0), weight: Number(weight ?? 0), says: base !== undefined || weight !== undefined}
  })
  // Every provider named must come with its own base or weight: "FARGATE_SPOT, falling back to FARGATE" is no strategy.
  if (!items.every((item) => item.says) || new Set(items.map((item) => item.spot)).size < 2) return undefined
  return items.map(({spot, base, weight}) => ({spot, base, weight}))
}

/** "at least 2 tasks on regular Fargate capacity", "the first 4 tasks must run on FARGATE". */
const STEM_BASE = new RegExp(
  String.raw`\b(?:at\s+least|a\s+minimum\s+of|minimum\s+of|the\s+first|a\s+base\s+of)\s+${COUNT}\s+tasks?\b[^.;]{0,60}?\b(?:(?:regular|standard|on-demand|normal|non-Spot)\s+Fargate|FARGATE(?!_SPOT))\b`,
  'i',
)
/** "about 75 percent on Fargate Spot", "75% of them on FARGATE_SPOT". */
const STEM_SPOT_SHARE = /\b(\d{1,3})\s*(?:%|percent)\s+(?:of\s+(?:them|those|these|the\s+rest|the\s+others)\s+)?(?:on|to|in|as|from)\s+(?:FARGATE_SPOT|Fargate\s+Spot)\b/i
/** "25 percent on regular Fargate". */
const STEM_REGULAR_SHARE = /\b(\d{1,3})\s*(?:%|percent)\s+(?:of\s+(?:them|those|these|the\s+rest|the\s+others)\s+)?(?:on|to|in|as|from)\s+(?:regular|standard|on-demand|normal|non-Spot)\s+Fargate\b/i

export interface WantedStrategy {
  base?: number
  spotPercent?: number
}

/** What the stem asks of the strategy: the base on regular Fargate and the Spot share of the tasks above it. */
export function wantedStrategyOf(stem: string): undefined | WantedStrategy {
  const base = parseNumber(STEM_BASE.exec(stem)?.[1] ?? '')
  // A share said of regular Fargate leaves the rest to Fargate Spot.
  const spot = STEM_SPOT_SHARE.exec(stem)?.[1]
  const regular = STEM_REGULAR_SHARE.exec(stem)?.[1]
  let spotPercent: number | undefined
  if (spot !== undefined) spotPercent = Number(spot)
  else if (regular !== undefined) spotPercent = 100 - Number(regular)
  if (base === undefined && spotPercent === undefined) return undefined
  return {...(base === undefined ? {} : {base}), ...(spotPercent === undefined ? {} : {spotPercent})}
}

/** Where an option's strategy departs from what the stem asks: the base on Spot or of another size, or another split. */
export function strategyConflicts(option: string, wanted: undefined | WantedStrategy): OptionVerdict['violations'] {
  if (wanted === undefined) return []
  const items = strategyOf(option)
  if (items === undefined) return []
  const found: OptionVerdict['violations'] = []
  const spotBase = items.filter((item) => item.spot).reduce((sum, item) => sum + item.base, 0)
  const regularBase = items.filter((item) => !item.spot).reduce((sum, item) => sum + item.base, 0)
  if (wanted.base !== undefined && spotBase > 0)
    found.push({service: '', rule: 'strategy', message: `its base of ${spotBase} tasks runs on Fargate Spot, and the question wants the base on regular Fargate`})
  else if (wanted.base !== undefined && regularBase !== wanted.base)
    found.push({service: '', rule: 'strategy', message: `its base of ${regularBase} tasks on regular Fargate is not the ${wanted.base} the question asks for`})
  const weights = items.reduce((sum, item) => sum + item.weight, 0)
  const spotPercent = weights === 0 ? undefined : (100 * items.filter((item) => item.spot).reduce((sum, item) => sum + item.weight, 0)) / weights
  if (wanted.spotPercent !== undefined && spotPercent !== undefined && Math.abs(spotPercent - wanted.spotPercent) > 5)
    found.push({
      service: '',
      rule: 'strategy',
      message: `its weights put ${Math.round(spotPercent)}% of the tasks above the base on Fargate Spot, not the ${wanted.spotPercent}% the question asks for`,
    })
  return found
}
