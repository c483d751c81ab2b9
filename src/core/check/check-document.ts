import type {Token} from 'marked'

import * as z from 'zod/mini'

import type {KnowledgeBase} from '../knowledge/knowledge-base.js'
import type {ChosenService, DocumentReport, Waiver} from './finding.js'

import {escapeRegExp} from '../extract/escape-regexp.js'
import {type Profile, ProfileSchema} from '../knowledge/profile.js'
import {formatProblem} from '../validation/problem.js'
import {issuesToProblems, parseReporting} from '../validation/zod-issues.js'
import {inactiveStatus, type InactiveStatus} from './adr-status.js'
import {factsFromReading, type MarkdownReading, readMarkdownBody} from './analyze-markdown.js'
import {type DocumentFacts, lineOf} from './evidence.js'
import {findingsFor, ruleDescriptors} from './findings.js'
import {INDEX, kindByName, notARecordByContent, type NotJudged, TEMPLATE} from './record-kind.js'
import {lexSkippingAsides} from './skip-asides.js'
import {applyWaivers, parseWaivers} from './waivers.js'

/** The parsers the checker needs, passed in so the core stays free of I/O and heavy imports. */
export interface CheckDeps {
  kb: KnowledgeBase
  /** marked's block-level tokens (`raw`, `type`, heading `text` and `depth` are what the checker reads). */
  lex: (markdown: string) => Token[]
  parseYaml: (text: string) => {ok: false; message: string; line?: number} | {ok: true; value: unknown}
  /** YYYY-MM-DD, for waiver expiry. */
  today: string
  /** Also judge records whose status says they are superseded, deprecated or rejected (skipped by default). */
  includeInactive?: boolean
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

/** `value` parsed by `schema`, or a DocumentError naming every problem, at the line of the first field at fault when `lineOfField` finds it. */
function validated<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  file: string,
  where: string,
  lineOfField?: (field: string) => number | undefined,
): T {
  const result = parseReporting(schema, value)
  if (result.success) return result.data
  const problems = issuesToProblems(file, result.error.issues, [], schema).map((p) =>
    formatProblem({...p, file: where}),
  )
  const first = result.error.issues[0]
  const field = first?.code === 'unrecognized_keys' && first.path.length === 0 ? first.keys[0] : first?.path[0]
  throw new DocumentError(problems.join('; '), field === undefined ? undefined : lineOfField?.(String(field)))
}

function unknownServices(ids: readonly string[], kb: KnowledgeBase): string[] {
  const known = new Set(kb.catalog.map((e) => e.id))
  return ids.filter((id) => !known.has(id))
}

/** The line of `key:` in YAML or JSON text, counting from `firstLine`; `nested`: only an indented key (one level down). */
function keyLine(text: string, key: string, firstLine: number, options: {nested?: boolean} = {}): number | undefined {
  return lineOf(
    text,
    new RegExp(`^\\s${options.nested ? '+' : '*'}"?${key.replaceAll(/[^\w-]/g, '')}"?\\s*:`),
    firstLine,
  )
}

/** Requirements written as fields (front matter or a structured file), with the line of each key. */
function fieldEvidence(
  requirements: Record<string, unknown>,
  text: string,
  firstLine: number,
  quote: string,
): DocumentFacts['evidence'] {
  const evidence: DocumentFacts['evidence'] = new Map()
  for (const [field, value] of Object.entries(requirements)) {
    if (value === undefined) continue
    const line = keyLine(text, field, firstLine) ?? firstLine
    evidence.set(field, {
      field,
      value: value as boolean | number | string,
      quote: `${quote}: ${field}: ${String(value)}`,
      line,
    })
  }
  return evidence
}

function analyzeStructured(file: string, text: string, value: unknown, kb: KnowledgeBase): DocumentFacts {
  const doc = validated(StructuredSchema, value, file, 'structured description')
  const unknown = unknownServices(doc.services, kb)
  // Ids are the user's text: escaped before they become patterns ("(a+)+$" once hung the check, "((" threw).
  if (unknown.length > 0)
    throw new DocumentError(
      `services: ${unknown.map((id) => JSON.stringify(id)).join(', ')} ${unknown.length > 1 ? 'are not catalog ids' : 'is not a catalog id'} (see \`edgewise services\`)`,
      lineOf(text, new RegExp(escapeRegExp(unknown[0]!))),
    )
  const chosen = doc.services.map((service) => ({
    service,
    alias: service,
    line: lineOf(text, new RegExp(`(^|[\\s"'\\[,-])${escapeRegExp(service)}(["'\\],\\s]|$)`)) ?? 1,
  }))
  return {
    profile: doc.requirements,
    evidence: fieldEvidence(doc.requirements, text, 1, 'requirements'),
    chosen,
    notChosen: [],
  }
}

/**
 * A Markdown document that chooses a service, read as far as its requirements:
 * what the second pass (extraction, findings, waivers) needs. Plain data, so a
 * worker thread can do the second pass while this thread reads the next files.
 */
export interface PendingDocument {
  file: string
  reading: MarkdownReading
  /** Requirements written in front matter (they override the prose), with their evidence. */
  explicit?: {profile: Profile; evidence: DocumentFacts['evidence']}
  waivers: Waiver[]
}

/** The report of a document that could not be read or parsed (`line`: where, when known). */
export function errorReport(file: string, error: string, line?: number): DocumentReport {
  return {
    file,
    status: 'error',
    error,
    ...(line === undefined ? {} : {errorLine: line}),
    findings: [],
    waived: [],
    invalidWaivers: [],
    chosen: [],
    notChosen: [],
  }
}

/** The report of a document that was read but cannot be judged, and why. */
function notJudgedReport(
  file: string,
  notJudged: NotJudged,
  chosen: ChosenService[] = [],
  notChosen: ChosenService[] = [],
): DocumentReport {
  return {file, status: 'not-judged', notJudged, findings: [], waived: [], invalidWaivers: [], chosen, notChosen}
}

/** The report of a design record whose status says it is no longer in force (superseded, rejected, …): not judged. */
function skippedReport(file: string, inactive: InactiveStatus): DocumentReport {
  return {
    file,
    status: 'skipped',
    skipped: {status: inactive.status, line: inactive.line},
    findings: [],
    waived: [],
    invalidWaivers: [],
    chosen: [],
    notChosen: [],
  }
}

/** A document after the first pass: finished (an error, a structured file, nothing chosen) or pending. */
export type FirstPass = {pending: PendingDocument} | {report: DocumentReport}

/** A Markdown document read: what it chooses and states, or the inactive status that took it out of the check. */
type MarkdownRead =
  | {inactive: InactiveStatus}
  | {notARecord: NotJudged}
  | {reading: MarkdownReading; explicit?: PendingDocument['explicit']}

function readMarkdown(file: string, text: string, deps: CheckDeps): MarkdownRead {
  const fm = FRONT_MATTER.exec(text)
  const body = fm ? text.slice(fm[0].length) : text
  const lineOffset = fm ? fm[0].split('\n').length - 1 : 0
  const parsed = fm ? deps.parseYaml(fm[1]!) : undefined
  if (parsed && !parsed.ok)
    throw new DocumentError(
      `invalid front matter: ${parsed.message}`,
      parsed.line === undefined ? undefined : parsed.line + 1,
    )
  const fields = (parsed?.ok ? parsed.value : undefined) as
    null | undefined | {requirements?: unknown; status?: unknown}
  if (!deps.includeInactive) {
    const status =
      fields?.status === undefined ? undefined : {value: fields.status, line: keyLine(fm![1]!, 'status', 2) ?? 2}
    const inactive = inactiveStatus(body, status, lineOffset)
    if (inactive) return {inactive}
  }
  const template = notARecordByContent(body)
  if (template) return {notARecord: template}
  const reading = readMarkdownBody(body, lexSkippingAsides(body, deps.lex), lineOffset, deps.kb)
  if (fields?.requirements === undefined) return {reading}
  // Front matter starts on line 2 (after its opening ---); the requirements' fields are indented under it.
  const explicit = validated(ProfileSchema, fields.requirements, file, 'front matter requirements', (field) =>
    keyLine(fm![1]!, field, 2, {nested: true}),
  )
  return {reading, explicit: {profile: explicit, evidence: fieldEvidence(explicit, fm![1]!, 2, 'front matter')}}
}

/** The facts of a read Markdown document: what its prose states, overridden by explicit front matter fields. */
function markdownFacts(
  reading: MarkdownReading,
  explicit: PendingDocument['explicit'],
  kb: KnowledgeBase,
): DocumentFacts {
  const facts = factsFromReading(reading, kb)
  if (!explicit) return facts
  const evidence = new Map(facts.evidence)
  for (const [field, e] of explicit.evidence) evidence.set(field, e)
  // Fields written in front matter are stated outright.
  const stated = new Set([...(facts.stated ?? Object.keys(facts.profile)), ...explicit.evidence.keys()])
  return {...facts, profile: {...facts.profile, ...explicit.profile}, evidence, stated}
}

const ruleIdCache = new WeakMap<KnowledgeBase, ReadonlySet<string>>()

/** Every id a finding can carry, so a waiver for any other id is reported. */
function ruleIdsOf(kb: KnowledgeBase): ReadonlySet<string> {
  let ids = ruleIdCache.get(kb)
  if (!ids) ruleIdCache.set(kb, (ids = new Set(ruleDescriptors(kb).map((r) => r.id))))
  return ids
}

function report(file: string, facts: DocumentFacts, waivers: Waiver[], kb: KnowledgeBase): DocumentReport {
  const waived = applyWaivers(findingsFor(file, facts, kb), waivers, waivers.length > 0 ? ruleIdsOf(kb) : undefined)
  return {file, status: 'judged', ...waived, chosen: facts.chosen, notChosen: facts.notChosen}
}

/**
 * The first pass over one document. Never throws for bad content: a document
 * that cannot be parsed comes back as a report with `status: 'error'` and the
 * reason, so a batch goes on.
 */
export function readDocument(file: string, original: string, deps: CheckDeps): FirstPass {
  // One kind of line end from here on: marked reads CRLF and CR as line breaks, and offsets into
  // the text must match its tokens (with CRLF they drifted a character per line and a whole
  // Windows-edited document read as choosing nothing).
  const text = original.includes('\r') ? original.replaceAll(/\r\n?/g, '\n') : original
  try {
    if (/\.json$/i.test(file)) {
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch (error) {
        throw new DocumentError(`invalid JSON: ${(error as Error).message}`)
      }
      return {
        report: report(file, analyzeStructured(file, text, value, deps.kb), parseWaivers(text, deps.today), deps.kb),
      }
    }
    if (/\.ya?ml$/i.test(file)) {
      const parsed = deps.parseYaml(text)
      if (!parsed.ok) throw new DocumentError(`invalid YAML: ${parsed.message}`, parsed.line)
      return {
        report: report(
          file,
          analyzeStructured(file, text, parsed.value, deps.kb),
          parseWaivers(text, deps.today),
          deps.kb,
        ),
      }
    }
    const named = kindByName(file)
    if (named === 'template') return {report: notJudgedReport(file, TEMPLATE)}
    const read = readMarkdown(file, text, deps)
    if ('inactive' in read) return {report: skippedReport(file, read.inactive)}
    if ('notARecord' in read) return {report: notJudgedReport(file, read.notARecord)}
    const {reading, explicit} = read
    if (reading.notJudged) {
      const why = named === 'index' && reading.notJudged.reason !== 'language' ? INDEX : reading.notJudged
      return {report: notJudgedReport(file, why, reading.chosen, reading.notChosen)}
    }
    return {pending: {file, reading, ...(explicit ? {explicit} : {}), waivers: parseWaivers(text, deps.today)}}
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error
    return {report: errorReport(file, error.message, error.line)}
  }
}

/** The second pass: requirements, findings and waivers of a document the first pass left pending. */
export function finishDocument(pending: PendingDocument, kb: KnowledgeBase): DocumentReport {
  return report(pending.file, markdownFacts(pending.reading, pending.explicit, kb), pending.waivers, kb)
}

/** The report of a document after its first pass: as it is, or after the second pass. */
export function finishFirstPass(first: FirstPass, kb: KnowledgeBase): DocumentReport {
  return 'report' in first ? first.report : finishDocument(first.pending, kb)
}

/** Checks one document: both passes. Never throws for bad content (see `readDocument`). */
export function checkDocument(file: string, text: string, deps: CheckDeps): DocumentReport {
  return finishFirstPass(readDocument(file, text, deps), deps.kb)
}
