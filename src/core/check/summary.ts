import {normalizePath} from './baseline.js'
import {
  type CheckReport,
  type ChosenService,
  type DocumentReport,
  type Finding,
  SEVERITIES,
  type Severity,
  type WaivedFinding,
  type Waiver,
} from './finding.js'
import {NOT_JUDGED_REASONS, type NotJudgedReason} from './record-kind.js'

/** The threshold the CLI's `--fail-on` takes: findings at or above it fail the run; `never` fails on none. */
export type FailOn = 'never' | Severity

export interface CheckSummary {
  /** Every document the run was given. */
  documents: number
  /** Documents whose chosen services were judged against their requirements (status `judged`). */
  judged: number
  /** Judged documents with at least one finding of any severity (waived ones do not count). */
  withFindings: number
  /** Judged documents with at least one `error` finding. */
  withErrors: number
  /** Judged documents with no finding left after waivers and the baseline. */
  sound: number
  /** Documents read but not judged (status `not-judged`), in all and by reason. */
  notJudged: number
  notJudgedBy: Record<NotJudgedReason, number>
  /** Documents that could not be read or parsed (status `error`). */
  unreadable: number
  /** Design records not judged because their status says they are no longer in force (status `skipped`). */
  skipped: number
  findings: Record<Severity, number>
  /** Sum of `findings`. */
  total: number
  waived: number
  invalidWaivers: number
  /** Findings the baseline removed before reporting. */
  baselined: number
}

const RANK: Record<Severity, number> = {error: 3, warning: 2, note: 1}

/** True when `severity` is at or above the `failOn` threshold (`never` admits nothing). */
export function atOrAbove(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && RANK[severity] >= RANK[failOn]
}

export function summarize(report: CheckReport): CheckSummary {
  const findings: Record<Severity, number> = {error: 0, warning: 0, note: 0}
  const notJudgedBy = Object.fromEntries(NOT_JUDGED_REASONS.map((r) => [r, 0])) as Record<NotJudgedReason, number>
  let judged = 0
  let withFindings = 0
  let withErrors = 0
  let waived = 0
  let invalidWaivers = 0
  let skipped = 0
  let notJudged = 0
  let unreadable = 0
  for (const doc of report.documents) {
    waived += doc.waived.length
    invalidWaivers += doc.invalidWaivers.length
    switch (doc.status) {
      case 'skipped': {
        skipped++
        break
      }
      case 'error': {
        unreadable++
        break
      }
      case 'not-judged': {
        notJudged++
        if (doc.notJudged) notJudgedBy[doc.notJudged.reason]++

        break
      }
      // No default
    }
    if (doc.status !== 'judged') continue
    judged++
    if (doc.findings.length > 0) withFindings++
    if (doc.findings.some((f) => f.severity === 'error')) withErrors++
    for (const f of doc.findings) findings[f.severity]++
  }
  return {
    documents: report.documents.length,
    judged,
    withFindings,
    withErrors,
    sound: judged - withFindings,
    notJudged,
    notJudgedBy,
    unreadable,
    skipped,
    findings,
    total: SEVERITIES.reduce((sum, s) => sum + findings[s], 0),
    waived,
    invalidWaivers,
    baselined: report.baselined,
  }
}

/** Why documents were not judged, as a phrase per reason with its count: `3 with no decision, 1 not in English`. */
export function notJudgedPhrases(s: CheckSummary): string[] {
  const words: Record<NotJudgedReason, string> = {
    'not-a-record': 'not a decision record',
    'no-decision': 'no decision',
    language: 'not in English',
    'out-of-scope': 'choose nothing edgewise knows',
  }
  return NOT_JUDGED_REASONS.filter((r) => s.notJudgedBy[r] > 0).map((r) => `${s.notJudgedBy[r]} ${words[r]}`)
}

/**
 * The process exit code for a finished check.
 *
 * - 2 when any document could not be read or parsed. This wins over 1: a run
 *   with a broken input has not checked everything it was asked to, so a CI
 *   job must not mistake it for an ordinary "findings" failure (and a
 *   `--fail-on never` run must still notice it). The readable documents are
 *   reported in full either way.
 * - 1 when some finding is at or above `failOn` (`never` disables this).
 * - 0 otherwise.
 *
 * Waived and baselined findings are already out of `documents[].findings`, so
 * they never fail a run; an invalid waiver leaves its finding in place and so
 * counts through that finding.
 */
export function exitCodeFor(report: CheckReport, failOn: FailOn): 0 | 1 | 2 {
  if (report.documents.some((d) => d.status === 'error')) return 2
  const failing = report.documents.some((d) => d.findings.some((f) => atOrAbove(f.severity, failOn)))
  return failing ? 1 : 0
}

// Ordering. Every renderer prints in the same order whatever order the analysis
// produced: path, then line, then rule id. Plain code-unit comparison rather than
// localeCompare, so the output does not depend on the machine's locale or ICU.

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.file, b.file) ||
    a.line - b.line ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.service, b.service) ||
    cmp(a.message, b.message)
  )
}

const compareWaivers = (a: Waiver, b: Waiver) => a.line - b.line || cmp(a.ruleId, b.ruleId)
const compareWaived = (a: WaivedFinding, b: WaivedFinding) => compareFindings(a.finding, b.finding)

const compareChosen = (a: ChosenService, b: ChosenService) => a.line - b.line || cmp(a.service, b.service)
const withPath = (f: Finding): Finding => ({...f, file: normalizePath(f.file)})

/**
 * A copy of the document in reporting order, its paths normalised (forward
 * slashes, no leading `./`) so that sorting and every format agree on them.
 */
export function orderDocument(doc: DocumentReport): DocumentReport {
  return {
    ...doc,
    file: normalizePath(doc.file),
    findings: doc.findings.map(withPath).sort(compareFindings),
    waived: doc.waived.map((w) => ({...w, finding: withPath(w.finding)})).sort(compareWaived),
    invalidWaivers: [...doc.invalidWaivers].sort(compareWaivers),
    chosen: [...doc.chosen].sort(compareChosen),
    notChosen: [...doc.notChosen].sort(compareChosen),
  }
}

/** Reports `orderReport` made: every renderer orders its input, and ordering a large batch twice costs tens of milliseconds. */
const ordered = new WeakSet<CheckReport>()

/**
 * A copy of the report in reporting order: documents by path, rules by id,
 * everything inside sorted. A report this function returned comes back as it
 * is (reports are not changed after they are made).
 */
export function orderReport(report: CheckReport): CheckReport {
  if (ordered.has(report)) return report
  const copy = {
    ...report,
    documents: report.documents.map(orderDocument).sort((a, b) => cmp(a.file, b.file)),
    rules: [...report.rules].sort((a, b) => cmp(a.id, b.id)),
  }
  ordered.add(copy)
  return copy
}

/** `1 error`, `2 errors`: English plurals for the nouns the reports count. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
