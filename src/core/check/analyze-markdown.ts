import type {Token} from 'marked'

import type {KnowledgeBase} from '../knowledge/knowledge-base.js'
import type {Profile} from '../knowledge/profile.js'
import type {ChosenService} from './finding.js'

import {type Evidence, type Extraction, extractProfile} from '../extract/extract-profile.js'
import {findServices} from '../extract/find-services.js'
import {segmentAt, splitSegments} from '../extract/segments.js'
import {LineIndex} from '../extract/text-position.js'
import {bindings} from './bindings.js'
import {blankRange} from './blank-text.js'
import {polarityInSentence} from './choices.js'
import {purposeOf} from './components.js'
import {type DocBlock, documentModel} from './document-model.js'
import {type DocumentFacts, evidenceByField, firstMentions} from './evidence.js'
import {fieldsReadFor} from './findings.js'
import {
  blankAddresses,
  blankAddressesAndCode,
  describedChoices,
  describesUse,
  documentLinks,
  namesTheItem,
  overviewSaysUses,
  titleRange,
} from './mentions.js'
import {notInEnglish, type NotJudged} from './record-kind.js'
import {isUnread} from './section-roles.js'

/** `text` with everything outside the `kept` ranges (flat: start, end, start, end, …) blanked out, so offsets and lines stay true. */
function masked(text: string, kept: readonly number[]): string {
  let out = ''
  let at = 0
  for (let k = 0; k < kept.length; k += 2) {
    out += blankRange(text, at, kept[k]!) + text.slice(kept[k]!, kept[k + 1]!)
    at = kept[k + 1]!
  }
  return out + blankRange(text, at, text.length)
}

/**
 * What the first pass over a Markdown body finds: the services it chooses and
 * names, and, when it chooses one, the text to read requirements from. Plain
 * data, so a worker thread can take over the second pass.
 */
export interface MarkdownReading {
  chosen: ChosenService[]
  notChosen: ChosenService[]
  /**
   * Where to read requirements, only when the document chooses a service: the
   * body and its requirement and decision blocks (flat: start, end, …). The
   * second pass blanks out the rest (the pass that judges does the blanking,
   * so a reading thread hands over the body it already has).
   */
  requirements?: {
    body: string
    kept: number[]
    /** The decision blocks among `kept` (flat: start, end, …): what they say describes the choice as well as the need. */
    decisions?: number[]
  }
  /** The profile fields the rules about the chosen services can read. */
  fields?: ReadonlySet<string>
  /** Lines before the body (front matter). */
  lineOffset: number
  /** Services the document names without setting them aside (in use elsewhere, part of the plan, discussed): not news to its authors. */
  acknowledged?: string[]
  /** The decision splits the work into smaller pieces; see `DocumentFacts.splitsWork`. */
  splitsWork?: boolean
  /** Why the document is not judged, when it is not (written in another language, no decision, nothing chosen from the catalog). */
  notJudged?: NotJudged
}

// A decision in prose, whatever it chooses: "we decided to…", "we will use…", "Chosen option:".
const DECIDES =
  /\b(?:we(?: have)? decided|we(?:'ll| will| are going to| shall) (?:use|adopt|go with|move|migrate|build|run|keep|introduce|implement|standardi[sz]e)|we chose|we choose|we(?:'ve| have) chosen|chosen option|decision:)/i
// A decision that cuts the work into pieces: "split the ETL into one function per 5-minute batch", "fan out over
// the files", "a Step Functions Map state", "process it in chunks of 1,000 rows".
const SPLITS_WORK =
  /\b(?:split(?:s|ting)?|break(?:s|ing)?|broken|divid(?:e|es|ed|ing)|chunk(?:s|ed|ing)?|partition(?:s|ed|ing)?|shard(?:s|ed|ing)?)\b[^.;]{0,80}?\b(?:into|in|per|by)\b|\bfan(?:s|ned|ning)?[- ]out\b|\b(?:one|each|a)\s+(?:\w+\s+){0,2}?per\s+(?:[\d,.]+[- ]?(?:minutes?|seconds?|MB|GB|records?|rows?|items?|files?|pages?|orders?)|batch|chunk|page|file|record|shard|partition)\b|\bin\s+(?:batches|chunks|pieces|slices)\s+of\b|\b(?:distributed\s+)?Map\s+state\b/i

// A decision section that holds no decision yet.
const UNDECIDED =
  /^[\s\-*>_]*(?:tbd|tbc|to be (?:decided|determined|confirmed)|pending|undecided|not yet decided|n\/a|todo|\?+|…|\.\.\.)?[\s.!_*]*$/i

/** A decision section that says the decision is open ("TBD"); one with no prose at all (only a diagram) does not. */
function saysOpen(decision: string): boolean {
  return decision.trim() !== '' && UNDECIDED.test(decision)
}

/** The text of a document's decision sections, joined. */
function decisionText(body: string, blocks: readonly DocBlock[]): string {
  return blocks
    .filter((b) => b.role === 'decision')
    .map((b) => body.slice(b.start, b.end))
    .join('\n')
}

/** Why a read document is not judged: in another language, no decision in it, or no catalog service chosen. */
function whyNotJudged(
  body: string,
  blocks: readonly DocBlock[],
  decision: string,
  decisionless: boolean,
  chosen: number,
): NotJudged | undefined {
  // Only what is read: the same whether or not unread sections were blanked before lexing.
  const prose = blocks
    .filter((b) => !isUnread(b.role))
    .map((b) => body.slice(b.start, b.end))
    .join('\n')
  const language = notInEnglish(prose)
  if (language) return language
  if (chosen > 0) return undefined
  if (decisionless ? !DECIDES.test(prose) : UNDECIDED.test(decision))
    return {
      reason: 'no-decision',
      detail: decisionless
        ? 'no decision found: it has no decision section and no sentence that decides'
        : 'its decision section is empty or says the decision is still open',
    }
  return {
    reason: 'out-of-scope',
    detail: 'its decision chooses no compute service or purchase option that edgewise knows (see `edgewise services`)',
  }
}

/** Roles whose text states requirements; the decision's own justification is read too. */
const STATES_REQUIREMENTS = new Set(['context', 'requirements', 'decision'])

/**
 * The first pass over a Markdown design document: the services it chooses
 * from decision sections, each mention judged in its sentence ("we considered
 * Lambda but chose Fargate"), and the services it only names (under the
 * options). Requirements are read from context, drivers, requirements and
 * decision sections (never from options and their pros and cons,
 * consequences, risks or notes), and only when the document chooses a
 * service. `lineOffset` is the number of lines before the body (front matter).
 */
export function readMarkdownBody(
  body: string,
  tokens: readonly Token[],
  lineOffset: number,
  kb: KnowledgeBase,
): MarkdownReading {
  const {blocks, hasDecisionSection} = documentModel(tokens)
  const chosen: ChosenService[] = []
  const notChosen: ChosenService[] = []
  const acknowledged = new Set<string>()
  // For a note with no decision section: every mention not set aside, and the services it describes as used.
  const named: ChosenService[] = []
  const described = new Set<string>()
  const lines = new LineIndex(body)
  const lineAt = (offset: number) => lineOffset + lines.lineOf(offset)
  // A record with no decision section (a Y-statement: "In the context of …, we decided for Lambda
  // and neglected Batch …", or a short note) states its choice in its prose: there a service counts
  // as chosen only where the words say so.
  const decisionless = !hasDecisionSection
  // What the context or overview says the system uses, in words ("The system uses ECS Fargate for …").
  const usedInContext: ChosenService[] = []
  for (const block of blocks) {
    // Sections never read (status, consequences, notes) may have been blanked before lexing; a record with
    // no decision section is never blanked, and its choice may stand anywhere.
    if (block.role === 'status' || block.role === 'consequences' || (isUnread(block.role) && !decisionless)) continue
    // Outside the decision and the options, a mention chooses nothing (unless the record has no decision
    // section), but it tells that the team knows the service: see `acknowledged`.
    const choosing = block.role === 'decision' || block.role === 'options' || decisionless
    const text = body.slice(block.start, block.end)
    // Addresses and code name services without choosing them ("docs.aws.amazon.com/lambda/…", `aws lambda invoke`).
    const mentions = findServices(blankAddressesAndCode(text), kb.catalog)
    if (mentions.length === 0) continue
    const segments = splitSegments(text)
    const references = documentLinks(text)
    for (const mention of mentions) {
      // "[5. Use AWS Lambda for thumbnails](0005-thumbnails.md)" names another record; it chooses nothing here.
      if (references.some(([start, end]) => mention.start >= start && mention.end <= end)) continue
      const index = segmentAt(segments, mention.start)
      const segment = segments[index]!
      const sentence = text.slice(segment.start, segment.end)
      const entry: ChosenService = {
        service: mention.service,
        line: lineAt(block.start + mention.start),
        alias: mention.alias,
        ...(mention.variant ? {variant: mention.variant} : {}),
      }
      const purpose = purposeOf(
        sentence.slice(0, mention.start - segment.start),
        sentence.slice(mention.end - segment.start),
      )
      if (purpose !== undefined) entry.purpose = purpose
      // The sentence that states the decision: the first of its section, or a short item ("- AWS Lambda for the API").
      const leading =
        (block.first && index === 0) ||
        sentence.trim().split(/\s+/).length <= 8 ||
        namesTheItem(sentence, mention.start - segment.start)
      const polarity =
        block.role === 'options' || block.listedAsAlternative
          ? 'named'
          : polarityInSentence(sentence, mention.start - segment.start, mention.end - segment.start, {
              cueRequired: block.role !== 'decision',
              leading,
            })
      if (polarity !== 'rejected' && block.role !== 'options' && !block.listedAsAlternative) {
        acknowledged.add(mention.service)
        if (decisionless) named.push(entry)
      }
      if (choosing) (polarity === 'chosen' ? chosen : notChosen).push(entry)
      else if (
        block.role === 'context' &&
        polarity !== 'rejected' &&
        overviewSaysUses(sentence.slice(0, mention.start - segment.start))
      )
        usedInContext.push(entry)
      if (
        decisionless &&
        polarity === 'named' &&
        block.role !== 'options' &&
        describesUse(
          sentence.slice(0, mention.start - segment.start),
          sentence.slice(mention.end - segment.start),
          mention.alias,
        )
      )
        described.add(mention.service)
    }
  }
  const title = decisionless ? titleRange(tokens) : undefined
  if (title) {
    for (const m of findServices(blankAddressesAndCode(body.slice(title[0], title[1])), kb.catalog)) {
      named.push({
        service: m.service,
        line: lineAt(title[0] + m.start),
        alias: m.alias,
        ...(m.variant ? {variant: m.variant} : {}),
      })
      acknowledged.add(m.service)
      described.add(m.service)
    }
  }
  // A note's prose can choose one service in words ("deploys a CDN using CloudFront") and describe another only as
  // the thing it builds ("Lambda@Edge function to add security headers"): both are what the note describes.
  if (decisionless) {
    const already = new Set(chosen.map((c) => c.service))
    chosen.push(...describedChoices(named, described, kb).filter((c) => !already.has(c.service)))
  }
  // The text of the decision sections, once: what is undecided, what the overview fallback and the split test read.
  const decision = decisionText(body, blocks)
  // A design description whose decision-like section ("Architecture") names its services only in diagrams
  // and code states its choice in the overview: take what the overview says the system uses, in words.
  if (!decisionless && chosen.length === 0 && usedInContext.length > 0 && !saysOpen(decision))
    chosen.push(...describedChoices(usedInContext, new Set(usedInContext.map((u) => u.service)), kb))
  const chosenIds = new Set(chosen.map((c) => c.service))
  const reading: MarkdownReading = {
    chosen: firstMentions(chosen),
    notChosen: firstMentions(notChosen.filter((n) => !chosenIds.has(n.service))),
    lineOffset,
    acknowledged: [...acknowledged].sort(),
  }
  const notJudged = whyNotJudged(body, blocks, decision, decisionless, chosen.length)
  // Requirements only matter against a choice that can be judged: otherwise they are not read.
  if (notJudged) return {...reading, notJudged}
  return {
    ...reading,
    // Only a document that is judged needs to know whether its decision splits the work.
    ...(SPLITS_WORK.test(decisionless ? body : decision) ? {splitsWork: true} : {}),
    // Alternatives listed under a decision describe options, not requirements.
    // A note with no decision section states its facts wherever it describes the design, its title included.
    requirements: {
      body,
      kept: [
        ...(title ?? []),
        ...blocks
          .filter(
            (b) => (STATES_REQUIREMENTS.has(b.role) || (decisionless && b.role === 'other')) && !b.listedAsAlternative,
          )
          .flatMap((b) => [b.start, b.end]),
      ],
      decisions: blocks.filter((b) => b.role === 'decision').flatMap((b) => [b.start, b.end]),
    },
    // Only what the rules about the chosen services' categories can read.
    fields: fieldsReadFor(
      kb,
      chosen.map((c) => c.service),
    ),
  }
}

/**
 * A fact the decision states one way and the context or requirements another ("busy around the clock for
 * three years" … "we keep buying On-Demand; no commitment") is the need as the context states it: the
 * decision's words describe what it chose, and a choice cannot change what is needed.
 */
function preferStatedNeeds(extraction: Extraction, decisions: readonly number[]): Extraction {
  if (decisions.length === 0) return extraction
  const inDecision = (e: Evidence) => {
    for (let k = 0; k < decisions.length; k += 2)
      if (e.start >= decisions[k]! && e.end <= decisions[k + 1]!) return true
    return false
  }
  const profile: Record<string, unknown> = {...extraction.profile}
  const stated = new Set(extraction.stated)
  let {evidence, overruled} = extraction
  for (const chosen of extraction.evidence) {
    if (!inDecision(chosen)) continue
    const need = extraction.overruled.find(
      (o) => o.field === chosen.field && o.value !== chosen.value && o.strength === 'stated' && !inDecision(o),
    )
    if (need === undefined) continue
    profile[chosen.field] = need.value
    stated.add(chosen.field)
    evidence = evidence.map((e) => (e === chosen ? need : e))
    overruled = [...overruled.filter((o) => o !== need), chosen]
  }
  return {profile: profile as Profile, evidence, overruled, stated}
}

/** The second pass: the requirements the first pass's text states, with their evidence. */
export function factsFromReading(reading: MarkdownReading, kb: KnowledgeBase): DocumentFacts {
  if (reading.requirements === undefined)
    return {profile: {}, evidence: new Map(), chosen: reading.chosen, notChosen: reading.notChosen}
  const text = blankAddresses(masked(reading.requirements.body, reading.requirements.kept))
  const extraction = extractProfile(text, kb.lexicon, {fields: reading.fields})
  const {profile, evidence, overruled, stated} = preferStatedNeeds(extraction, reading.requirements.decisions ?? [])
  const byField = evidenceByField(evidence, reading.lineOffset)
  // The sentence of each field's evidence, needed only when choices name their components.
  const contexts = new Map<string, string>()
  if (reading.chosen.filter((c) => c.purpose !== undefined).length >= 2) {
    const segments = splitSegments(text)
    for (const e of evidence) {
      if (contexts.has(e.field)) continue
      const segment = segments[segmentAt(segments, e.start)]!
      contexts.set(e.field, text.slice(segment.start, segment.end))
    }
  }
  return {
    profile,
    evidence: byField,
    chosen: reading.chosen,
    notChosen: reading.notChosen,
    contexts,
    stated,
    acknowledged: new Set(reading.acknowledged),
    boundTo: bindings(text, [...evidence, ...overruled], kb),
    ...(reading.splitsWork ? {splitsWork: true} : {}),
  }
}
