import type {Token} from 'marked'
import * as z from 'zod/mini'

import type {KnowledgeBase} from '../knowledge/knowledge-base.js'
import {ProfileSchema} from '../knowledge/profile.js'
import {formatProblem} from '../validation/problem.js'
import {issuesToProblems, parseReporting} from '../validation/zod-issues.js'
import {analyzeMarkdownBody} from './analyze-markdown.js'
import {lineOf, type DocumentFacts} from './evidence.js'
import type {DocumentReport} from './finding.js'
import {findingsFor} from './findings.js'
import {applyWaivers, parseWaivers} from './waivers.js'

/** The parsers the checker needs, passed in so the core stays free of I/O and heavy imports. */
export interface CheckDeps {
  kb: KnowledgeBase
  /** marked's block-level tokens (`raw`, `type`, heading `text` and `depth` are what the checker reads). */
  lex: (markdown: string) => Token[]
  parseYaml: (text: string) => {ok: true; value: unknown} | {ok: false; message: string; line?: number}
  /** YYYY-MM-DD, for waiver expiry. */
  today: string
}

/** A structured description: requirements as a profile, and the services chosen. */
const StructuredSchema = z.strictObject({
  title: z.optional(z.string()),
  description: z.optional(z.string()),
  requirements: ProfileSchema,
  services: z.array(z.string()).check(z.minLength(1)),
})

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

class DocumentError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message)
  }
}

function validated<T>(schema: z.ZodMiniType<T>, value: unknown, file: string, where: string): T {
  const result = parseReporting(schema, value)
  if (result.success) return result.data
  const problems = issuesToProblems(file, result.error.issues).map((p) => formatProblem({...p, file: where}))
  throw new DocumentError(problems.join('; '))
}

function unknownServices(ids: readonly string[], kb: KnowledgeBase): string[] {
  const known = new Set(kb.catalog.map((e) => e.id))
  return ids.filter((id) => !known.has(id))
}

/** Requirements written as fields (front matter or a structured file), with the line of each key. */
function fieldEvidence(requirements: Record<string, unknown>, text: string, firstLine: number, quote: string): DocumentFacts['evidence'] {
  const evidence: DocumentFacts['evidence'] = new Map()
  for (const [field, value] of Object.entries(requirements)) {
    if (value === undefined) continue
    const line = lineOf(text, new RegExp(`^\\s*"?${field}"?\\s*:`), firstLine) ?? firstLine
    evidence.set(field, {field, value: value as string | number | boolean, quote: `${quote}: ${field}: ${String(value)}`, line})
  }
  return evidence
}

function analyzeStructured(file: string, text: string, value: unknown, kb: KnowledgeBase): DocumentFacts {
  const doc = validated(StructuredSchema, value, file, 'structured description')
  const unknown = unknownServices(doc.services, kb)
  if (unknown.length > 0) throw new DocumentError(`services: ${unknown.map((id) => `"${id}"`).join(', ')} ${unknown.length > 1 ? 'are not catalog ids' : 'is not a catalog id'} (see \`edgewise services\`)`, lineOf(text, new RegExp(`"?${unknown[0]}"?`)))
  const chosen = doc.services.map((service) => ({service, alias: service, line: lineOf(text, new RegExp(`(^|[\\s"'\\[,-])${service}(["'\\],\\s]|$)`)) ?? 1}))
  return {profile: doc.requirements, evidence: fieldEvidence(doc.requirements, text, 1, 'requirements'), chosen, notChosen: []}
}

function analyzeMarkdown(file: string, text: string, deps: CheckDeps): DocumentFacts {
  const fm = FRONT_MATTER.exec(text)
  const body = fm ? text.slice(fm[0].length) : text
  const lineOffset = fm ? fm[0].split('\n').length - 1 : 0
  const facts = analyzeMarkdownBody(body, deps.lex(body), lineOffset, deps.kb)
  if (!fm) return facts
  const parsed = deps.parseYaml(fm[1]!)
  if (!parsed.ok) throw new DocumentError(`invalid front matter: ${parsed.message}`, parsed.line === undefined ? undefined : parsed.line + 1)
  const requirements = (parsed.value as {requirements?: unknown} | null)?.requirements
  if (requirements === undefined) return facts
  // Explicit fields in front matter override what the prose says.
  const explicit = validated(ProfileSchema, requirements, file, 'front matter requirements')
  const evidence = new Map(facts.evidence)
  for (const [field, e] of fieldEvidence(explicit, fm[1]!, 2, 'front matter')) evidence.set(field, e)
  return {...facts, profile: {...facts.profile, ...explicit}, evidence}
}

/**
 * Checks one document. Never throws for bad content: a document that cannot
 * be parsed comes back with `status: 'error'` and the reason, so a batch goes on.
 */
export function checkDocument(file: string, text: string, deps: CheckDeps): DocumentReport {
  const empty = {findings: [], waived: [], invalidWaivers: [], chosen: [], notChosen: []}
  try {
    let facts: DocumentFacts
    if (/\.json$/i.test(file)) {
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch (error) {
        throw new DocumentError(`invalid JSON: ${(error as Error).message}`)
      }
      facts = analyzeStructured(file, text, value, deps.kb)
    } else if (/\.ya?ml$/i.test(file)) {
      const parsed = deps.parseYaml(text)
      if (!parsed.ok) throw new DocumentError(`invalid YAML: ${parsed.message}`, parsed.line)
      facts = analyzeStructured(file, text, parsed.value, deps.kb)
    } else {
      facts = analyzeMarkdown(file, text, deps)
    }
    const waived = applyWaivers(findingsFor(file, facts, deps.kb), parseWaivers(text, deps.today))
    return {file, status: 'checked', ...waived, chosen: facts.chosen, notChosen: facts.notChosen}
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error
    return {file, status: 'error', error: error.message, ...(error.line === undefined ? {} : {errorLine: error.line}), ...empty}
  }
}
