import type {Extraction} from '../extract/extract-profile.js'
import type {Profile} from '../knowledge/profile.js'
import type {OptionVerdict} from './solve.js'

import {parseNumber} from '../extract/numbers.js'

/** The term a purchase option names: "a 3-year EC2 Instance Savings Plan", "1-year Standard Reserved Instances". */
const NAMED_TERM = /\b(1|3|one|three)[\s-]years?\b/i
const TERM_YEARS: Record<string, number> = {'1': 1, '3': 3, one: 1, three: 3}

/** The term in years an option names for its purchase, if it names one. */
function namedTerm(optionText: string): number | undefined {
  const named = NAMED_TERM.exec(optionText)?.[1]?.toLowerCase()
  return named === undefined ? undefined : TERM_YEARS[named]
}

/** A commitment the option does not buy but already has: "the existing Compute Savings Plan", "its current Reserved Instances". */
const ALREADY_HELD = /\b(?:existing|current|already\s+(?:held|owned|bought|purchased))\b/i

/** "All Upfront", "Partial Upfront": payment options that pay cash at purchase. */
const PAYS_UP_FRONT = /\b(?:all|partial)[\s-]+up[\s-]?front\b/i

/** The On-Demand base and On-Demand share above it that a stem asks for, where it states them. */
export interface CapacitySplit {
  base?: number
  percentAboveBase?: number
}

const SPLIT_NUMBER = String.raw`(\d{1,4}|one|two|three|four|five|six|eight|ten|twelve|twenty)`
const STEM_BASE = new RegExp(
  String.raw`\b(?:at\s+least|a\s+base\s+of|the\s+first|a\s+minimum\s+of|minimum\s+of)\s+${SPLIT_NUMBER}\s+(?:\w+\s+){0,3}?instances?\b[^.;]{0,40}?\bOn-?Demand\b` +
    // "The team wants 4 instances to always be On-Demand."
    String.raw`|\b(?:wants?|needs?|requires?|keeps?)\s+${SPLIT_NUMBER}\s+(?:\w+\s+){0,2}?instances?\s+to\s+(?:always\s+)?(?:be|run|stay)\s+(?:as\s+|on\s+)?On-?Demand\b` +
    // "must always keep two On-Demand Instances running"
    String.raw`|\b(?:must|should|needs?\s+to|wants?\s+to|has\s+to|have\s+to)\s+(?:always\s+)?(?:keep|maintain)\s+(?:at\s+least\s+)?${SPLIT_NUMBER}\s+On-?Demand\s+instances?\b`,
  'i',
)
// "At least 20 instances' worth of capacity available at all times, whatever happens to spare capacity": a base that
// must not depend on Spot, which an On-Demand base keeps.
const STEM_FLOOR = new RegExp(
  String.raw`\bat\s+least\s+${SPLIT_NUMBER}\s+(?:[\w'-]+\s+){0,6}?(?:available|running|in\s+service)\s+(?:at\s+all\s+times|always|around\s+the\s+clock)\b[^.;]{0,80}?\b(?:whatever\s+happens\s+to|regardless\s+of|no\s+matter\s+what\s+happens\s+to|independent\s+of|even\s+(?:when|if))\s+(?:the\s+)?(?:spare|Spot|unused)\s+capacity\b`,
  'i',
)
// "Six instances must always be present and must not be reclaimed by AWS": a base that Spot must not hold.
// "At least 12 instances must never be interrupted", "At least 4 instances must always run that cannot be interrupted".
const STEM_PROTECTED = new RegExp(
  String.raw`\b${SPLIT_NUMBER}\s+(?:\w+\s+){0,2}?(?:instances?|tasks?)\s+must\s+(?:always\s+)?(?:be\s+(?:present|running|available)|run|stay\s+up)\b[^.;]{0,60}?\b(?:(?:must\s+not|cannot|can't|may\s+not|must\s+never|will\s+not|won't)\s+be|(?:is|are)\s+(?:not|never))\s+(?:reclaimed|interrupted|taken\s+back)` +
    String.raw`|\bat\s+least\s+${SPLIT_NUMBER}\s+(?:\w+\s+){0,2}?(?:instances?|tasks?)\s+(?:must|should|may|can)\s+(?:never|not)\s+be\s+(?:reclaimed|interrupted|taken\s+back)\b` +
    // "needs four instances that are never interrupted"
    String.raw`|\b(?:needs?|requires?|keeps?|wants?)\s+${SPLIT_NUMBER}\s+(?:\w+\s+){0,2}?instances?\s+(?:that|which)\s+(?:are|must\s+be|will\s+be)\s+never\s+(?:reclaimed|interrupted)\b`,
  'i',
)
const STEM_EVEN =
  /\b(?:split|divided|shared)\s+(?:evenly|equally|50\s*\/\s*50|half\s+and\s+half)\s+between\s+On-?Demand\s+and\s+Spot\b|\bhalf\s+On-?Demand\s+and\s+half\s+Spot\b|\bhalf\s+of\s+(?:any|the|all|its)\s+(?:additional|extra|added|other)\s+(?:capacity|instances)\s+(?:on|as|to)\s+Spot\b/i
const STEM_ALL_SPOT = /\b(?:everything|all(?:\s+capacity)?|the\s+rest|any\s+capacity)\s+above\s+(?:that|the|this|those)\s+(?:\w+\s+){0,2}?(?:base(?:line)?|instances?)?\s*(?:on|as|(?:should|must|can|may|could)\s+be|(?:to\s+)?runs?\s+on|to\s+be\s+on)\s+Spot\b/i
// "wants 75% of it to run on Spot Instances" (it: the capacity above the base): the Spot share, the rest On-Demand.
const STEM_SPOT_SHARE =
  /\b(\d{1,3})\s*%\s+of\s+(?:it|that|this|them|the\s+(?:rest|remainder|extra\s+capacity|additional\s+capacity|capacity\s+above\s+(?:that|the|this)\s+(?:base(?:line)?|minimum)))\s+(?:to\s+|should\s+|must\s+|will\s+)?(?:run\s+|be\s+|go\s+)?(?:on|as)\s+Spot\b/i
// A stem that states a share of On-Demand or Spot in words edgewise does not read: no caution on an option's share.
const STEM_NAMES_A_SHARE = /\d{1,3}\s*%[^.;]{0,60}?\b(?:Spot|On-?Demand)\b|\b(?:Spot|On-?Demand)\b[^.;]{0,60}?\d{1,3}\s*%/i
const OPTION_BASE = new RegExp(String.raw`\b(?:On-?Demand\s+base\s+(?:capacity\s+)?(?:of|to|at|=|:)?|OnDemandBaseCapacity\s*(?:set\s+to|=|of|:|at)?)\s*${SPLIT_NUMBER}\b`, 'i')
const OPTION_SPOT_PERCENT = /\b(\d{1,3})\s*%\s+Spot\s+above\s+(?:the\s+)?base\b/i
const OPTION_PERCENT =
  /\b(?:On-?Demand\s+percentage\s+above\s+base(?:\s+capacity)?\s+of|On-?Demand\s+above\s+base\s+percentage\s+(?:set\s+to|to|of|at|=|:)?|OnDemandPercentageAboveBaseCapacity\s*(?:set\s+to|=|of|:|at)?)\s*(\d{1,3})\b|\b(\d{1,3})\s*%\s+On-?Demand\s+(?:capacity\s+)?above\s+(?:the\s+)?base\b/i

/** The number a pattern with one capture group per alternative captured, whichever alternative matched. */
const firstCaptured = (match: null | RegExpExecArray) => match?.slice(1).find((n) => n !== undefined)

/** The On-Demand base and share above it that a stem states for a mixed On-Demand and Spot fleet. */
export function capacitySplitOf(stem: string): CapacitySplit {
  const base = firstCaptured(STEM_BASE.exec(stem)) ?? firstCaptured(STEM_FLOOR.exec(stem)) ?? firstCaptured(STEM_PROTECTED.exec(stem))
  const spotShare = STEM_SPOT_SHARE.exec(stem)?.[1]
  const percentAboveBase = STEM_EVEN.test(stem)
    ? 50
    : STEM_ALL_SPOT.test(stem)
      ? 0
      : spotShare === undefined
        ? undefined
        : 100 - Math.min(100, Number(spotShare))
  return {...(base === undefined ? {} : {base: parseNumber(base)}), ...(percentAboveBase === undefined ? {} : {percentAboveBase})}
}

const ONLY_SPOT =
  /\b(?:only|entirely|100\s*%)\s+(?:on\s+)?(?:EC2\s+)?Spot(?:\s+Instances)?\b|(?:\bFargate[\s_]Spot|\bFARGATE_SPOT|\bSpot)(?:\s+Instances?)?\s+for\s+(?:every|each|all)\s+(?:of\s+the\s+)?(?:instances?|nodes?|capacity|tasks?|pods?)\b|\bSpot\s+Instances\s+only\b|\b(?:only|solely|exclusively)\s+(?:the\s+)?(?:Fargate[\s_]Spot|FARGATE_SPOT)\b|\b(?:Fargate[\s_]Spot|FARGATE_SPOT)\s+(?:capacity\s+provider\s+)?only\b|\b(?:Fargate[\s_]Spot|FARGATE_SPOT)\b(?:[^.;]|\.(?=\w)){0,60}?\bas\s+the\s+only\s+capacity\s+provider\b|\b(?:run|runs|running|place|places|placing|put|puts|putting|move|moves|moving)\s+(?:all|every|each)\s+(?:of\s+the\s+)?(?:[\w-]+\s+)?(?:tasks?|instances?|pods?|nodes?|capacity)\s+(?:\w+\s+){0,2}?(?:on|with)\s+(?:the\s+)?(?:Fargate[\s_]Spot|FARGATE_SPOT|Spot)\b|\b(?:made\s+up\s+of|consisting\s+of|composed\s+of)\s+(?:only\s+)?Spot\s+Instances\b(?![^.;]{0,60}\bOn-?Demand\b)/i

/** "a base of 2", "a base of four", "at base 4": a capacity provider that holds at least one task of the base. */
const A_BASE_OF_SOME = String.raw`(?:(?:with\s+)?a\s+base\s+of|at\s+(?:a\s+)?base(?:\s+of)?)\s+(?:[1-9]\d*|one|two|three|four|five|six|eight|ten)\b`

/** "FARGATE_SPOT with a base of 2": the capacity provider that takes the base is the interruptible one. */
const BASE_ON_SPOT = new RegExp(
  String.raw`\b(?:Fargate[\s_]Spot|FARGATE_SPOT|Spot)\s+(?:capacity\s+provider\s+)?${A_BASE_OF_SOME}|${A_BASE_OF_SOME}\s+on\s+(?:the\s+)?(?:Fargate[\s_]Spot|FARGATE_SPOT)\b`,
  'i',
)

/** "Run the 12 always-on instances as Spot Instances": the part of the fleet that never stops, put on Spot. */
const ALWAYS_ON_TO_SPOT =
  /\b(?:always[- ]on|baseline|base|steady|minimum|core|constant|around-the-clock|24\/7)\s+(?:\d+\s+)?(?:[\w-]+\s+)?(?:instances|capacity|nodes|servers|fleet|tasks|workers)\b(?:(?!On-?Demand)[^.;]){0,40}?\b(?:as|on|to|with|onto)\s+(?:Fargate\s+)?Spot\b/i

/** "Run all tasks on Spot", "the whole web tier, including the baseline, on Spot Instances", "every instance, baseline included, on Spot", "every instance as a Spot Instance". */
const ALL_ON_SPOT =
  /\b(?:all|every|the\s+whole|the\s+entire|entire)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}?(?:tasks?|instances?|capacity|fleet|nodes?|pods?|workers?|containers?|tier|group|cluster)\b[^.;]{0,40}?\b(?:on|to|as)\s+(?:an?\s+)?(?:Fargate\s+)?Spot\b|\b(?:(?:base(?:line)?)\s+included|including\s+the\s+(?:\d+\s+)?base(?:line)?)\b[^.;]{0,40}?\bSpot\b|\bSpot\b[^.;]{0,40}?\b(?:including\s+the\s+(?:\d+\s+)?base(?:line)?|base(?:line)?\s+included)\b|\b(?:every|each)\s+instance\s+(?:is|becomes)\s+an?\s+Spot\b/i

/** An option that keeps an On-Demand base and puts only what is above it on Spot: "100% Spot above the base". */
const KEEPS_A_BASE = new RegExp(
  String.raw`(?<!\b(?:no|without|zero)\s+(?:an?\s+)?)\b(?:base|baseline)\b[^.;]{0,40}\bOn-?Demand\b|(?<!\b(?:no|without|zero)\s+(?:an?\s+)?)\bOn-?Demand\s+base\b|\babove\s+(?:the|that|its)\s+base\b|\bFARGATE\b(?![\s_]Spot)\s+(?:capacity\s+provider\s+)?${A_BASE_OF_SOME}|\ba\s+FARGATE\s+base\s+of\b|${A_BASE_OF_SOME}\s+on\s+(?:the\s+)?FARGATE\b(?![\s_]Spot)`,
  'i',
)

/**
 * "Launch all capacity above the baseline as On-Demand instances", "100% On-Demand above base": the
 * capacity the stem says may be interrupted, paid at the full On-Demand rate instead of Spot's.
 */
const ON_DEMAND_ABOVE_BASE = new RegExp(
  String.raw`\b(?:all|every|any|the\s+whole)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}?(?:capacity|instances?|nodes?)\s+(?:above|beyond|over|on\s+top\s+of)\s+(?:the\s+|its\s+|that\s+)?(?:[\w-]+\s+){0,2}?(?:base(?:line)?|minimum|floor)\b(?:[^.;]|\.(?=\w)){0,30}?\b(?:as|on|to)\s+On-?Demand\b` +
    String.raw`|\b100\s*%\s+On-?Demand\s+above\s+(?:the\s+)?base\b|\b(?:On-?Demand\s+percentage\s+above\s+base(?:\s+capacity)?|On-?Demand\s+above\s+base\s+percentage|OnDemandPercentageAboveBaseCapacity)\s*(?:set\s+to|=|of|:|at|to)?\s*100\b`,
  'i',
)
const ON_DEMAND_ABOVE_BASE_MESSAGE = 'it runs the capacity above the base On-Demand, though the question lets that capacity be interrupted, so Spot would cost less'
/** "Run all 30 instances as On-Demand Instances": the whole fleet On-Demand, with no Spot anywhere in the option. */
const ALL_ON_DEMAND = /\b(?:all|every|each\s+of\s+the|the\s+whole|the\s+entire)\s+(?:\d{1,5}\s+)?(?:[\w-]+\s+)?(?:instances?|nodes?|servers?|capacity|fleet)\s+(?:as|on|to)\s+On-?Demand\b/i
/** On-Demand for the capacity above the base, said of that capacity or of the whole fleet with no Spot in the option. */
function onDemandAboveBase(optionText: string): boolean {
  return ON_DEMAND_ABOVE_BASE.test(optionText) || (ALL_ON_DEMAND.test(optionText) && !/\bSpot\b/i.test(optionText))
}

/**
 * An option whose On-Demand base is the count the stem says must never be interrupted, with nothing of
 * that base put on Spot: it keeps exactly what the question protects, as a Savings Plan sized to the
 * always-on instances does.
 */
export function splitFits(optionText: string, wanted: CapacitySplit): string[] {
  const base = OPTION_BASE.exec(optionText)?.[1]
  if (base === undefined || wanted.base === undefined || wanted.base === 0 || parseNumber(base) !== wanted.base) return []
  if (BASE_ON_SPOT.test(optionText)) return []
  return [`it keeps the ${wanted.base} instances that must not be interrupted as its On-Demand base`]
}

function splitConflicts(optionText: string, wanted: CapacitySplit, stem: Profile): OptionVerdict['violations'] {
  const found: OptionVerdict['violations'] = []
  // A base that must never be interrupted, with only the capacity above it interruptible, cannot all go on Spot.
  const keepsBase = KEEPS_A_BASE.test(optionText)
  const allOnSpot = !keepsBase && (ALL_ON_SPOT.test(optionText) || ONLY_SPOT.test(optionText))
  const baseToSpot = !keepsBase && ALWAYS_ON_TO_SPOT.test(optionText)
  const putsBaseOnSpot = allOnSpot || baseToSpot || BASE_ON_SPOT.test(optionText)
  if (wanted.base !== undefined && wanted.base > 0 && ONLY_SPOT.test(optionText) && !keepsBase)
    found.push({service: '', rule: 'term', message: `capacity on Spot only keeps none of the ${wanted.base} On-Demand instances the question asks for`})
  else if ((stem.burstInterruptible === true || (wanted.base ?? 0) > 0) && putsBaseOnSpot)
    found.push({service: '', rule: 'term', message: 'it puts the base that must not be interrupted on Spot as well'})
  const base = OPTION_BASE.exec(optionText)?.[1]
  if (base !== undefined && wanted.base !== undefined && parseNumber(base) !== wanted.base)
    found.push({service: '', rule: 'term', message: `an On-Demand base of ${base} is not the ${wanted.base} the question asks for`})
  // "50% Spot above base" states the Spot share: the On-Demand share is the rest.
  const spotShare = OPTION_SPOT_PERCENT.exec(optionText)?.[1]
  const percent = firstCaptured(OPTION_PERCENT.exec(optionText)) ?? (spotShare === undefined ? undefined : String(100 - Math.min(100, Number(spotShare))))
  if (percent !== undefined && wanted.percentAboveBase !== undefined && Number(percent) !== wanted.percentAboveBase)
    found.push({service: '', rule: 'term', message: `${percent}% On-Demand above the base is not the ${wanted.percentAboveBase}% the question asks for`})
  return found
}

/**
 * "Stream the imagery to Amazon S3", "upload the results to the Region": a step
 * that needs a network path to AWS. Shipping a device back ("ship them back for
 * import") is not one.
 */
const SENDS_OVER_NETWORK =
  /\b(?:stream|streams|streaming|upload|uploads|uploading|send|sends|sending|replicate|replicates|replicating|sync|syncs|syncing|synchroni[sz]e|synchroni[sz]es|push|pushes|pushing|transmit|transmits|transmitting|export|exports|exporting)\s+(?:[\w-]+\s+){0,4}?(?:to|into)\s+(?:an?\s+)?(?:Amazon\s+S3|S3|the\s+(?:AWS\s+|parent\s+)?Region|AWS|the\s+cloud|Amazon\s+Kinesis|Kinesis)\b(?!(?:[^.;]|\.(?=\w)){0,40}?\b(?:when|once|after|whenever|as\s+soon\s+as)\b(?:[^.;]|\.(?=\w)){0,40}?\b(?:docks?|docked|in\s+port|returns?|back|reconnect\w*|connected|link\s+is\s+(?:back|available|up))\b)/i

/** "shared-tenancy instances", "default tenancy": hardware shared with other accounts, whose sockets and cores nobody sees. */
const SHARED_TENANCY = /\bshared[- ]tenancy\b|\bdefault[- ]tenancy\b|\bshared\s+(?:hardware|hosts?)\b/i
/**
 * "default-tenancy instances" named as the option's choice ("no shared hardware" is left out: it may be what the
 * option avoids, and so is default tenancy that a step flags or blocks).
 */
const DEFAULT_TENANCY =
  /(?<!\b(?:flag|flags|flagging|detect|detects|find|finds|identify|identifies|block|blocks|deny|denies|prevent|prevents|reject|rejects|report|reports|alert|alerts|stop|stops|forbid|forbids|avoid|avoids|instead\s+of|rather\s+than)\b[^.;]{0,40})\b(?:shared|default)[- ]tenancy\b/i
/** "License Included SQL Server instances": the licence comes with the instance price. */
const LICENSE_INCLUDED = /\blicen[cs]e[- ]included\b/i

/**
 * A scaling policy an option puts on CPU: "keeps average CPU utilization at 40%", "on the group's average CPU
 * utilization", "adds one instance when average CPU exceeds 70%". Not one it replaces or moves away from.
 */
const SCALES_ON_CPU =
  /(?<!\b(?:replace|replaces|replacing|instead\s+of|rather\s+than|remove|removes|removing|drop|drops|dropping|stop|stops|stopping|than)\b[^.;]{0,60})(?:\b(?:on|of|at|keeps?|keeping|holds?|holding|tracks?|tracking)\s+(?:the\s+)?(?:an?\s+)?(?:\d{1,3}\s*(?:%|percent)\s+)?(?:(?:[\w-]+\s+){0,2}?(?:group|fleet|cluster)(?:'s|’s)\s+)?(?:average\s+)?CPU(?:\s+utili[sz]ation)?\b|\b(?:average\s+)?CPU(?:\s+utili[sz]ation)?\s+(?:exceeds?|rises\s+above|goes\s+above|is\s+above|above|over|reaches)\s+\d{1,3}\s*(?:%|percent))/i

/** "Keep the Lambda functions in the Lambda service VPC", "without a VPC configuration": functions left outside the customer's VPC. */
const FUNCTIONS_OUTSIDE_VPC =
  /\b(?:Lambda|AWS\s+Lambda)\s+service\s+VPC\b|\b(?:not|never)\s+(?:connected|attached)\s+to\s+(?:a|any|the|your|its)\s+VPC\b|\bwithout\s+(?:a\s+|any\s+)?VPC\s+(?:configuration|access|attachment|settings?)\b|\boutside\s+(?:of\s+)?(?:the|any|a|your|its)\s+VPC\b/i

/**
 * Terms an option states of its own purchase that break terms the stem
 * states: a 3-year plan where no commitment may outlast one year, an All
 * Upfront payment where nothing may be paid up front. Read from the option's
 * own words, so a plan the stem would welcome is still ruled out by the term
 * it is bought on.
 */
export function termConflicts(optionText: string, stem: Profile, split: CapacitySplit = {}): OptionVerdict['violations'] {
  const found: OptionVerdict['violations'] = [...splitConflicts(optionText, split, stem)]
  const horizon = stem.commitmentYears
  const term = namedTerm(optionText)
  if (horizon !== undefined && horizon > 0 && term !== undefined && term > horizon)
    found.push({service: '', rule: 'term', message: `a ${term}-year term outlasts the ${horizon}-year horizon the question allows`})
  // A short-term need takes no new term; a plan the company already holds ("the existing 1-year plan") is no purchase.
  if (horizon === 0 && term !== undefined && !ALREADY_HELD.test(optionText))
    found.push({service: '', rule: 'term', message: `a ${term}-year term outlasts the short-term need the question states`})
  // Licences counted per physical socket or core need a host whose sockets and cores are visible; shared tenancy shows neither.
  if (stem.licensing === 'per-socket-or-core' && SHARED_TENANCY.test(optionText) && !LICENSE_INCLUDED.test(optionText))
    found.push({service: '', rule: 'term', message: 'it brings per-socket or per-core licences to shared tenancy, where no one can see or count the physical sockets and cores'})
  // Default tenancy is hardware shared with other AWS customers, whatever account or VPC the instances sit in.
  if (stem.dedicatedHardware === true && DEFAULT_TENANCY.test(optionText))
    found.push({service: '', rule: 'term', message: 'default (shared) tenancy runs on hardware shared with other AWS customers, and the question requires hardware no other customer uses'})
  // A function that is not attached to the VPC has no route to resources in its private subnets.
  if (stem.reachesPrivateSubnet === true && FUNCTIONS_OUTSIDE_VPC.test(optionText))
    found.push({service: '', rule: 'term', message: 'it keeps the functions outside the VPC, so they cannot reach the resources in its private subnets'})
  // CPU that stays low while the service is overloaded cannot drive scaling.
  if (stem.cpuNotLoadSignal === true && SCALES_ON_CPU.test(optionText))
    found.push({service: '', rule: 'term', message: 'it scales on CPU, which the question says does not follow the load'})
  // A site with no network at all cannot send anything to AWS while it runs; only a shipped device carries data back.
  if (stem.connectivity === 'none' && SENDS_OVER_NETWORK.test(optionText))
    found.push({service: '', rule: 'term', message: 'it sends data to AWS over a network, and the site has no connectivity'})
  if (stem.noUpfront === true && PAYS_UP_FRONT.test(optionText))
    found.push({service: '', rule: 'term', message: 'it pays up front, and the question allows no upfront payment'})
  // Paying On-Demand for interruptible capacity works; when the question asks for the lowest cost it is not the answer.
  if (stem.burstInterruptible === true && stem.optimizeFor === 'cost' && onDemandAboveBase(optionText))
    found.push({service: '', rule: 'term', message: ON_DEMAND_ABOVE_BASE_MESSAGE})
  return found
}

/** Four hours: a job that long loses hours of work to each interruption when it starts over. */
const LONG_JOB_SECONDS = 4 * 3600
/** "Retry the job from the beginning", "restart it from scratch", "with no changes … retry". */
const RESTARTS_FROM_START = /\b(?:retry|retries|retrying|restart|restarts|restarting|rerun|reruns|re-run|resubmit|resubmits|start(?:s|ing)?\s+over)\b[^.;]{0,60}?\bfrom\s+(?:the\s+(?:beginning|start)|scratch)\b/i

/** "No Upfront", "Partial Upfront": payment options that leave part of the price for later, at a higher total. */
const PAYS_LATER = /\b(?:no|partial)[\s-]+up[\s-]?front\b/i

/**
 * "A fixed desired count sized for the weekly peak", "provision for the peak", "a desired task count equal to the
 * largest burst": capacity paid for at its peak all the time.
 */
const SIZED_FOR_PEAK =
  /\b(?:sized|provisioned|scaled|set|built|raises?|raised|raising|increases?|increased|increasing)\s+(?:[\w'’-]+\s+){0,8}?(?:for|to|at)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:peak|maximum|busiest)\b|(?:largest|biggest|highest)\s+(?:burst|spike|load|demand)s?\b)|\b(?:fixed|constant|static|desired)[\s-]+(?:\w+\s+){0,2}?(?:count|size|sized|capacity|number|fleet|group|value|amount|level|setting)\b[^.;]{0,60}?\b(?:for|of|at|matching|match|matches|to|covers?|covering)\s+(?:the\s+)?(?:(?:\w+\s+)?(?:peak|maximum|busiest)\b|(?:largest|biggest|highest)\s+(?:burst|spike|load|demand)s?\b)/i

/**
 * "Spot Instances of a single instance type in a single Availability Zone":
 * one capacity pool, so one reclaim takes the whole fleet and a request may
 * not be filled. AWS's Spot best practices ask for flexibility across
 * instance types and zones (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-best-practices.html).
 */
const ONE_SPOT_POOL =
  /\b(?:restrict|restricts|restricting|limit|limits|limiting|pin|pins|pinning|confine|confines)\s+(?:the\s+)?Spot\s+(?:requests?\s+|capacity\s+|instances?\s+)?to\s+(?:(?:a|one)\s+(?:single\s+)?)?[a-z]\d[a-z0-9-]*\.\d{0,2}x?(?:large|medium|small|micro|nano|metal)\b(?!\s*(?:,|and\b|or\b|\/)\s*[a-z]\d)|\b(?:Spot\s+)?(?:instance\s+)?pool\s+count\s+(?:of|to|=|set\s+to)\s*(?:1|one)\b|\bSpotInstancePools\s*(?:=|:|of|to|set\s+to)\s*1\b|\bonly\s+the\s+(?:single\s+)?(?:cheapest|lowest[- ]priced?|least\s+expensive)\s+(?:Spot\s+)?(?:capacity\s+)?pool\b|\bSpot\b(?:[^.;]|\.(?=\w)){0,80}?\b(?:a\s+single|one|only\s+one|only\s+(?:the\s+)?[\w.-]+)\s+instance\s+type\b|\bSpot\b(?:[^.;]|\.(?=\w)){0,60}?\b(?:requests?|uses?|launch(?:es)?|runs?)\s+only\s+(?:the\s+)?[a-z]\d[a-z0-9-]*\.\d{0,2}x?(?:large|medium|small|micro|nano|metal)\b|\b(?:a\s+single|one|only\s+one|only\s+(?:the\s+)?[\w.-]+)\s+instance\s+type\b(?:[^.;]|\.(?=\w)){0,80}?\bSpot\b|\b(?:a\s+single|one|only\s+one)\s+(?:Spot\s+)?(?:capacity\s+)?pool\b|\b(?:a\s+single|one|only\s+one)\s+Spot\s+instance\s+type\b/i
/** "Limit the group to the single cheapest instance type": one type, whatever buys it (Spot when the stem says so). */
const ONE_INSTANCE_TYPE = /\b(?:a|the|one)\s+single\s+(?:[\w-]+\s+)?instance\s+type\b|\b(?:only\s+one|just\s+one)\s+instance\s+type\b/i

/** "Spot Instances that keep running 24/7", "leave the fleet running around the clock": every hour, idle or not. */
const RUNS_AROUND_THE_CLOCK =
  /\b(?:keep|keeps|keeping|kept|leave|leaves|leaving|left|run|runs|running|stay|stays|staying)\s+(?:[\w-]+\s+){0,3}?(?:running\s+|on\s+|up\s+)?(?:24\/7|24x7|around\s+the\s+clock|day\s+and\s+night|all\s+day\s+and\s+(?:all\s+)?night|every\s+hour\s+of\s+the\s+(?:day|week))\b/i

/** "Permanently", "around the clock", "24/7": every hour, whether the capacity is used or not. */
const ALL_THE_TIME = String.raw`(?:permanently|at\s+all\s+times|around\s+the\s+clock|all\s+the\s+time|24\/7)`
/**
 * "A Batch compute environment with a minimum of 16 vCPUs always running", "a minimum of one instance", "a desired count
 * of one task", "an always-on t3.micro instance", "an always-running ECS service", "a permanently running ECS cluster",
 * "one task that stays running", "an endpoint backed by one instance that runs continuously"; not "remove the 40
 * always-running spare instances".
 */
const KEEPS_CAPACITY_RUNNING = new RegExp(
  String.raw`(?<!\b(?:remove|removes|removing|drop|drops|dropping|retire|retires|retiring|terminate|terminates|terminating|eliminate|eliminates|replace|replaces|replacing|instead\s+of|rather\s+than|without|no)\s+(?:the\s+|its\s+|their\s+|any\s+)?(?:\d{1,5}\s+|ten\s+|two\s+|extra\s+|spare\s+){0,2})(?:\b(?:minimum|min)\s+(?:of\s+)?\d{1,5}\s+(?:vCPUs?|instances?|tasks?|nodes?)\s+(?:always\s+)?running\b|\b(?:a\s+)?(?:minimum(?:\s+(?:size|capacity))?|desired\s+(?:count|capacity))\s+of\s+(?:one|two|three|[1-9]\d{0,2})\s+(?:[\w-]+\s+)?(?:instances?|tasks?|nodes?|containers?)\b|\b(?:always|permanently|continuously|constantly)[- ](?:running|on)\s+(?:[\w.-]+\s+){0,3}?(?:instances?|capacity|nodes?|servers?|hosts?|services?|tasks?|containers?|fleet|cluster)\b|\b(?:instances?|capacity|nodes?|servers?|hosts?|tasks?|containers?|fleet|cluster|endpoint)\s+(?:that\s+|which\s+)?(?:stays?|remains?|keeps?|is\s+kept|are\s+kept)\s+running\b|\b(?:instances?|nodes?|servers?|hosts?|tasks?|endpoint|cluster)\s+(?:that\s+|which\s+)?runs?\s+(?:continuously|permanently|all\s+the\s+time|non-?stop)\b|\bprovisioned\s+concurrency\b(?:[^.;]|\.(?=\w)){0,80}?\b(?:(?:leave|leaves|leaving|keep|keeps|keeping)\s+(?:it|them|that|this)\s+(?:in\s+place\s+|configured\s+|on\s+)?${ALL_THE_TIME}|${ALL_THE_TIME})\b)`,
  'i',
)
/** "…without paying for idle compute", "wants to pay nothing while the service is idle": the stem rules out capacity that waits for work. */
const NO_IDLE_PAY =
  /\bwithout\s+paying\s+for\s+(?:any\s+)?idle\b|\bpay(?:s|ing)?\s+nothing\s+(?:while|when|whenever|for\s+the\s+time)\s+(?:it|they|the\s+[\w-]+)\s+(?:is|are|sits?)\s+idle\b|\bpay(?:s|ing)?\s+nothing\s+for\s+idle\b|\b(?:not|never|no\s+longer)\s+(?:want\s+to\s+|wish\s+to\s+)?pay(?:ing)?\s+for\s+(?:any\s+)?idle\b|\bno\s+(?:idle\s+(?:compute|capacity|instances|servers)|paying\s+for\s+idle)\b/i

/** "So that the containers are always ready", "tasks that stay warm at all times": capacity kept up between runs. */
const ALWAYS_READY =
  /\b(?:instances?|capacity|nodes?|servers?|hosts?|tasks?|containers?|fleet|cluster|workers?|environments?)\s+(?:are|is|stay|stays|remain|remains|will\s+be|will\s+stay)\s+(?:always|permanently|constantly)\s+(?:ready|warm|up|running|on|available)\b|\b(?:instances?|capacity|nodes?|servers?|hosts?|tasks?|containers?|fleet|workers?)\s+(?:are|is|stay|stays|remain|remains)\s+(?:ready|warm|up|running)\s+(?:at\s+all\s+times|around\s+the\s+clock|24\/7|all\s+day)\b/i

/** "150 standalone EC2 instances", "instances that are not in an Auto Scaling group": no group to act on. */
const STANDALONE_INSTANCES =
  /\bstandalone\s+(?:Amazon\s+)?(?:EC2\s+)?instances\b|\binstances\s+(?:that\s+are\s+)?not\s+(?:part\s+of|in)\s+(?:an?\s+|any\s+)?Auto\s+Scaling\s+groups?\b/i
/** "Create EC2 Auto Scaling scheduled actions …": capacity changes on a clock, which act on Auto Scaling groups. */
const GROUP_SCHEDULED_ACTIONS =
  /\bAuto\s+Scaling\b(?:[^.;]|\.(?=\w)){0,40}?\bscheduled\s+(?:scaling\s+)?actions?\b|\bscheduled\s+(?:scaling\s+)?actions?\b(?:[^.;]|\.(?=\w)){0,40}?\bAuto\s+Scaling\s+groups?\b/i

/**
 * "Put each instance in its own Auto Scaling group", "place every instance in an Auto Scaling group": standalone
 * instances wrapped in groups only so that a schedule can change their capacity.
 */
const EACH_INSTANCE_IN_A_GROUP =
  /\b(?:put|puts|putting|place|places|placing|wrap|wraps|wrapping|move|moves|moving)\s+(?:each|every|all)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}?instances?\s+(?:in|into)\s+(?:its\s+own|their\s+own|an?|separate)\s+(?:(?:EC2|Amazon\s+EC2)\s+)?Auto\s+Scaling\s+groups?\b/i

/** "Raise the Auto Scaling group's minimum size", "increase the desired capacity": more instances kept running. */
const RAISES_FLOOR =
  /\b(?:raise|raises|raising|increase|increases|increasing|double|doubles|doubling)\s+(?:the\s+)?(?:(?:Auto\s+Scaling\s+)?group(?:'s|’s)?\s+)?(?:minimum|min|desired)\s+(?:size|capacity|count|instance\s+count|number\s+of\s+instances)\b/i

/** "A fixed-size Auto Scaling group", "a static fleet": the same capacity at every hour. */
const FIXED_CAPACITY =
  /\b(?:fixed|constant|static)[\s-]+(?:size|sized|capacity|count|number\s+of\s+instances|fleet)\b|\b(?:stays?|staying|kept|keeps?|keeping|held|holds?|remains?|runs?)\s+at\s+(?:its\s+|the\s+)?(?:full|peak|maximum|max)\s+(?:size|capacity|count|scale)\b/i
const VARYING_LOAD: ReadonlySet<string> = new Set(['spiky', 'predictable-peaks', 'unpredictable'])

/** "A 10-day run starting three weeks from now": capacity is needed from a later date, not today. */
const STARTS_LATER =
  /\b(?:starting|starts|start|begins?|beginning)\s+(?:in\s+)?(?:about\s+|roughly\s+)?(?:\d{1,2}|one|two|three|four|five|six|eight)\s+(?:days?|weeks?|months?)\s+(?:from\s+now|from\s+today|later|away)\b|\bin\s+(?:\d{1,2}|two|three|four|five|six)\s+weeks?(?:'|’)?\s+time\b/i
/** "Create an On-Demand Capacity Reservation … today and keep it until the run finishes": billed from today. */
const RESERVED_FROM_NOW = /\b(?:Capacity\s+Reservations?|ODCRs?)\b(?:[^.;]|\.(?=\w)){0,60}?\b(?:today|now|immediately|right\s+away)\b/i

/**
 * Terms an option states that work but cost more than the stem's own terms
 * call for: a 1-year term renewed for a 3-year horizon (the smaller
 * discount), capacity sized for the peak when cost matters and the load is
 * not steady, No or Partial Upfront when the stem has the cash to pay All
 * Upfront for the lowest total cost, Spot from a single capacity pool, and a
 * Capacity Reservation made today for work the stem's text says starts
 * weeks later. Cautions, in the option's words.
 */
export function termCautions(optionText: string, stem: Profile, stemText = ''): string[] {
  const found: string[] = []
  if (STARTS_LATER.test(stemText) && RESERVED_FROM_NOW.test(optionText))
    found.push('it reserves capacity from today, and a Capacity Reservation is billed while it exists, weeks before the work starts')
  if (stem.burstInterruptible === true && stem.optimizeFor !== 'cost' && onDemandAboveBase(optionText)) found.push(ON_DEMAND_ABOVE_BASE_MESSAGE)
  if (stem.licensing === 'per-socket-or-core' && LICENSE_INCLUDED.test(optionText))
    found.push('License Included instances pay again for licences the company already brings')
  // Part of the capacity above the base On-Demand, when the question lets all of it be interrupted and names no share.
  const share = Number(firstCaptured(OPTION_PERCENT.exec(optionText)) ?? Number.NaN)
  if (stem.burstInterruptible === true && stem.optimizeFor === 'cost' && share > 0 && share < 100 && !STEM_NAMES_A_SHARE.test(stemText))
    found.push(`it runs ${share}% of the capacity above the base On-Demand, though the question lets that capacity be interrupted, so Spot for all of it would cost less`)
  // "A compute environment of type SPOT; allow only one instance type": the settings of one Spot fleet, split by semicolons.
  const optionOnSpot = /\bSpot\b/i.test(optionText)
  // A mixed instances group puts the capacity above its base on Spot: one instance type there is one Spot pool.
  const mixedAboveBase = stem.burstInterruptible === true && /\bmixed\s+instances\b/i.test(optionText)
  if (ONE_SPOT_POOL.test(optionText) || ((stem.usesSpot === true || optionOnSpot || mixedAboveBase) && ONE_INSTANCE_TYPE.test(optionText)))
    found.push('Spot capacity of a single instance type draws on few capacity pools, so interruptions hit the whole fleet at once; AWS recommends several instance types across zones')
  // A job of hours on Spot that starts over after each interruption may never finish: checkpoints let a retry resume.
  if ((stem.executionSeconds ?? 0) >= LONG_JOB_SECONDS && optionOnSpot && RESTARTS_FROM_START.test(optionText))
    found.push('it restarts a job of many hours from the beginning after every Spot interruption, so the job may never finish; checkpoints let each retry resume')
  if (stem.commitmentYears === 3 && namedTerm(optionText) === 1) found.push('a 1-year term for a horizon of three years or more earns the smaller 1-year discount')
  if (stem.optimizeFor === 'cost' && stem.loadPattern !== 'steady' && SIZED_FOR_PEAK.test(optionText))
    found.push('it keeps capacity sized for the peak running all the time, and pays for it when the load is lower')
  else if (stem.optimizeFor === 'cost' && (stem.idleOutOfHours === true || VARYING_LOAD.has(stem.loadPattern ?? '')) && FIXED_CAPACITY.test(optionText))
    found.push('a fixed-size fleet keeps the same capacity running at every hour, and pays for it when the load is low')
  if (stem.idleOutOfHours === true && (RUNS_AROUND_THE_CLOCK.test(optionText) || ALWAYS_READY.test(optionText)))
    found.push('it keeps the capacity running around the clock, and the question says it sits idle outside working hours')
  else if (stem.runsFewHours === true && (RUNS_AROUND_THE_CLOCK.test(optionText) || KEEPS_CAPACITY_RUNNING.test(optionText)))
    found.push('it keeps the capacity running around the clock, and the question says the work runs only a few hours a day or a week')
  else if (NO_IDLE_PAY.test(stemText) && (RUNS_AROUND_THE_CLOCK.test(optionText) || KEEPS_CAPACITY_RUNNING.test(optionText)))
    found.push('it keeps capacity running while it waits for work, and the question wants no idle compute paid for')
  else if (stem.optimizeFor === 'cost' && stem.loadPattern === 'spiky' && KEEPS_CAPACITY_RUNNING.test(optionText))
    found.push('it keeps capacity running between the bursts of work the question describes, and pays for it while idle')
  if (stem.cpuUsage === 'low-steady' && stem.optimizeFor === 'cost' && RAISES_FLOOR.test(optionText))
    found.push('it keeps more instances running in a fleet that is already under-used, and pays for each of them')
  if (stem.idleOutOfHours === true && EACH_INSTANCE_IN_A_GROUP.test(optionText))
    found.push('it wraps each instance in an Auto Scaling group only so that a schedule can stop it; Instance Scheduler on AWS stops and starts tagged instances as they are')
  if (STANDALONE_INSTANCES.test(stemText) && GROUP_SCHEDULED_ACTIONS.test(optionText))
    found.push('scheduled actions change the capacity of Auto Scaling groups, and the question says its instances are standalone, in no group')
  if (stem.upfrontPreferred === true && PAYS_LATER.test(optionText))
    found.push('it pays less up front, at a higher total cost, and the question has the cash to pay All Upfront for the lowest total')
  return found
}

const ORIGIN_EVENTS: ReadonlySet<unknown> = new Set(['origin-request', 'origin-response'])
const RESPONSE_EVENTS: ReadonlySet<unknown> = new Set(['viewer-response', 'origin-response'])

/** The CloudFront events an option names, kept or overruled: one option may name several ("viewer request and viewer response"). */
function eventsNamed(own: () => Extraction): Set<unknown> {
  const {evidence, overruled} = own()
  return new Set([...evidence, ...overruled].filter((e) => e.field === 'cdnEvent').map((e) => e.value))
}

/** "Before requests reach the origin", "so that spam never reaches the origin": the work must act on the way in. */
const BEFORE_THE_ORIGIN =
  /\bbefore\s+(?:the\s+|any\s+|each\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:requests?|submissions?|traffic|calls?|it|they)\s+(?:reach(?:es)?|hits?|gets?\s+to|arrives?\s+at|(?:is|are)\s+(?:forwarded|sent|passed)\s+to)\s+(?:the\s+|an?\s+|its\s+)?(?:[\w-]+\s+)?origins?\b|\bbefore\s+(?:forwarding|sending|passing)\s+(?:[\w-]+\s+){0,3}?to\s+(?:the\s+|its\s+)?origins?\b|\bnever\s+(?:reach(?:es)?|hits?|gets?\s+to)\s+(?:the\s+|its\s+)?origins?\b/i

/**
 * An option that runs only at response events ("a Lambda@Edge function on the origin response event")
 * when the stem wants requests handled before they reach the origin: by then the origin has had them.
 */
export function responseTooLate(own: () => Extraction, stemText: string): string[] {
  if (!BEFORE_THE_ORIGIN.test(stemText)) return []
  const named = [...eventsNamed(own)]
  if (named.length === 0 || !named.every((event) => RESPONSE_EVENTS.has(event))) return []
  return [`the option runs at the ${named.join(' and ')} event, after the origin has had the request; the question wants it handled before the request reaches the origin`]
}

/**
 * An option that runs only at CloudFront events the stem does not name ("a
 * Lambda@Edge function on the viewer-request event" when the check is needed
 * only on cache misses) would work, but runs where it is not needed: a
 * caution, in the words of both events (either origin event for work wanted
 * on cache misses, unless the stem has the work choose the origin). Every
 * event the option names counts,
 * kept or overruled: one option may name several ("viewer request and viewer
 * response").
 */
export function eventMismatch(own: () => Extraction, wanted: ReadonlySet<unknown>, originChosen = false): string[] {
  if (wanted.size === 0) return []
  const named = eventsNamed(own)
  // Both origin events run only on cache misses: work wanted "the first time a size is requested" is not run where it
  // is not needed at either of them. Choosing the origin is another matter: only an origin request can.
  const onMisses = (event: unknown) => !originChosen && ORIGIN_EVENTS.has(event) && [...wanted].some((w) => ORIGIN_EVENTS.has(w))
  if (named.size === 0 || [...named].some((event) => wanted.has(event) || onMisses(event))) return []
  return [`the option runs at the ${[...named].join(' and ')} event; the question's work belongs at the ${[...wanted].join(' and ')} event`]
}
