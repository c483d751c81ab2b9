import {execAll} from '../extract/exec-all.js'

/** What a part of a design document is for, judged by its heading. */
export type SectionRole = 'decision' | 'alternatives' | 'requirements' | 'aside'

const ALTERNATIVES = /\b(considered options?|options considered|alternatives?|pros and cons|rejected|other options|options we (?:looked at|rejected)|not chosen|discarded)\b|^(?:the )?options(?: we (?:had|have))?$/i
const DECISION = /\b(decision outcome|decisions?|decided|outcome|resolution|conclusion|recommend(?:ation|ed)|proposal|proposed|chosen|selected (?:option|approach|solution|design)|our (?:choice|plan|approach)|way forward|solution|architecture|approach|design|implementation|the plan|plan of record|what we(?:'ll| will) (?:build|do))\b/i
const DRIVERS = /\b(decision drivers?|drivers|requirements?|context|problem|background|goals?|constraints?|load|traffic|data|sizing|workload|scope)\b/i
const ASIDE = /\b(consequences?|risks?|open questions?|non-goals?|status|follow[- ]ups?|references|appendix|glossary|changelog|history|links|cost estimate)\b/i

/**
 * Classifies a heading across the common layouts: Nygard (Context / Decision /
 * Consequences), MADR (Context and Problem Statement / Decision Drivers /
 * Considered Options / Decision Outcome / Pros and Cons) and free-form design
 * docs (Background / Requirements / Proposed architecture / Alternatives).
 * Services named under `decision` are chosen; under `alternatives` they are
 * not; requirements are read from `decision` and `requirements` sections;
 * `aside` sections (consequences, risks, open questions) are not evidence.
 */
export function classifyHeading(heading: string): SectionRole {
  const text = heading.trim()
  // "Decision Drivers" mentions "decision" but lists requirements.
  if (/decision drivers?/i.test(text)) return 'requirements'
  if (ALTERNATIVES.test(text)) return 'alternatives'
  if (ASIDE.test(text)) return 'aside'
  if (DECISION.test(text)) return 'decision'
  if (DRIVERS.test(text)) return 'requirements'
  return 'requirements'
}

/** Sentence-level cues that a mention inside a decision is not what was chosen. */
const REJECTING = /\b(?:considered|looked at|evaluated|explored|investigated|thought about|weighed|compared|rejected|ruled out|discarded|dropped|declined|decided against|instead of|rather than|as opposed to|in place of|over|not (?:use|choose|adopt|pick|go with|select)|won't (?:use|choose|adopt)|will not (?:use|choose|adopt)|do not (?:use|choose|adopt)|avoid(?:ed|ing)?|alternatives?|too (?:expensive|slow|complex)|replac(?:e|es|ing) (?:the )?(?:current|existing)|currently|today we|migrat(?:e|ing) (?:away )?from|moving (?:away )?from|retire|retiring)\b/gi
const CHOOSING = /\b(?:will use|we use|use|uses|using|chose|chosen|choose|select(?:ed)?|adopt(?:ed|s)?|decided to|go with|going with|run(?:s)? (?:on|in)|deploy(?:ed|s)? (?:on|to|in)|built on|host(?:ed)? (?:on|in)|move to|migrate to|purchase|buy|commit to)\b/gi

/**
 * Whether a service named at `offset` inside `sentence` is being chosen: the
 * closest decision verb before it wins ("We considered Lambda but chose
 * Fargate": Lambda no, Fargate yes; "Fargate over Lambda": Lambda no).
 */
export function chosenInSentence(sentence: string, offset: number): boolean {
  const before = sentence.slice(0, offset)
  let lastReject = -1
  let lastChoose = -1
  for (const m of execAll(REJECTING, before)) lastReject = m.index
  for (const m of execAll(CHOOSING, before)) lastChoose = m.index
  return lastReject < lastChoose || lastReject === -1
}

/** A paragraph that introduces a list of alternatives ("Alternatives we discussed:"). */
export function introducesAlternatives(paragraph: string): boolean {
  return /\b(?:alternatives?|options?|considered|discussed|rejected|ruled out|looked at)\b[^.]*:\s*$/i.test(paragraph.trim())
}
