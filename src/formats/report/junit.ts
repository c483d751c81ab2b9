import type {CheckReport, DocumentReport, Finding} from '../../core/check/finding.js'

import {atOrAbove, type FailOn, orderReport, plural} from '../../core/check/summary.js'

/**
 * JUnit XML for CI test-report views (GitLab, Jenkins, Azure Pipelines, …):
 * one `<testcase>` per document, so a CI dashboard lists every ADR checked.
 *
 * - Findings at or above `failOn` become a single `<failure>` (its `message`
 *   counts them, its body lists them one per line). `never` means no failures.
 * - A document that could not be read or parsed becomes an `<error>`.
 * - Findings below the threshold and waived findings go to `<system-out>`, so
 *   they are visible without failing the test.
 * - A record whose status says it is no longer in force (superseded,
 *   rejected…) is a `<skipped>` test case, with the status as its message;
 *   so is a document that could not be judged, with the reason.
 * - `time` is 0: the check is not timed, and a constant keeps output reproducible.
 */

// Characters XML 1.0 cannot carry at all, even escaped: C0 controls other than tab/LF/CR,
// U+FFFE/U+FFFF, and UTF-16 surrogates that are not part of a pair.
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex -- matching those control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const TEXT_ENTITIES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;'}
const ATTRIBUTE_ENTITIES: Record<string, string> = {
  ...TEXT_ENTITIES,
  '"': '&quot;',
  "'": '&apos;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
}

/** Element content: `&`, `<`, `>` escaped, characters XML forbids dropped. */
export function xmlText(text: string): string {
  return text.replaceAll(XML_ILLEGAL, '').replaceAll(/[&<>]/g, (c) => TEXT_ENTITIES[c] ?? c)
}

/** Attribute values: also quotes, and whitespace kept as character references (parsers normalise raw newlines to spaces). */
export function xmlAttribute(text: string): string {
  return text.replaceAll(XML_ILLEGAL, '').replaceAll(/[&<>"'\n\r\t]/g, (c) => ATTRIBUTE_ENTITIES[c] ?? c)
}

function findingText(f: Finding): string {
  const lines = [`${f.file}:${f.line}: ${f.severity} ${f.ruleId}: ${f.message}`]
  if (f.requirement !== undefined) lines.push(`  ↳ "${f.requirement.quote}" (line ${f.requirement.line})`)
  if (f.instead.length > 0) lines.push(`  use instead: ${f.instead.join(', ')}`)
  return lines.join('\n')
}

interface Case {
  xml: string
  failed: boolean
  errored: boolean
  skipped?: boolean
}

function testcase(doc: DocumentReport, failOn: FailOn): Case {
  const open = `    <testcase classname="edgewise.check" name="${xmlAttribute(doc.file)}" time="0">`
  if (doc.status === 'error') {
    const where = doc.errorLine === undefined ? doc.file : `${doc.file}:${doc.errorLine}`
    const message = doc.error ?? 'could not be read or parsed'
    const xml = `${open}\n      <error message="${xmlAttribute(message)}" type="edgewise.unreadable">${xmlText(`${where}: ${message}`)}</error>\n    </testcase>`
    return {xml, failed: false, errored: true}
  }
  if (doc.status === 'skipped' || doc.status === 'not-judged') {
    const message =
      doc.status === 'skipped'
        ? `not judged: its status says ${doc.skipped?.status ?? 'it is no longer in force'} (line ${doc.skipped?.line ?? 1})`
        : `not judged: ${doc.notJudged?.detail ?? ''}`
    return {
      xml: `${open}\n      <skipped message="${xmlAttribute(message)}"/>\n    </testcase>`,
      failed: false,
      errored: false,
      skipped: true,
    }
  }
  const failing = doc.findings.filter((f) => atOrAbove(f.severity, failOn))
  const other = doc.findings.filter((f) => !atOrAbove(f.severity, failOn))
  const parts: string[] = []
  if (failing.length > 0) {
    const message = `${plural(failing.length, 'finding')} at or above ${failOn}`
    parts.push(
      `      <failure message="${xmlAttribute(message)}" type="edgewise.findings">${xmlText(failing.map(findingText).join('\n'))}</failure>`,
    )
  }
  const out = [
    ...other.map(findingText),
    ...doc.waived.map(
      ({finding, waiver}) =>
        `${findingText(finding)}\n  waived at line ${waiver.line}: ${waiver.reason ?? ''}${waiver.until === undefined ? '' : ` (until ${waiver.until})`}`,
    ),
    ...doc.invalidWaivers.map(
      (w) => `${doc.file}:${w.line}: invalid waiver for ${w.ruleId || '(no rule id)'}: ${w.invalid ?? ''}`,
    ),
  ]
  if (out.length > 0) parts.push(`      <system-out>${xmlText(out.join('\n'))}</system-out>`)
  const xml = parts.length === 0 ? `${open.slice(0, -1)}/>` : `${open}\n${parts.join('\n')}\n    </testcase>`
  return {xml, failed: failing.length > 0, errored: false}
}

export function renderJunit(report: CheckReport, failOn: FailOn): string {
  const cases = orderReport(report).documents.map((d) => testcase(d, failOn))
  const tests = cases.length
  const failures = cases.filter((c) => c.failed).length
  const errors = cases.filter((c) => c.errored).length
  const skipped = cases.filter((c) => c.skipped).length
  const counts = `tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}"`
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="edgewise" ${counts} time="0">`,
    `  <testsuite name="edgewise check" ${counts} time="0">`,
    ...cases.map((c) => c.xml),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n')
}
