import type {KnowledgeBase} from '../knowledge/knowledge-base.js'
import type {OptionVerdict} from './solve.js'

import {parseNumber, theOnlyValue} from '../extract/numbers.js'

/**
 * "A single Lambda function that lists the bucket and loops over every file
 * within one invocation": one invocation does all of the stem's items, so it
 * runs for the count times the time per item. Judged only when the stem
 * states one count of items and the time one item takes (the profile's run
 * time of one unit of work), and only when the total is more than twice the
 * Lambda timeout: near the limit it says nothing.
 */
const COUNT =
  /\b(\d{1,3}(?:,\d{3}){1,3}|\d{1,7}(?:\.\d{1,2})?)\s*(million|thousand|k|m)?\s+(?:[\w-]+\s+){0,3}?(files|objects|images|records|messages|documents|receipts|rows|photos|videos|items|events|transactions|orders)\b/gi
const MULTIPLIER: Record<string, number> = {million: 1e6, m: 1e6, thousand: 1e3, k: 1e3}

/** An option whose one invocation takes every item: "within one invocation", "loops over every file". */
const ONE_INVOCATION =
  /\b(?:within|in|during)\s+(?:a\s+single|one|the\s+same)\s+(?:Lambda\s+)?invocation\b|\b(?:a\s+single|one)\s+(?:Lambda\s+)?invocation\s+(?:that\s+)?(?:processes|handles|reads|loops|works\s+through)\b|\bloops?\s+(?:over|through)\s+(?:every|all|each|the\s+whole)\b|\b(?:every|all|each)\s+(?:of\s+the\s+)?(?:[\w-]+\s+)?(?:files?|objects?|items?|records?|messages?|rows?)\s+in\s+(?:a|one)\s+(?:single\s+)?loop\b/i

const statedCount = (stem: string): number | undefined =>
  theOnlyValue(
    [...stem.matchAll(COUNT)].map((m) => (parseNumber(m[1]!) ?? Number.NaN) * (MULTIPLIER[(m[2] ?? '').toLowerCase()] ?? 1)),
    1,
  )

const hours = (seconds: number) => (seconds >= 7200 ? `${Math.round(seconds / 3600)} hours` : `${Math.round(seconds / 60)} minutes`)

/** The option's single invocation when the stem's numbers make it outlast the Lambda timeout. */
export function oneInvocationConflicts(
  option: string,
  services: readonly string[],
  stem: string,
  secondsPerItem: number | undefined,
  kb: KnowledgeBase,
): OptionVerdict['violations'] {
  if (secondsPerItem === undefined || !services.includes('lambda') || !ONE_INVOCATION.test(option)) return []
  const timeout = kb.catalog.find((e) => e.id === 'lambda')?.limits?.find((l) => l.id === 'max-timeout')?.value
  const count = statedCount(stem)
  if (typeof timeout !== 'number' || count === undefined) return []
  const total = count * secondsPerItem
  if (total <= 2 * timeout) return []
  return [
    {
      service: 'lambda',
      rule: 'one-invocation',
      message: `one invocation for all ${count.toLocaleString('en-US')} items at about ${secondsPerItem} s each runs for about ${hours(total)}; a Lambda invocation stops after ${timeout / 60} minutes`,
    },
  ]
}
