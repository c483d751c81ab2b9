import type {Token, Tokens} from 'marked'

import type {KnowledgeBase} from '../knowledge/knowledge-base.js'
import type {ChosenService} from './finding.js'

import {firstMentions} from './evidence.js'

/**
 * How a mention of a service stands in a document's text: inside a link to
 * another document, in a label that opens an item, after words that say the
 * system uses it, in the title of a design note.
 */

const blank = (m: string) => (m.startsWith(']') ? `]${' '.repeat(m.length - 1)}` : ' '.repeat(m.length))
// A link's target ("](…)") and a bare URL; code spans are blanked only where a mention is looked for.
const ADDRESS = String.raw`\]\([^)\n]*\)|\bhttps?:\/\/[^\s)>\]]+`
const ADDRESS_OR_CODE = new RegExp(`${ADDRESS}|\u0060[^\u0060\n]*\u0060`, 'g')
const ADDRESS_ONLY = new RegExp(ADDRESS, 'g')

/** `text` with link addresses, bare URLs and code spans blanked (same length, so offsets stay true). */
export function blankAddressesAndCode(text: string): string {
  return text.replaceAll(ADDRESS_OR_CODE, blank)
}

/**
 * `text` with link addresses and bare URLs blanked: a file name or a path ("…/lambda-edge-basic-auth.png",
 * "…/run-30-minutes") states nothing. Code spans stay: "`Viewer Request`" is how a README names a setting.
 */
export function blankAddresses(text: string): string {
  return text.replaceAll(ADDRESS_ONLY, blank)
}

/** The text ranges of links to other documents (not to web pages): `[text](0005-x.md)`, `[text](../adr/)`, `[text](#section)`. */
export function documentLinks(text: string): [number, number][] {
  const ranges: [number, number][] = []
  for (const m of text.matchAll(/\[([^\]\n]*)\]\(\s*([^)\s]*)[^)]*\)/g)) {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(m[2]!)) ranges.push([m.index, m.index + m[0].length])
  }
  return ranges
}

// Words before a service that say the system described uses it: "uses Lambda@Edge to", "a Lambda@Edge function
// on the viewer request", "deployed to Fargate", "This Lambda@Edge handler".
// The sentence may open with markup: "[AWS Lambda@Edge](…) function to …", "**Lambda@Edge** handler that …".
const USE_BEFORE =
  /(?:\b(?:uses?|using|used|runs?|running|run|deploy(?:s|ed)?|deploying|built|developed|implemented|powered|backed|relies on|leverages?|leveraging|via|through|with|on|in|into|to|as|this|these|our|the|an?)\s+(?:[\w@-]+\s+){0,3}|^[\s[*_"'`]*)$/i
// Words after a service that make it the head of a description of what the system does with it: "Lambda@Edge
// function to redirect requests", "a Fargate task that resizes images", "Lambda handler for the webhook".
// A link's target ("](https://…)") may stand between the name and those words.
const HEAD_NOUN = String.raw`(?:functions?|handlers?|tasks?|workers?|jobs?|services?|containers?|clusters?|fleet)`
const USE_AFTER = new RegExp(String.raw`^(?:\]\([^)]*\))?[*_\x60'"]*\s+${HEAD_NOUN}\s+(?:to|that|which|for)\s+\w`, 'i')
// The name found may already hold the head noun ("Lambda@Edge function" is an alias).
const ENDS_WITH_HEAD_NOUN = new RegExp(String.raw`\b${HEAD_NOUN}$`, 'i')

/** Whether the words around a service name say the system described uses it; `alias` is the name as found. */
export function describesUse(before: string, after = '', alias = ''): boolean {
  const head = ENDS_WITH_HEAD_NOUN.exec(alias)
  return USE_BEFORE.test(before) || USE_AFTER.test(head ? ` ${head[0]}${after}` : after)
}

// An overview's statement of what the system is built on, with the verb close before the service: "The system
// uses a React front end, AWS Fargate for …", "runs on Amazon EKS". Not what it runs on today or used to.
const OVERVIEW_USES =
  /\b(?:uses?|using|leverages?|leveraging|runs?\s+on|running\s+on|deploy(?:s|ed)?\s+(?:on|to)|built\s+on|hosted\s+on|powered\s+by)\s+(?:[\w@,/-]+\s+){0,8}$/i
const NOT_THE_DESIGN = /\b(?:currently|today|existing|legacy|previously|formerly|used to|old|current)\b/i

export function overviewSaysUses(before: string): boolean {
  return OVERVIEW_USES.test(before) && !NOT_THE_DESIGN.test(before)
}

/** The document's title (its opening level-1 heading) as a range of the body: what a design note describes. */
export function titleRange(tokens: readonly Token[]): [number, number] | undefined {
  let offset = 0
  for (const token of tokens) {
    if (token.type === 'heading')
      return (token as Tokens.Heading).depth === 1 ? [offset, offset + token.raw.length] : undefined
    if (token.type !== 'space' && token.type !== 'html') return undefined
    offset += token.raw.length
  }
  return undefined
}

/**
 * The choices of a design note with no decision section (a README of a
 * function, a design description): a service it describes the system as
 * using, or names in its title, when it is the only service of its kind the
 * note names without setting aside. A note that names several of a kind
 * (Lambda and Fargate and Batch) compares them; that chooses nothing.
 */
export function describedChoices(
  named: readonly ChosenService[],
  used: ReadonlySet<string>,
  kb: KnowledgeBase,
): ChosenService[] {
  const category = (id: string) => kb.catalog.find((e) => e.id === id)?.category
  const kinds = new Map<string | undefined, Set<string>>()
  for (const n of named) kinds.set(category(n.service), (kinds.get(category(n.service)) ?? new Set()).add(n.service))
  return firstMentions(named.filter((n) => used.has(n.service) && kinds.get(category(n.service))!.size === 1))
}

/** Whether the service stands in the label that opens a list item or line ("- **Fargate GPU tasks**: OCR…", "Compute: AWS Lambda"). */
export function namesTheItem(sentence: string, offset: number): boolean {
  const label = /^\s*(?:[-*+]|\d+[.)])?\s*(?:\*\*|__)?(?:(?:AWS|Amazon)\s+)?/.exec(sentence)![0]
  // The service opens the label: "**Fargate GPU tasks**: …", not "**Minimal Lambda zip** — …".
  if (offset !== label.length) return false
  return /^[^:\n]{1,60}?(?:\*\*|__)?\s*:|^[^*_\n]{1,60}(?:\*\*|__)/.test(sentence.slice(offset))
}
