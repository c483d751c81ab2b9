import type {OptionVerdict} from './solve.js'

import {parseNumber, theOnlyValue} from '../extract/numbers.js'

/**
 * "Copy 20 TB within 10 days; 800 Mbps of the link can be used": whether the
 * network moves the data in time is arithmetic. At R bits per second, S bytes
 * take S × 8 / R seconds. Judged only when the stem states one amount of
 * data, one usable link speed and one deadline, and the answer is clear
 * either way: the transfer needs at most half the time allowed, or more than
 * all of it. In between (a transfer that would just fit) it says nothing.
 */
const NUMBER = String.raw`(\d{1,7}(?:,\d{3}){0,4}(?:\.\d{1,3})?)`
const DATA = new RegExp(
  String.raw`\b${NUMBER}\s*(PB|PiB|TB|TiB|GB|GiB)\b(?!\s*(?:a|per|each|every|/)\s*(?:day|hour|week|month|night)\b)(?!\s+(?:of\s+)?(?:memory|RAM|storage\s+per|disk\s+per))`,
  'gi',
)
const LINK = new RegExp(String.raw`\b${NUMBER}\s*(Gbps|Mbps|Gb/s|Mb/s|Gbit/s|Mbit/s)\b`, 'gi')
/** A speed the stem gives as the share of a link the copy may use ("of which 800 Mbps can be dedicated"). */
const USABLE = /^(?:(?:(?!\d\s*[GM]b)[^.;]){0,40}?\b(?:can|may|could)\s+be\s+(?:used|dedicated|spared|set\s+aside|given)|\s+(?:(?:is|are)\s+)?(?:available|free|spare|usable))\b/i
const SHARE_BEFORE = /\b(?:of\s+which|only|up\s+to|at\s+most|no\s+more\s+than)\s*$/i
const DEADLINE =
  /\b(?:within|in\s+(?:under|less\s+than|no\s+more\s+than)|in(?=\s+(?:the\s+next\s+)?\d)|by\s+the\s+end\s+of(?:\s+the\s+next)?|before\s+the\s+end\s+of(?:\s+the\s+next)?)\s+(?:the\s+next\s+)?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s+(hours?|days?|weeks?)\b/gi

const BYTES: Record<string, number> = {pb: 1e15, pib: 2 ** 50, tb: 1e12, tib: 2 ** 40, gb: 1e9, gib: 2 ** 30}
const BITS_PER_SECOND: Record<string, number> = {gbps: 1e9, 'gb/s': 1e9, 'gbit/s': 1e9, mbps: 1e6, 'mb/s': 1e6, 'mbit/s': 1e6}
const DAYS: Record<string, number> = {hour: 1 / 24, hours: 1 / 24, day: 1, days: 1, week: 7, weeks: 7}


function linkSpeed(stem: string): number | undefined {
  const speeds = [...stem.matchAll(LINK)].map((m) => ({
    bps: (parseNumber(m[1]!) ?? Number.NaN) * BITS_PER_SECOND[m[2]!.toLowerCase()]!,
    usable: USABLE.test(stem.slice(m.index + m[0].length)) || SHARE_BEFORE.test(stem.slice(Math.max(0, m.index - 30), m.index)),
  }))
  const usable = speeds.filter((s) => s.usable)
  return theOnlyValue((usable.length > 0 ? usable : speeds).map((s) => s.bps))
}

export interface TransferVerdict {
  /** Days the stated link needs for the stated data. */
  days: number
  deadlineDays: number
  /** True: the network is fast enough with room to spare; false: it cannot finish in time. */
  fits: boolean
  data: string
}

/** What the stem's numbers say about moving its data over its network, when they say it clearly. */
export function networkTransfer(stem: string): TransferVerdict | undefined {
  const sizes = [...stem.matchAll(DATA)]
  const bytes = theOnlyValue(sizes.map((m) => (parseNumber(m[1]!) ?? Number.NaN) * BYTES[m[2]!.toLowerCase()]!))
  const bps = linkSpeed(stem)
  const deadlineDays = theOnlyValue([...stem.matchAll(DEADLINE)].map((m) => (parseNumber(m[1]!) ?? Number.NaN) * DAYS[m[2]!.toLowerCase()]!))
  if (bytes === undefined || bps === undefined || deadlineDays === undefined) return undefined
  const days = (bytes * 8) / bps / 86_400
  if (days > deadlineDays / 2 && days <= deadlineDays) return undefined
  return {days, deadlineDays, fits: days <= deadlineDays / 2, data: sizes[0]![0]}
}

/** An option that ships the data on devices. */
const SHIPS = /\b(?:Snowball|Snowcone|Snowmobile|Snow\s+Family)\b|\bship(?:s|ping|ped)?\s+(?:the\s+)?(?:\w+\s+)?(?:devices?|disks?|drives?|appliances?)\b/i
/** An option that sends the data over the network (a new Direct Connect link is left out: it takes weeks to set up, another matter). */
const SENDS = /\b(?:DataSync|Transfer\s+Acceleration|(?:over|across|through|using)\s+(?:the\s+)?(?:existing\s+|current\s+|company's\s+)?(?:internet\s+|network\s+)?(?:connection|link|bandwidth|VPN)|upload(?:s|ing)?\s+(?:the\s+)?(?:\w+\s+)?(?:files|data|objects)|aws\s+s3\s+(?:cp|sync))\b/i

const daysText = (days: number) => (days < 1 ? `${Math.max(1, Math.round(days * 24))} hours` : `${days < 10 ? days.toFixed(1) : Math.round(days)} days`)

/** The option's transfer when the numbers rule it out: over a network too slow for the deadline. */
export function transferConflicts(option: string, verdict: TransferVerdict | undefined): OptionVerdict['violations'] {
  if (verdict === undefined || verdict.fits || !SENDS.test(option) || SHIPS.test(option)) return []
  return [
    {
      service: '',
      rule: 'transfer-time',
      message: `over the stated link, ${verdict.data} takes about ${daysText(verdict.days)}, longer than the ${daysText(verdict.deadlineDays)} allowed`,
    },
  ]
}

/** The option's transfer when it works but the numbers make it the costlier way: devices shipped for data the link moves in time. */
export function transferCautions(option: string, verdict: TransferVerdict | undefined): string[] {
  if (verdict === undefined || !verdict.fits || !SHIPS.test(option)) return []
  return [
    `the stated link moves ${verdict.data} in about ${daysText(verdict.days)}, well within the ${daysText(verdict.deadlineDays)} allowed, so shipping devices adds their fees and shipping time for nothing`,
  ]
}
