import type {Token, Tokens} from 'marked'

import {classifyHeading, headingRoles, type SectionRole} from './section-roles.js'

/** A top-level block of a Markdown body (paragraph, list, table…) with the role of the section it stands in. */
export interface DocBlock {
  role: SectionRole
  start: number
  end: number
  /** Inside a list that an "Alternatives we discussed:" paragraph introduced. */
  listedAsAlternative: boolean
  /** The first block under its heading or label: where a decision section states the decision. */
  first: boolean
}

/** A Markdown body read as sections: every block with its role. */
export interface DocumentModel {
  blocks: DocBlock[]
  /** Whether any heading or label marks a decision. */
  hasDecisionSection: boolean
}

/** A paragraph that introduces a list of alternatives ("Alternatives we discussed:"). */
export function introducesAlternatives(paragraph: string): boolean {
  return /\b(?:alternatives?|options?|considered|discussed|rejected|ruled out|looked at)\b[^.]*:\s*$/i.test(
    paragraph.trim(),
  )
}

// A paragraph that opens with a label standing for a heading: "**Decision:** We will…", "**Context**", "Decision: …".
const LABEL = /^(?:\*\*|__)([^*_\n]{2,48}?)(?::\s*)?(?:\*\*|__)\s*:?|^([A-Z][\w ’'-]{1,40}):(?=\s)/

/** The role a label at the start of a paragraph gives it and what follows, if it is one. */
export function labelRole(paragraph: string): SectionRole | undefined {
  const m = LABEL.exec(paragraph)
  const label = m?.[1] ?? m?.[2]
  if (label === undefined || label.trim().split(/\s+/).length > 4) return undefined
  const role = classifyHeading(label)
  return role === 'title' ? undefined : role
}

/**
 * Splits a body into blocks (one per top-level token) with the role of the
 * section each stands in. Headings get their role from `headingRoles`; text
 * under the title is context; a paragraph opening with a label ("**Decision:**
 * …") switches the role for itself and what follows, up to the next heading.
 */
export function documentModel(tokens: readonly Token[]): DocumentModel {
  const headings = tokens.filter((t): t is Tokens.Heading => t.type === 'heading')
  const roles = headingRoles(headings.map((h) => ({depth: h.depth, text: h.text})))
  const blocks: DocBlock[] = []
  let role: SectionRole = 'context'
  let heading = 0
  let offset = 0
  let alternativesIntro = false
  let hasDecisionSection = false
  let first = true
  for (const token of tokens) {
    const start = offset
    offset += token.raw.length
    if (token.type === 'heading') {
      const own = roles[heading++]!
      role = own === 'title' ? 'context' : own
      hasDecisionSection ||= own === 'decision'
      alternativesIntro = false
      first = true
      continue
    }
    if (
      token.type === 'space' ||
      token.type === 'code' ||
      token.type === 'html' ||
      token.type === 'hr' ||
      token.type === 'def'
    )
      continue
    const labelled = token.type === 'paragraph' ? labelRole(token.raw) : undefined
    // "Note: …" or "For example: …" sets one paragraph aside; "Decision: …" or "Consequences:" heads what follows.
    if (labelled !== undefined && labelled !== 'other') role = labelled
    hasDecisionSection ||= labelled === 'decision'
    const listedAsAlternative = token.type === 'list' && alternativesIntro
    alternativesIntro =
      token.type === 'paragraph' ? introducesAlternatives(token.raw) : token.type === 'list' ? false : alternativesIntro
    blocks.push({
      role: labelled ?? role,
      start,
      end: offset,
      listedAsAlternative,
      first: first || labelled !== undefined,
    })
    first = false
  }
  return {blocks, hasDecisionSection}
}
