import type {CheckReport, ChosenService, DocumentReport, Finding, Waiver} from '../../core/check/finding.js'

import {fingerprint, normalizePath} from '../../core/check/baseline.js'
import {type CheckSummary, orderReport, summarize} from '../../core/check/summary.js'

export interface JsonOptions {
  /** Spaces of indentation; 0 gives one line. Default 2. */
  indent?: number
}

function jsonFinding(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    file: normalizePath(f.file),
    line: f.line,
    service: f.service,
    serviceName: f.serviceName,
    message: f.message,
    requirement:
      f.requirement === undefined
        ? null
        : {
            field: f.requirement.field,
            value: f.requirement.value,
            quote: f.requirement.quote,
            line: f.requirement.line,
          },
    instead: [...f.instead],
    doc: f.doc,
    mandatory: f.mandatory,
    fingerprint: fingerprint(f),
  }
}

function jsonWaiver(w: Waiver) {
  return {ruleId: w.ruleId, reason: w.reason ?? null, until: w.until ?? null, line: w.line, invalid: w.invalid ?? null}
}

const jsonChosen = (c: ChosenService) => ({service: c.service, line: c.line, alias: c.alias})

function jsonDocument(doc: DocumentReport) {
  return {
    file: normalizePath(doc.file),
    status: doc.status,
    notJudged: doc.notJudged === undefined ? null : {reason: doc.notJudged.reason, detail: doc.notJudged.detail},
    error: doc.error ?? null,
    errorLine: doc.errorLine ?? null,
    skipped: doc.skipped === undefined ? null : {status: doc.skipped.status, line: doc.skipped.line},
    findings: doc.findings.map(jsonFinding),
    waived: doc.waived.map(({finding, waiver}) => ({finding: jsonFinding(finding), waiver: jsonWaiver(waiver)})),
    invalidWaivers: doc.invalidWaivers.map(jsonWaiver),
    chosen: doc.chosen.map(jsonChosen),
    notChosen: doc.notChosen.map(jsonChosen),
  }
}

function jsonSummary(s: CheckSummary) {
  return {
    documents: s.documents,
    judged: s.judged,
    withFindings: s.withFindings,
    withErrors: s.withErrors,
    sound: s.sound,
    notJudged: s.notJudged,
    notJudgedBy: {...s.notJudgedBy},
    unreadable: s.unreadable,
    skipped: s.skipped,
    findings: {error: s.findings.error, warning: s.findings.warning, note: s.findings.note},
    total: s.total,
    waived: s.waived,
    invalidWaivers: s.invalidWaivers,
    baselined: s.baselined,
  }
}

/**
 * `edgewise check --format json`. The shape is a contract for scripts, so it is
 * versioned, every key is always present (absent values are `null`, never a
 * missing key), keys come in the order written here, and arrays are sorted
 * (documents by file; findings by line, then rule id).
 *
 * ```ts
 * {
 *   version: 2,
 *   tool: {name: string, version: string, informationUri?: string},
 *   summary: {
 *     documents: number, judged: number, withFindings: number, withErrors: number,
 *     sound: number,                      // judged, with no finding left
 *     notJudged: number,                  // read, but not judged; by reason:
 *     notJudgedBy: {'not-a-record': number, 'no-decision': number, language: number, 'out-of-scope': number},
 *     unreadable: number, skipped: number,
 *     findings: {error: number, warning: number, note: number},
 *     total: number, waived: number, invalidWaivers: number, baselined: number,
 *   },
 *   documents: Array<{
 *     file: string,                       // forward slashes, no leading ./
 *     status: 'judged' | 'not-judged' | 'error' | 'skipped',
 *     notJudged: {reason: 'not-a-record' | 'no-decision' | 'language' | 'out-of-scope', detail: string} | null,
 *     error: string | null,               // why the file could not be read or parsed
 *     errorLine: number | null,
 *     skipped: {status: string, line: number} | null,  // `skipped`: the record's status says it is
 *                                         // no longer in force (superseded, rejected, …); not judged
 *     findings: JsonFinding[],
 *     waived: Array<{finding: JsonFinding, waiver: JsonWaiver}>,
 *     invalidWaivers: JsonWaiver[],       // `invalid` says why each suppressed nothing
 *     chosen: Array<{service: string, line: number, alias: string}>,
 *     notChosen: Array<{service: string, line: number, alias: string}>,
 *   }>,
 * }
 * JsonFinding = {
 *   ruleId: string, severity: 'error' | 'warning' | 'note', file: string, line: number,
 *   service: string, serviceName: string, message: string,
 *   requirement: {field: string, value: string | number | boolean, quote: string, line: number} | null,
 *   instead: string[], doc: string, mandatory: boolean,
 *   fingerprint: string,                  // the baseline id: stable across line moves
 * }
 * JsonWaiver = {ruleId: string, reason: string | null, until: string | null, line: number, invalid: string | null}
 * ```
 *
 * Lines are 1-based. Findings the baseline removed are only counted (`summary.baselined`).
 * Version 2 (this one) replaced `status: 'checked'` with `judged` and `not-judged`, and the summary's
 * `checked` with `judged`, `notJudged` and `notJudgedBy`: a document edgewise could not judge is no
 * longer counted as sound.
 */
export function renderJson(report: CheckReport, options: JsonOptions = {}): string {
  const ordered = orderReport(report)
  const out = {
    version: 2,
    tool: {name: ordered.tool.name, version: ordered.tool.version, informationUri: ordered.tool.informationUri},
    summary: jsonSummary(summarize(ordered)),
    documents: ordered.documents.map(jsonDocument),
  }
  return `${JSON.stringify(out, null, options.indent ?? 2)}\n`
}
