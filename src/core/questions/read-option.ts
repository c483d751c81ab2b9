import type {KnowledgeBase} from '../knowledge/knowledge-base.js'

import {phraseAlternation} from '../extract/escape-regexp.js'
import {findServices, mentionedVariants, type ServiceMention, withoutMentions} from '../extract/find-services.js'

/** What an answer option names: the catalog services (with the variants its words pick) and products outside the catalog. */
export interface OptionReading {
  /** One per service (and named variant), in order of first mention. */
  services: {service: string; variant?: string; alias: string; variants: string[]; turnedOff?: string[]; sold?: true}[]
  /** AWS products and features the option names that the catalog does not hold ("Amazon SQS", "an Elastic IP address"). */
  outside: string[]
  /** Every catalog mention with its place in the text, for readers that weigh what stands between two of them. */
  mentions: ServiceMention[]
  /** The option's text with the catalog names blanked out: the words that say what it is for ("…for the marketing website"). */
  unnamed: string
  /** The option's own words, names included ("let the existing Savings Plan apply"). */
  text: string
}

/**
 * AWS products and features that exam options name and edgewise's catalog
 * does not judge. An option that rests on one of them cannot be ruled in or
 * out by the rules, so an answer that depends on it is not given.
 */
export const OUTSIDE_CATALOG: readonly (readonly [string, RegExp])[] = [
    ['Amazon S3', /\b(?:Amazon\s+)?S3\b(?!\s+Glacier)|\bSimple Storage Service\b/],
    ['S3 Glacier', /\bGlacier\b/],
    ['Amazon SQS', /\bSQS\b|\bSimple Queue Service\b/],
    ['Amazon SNS', /\bSNS\b|\bSimple Notification Service\b/],
    ['Amazon Kinesis', /\bKinesis\b/],
    ['Amazon DynamoDB', /\bDynamoDB\b/],
    ['Amazon RDS', /\bRDS\b|\bRelational Database Service\b/],
    ['Amazon Aurora', /\bAurora\b/],
    ['Amazon ElastiCache', /\bElastiCache\b/],
    ['AWS Step Functions', /\bStep Functions\b/],
    ['Amazon EventBridge', /\bEventBridge\b|\bCloudWatch Events\b/],
    ['Amazon API Gateway', /\bAPI Gateway\b/],
    ['Amazon Route 53', /\bRoute\s?53\b/],
    ['Amazon EFS', /\bEFS\b|\bElastic File System\b/],
    ['Amazon EBS', /\bEBS\b|\bElastic Block Store\b/],
    ['Amazon FSx', /\bFSx\b/],
    ['instance store', /\binstance store\b/i],
    ['AWS Glue', /\bGlue\b/],
    ['Amazon Athena', /\bAthena\b/],
    ['Amazon EMR', /\bEMR\b/],
    ['Amazon Redshift', /\bRedshift\b/],
    ['Amazon SageMaker', /\bSageMaker\b/],
    ['AWS Trusted Advisor', /\bTrusted Advisor\b/],
    ['AWS Systems Manager', /\bSystems Manager\b|\bSSM\b/],
    ['Amazon CloudWatch', /\bCloudWatch\b/],
    ['AWS CloudTrail', /\bCloudTrail\b/],
    ['AWS Config', /\bAWS Config\b/],
    ['AWS Organizations', /\bOrganizations\b|\bService Control Polic(?:y|ies)\b|\bSCPs?\b/],
    ['AWS KMS', /\bKMS\b|\bKey Management Service\b/],
    ['AWS WAF', /\bWAF\b/],
    ['AWS Shield', /\bShield\b/],
    ['AWS Direct Connect', /\bDirect Connect\b/],
    ['AWS VPN', /\bVPN\b/],
    ['AWS Transit Gateway', /\bTransit Gateway\b/],
    ['AWS Storage Gateway', /\bStorage Gateway\b/],
    ['AWS DataSync', /\bDataSync\b/],
    ['AWS Transfer Family', /\bTransfer Family\b/],
    ['AWS Backup', /\bAWS Backup\b/],
    ['AWS App Runner', /\bApp Runner\b/],
    ['AWS AppSync', /\bAppSync\b/],
    ['Amazon Cognito', /\bCognito\b/],
    ['AWS Amplify', /\bAmplify\b/],
    ['an Elastic IP address', /\bElastic IP\b/i],
    ['Amazon OpenSearch Service', /\bOpenSearch\b|\bElasticsearch\b/],
    ['Amazon MQ', /\bAmazon MQ\b/],
    ['AWS Secrets Manager', /\bSecrets Manager\b/],
    ['AWS CloudFormation', /\bCloudFormation\b/],
    ['AWS Lake Formation', /\bLake Formation\b/],
    ['Amazon QuickSight', /\bQuickSight\b/],
    ['a Classic Load Balancer', /\bClassic Load Balancer\b/i],
    ['AWS Snowmobile', /\bSnowmobile\b/],
    ['an AMI', /\bAMIs?\b|\bAmazon Machine Images?\b/],
    ['Amazon Rekognition', /\bRekognition\b/],
    ['AWS Auto Scaling (application)', /\bApplication Auto Scaling\b/],
    ['AWS Cost Anomaly Detection', /\bCost Anomaly Detection\b|\banomaly (?:detection )?monitors?\b/i],
    ['AWS Cost Optimization Hub', /\bCost Optimization Hub\b/],
    ['AWS Billing Conductor', /\bBilling Conductor\b/],
    ['AWS Pricing Calculator', /\bPricing Calculator\b/],
    ['Migration Evaluator', /\bMigration Evaluator\b/],
    ['AWS Application Migration Service', /\bApplication Migration Service\b|\bAWS MGN\b/],
    ['AWS Application Discovery Service', /\bApplication Discovery Service\b/],
    ['AWS Migration Hub', /\bMigration Hub\b/],
    ['AWS Database Migration Service', /\bDatabase Migration Service\b|\bAWS DMS\b/],
    ['AWS License Manager', /\bLicense Manager\b/],
]

/** "…the On-Demand price", "…On-Demand rates": a price named as a measure, not the way the option pays. */
const PRICE_AFTER = /^[\s-]*(?:Instances?\s+)?(?:prices?|pricing|rates?|costs?|equivalent)\b/i

/**
 * Drops On-Demand named only as a yardstick for another way to pay ("Spot
 * Instances with a maximum price equal to the On-Demand price"): that option
 * buys Spot, and On-Demand's fit is not its own.
 */
function withoutPriceYardsticks(text: string, mentions: ServiceMention[]): ServiceMention[] {
  if (!mentions.some((m) => m.service === 'ec2-spot')) return mentions
  return mentions.filter((m) => m.service !== 'ec2-on-demand' || !PRICE_AFTER.test(text.slice(m.end)))
}

/**
 * "Turn on detailed monitoring, because Compute Optimizer cannot read
 * 5-minute metrics": what follows "because" (or ", since") is the reason the
 * option gives, not what it proposes, and the services it names there are
 * not the option's (the reason may even be false).
 */
const REASON_CLAUSE = /(?:,\s*|\s+)because\b|,\s*since\b/i

function proposalOf(text: string): string {
  const reason = REASON_CLAUSE.exec(text)
  return reason === null || reason.index === 0 ? text : text.slice(0, reason.index)
}

/** "Without …", "with no …": what follows is what the option goes without (a service kept away, a variant turned off). */
const GOES_WITHOUT = String.raw`without|with\s+no`

/**
 * "Run the baseline on Dedicated Instances so that it is isolated from
 * changes in Spot capacity", "…instead of Lambda", "an Auto Scaling group with
 * no placement group": a service named as what the option keeps away from,
 * replaces or goes without, is not what it proposes.
 */
const KEPT_AWAY = new RegExp(
  String.raw`\b(?:instead\s+of|rather\s+than|${GOES_WITHOUT}|(?:isolated|protected|shielded|insulated|safe)\s+from(?:\s+(?:changes|fluctuations|swings|shortages)\s+in)?)\s+(?:the\s+|any\s+|an?\s+)?$`,
  'i',
)

/**
 * "Change the launch type from Fargate to EC2", "move the workloads from On-Demand to Spot": the service a move
 * starts from is what the option leaves, not what it proposes.
 */
const MOVED_FROM = /\b(?:chang|mov|switch|migrat|convert|transition|shift)(?:e|es|ed|ing|s)?\b(?:[^.;]){0,60}?\bfrom\s+(?:the\s+|its\s+|their\s+|an?\s+)?$/i
const MOVED_TO = /^[\w\s-]{0,40}?\bto\s/

const withoutKeptAway = (text: string, mentions: ServiceMention[]) =>
  mentions.filter((m) => {
    const before = text.slice(Math.max(0, m.start - 80), m.start)
    return !KEPT_AWAY.test(before) && !(MOVED_FROM.test(before) && MOVED_TO.test(text.slice(m.end, m.end + 60)))
  })

/**
 * "Start On-Demand and revisit Savings Plans recommendations once usage is stable": a commitment the option puts off
 * until usage is known is a later decision, not a purchase it makes now, so the term rules that sink a commitment for
 * uncertain or short-lived work do not apply to it. Only the clause that names the commitment counts ("Buy a Savings
 * Plan for the baseline and add more once usage is stable" still buys one now).
 */
const COMMITMENTS = new Set(['reserved-instances', 'savings-plans'])
const USAGE_KNOWN =
  /\b(?:once|when|after|until)\s+(?:the\s+|its\s+|their\s+)?(?:actual\s+)?(?:usage|demand|utili[sz]ation|traffic|load|workload|consumption|growth)s?\s+(?:patterns?\s+|levels?\s+)?(?:is\s+|are\s+|has\s+|have\s+|becomes?\s+|proves?\s+)?(?:stable|stabili[sz]e[sd]?|settled?|settles|known|predictable|clear|established|confirmed|levels?\s+off|steady)\b/i
const CLAUSE_BREAK = /[.;]\s+|\s+(?:and|then)\s+(?=\w)/g

function withoutDeferredCommitments(text: string, mentions: ServiceMention[]): ServiceMention[] {
  if (!mentions.some((m) => COMMITMENTS.has(m.service)) || !USAGE_KNOWN.test(text)) return mentions
  const breaks = [0, ...[...text.matchAll(CLAUSE_BREAK)].map((b) => b.index + b[0].length), text.length]
  const clauseOf = (at: number) => {
    const end = breaks.findIndex((b) => b > at)
    return text.slice(breaks[end - 1], breaks[end])
  }
  return mentions.filter((m) => !COMMITMENTS.has(m.service) || !USAGE_KNOWN.test(clauseOf(m.start)))
}

/**
 * 'A rule for the "EC2 Spot Instance Interruption Warning" event', 'the "Low Utilization Amazon EC2 Instances"
 * check': a service named inside quotation marks is part of the name of an event, a check or a metric the option
 * acts on, not what it proposes to run or buy.
 */
const QUOTED_NAME = /"[^"\n]{1,80}"|\u201C[^\u201D\n]{1,80}\u201D/g

function withoutQuotedNames(text: string, mentions: ServiceMention[]): ServiceMention[] {
  const quoted = [...text.matchAll(QUOTED_NAME)].map((q) => [q.index, q.index + q[0].length] as const)
  return quoted.length === 0 ? mentions : mentions.filter((m) => !quoted.some(([start, end]) => m.start > start && m.end < end))
}

/**
 * An instance type whose name carries the "g" processor attribute ("c7g",
 * "m6gd.large", "r8g", "t4g"): an AWS Graviton instance, whatever family
 * entry the name itself maps to
 * (https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html).
 */
const GRAVITON_TYPE = /(?<![\w.-])(?:[cmrtx]\d{1,2}g[dn]{0,2}|c\dgn|im4gn|is4gen|hpc7g|a1)(?:\.(?:\d{0,2}x?large|medium|small|micro|nano|metal))?(?![\w-])/i

/** A time of day or week at which the option stops instances: a schedule, not a one-off stop. */
const OFF_HOURS = String.raw`(?:\b(?:each|every)\s+(?:evening|night|weekend|Friday|day\s+after)|\bat\s+(?:night|weekends?)|\bovernight\b|\bnightly\b|\b(?:outside|out\s+of|after)\s+(?:of\s+)?(?:the\s+)?(?:working|business|office|work|opening|trading)\s+hours\b|\bout\s+of\s+hours\b|\bon\s+(?:a|an|the)\s+(?:automated\s+)?schedule\b|\bwith\s+(?:an?\s+)?(?:automated\s+)?(?:Amazon\s+)?(?:EventBridge\s+Scheduler|scheduler|schedule|scheduled\s+(?:job|script|automation|action|task|rule|Lambda\s+function))\b|\bon\s+weekends\b|\bnights\s+and\s+weekends\b)`

/**
 * "Stop the instances each evening and start them each morning with
 * EventBridge Scheduler", "a scheduled action that stops the fleet outside
 * business hours": a stop/start schedule, whatever runs it, which is what
 * Instance Scheduler on AWS stands for in the catalog. The stop must be the
 * option's own step (an imperative, or what a named scheduler does): "so
 * that Amazon EC2 stops idle instances" is a claimed effect, not a schedule.
 * An option that hibernates is the hibernation variant of On-Demand instead.
 */
const STOP_SCHEDULE = [
  new RegExp(String.raw`(?:^|[.;:]\s+|,\s+(?:then\s+)?|\band\s+(?:then\s+)?|\bto\s+)(?:start\s+and\s+)?(?:stop|shut\s+down|turn\s+off|power\s+off|switch\s+off)(?:\s+and\s+(?:re)?start)?\b(?:[^.;]|\.(?=\w)){0,80}?${OFF_HOURS}`, 'i'),
  /\b(?:use|using|with|create|configure|set\s+up|add)\s+(?:an?\s+)?(?:Amazon\s+)?(?:EventBridge\s+Scheduler|scheduler|schedule|scheduled\s+(?:job|script|automation|action|task|rule|Lambda\s+function))s?\s+(?:schedules?\s+)?(?:to|that)\s+(?:stops?|shuts?\s+down|turns?\s+off)\b|\b(?:a|an|the)\s+(?:scheduled?\s+(?:action|job|script|automation|rule|task)|scheduler)\s+(?:stops|shuts\s+down|turns\s+off)\b/i,
  // "by using scheduled start and stop actions", "a stop/start schedule"
  /\b(?:scheduled\s+)?(?:start(?:\s+and\s+|\s*\/\s*)stop|stop(?:\s+and\s+|\s*\/\s*)start)\s+(?:schedules?|actions?|times?|automation|jobs?)\b/i,
]
const HIBERNATES = /\bhibernat/i

function stopSchedule(text: string): ServiceMention | undefined {
  if (HIBERNATES.test(text)) return undefined
  for (const pattern of STOP_SCHEDULE) {
    const found = pattern.exec(text)
    if (found) {
      const alias = found[0].replace(/^(?:[\s.;:,]+|(?:and|then|to)\b)+/i, '')
      const start = found.index + found[0].length - alias.length
      return {service: 'instance-scheduler', variant: undefined, alias, start, end: start + alias.length}
    }
  }
  return undefined
}

/** Reads one answer option: the catalog services it proposes (with variants) and what it names outside the catalog. */
export function readOption(option: string, kb: KnowledgeBase): OptionReading {
  const text = proposalOf(option)
  const mentions = withoutDeferredCommitments(text, withoutQuotedNames(text, withoutKeptAway(text, withoutPriceYardsticks(text, findServices(text, kb.catalog)))))
  const distinct = new Map<string, ServiceMention>()
  for (const m of mentions) if (!distinct.has(`${m.service}/${m.variant ?? ''}`)) distinct.set(`${m.service}/${m.variant ?? ''}`, m)
  const gravitonType = GRAVITON_TYPE.exec(text)
  if (gravitonType && ![...distinct.values()].some((m) => m.service === 'graviton') && kb.catalog.some((e) => e.id === 'graviton'))
    distinct.set('graviton/', {service: 'graviton', variant: undefined, alias: gravitonType[0], start: gravitonType.index, end: gravitonType.index + gravitonType[0].length})
  const schedule = distinct.has('instance-scheduler/') || !kb.catalog.some((e) => e.id === 'instance-scheduler') ? undefined : stopSchedule(text)
  if (schedule) distinct.set('instance-scheduler/', schedule)
  // A catalog alias inside an outside product's name ("Aurora Serverless") is not the catalog service.
  const blanked = withoutMentions(text, mentions)
  const included = new Set([...distinct.values()].flatMap((m) => kb.catalog.find((e) => e.id === m.service)?.includes ?? []))
  const outside = OUTSIDE_CATALOG.filter(([name, pattern]) => !included.has(name) && pattern.test(blanked)).map(([name]) => name)
  return {
    services: [...distinct.values()].map((m) => ({
      service: m.service,
      ...(m.variant ? {variant: m.variant} : {}),
      alias: m.alias,
      variants: [...new Set([...(m.variant ? [m.variant] : []), ...mentionedVariants(text, m.service, kb.catalog)])],
    })).map((named) => {
      const off = turnedOff(text, named.service, named.variants, kb)
      const withOff = off.length > 0 ? {...named, turnedOff: off} : named
      return mentions.some((m) => m.service === named.service && soldAt(text, m.start)) ? {...withOff, sold: true as const} : withOff
    }),
    outside,
    mentions,
    unnamed: blanked,
    text,
  }
}

/**
 * An option that names no service but configures one the stem already has
 * ("Turn on stickiness for the target group" under a stem about an
 * Application Load Balancer) is read as that service's variant, when the
 * option's words pick a variant of exactly one service the stem names.
 */
export function withStemService(reading: OptionReading, text: string, stemServices: ReadonlySet<string>, kb: KnowledgeBase): OptionReading {
  if (reading.services.length > 0) return reading
  // "Nothing, because Capacity Reservations already include a discount": a variant named only in the reason is not proposed.
  const proposal = proposalOf(text)
  const picked = [...stemServices].map((service) => ({service, variants: mentionedVariants(proposal, service, kb.catalog)})).filter((p) => p.variants.length > 0)
  if (picked.length !== 1) return reading
  const [{service, variants}] = picked as [{service: string; variants: string[]}]
  const name = kb.catalog.find((e) => e.id === service)?.name ?? service
  const off = turnedOff(text, service, variants, kb)
  return {...reading, services: [{service, variant: variants[0]!, alias: name, variants, ...(off.length > 0 ? {turnedOff: off} : {})}]}
}

/**
 * "Sell the unused Standard Reserved Instances", "list the idle reservations for sale": the words just before a
 * mention that put it up for sale. An option that sells a service gives it up; what the stem says against using it
 * for the workload does not count against selling it (what cannot be sold is the catalog's `cannot`).
 */
const SOLD_BEFORE = /\b(?:sell|sells|selling|resell|resells|reselling|list|lists|listing|put|puts|putting|offer|offers|offering)\s+(?:(?:the|its|their|all|any|of|unused|idle|remaining|surplus|spare|excess|extra|unneeded|leftover|existing|current)\s+){0,4}(?:[\w-]+\s+){0,2}$/i
/**
 * "List", "put" and "offer" sell only in a marketplace or for sale ("put the idle RIs up for sale"); "list the unused
 * Reserved Instances in Cost Explorer" sells nothing.
 */
const FOR_SALE = /\b(?:Marketplace|for\s+sale|to\s+(?:other|another)\s+(?:AWS\s+)?(?:customers?|buyers?|accounts?))\b/i

/** Whether the words just before a mention at `start` sell it: "sell …" always; "list …", "put …", "offer …" only for sale. */
function soldAt(text: string, start: number): boolean {
  const before = SOLD_BEFORE.exec(text.slice(Math.max(0, start - 80), start))
  if (before === null) return false
  return !/^(?:list|put|offer)/i.test(before[0]) || FOR_SALE.test(text)
}

const TURN_OFF = String.raw`\b(?:${GOES_WITHOUT}|turn(?:s|ing|ed)?\s+off|disabl(?:e|es|ed|ing)|deactivat(?:e|es|ed|ing)|switch(?:es|ing|ed)?\s+off|stop(?:s|ping)?\s+using|replac(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|delet(?:e|es|ed|ing)|(?:switch(?:es|ing|ed)?|chang(?:e|es|ed|ing)|mov(?:e|es|ed|ing))\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:away\s+)?from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?`

/** "Turn cross-zone load balancing off (again)": the particle after the feature. */
const TURN_OFF_AFTER = String.raw`\b(?:turn|switch)(?:s|ing|ed)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?`

/**
 * Variants an option turns off ("Turn off cross-zone load balancing on the
 * Network Load Balancer"): the option is the feature's absence, so what
 * speaks for the feature speaks against the option, and the reverse.
 */
function turnedOff(text: string, service: string, variants: readonly string[], kb: KnowledgeBase): string[] {
  const entry = kb.catalog.find((e) => e.id === service)
  return variants.filter((id) => {
    const v = entry?.variants?.find((x) => x.id === id)
    if (!v) return false
    const words = phraseAlternation([v.name, ...v.aliases, ...(v.keywords ?? [])])
    return new RegExp(`${TURN_OFF}(?:${words})(?![\\w-])`, 'i').test(text) || new RegExp(`${TURN_OFF_AFTER}(?:${words})(?:\\s+[\\w-]+){0,2}?\\s+(?:back\\s+)?off\\b`, 'i').test(text)
  })
}

