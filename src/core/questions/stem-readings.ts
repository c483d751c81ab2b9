import type {Advice} from '../advisor/advice.js'
import type {KnowledgeBase} from '../knowledge/knowledge-base.js'
import type {Profile} from '../knowledge/profile.js'

import {adviseSync} from '../advisor/advise.js'
import {satisfiedLeaves} from '../advisor/conditions.js'
import {escapeRegExp, wholePhrases} from '../extract/escape-regexp.js'
import {type Evidence, type Extraction, extractProfile} from '../extract/extract-profile.js'
import {findServices} from '../extract/find-services.js'
import {splitSegments} from '../extract/segments.js'
import {ruleNamed} from '../knowledge/knowledge-base.js'
import {STATED_FACT} from '../knowledge/rule.js'
import {BOTH_THINGS, contentWords, ITEM_NUMBER, labelsAPart, namesOf, opensNumberedItem, type PartNames, partsNamedBy, speaksOfEveryPart} from './part-names.js'

/** The reading of the stem the options are scored against: the engine's advice and the cautions that fired. */
export interface Reading {
  profile: Profile
  advice: Advice
  cautions: {
    service: string
    variant?: string
    message: string
    instead?: readonly string[]
    unlessAlso?: readonly string[]
    unlessWith?: readonly string[]
    unlessSaid?: readonly string[]
    /** The profile fields the caution fired on. */
    facts: readonly string[]
  }[]
  /** For a part of the stem: what its own sentences can be named by. */
  names?: PartNames
  /**
   * For a part of the stem: the stem says in so many words that it runs another thing ("also distributes …"), and its
   * parts say different things of one fact (UDP game servers, patch-file downloads), so they are surely not one
   * workload split by chance.
   */
  another?: boolean
}

/** What a part's sentences name it by: their words and labels, and the catalog services they name (what it runs on). */
const partNamesOf = (text: string, kb: KnowledgeBase): PartNames => ({...namesOf(text), services: new Set(findServices(text, kb.catalog).map((m) => m.service))})

/** The stem's facts run through the rules, with the caution rules that fired (from the advice trace). */
export function readingOf(kb: KnowledgeBase, profile: Profile): Reading {
  const advice = adviseSync(kb, profile, {explain: true})
  const cautions = (advice.trace ?? [])
    .filter((t) => t.kind === 'caution' && t.fired)
    .map((t) => {
      const rule = ruleNamed(kb, t.rule)
      const {instead, unlessAlso, unlessWith, unlessSaid} = rule?.event.type === 'caution' ? rule.event.params : {}
      return {
        service: t.service,
        ...(t.variant ? {variant: t.variant} : {}),
        message: rule?.event.params.message ?? t.rule,
        ...(instead ? {instead} : {}),
        ...(unlessAlso ? {unlessAlso} : {}),
        ...(unlessWith ? {unlessWith} : {}),
        ...(unlessSaid ? {unlessSaid} : {}),
        facts: [...new Set(satisfiedLeaves(t.conditions).flatMap((leaf) => (leaf.fact === STATED_FACT ? [] : [leaf.fact])))],
      }
    })
  return {profile, advice, cautions}
}

/**
 * Facts an option can state about itself that tie it to one part of a stem:
 * "a Lambda@Edge function on the viewer request event" answers the part that
 * runs at viewer events, not the part that calls an API at the origin; "run
 * the whole web tier on Spot" answers the web part, not the image workers.
 */
const OPTION_BINDING_FIELDS = ['cdnEvent', 'protocol', 'workload'] as const

const NO_NAMES: PartNames = {labels: new Set(), words: new Set()}

/**
 * The readings an option may be judged by, most specific first:
 * - the parts whose label it uses ("Implement Feature 2 as…"), alone;
 * - the part that both states what the option states of itself in the
 *   binding fields and holds its words ("move the web tier to Spot");
 * - the part that holds words of the option no other part holds, with the
 *   whole stem beside it (a stem may split into "parts" that are one
 *   workload), or alone when the stem lists three parts or more; the
 *   option's own event may be only what it proposes;
 * - the parts that state its binding fields, before the whole stem, whose
 *   reading mixes in the other parts' facts;
 * - else the readings that state those fields, or leave them open; all of
 *   them when none agree (an option's own words are weaker evidence than
 *   the stem's).
 */
export function readingsFor(own: () => Profile, whole: readonly Reading[], parts: readonly Reading[] = [], optionWords = ''): readonly Reading[] {
  const readings = [...whole, ...parts]
  if (readings.length < 2) return readings
  // The stem's label for a part ("Feature 2") names it more surely than any fact read.
  const named = partsNamedBy(optionWords, parts.map((part) => part.names ?? NO_NAMES))
  if (named.byLabel) return named.parts.map((i) => parts[i]!)
  const ownFacts = own() as Record<string, unknown>
  const stated = OPTION_BINDING_FIELDS.filter((field) => ownFacts[field] !== undefined)
  const value = (r: Reading, field: string) => (r.profile as Record<string, unknown>)[field]
  const states = (r: Reading) => stated.every((field) => value(r, field) === ownFacts[field])
  const boundPart = stated.length === 0 ? [] : parts.filter(states)
  // Words the option shares with one part alone ("the web tier", "the spam check on comments") name what it is for;
  // its own event or protocol may be just what it proposes ("…a CloudFront function on the viewer request event").
  const namedPart = named.parts.map((i) => parts[i]!)
  const both = boundPart.filter((r) => namedPart.includes(r))
  if (both.length > 0) return both
  // A stem that lists three or more parts ("a genomics pipeline… a billing database… a load test…") asks for one
  // answer per part: an option that names one of them in the stem's words is judged by that part alone.
  // So does a stem that says it "also" runs another thing, of which its parts say different things.
  if (namedPart.length === 1 && (parts.length >= 3 || namedPart[0]!.another === true)) return namedPart
  // A stem may be split into parts that are one workload: with words alone, the whole stays a reading.
  if (namedPart.length > 0) return [...namedPart, ...whole]
  if (boundPart.length > 0) return boundPart
  if (stated.length === 0) return readings
  // Readings that state what the option states come first; then readings that leave it open.
  const matching = readings.filter(states)
  if (matching.length > 0) return matching
  const open = readings.filter((r) => stated.every((field) => value(r, field) === undefined || value(r, field) === ownFacts[field]))
  return open.length > 0 ? open : readings
}

/**
 * "covers three workloads", "has two sites", "runs three kinds of jobs": the stem says how many parts it describes.
 * Workloads, applications and "kinds of" anything are parts whatever verb counts them ("is planning for growth in two
 * workloads", "buying Reserved Instances for two Linux workloads"); services, sites, jobs and the like only after a
 * verb of having or running (not "five services are APIs"); and "Both the marketing site and the video portal…".
 */
export const PART_COUNT = new RegExp(
  String.raw`\b(?:two|three|four|five|several)\s+(?:[\w-]+\s+)?(?:workloads|applications|purchases|(?:traffic|usage|load|access)\s+patterns|(?:kinds|types|sorts|classes)\s+of\s+[\w-]+)\b|\b(?:has|have|runs?|running|covers?|operates?|operating|manages?|managing|reviews?|reviewing|hosts?|hosting|includes?|describes?|moving|migrating|modernizing|modernising|redesigning|rebuilding|reworking|refactoring|re-?architecting|re-?platforming|consolidating|building|designing|planning|choosing|selecting|picking|evaluating|comparing|launching|deploying|maintaining|uses?|needs?)\s+(?:[\w-]+\s+){0,3}?(?:two|three|four|five|several)\s+(?:[\w-]+\s+){0,2}?(?:Auto\s+Scaling\s+groups|paths|workflows|apps|services|systems|sites|teams|environments|fleets|projects|parts|components|features|pipelines|jobs|functions|front[\s-]?ends|tiers|websites|APIs|databases|clusters|use\s+cases|needs|requirements|requests|goals|groups|accounts|estates)\b|${BOTH_THINGS}`,
  'i',
)
const COUNT_WORDS: Record<string, number> = {two: 2, three: 3, four: 4, five: 5}
const QUESTION_END = /\?\s*$/

/**
 * The sentences (segments) after the one that counts the stem's parts, when there are exactly as many as it counts
 * (the question itself left out): "The company has three needs. [need] [need] [need] Which…?".
 */
function sentencesOfCountedParts(stem: string): undefined | {counting: string; parts: string[]} {
  const sentences = splitSegments(stem).map((segment) => stem.slice(segment.start, segment.end).trim())
  const at = sentences.findIndex((sentence) => PART_COUNT.test(sentence))
  if (at === -1) return undefined
  const counting = PART_COUNT.exec(sentences[at]!)![0]
  const count = COUNT_WORDS[(/\b(two|three|four|five)\b/i.exec(counting)?.[1] ?? '').toLowerCase()]
  const rest = sentences.slice(at + 1).filter((sentence) => !QUESTION_END.test(sentence))
  return count !== undefined && rest.length === count ? {counting: sentences[at]!, parts: rest} : undefined
}

/**
 * A sentence that opens on a new subject ("A 5-day product launch needs…", "Another fleet stays…"), or an item of a
 * list split at its semicolons or after a counting colon ("…; and a teacher training sandbox used only…", "…: a checkout
 * API that…, and a thumbnail worker that…").
 */
const NEW_SUBJECT = /^\s*(?:A|An|Another)\s+[\w-]|^\s*(?:and\s+)?(?:a|an|another)\s+[\w-]/
/**
 * "Its ERP application servers will run…", "Its Node.js AWS Lambda functions…": in a counted stem, the company's own
 * workload named with a qualifier opens a part. Not "Its servers sit idle" or "Its traffic peaks", which go on
 * describing the part before.
 */
const POSSESSIVE_SUBJECT =
  /^\s*(?:(?:For|In)\s+(?:its|their|our)\s+|(?:Its|Their|Our)\s+)(?:[\w.'’-]+\s+){1,3}?(?:applications?|apps?|farms?|workers|microservices|services?|functions|systems?|fleets?|servers?|websites?|sites?|APIs?|pipelines?|platforms?|workloads?|databases?|clusters?|jobs|tools?|portals?|back[- ]?ends?|front[- ]?ends?|teams?|accounts?|departments?|divisions?)\b/i
/**
 * A sentence that states facts of a subject it names ("The session cache runs Redis…"): in a counted stem it opens a
 * part too, unless it is about the company or its people ("The company…", "The team…"). Without facts such a
 * sentence is commentary ("The NAT gateway charges are high"), not a part.
 */
const NAMED_SUBJECT =
  /^\s*The\s+(?!(?:company|companies|business|organi[sz]ation|firm|enterprise|startup|team|teams|architect|engineers?|developers?|customer|client|CTO|CIO|CFO|manager|management|board|group|bank|retailer|agency|university|hospital|lab|studio|same|other|first|second|third|last|current|existing|new|whole|entire|total|combined|overall|goal|aim|requirement|budget|workloads?|applications?|solution|question|vendor)\b)[A-Za-z][\w-]*/

/**
 * Facts that describe the whole situation rather than one of the parts a stem lists. "A gaming company runs two EC2
 * Auto Scaling groups." and "A company runs two kinds of pods on Amazon EKS." say how the estate runs, before the
 * sentences that describe each group or kind.
 */
const SHARED_FIELDS = ['optimizeFor', 'clients', 'connectivity', 'residency', 'operations', 'inAutoScalingGroup', 'kubernetes'] as const
const isShared = (field: string) => (SHARED_FIELDS as readonly string[]).includes(field)
/**
 * How the team wants to run and what it optimizes for: two sentences that say them differently about one job ("a
 * containerized job" and "does not want to manage servers") weigh one preference, not two parts of the estate.
 */
const PREFERENCE_FIELDS: ReadonlySet<string> = new Set(['operations', 'optimizeFor'])

/**
 * A sentence that introduces another part of the estate: "The company also
 * runs…", "A second application…", "Another fleet…", "Separately, …", "Every
 * night a separate job…", "The API service on the same cluster…" (a subject
 * placed beside the part before it is not that part). Its facts describe that
 * part, not the one before it.
 */
const ANOTHER_PART = /(?<!\b(?:that|which|who)\s{1,3})\b(?:also|additionally|separately|in addition)\b[^.;]{0,40}?\b(?:runs?|operates?|hosts?|has|uses?|maintains?|manages?|keeps?|distributes?|serves?|delivers?|streams?|publishes?|sells?|offers?|feeds?|sends?|provides?)\b|^\s*(?:A|The)\s+(?:second|third|other)\s+(?:\w+\s+)?(?:application|workload|service|system|tier|part|component|fleet|team)\b|^\s*(?:(?:every|each|once\s+a)\s+(?:night|day|evening|morning|week|weekend|month|quarter)|overnight|at\s+night|on\s+weekends|at\s+the\s+end\s+of\s+(?:each|every)\s+\w+)?,?\s*A\s+separate\s+[\w-]|^\s*Another\s+(?:[\w-]+\s+)?(?:application|workload|service|system|tier|part|component|fleet|team|job|site|database|cluster|pipeline)s?\b|^\s*The\s+same\s+(?:cluster|account|VPC|fleet|group|Region|company|team|platform)\s+(?:also\s+)?(?:runs?|hosts?|operates?|serves?)\b|^\s*(?:The|An?|Its|Their|Our)\s+(?:[\w-]+\s+){1,3}?(?:on|in|inside|within|sharing)\s+the\s+same\s+(?:cluster|account|VPC|fleet|Auto\s+Scaling\s+group|instances|hosts|servers|platform)\b|^\s*The\s+(?:second|third|other)(?:\s+one)?\s+is\b|^\s*The\s+(?:second|third)\s+(?!time\b)[a-z]|^\s*(?:Separately|In addition|Additionally)\b|^\s*(?:This|Next|Later\s+this|Later\s+next)\s+(?:year|month|quarter|spring|summer|autumn|fall|winter)\b,?[^.;]{0,40}?\b(?:adds?|launch(?:es)?|builds?|introduces?|starts?|opens?|takes\s+on)\b/i

/** "must (1) rewrite every URL … and (2) on cache misses only, resize …": an inline enumerator opens an item. */
const ENUMERATOR = new RegExp(String.raw`(?<=^|[\s,;:])\((?:${ITEM_NUMBER})\)\s`, 'g')
/** The sentence that asks the question. */
const QUESTION = /^\s*(?:Which|What|How)\b[^?]*\?\s*(?:\(\s*(?:Choose|Select)[^)]*\)\s*)?$/i

/** The ranges [start, first cut), [first cut, second cut) … [last cut, end) of a text. */
const rangesBetween = (start: number, end: number, cuts: readonly number[]): {start: number; end: number}[] =>
  [start, ...cuts].map((from, i, all) => ({start: from, end: all[i + 1] ?? end}))

/** A sentence that enumerates two or more requirements inline, split before each item; any other sentence whole. */
function enumeratedItems(sentence: string): string[] {
  return enumeratedPieces(sentence, 0, sentence.length).map((piece) => sentence.slice(piece.start, piece.end))
}

/** The same, as offsets into the text the sentence is part of. */
function enumeratedPieces(text: string, start: number, end: number): {start: number; end: number}[] {
  const starts = [...text.slice(start, end).matchAll(ENUMERATOR)].map((m) => start + m.index)
  if (starts.length < 2) return [{start, end}]
  return rangesBetween(start, end, starts).filter((piece) => text.slice(piece.start, piece.end).trim().length > 0)
}

/**
 * "The A/B test … runs on every request. The part that resizes images runs on a cache miss": two sentences that each
 * place their own logic at a different stage of CloudFront (viewer, origin) describe two pieces of edge logic, though
 * the stem does not count them. One sentence that names both ("only on cache misses, not on every viewer request")
 * contrasts them for one piece.
 */
export function eventsOfSeparateParts(stem: string, read: Extraction): boolean {
  const events = [...read.evidence, ...read.overruled].filter((e) => e.field === 'cdnEvent')
  // A viewer event and an origin event: "every response" beside "every request" is one piece of header logic.
  const stages = new Set(events.map((e) => String(e.value).split('-')[0]))
  if (!stages.has('viewer') || !stages.has('origin')) return false
  const sentences = splitSegments(stem)
  const bySentence = new Map<number, Set<unknown>>()
  for (const e of events) {
    const k = sentences.findIndex((s) => e.start >= s.start && e.start < s.end)
    bySentence.set(k, (bySentence.get(k) ?? new Set()).add(e.value))
  }
  return [...bySentence.values()].every((values) => values.size === 1)
}

/** Whether a sentence after the first introduces another part of the estate ("The same cluster runs a payment API"). */
export const introducesAnotherPart = (stem: string): boolean =>
  splitSegments(stem)
    .slice(1)
    .some((segment) => ANOTHER_PART.test(stem.slice(segment.start, segment.end)))

/**
 * "…to keep average CPU near 60% (need 1), and it needs instances added automatically (need 2).": a label in brackets
 * closes the clause it names, so one sentence may hold two parts.
 */
function closedByBracketedLabels(stem: string, piece: {start: number; end: number}, bracketed: readonly RegExp[]): {start: number; end: number}[] {
  const text = stem.slice(piece.start, piece.end)
  const cuts = bracketed
    .map((label) => label.exec(text))
    .flatMap((m) => (m === null ? [] : [piece.start + m.index + m[0].length]))
    .filter((cut) => cut < piece.end)
    .sort((a, b) => a - b)
  if (cuts.length === 0) return [piece]
  return rangesBetween(piece.start, piece.end, cuts).filter((part) => /\w/.test(stem.slice(part.start, part.end)))
}

/**
 * A multiple-response stem sometimes describes several parts ("the first is
 * a marketing website… the second is a UDP voice service…", "a steady EC2
 * fleet… The company also runs Fargate tasks…"), each answered by a
 * different option: then its sentences say different things of the same
 * fact (the workload, the protocol), or a sentence says it introduces
 * another part. Only then does each sentence that states facts give a
 * reading of its own, over the stem's shared facts; a stem whose sentences
 * agree describes one workload, and every option is judged on all of it (a
 * 30-minute job sinks Lambda in every option).
 */
export function partReadings(stem: string, whole: Profile, kb: KnowledgeBase): Reading[] {
  // What a sentence says before the items it counts ("A company runs 60 ECS tasks on Fargate: 20 tasks… and 40…") is
  // said of every item.
  const leads = new Set<string>()
  const sentences = splitSegments(stem).flatMap((segment) =>
    enumeratedItems(stem.slice(segment.start, segment.end))
      .flatMap(alsoClauses)
      .flatMap((sentence) => {
      const listed = listedItems(sentence)
      if (listed.length > 1) {
        leads.add(listed[0]!)
        return listed
      }
      const items = quantifiedItems(sentence)
      if (items.length > 1 && !QUANTITY_ITEM.test(items[0]!)) leads.add(items[0]!)
      return items
    }),
  )
  const parts: Record<string, unknown>[] = []
  const texts: string[] = []
  // Facts a sentence states of every part at once ("lower the cost of both training and inference").
  const common: Record<string, unknown> = {}
  const sayOfEveryPart = (facts: Record<string, unknown>) => {
    for (const [field, value] of Object.entries(facts)) if (!(OPTION_BINDING_FIELDS as readonly string[]).includes(field) && !(field in common)) common[field] = value
  }
  // A clause that states no fact but names the subject of the next ("A final packaging step combines the files;
  // last quarter that step was killed twice") gives its words to the part the next clause starts or continues.
  let leadIn = ''
  // "The review covers three workloads. A payment API … A video transcoding queue … A 5-day product launch …": once the
  // stem counts its parts, each sentence that opens on a new subject with "A"/"An" introduces the next one.
  const counted = PART_COUNT.test(stem)
  // Parts a counted stem introduces by a new subject: they stand even when they ask nothing ("A steady Linux service
  // has no licensing or isolation requirements").
  const introduced = new Set<Record<string, unknown>>()
  for (const clause of sentences) {
    const facts = extractProfile(clause, kb.lexicon).profile as Record<string, unknown>
    const fields = Object.keys(facts)
    if (fields.length === 0) {
      if (counted && (NEW_SUBJECT.test(clause) || POSSESSIVE_SUBJECT.test(clause) || ANOTHER_PART.test(clause)) && !PART_COUNT.test(clause)) {
        introduced.add(facts)
        parts.push(facts)
        texts.push(clause)
        leadIn = ''
        continue
      }
      leadIn = /;\s*$/.test(clause) ? `${leadIn}${clause} ` : ''
      continue
    }
    const sentence = `${leadIn}${clause}`
    leadIn = ''
    if (speaksOfEveryPart(sentence) || leads.has(clause)) {
      sayOfEveryPart(facts)
      continue
    }
    // "The API must not be interrupted": a sentence whose subject one earlier part alone holds goes on describing that
    // part, wherever it stands, unless it says otherwise of a fact that part states.
    const subjectOf = namedSubjectPart(clause, texts)
    const named = subjectOf === undefined ? undefined : parts[subjectOf]
    if (named !== undefined && subjectOf !== parts.length - 1 && !Object.entries(facts).some(([field, value]) => field in named && named[field] !== value)) {
      for (const [field, value] of Object.entries(facts)) named[field] = value
      texts[subjectOf!] += ` ${sentence}`
      continue
    }
    // A sentence that names no part of its own, and says nothing else of a fact the part before it states, goes on
    // describing that part: "a nightly batch launches 200 instances; every job in it is idempotent" states the batch's
    // tolerance, not a part with only a tolerance.
    const previous = parts.at(-1)
    const namesAPart =
      QUANTITY_ITEM.test(clause) ||
      OPTION_BINDING_FIELDS.some((field) => field in facts) ||
      ANOTHER_PART.test(sentence) ||
      (counted && (NEW_SUBJECT.test(clause) || NAMED_SUBJECT.test(clause) || POSSESSIVE_SUBJECT.test(clause))) ||
      labelsAPart(sentence) ||
      opensNumberedItem(clause) ||
      Object.entries(facts).some(([field, value]) => !PREFERENCE_FIELDS.has(field) && previous !== undefined && field in previous && previous[field] !== value)
    // A part a counted stem introduced with no facts yet ("A grading service runs on four instances.") takes them from
    // the sentences that go on describing it ("Its servers sit idle at night.").
    const continuable = previous !== undefined && (introduced.has(previous) || !Object.keys(previous).every(isShared))
    if (previous !== undefined && continuable && !namesAPart && !fields.every(isShared)) {
      for (const [field, value] of Object.entries(facts)) if (!(field in previous)) previous[field] = value
      // The question's own words ("…discount on the steady baseline?") speak of what it asks, not of the part before it.
      if (!QUESTION.test(clause)) texts[texts.length - 1] += ` ${sentence}`
      continue
    }
    parts.push(facts)
    texts.push(sentence)
  }
  // "…needs load balancing for three applications. [one] [two] [three] Which…?": a stem that counts its parts and then
  // gives exactly that many sentences gives one part a sentence, though one of them opens on no new subject ("All
  // traffic entering a VPC must…") or states no fact edgewise reads. Only when the sentences above found clearly fewer
  // parts: fewer than the count even with the question's own sentence among them (it is dropped later when it states
  // only whole-situation facts). Where they found as many or more, they split the stem at finer marks (semicolons,
  // labels) than sentences, and a stem they found one part short of is left to them: measured, taking it over there
  // cost more right answers than it gained.
  const bySentence = counted ? sentencesOfCountedParts(stem) : undefined
  if (bySentence !== undefined && bySentence.parts.length > texts.filter((text) => !PART_COUNT.test(text)).length) {
    parts.length = 0
    texts.length = 0
    // The counting sentence is read as the loop above reads any sentence: of every part ("two workloads that both run
    // on m5 instances"), or a reading of its own ("three steady workloads"; one with only whole-situation facts is
    // dropped below).
    const counting = extractProfile(bySentence.counting, kb.lexicon).profile as Record<string, unknown>
    if (speaksOfEveryPart(bySentence.counting)) sayOfEveryPart(counting)
    else if (Object.keys(counting).length > 0) {
      parts.push(counting)
      texts.push(bySentence.counting)
    }
    for (const text of bySentence.parts) {
      const facts = extractProfile(text, kb.lexicon).profile as Record<string, unknown>
      introduced.add(facts)
      parts.push(facts)
      texts.push(text)
    }
  }
  const values = new Map<string, Set<string>>()
  for (const part of parts) for (const [field, value] of Object.entries(part)) if (!PREFERENCE_FIELDS.has(field)) values.set(field, (values.get(field) ?? new Set()).add(String(value)))
  const disagree = [...values.values()].some((v) => v.size > 1)
  // A stem that counts its workloads has parts even when no fact of one contradicts the other's.
  // "(1) … (2) …", "Workload X is … Workload Y is …": items the stem numbers or labels are parts, like counted ones.
  const enumerated = sentences.filter((sentence) => opensNumberedItem(sentence)).length > 1 || sentences.filter((sentence) => labelsAPart(sentence)).length > 1
  if (!disagree && !((counted || enumerated) && parts.length > 1) && !sentences.slice(1).some((sentence) => ANOTHER_PART.test(sentence))) return []
  // A whole-situation fact holds for every part, unless a sentence that describes one part states it: "containerized
  // services on Fargate" is that part's way of operating, not the EC2 fleet's.
  const statedByAPart = new Set(parts.filter((part) => !Object.keys(part).every(isShared)).flatMap((part) => Object.keys(part)))
  const shared: Record<string, unknown> = {}
  for (const field of SHARED_FIELDS) if (whole[field] !== undefined && !statedByAPart.has(field)) shared[field] = whole[field]
  // A sentence that states only whole-situation facts ("Which two are MOST cost-effective?") is no part of its own:
  // as a reading it would hold almost nothing, and any option would escape there what the parts rule out. Unless it
  // says them otherwise than another part: "at its port office, which has a reliable link" is a second site.
  const saysAnother = disagree && texts.slice(1).some((text) => ANOTHER_PART.test(text))
  const contradicts = (part: Record<string, unknown>) => Object.entries(part).some(([field, v]) => parts.some((other) => other !== part && field in other && other[field] !== v))
  return parts.flatMap((part, i) =>
    Object.keys(part).every(isShared) && !contradicts(part) && !introduced.has(part)
      ? []
      : [{...readingOf(kb, {...shared, ...common, ...part} as Profile), names: partNamesOf(texts[i]!, kb), another: saysAnother}],
  )
}

/**
 * "A game studio runs UDP game servers in three Regions and also distributes patch files to players": a sentence
 * whose second clause says the subject "also" runs, serves or distributes something is two parts, as two sentences
 * would be. Split only before "and (it|they) also …" when that clause reads as ANOTHER_PART, so "which also runs"
 * stays one part.
 */
const AND_ALSO = /,?\s+and\s+(?:it\s+|they\s+|the\s+company\s+)?(?=also\b)/
function alsoClauses(sentence: string): string[] {
  const m = AND_ALSO.exec(sentence)
  if (m === null || m.index === 0) return [sentence]
  const second = sentence.slice(m.index + m[0].length)
  return ANOTHER_PART.test(second) ? [sentence.slice(0, m.index), second] : [sentence]
}

/**
 * "…for $9,500 per month: 20 tasks serve a customer-facing API…, and 40 tasks process messages…": items of one
 * sentence, each opened by a count of the things that run it and a verb. Split only when the sentence holds two or
 * more, after a colon, a semicolon or ", and".
 */
const COUNTED_SUBJECT = String.raw`(?:and\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:tasks|instances|servers|nodes|pods|containers|functions|jobs|workers|VMs)\s+(?!(?:of|in|on|at|per|for|from|to|and|or)\b)[a-z]`
const QUANTITY_ITEM = new RegExp(String.raw`^\s*${COUNTED_SUBJECT}`)
const QUANTITY_BREAK = new RegExp(String.raw`(?::\s+|,\s+(?=and\s+\d)|;\s+)(?=${COUNTED_SUBJECT})`, 'g')
function quantifiedItems(sentence: string): string[] {
  const breaks = [...sentence.matchAll(QUANTITY_BREAK)].map((m) => m.index + m[0].length)
  if (breaks.length < 2) return [sentence]
  return rangesBetween(0, sentence.length, breaks)
    .map((piece) => sentence.slice(piece.start, piece.end))
    .filter((piece) => piece.trim().length > 0)
}

/**
 * "The studio runs two containerized workloads: a player-profile API that must stay available, and a replay worker
 * that can be stopped at any moment": the items of a list after the colon of a sentence that counts the parts, split
 * where ", and" opens the next item on an article. What precedes the colon is said of every item.
 */
const LIST_COLON = /:\s+(?=[a-z])/
const LIST_AND = /,\s+and\s+(?=(?:a|an|the|its|one|another)\s)/gi
function listedItems(sentence: string): string[] {
  if (!PART_COUNT.test(sentence)) return [sentence]
  const colon = LIST_COLON.exec(sentence)
  if (colon === null) return [sentence]
  const rest = sentence.slice(colon.index + colon[0].length)
  const breaks = [...rest.matchAll(LIST_AND)]
  if (breaks.length === 0) return [sentence]
  const items = [0, ...breaks.map((m) => m.index + m[0].length)].map((start, i) => rest.slice(start, i < breaks.length ? breaks[i]!.index : rest.length))
  return [sentence.slice(0, colon.index + 1), ...items]
}

/** "The API must not be interrupted": the one earlier part whose sentences hold the word a "The …" sentence opens on. */
function namedSubjectPart(clause: string, texts: readonly string[]): number | undefined {
  const subject = /^\s*The\s+([A-Za-z][\w-]*)/.exec(clause)?.[1]
  if (subject === undefined || !NAMED_SUBJECT.test(clause)) return undefined
  const word = [...contentWords(subject)][0]
  if (word === undefined) return undefined
  const holding = texts.flatMap((text, i) => (contentWords(text).has(word) ? [i] : []))
  return holding.length === 1 ? holding[0] : undefined
}

/**
 * A stem whose options all give one step per label ("Web: …; data science: …;
 * ERP: …") is read in those parts. Each label opens a part at the first
 * sentence that holds one of its words (after the previous label's sentence,
 * when one does); a label the stem never words takes the one sentence left
 * between its neighbours' parts. A later sentence goes on describing the part
 * when it points back ("Its…", "They…") or shares a word with it; the others,
 * and the question, speak of every part. Undefined unless each label opens a
 * different sentence. `stemEvidence` is where the whole stem states each
 * fact, as solve read it once.
 */
export function labelledPartReadings(
  stem: string,
  labels: readonly string[],
  whole: Profile,
  stemEvidence: readonly Evidence[],
  kb: KnowledgeBase,
): Reading[] | undefined {
  if (labels.length < 2) return undefined
  const bracketed = labels.map((label) => new RegExp(String.raw`\(\s*${escapeRegExp(label.trim())}\s*\)[,;]?`, 'i'))
  const pieces = splitSegments(stem)
    .flatMap((segment) => enumeratedPieces(stem, segment.start, segment.end))
    .flatMap((piece) => closedByBracketedLabels(stem, piece, bracketed))
  const sentences = pieces.map((piece) => stem.slice(piece.start, piece.end))
  const words = sentences.map((sentence) => contentWords(sentence))
  // Options list their labels in the order the stem describes the parts: each label's part opens at the first
  // sentence after the last label's that holds one of its words ("VPCs" at "Two VPCs exchange…", not at the opening
  // "A company's VPC spans three zones"), or at the first anywhere when none follows.
  // A label the stem spells out ("Requirement 2: …") opens the sentence that spells it, not an earlier one that shares
  // its noun ("The company has three requirements").
  let after = -1
  const opens = labels.map((label) => {
    const own = [...contentWords(label)]
    const holds = (i: number) => own.some((w) => words[i]!.has(w))
    const spelled = wholePhrases([label.trim()])
    const spelledAt = sentences.findIndex((sentence, i) => i > after && spelled.test(sentence))
    const next = spelledAt === -1 ? words.findIndex((_, i) => i > after && holds(i)) : spelledAt
    const open = next === -1 ? words.findIndex((_, i) => holds(i)) : next
    after = Math.max(after, open)
    return open
  })
  // A label none of whose words the stem uses ("rightsizing" for "recommendations to find over-provisioned
  // instances") opens the one sentence between its neighbours' parts, when exactly one lies there.
  for (const [k, open] of opens.entries()) {
    if (open >= 0) continue
    const from = (opens[k - 1] ?? -1) + 1
    const to = opens[k + 1] ?? sentences.length
    // The opening sentence introduces the stem, unless the label is "First" and the stem starts with that part.
    const mayOpenAtStart = from > 0 || /^\s*(?:first|1st)\s*$/i.test(labels[k]!)
    if (to - from === 1 && mayOpenAtStart && !QUESTION.test(sentences[from]!)) opens[k] = from
  }
  if (opens.some((i) => i < 0) || new Set(opens).size < opens.length) return undefined
  const order = [...opens].sort((a, b) => a - b)
  // A sentence after a part's first goes on describing it when it points back ("Its ERP…", "They…") or shares a word
  // with it; otherwise it speaks of the whole ("The NAT gateway charges are high").
  const continues = (start: number, i: number) => !QUESTION.test(sentences[i]!) && (POINTS_BACK.test(sentences[i]!) || [...words[i]!].some((w) => words[start]!.has(w)))
  const partOf = new Map<number, number>()
  for (const start of order) {
    const end = order.find((i) => i > start) ?? sentences.length
    for (let i = start + 1; i < end && continues(start, i); i++) partOf.set(i, start)
  }
  const commonText = sentences.filter((_, i) => !opens.includes(i) && !partOf.has(i)).join(' ')
  const common = extractProfile(commonText, kb.lexicon).profile as Record<string, unknown>
  const texts = opens.map((start) => sentences.filter((_, i) => i === start || partOf.get(i) === start).join(' '))
  const facts = texts.map((text) => extractProfile(text, kb.lexicon).profile as Record<string, unknown>)
  // A fact of the whole stem that no part states alone was read across a sentence break ("…through a NAT gateway. An
  // EC2 fleet reads 40 TB from Amazon S3"): it belongs to the part whose sentence its words end in, or to every part
  // when they end outside them. The shared aim holds for every part.
  const shared: Record<string, unknown> = {}
  const partAt = (offset: number) => {
    const i = pieces.findIndex((piece) => offset >= piece.start && offset < piece.end)
    return opens.findIndex((start) => i === start || partOf.get(i) === start)
  }
  for (const [field, value] of Object.entries(whole)) {
    // A fact a part states is that part's: the patient-records system's residency is not the AR app's.
    if (value === undefined || facts.some((f) => field in f)) continue
    const evidence = isShared(field) ? undefined : stemEvidence.find((e) => e.field === field)
    const k = evidence === undefined ? -1 : partAt(evidence.end - 1)
    if (k >= 0) facts[k]![field] = value
    else shared[field] = value
  }
  return texts.map((text, k) => ({...readingOf(kb, {...shared, ...common, ...facts[k]} as Profile), names: partNamesOf(text, kb)}))
}

/** A sentence that goes on about the subject before it. */
const POINTS_BACK = /^\s*(?:It|Its|They|Their|Them|This|These|Those|He|She|His|Her|That\s+\w+|The\s+same)\b/

/**
 * A stem that states two workloads in one sentence ("trains its models for
 * weeks … then serves them through an inference API") is read as one of
 * them. An option that names the other ("Inf2 instances for the inference
 * API") answers that one: it is judged with the stem's facts and its own
 * workload, when the stem states that workload too.
 */
export function workloadReadings(stem: Extraction, profile: Profile, kb: KnowledgeBase): (own: () => Profile) => Reading | undefined {
  const stated = new Set([...stem.evidence, ...stem.overruled].filter((e) => e.field === 'workload').map((e) => e.value))
  if (stated.size < 2) return () => undefined
  const cache = new Map<unknown, Reading>()
  return (own) => {
    const {workload} = own()
    if (workload === undefined || workload === profile.workload || !stated.has(workload)) return undefined
    if (!cache.has(workload)) cache.set(workload, readingOf(kb, {...profile, workload}))
    return cache.get(workload)
  }
}
